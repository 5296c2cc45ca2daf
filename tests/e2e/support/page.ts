import { expect, type Locator, type Page } from '@playwright/test';

/** Waits until the view shows its heading and no region is still a loading skeleton. */
export async function waitForView(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/**
 * The story list of a view, found by its accessible name: the feed is labelled by the page's h1
 * (`aria-labelledby`, see StoryList in src/features/feed/components/story-list.tsx).
 */
export function feedNamed(page: Page, name: string): Locator {
  return page.getByRole('feed', { name, exact: true });
}

type RenderedStory = { position: number; title: string };

async function renderedStories(feed: Locator): Promise<RenderedStory[]> {
  return feed.getByRole('article').evaluateAll((articles) =>
    articles.map((article) => ({
      position: Number(article.getAttribute('aria-posinset')),
      // The heading that names the card (Latest puts a day heading above it, in the card).
      title: (
        document.getElementById(article.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''
      )
        .replace(/\s+/g, ' ')
        .trim(),
    })),
  );
}

async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/**
 * The titles of the feed's first `count` stories, as a reader scrolling down meets them. The list
 * is virtualized, so only some stories are in the DOM at once: the helper scrolls, records each
 * story by its aria-posinset, and checks that the DOM order of what is rendered is story order.
 */
export async function readFeedTitles(page: Page, feed: Locator, count: number): Promise<string[]> {
  await expect(feed.getByRole('article').first()).toBeVisible();
  const seen = new Map<number, string>();
  // Gives up after about five seconds without a new story (the next page may be loading).
  let stalled = 0;
  while (seen.size < count && stalled < 50) {
    const stories = await renderedStories(feed);
    const positions = stories.map((story) => story.position);
    expect(positions, 'stories in the DOM are in feed order').toEqual(
      [...positions].sort((a, b) => a - b),
    );
    const before = seen.size;
    for (const story of stories) seen.set(story.position, story.title);
    stalled = seen.size === before ? stalled + 1 : 0;
    if (stalled > 0) await page.waitForTimeout(100);
    await feed
      .getByRole('article')
      .last()
      .evaluate((article) => article.scrollIntoView({ block: 'start' }));
    await nextFrame(page);
  }
  return Array.from(
    { length: count },
    (_, i) => seen.get(i + 1) ?? `<story ${i + 1} never rendered>`,
  );
}

/** Where keyboard focus is, as a story position of the feed (undefined when not in a story). */
export async function focusedStoryPosition(page: Page): Promise<number | undefined> {
  const position = await page.evaluate(
    () => document.activeElement?.closest('article')?.getAttribute('aria-posinset') ?? null,
  );
  return position === null ? undefined : Number(position);
}

/** Scrolls the story list down, as a reader would, until `target` is rendered. */
export async function scrollUntilRendered(
  page: Page,
  feed: Locator,
  target: Locator,
): Promise<void> {
  // Scrolling before the list has rendered would skip past a story near the top.
  await expect(feed.getByRole('article').first()).toBeVisible();
  await expect
    .poll(
      async () => {
        if ((await target.count()) > 0) return true;
        await feed
          .getByRole('article')
          .last()
          .evaluate((article) => article.scrollIntoView({ block: 'start' }));
        await nextFrame(page);
        return false;
      },
      { timeout: 15_000, message: 'the story never appeared while scrolling down' },
    )
    .toBe(true);
}

/** Chooses how stories open, as a reader does: Settings, then the version, then Escape. */
export async function chooseOpenStoriesAs(
  page: Page,
  label: 'Web' | 'AMP' | 'AMP cache',
): Promise<void> {
  const settings = page.getByRole('banner').getByRole('button', { name: 'Settings' });
  await settings.click();
  await page
    .getByRole('group', { name: 'Open stories as' })
    .getByRole('radio', { name: label, exact: true })
    .check();
  await page.keyboard.press('Escape');
  await expect(settings).toHaveAttribute('aria-expanded', 'false');
}

/** Opens a story's "Open as…" disclosure and gives its links (Web, AMP, AMP cache). */
export async function openVersions(story: Locator): Promise<Locator> {
  await story.getByText('Open as…', { exact: true }).click();
  return story.getByRole('group', { name: 'Open this story as' });
}

/**
 * The 10th story of the front page's Top stories (the demo's week holds 14), scrolled to the
 * middle of the window: where a reader is when they open a story from the middle of the feed.
 */
export async function centerTenthTopStory(page: Page): Promise<Locator> {
  await page.goto('/');
  const feed = feedNamed(page, 'Top stories');
  const card = feed.locator('article[aria-posinset="10"]');
  await scrollUntilRendered(page, feed, card);
  await card.evaluate((article) => article.scrollIntoView({ block: 'center' }));
  return card;
}
