/** A story of a feed: its card, and the headline link that opens it. */
export const STORY = '[role="feed"] article';
export const STORY_LINK = 'a[data-story-link]';

/** The story a link was followed from: its headline's and the link's own href. */
export type OpenedStory = { story: string; link: string };

/** The story of the feed that `link` belongs to, or undefined for a link outside a feed story. */
export function openedStory(link: Element): OpenedStory | undefined {
  const story = link.closest(STORY)?.querySelector(STORY_LINK)?.getAttribute('href');
  if (!story) return undefined;
  return { story, link: link.getAttribute('href') ?? story };
}

/**
 * The link to focus again for a story opened earlier: the very link that was followed if its card
 * is rendered, else the card's headline; null while the card is not in the DOM (the feed is
 * virtualized: a card exists only near the viewport).
 */
export function findOpenedStory(root: ParentNode, opened: OpenedStory): HTMLElement | null {
  for (const card of root.querySelectorAll(STORY)) {
    const headline = card.querySelector<HTMLElement>(STORY_LINK);
    if (!headline || headline.getAttribute('href') !== opened.story) continue;
    const links = [...card.querySelectorAll<HTMLElement>('a[href]')];
    return links.find((link) => link.getAttribute('href') === opened.link) ?? headline;
  }
  return null;
}
