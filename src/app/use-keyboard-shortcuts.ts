import { useEffect } from 'react';
import { STORY, STORY_LINK } from './feed-stories';
import { isTyping } from './is-typing';

type ShortcutHandlers = {
  onHelp: () => void;
};

function storyPosition(article: Element): number {
  return Number(article.getAttribute('aria-posinset') ?? 0);
}

/** The story the reader is on: the focused one, otherwise none. */
function currentStory(): Element | null {
  return document.activeElement?.closest(STORY) ?? null;
}

/** Without a focused story, `j`/`k` start from the first story on screen. */
function firstVisibleStory(stories: Element[]): Element | undefined {
  const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  return stories.find((story) => story.getBoundingClientRect().bottom > header + 8);
}

function focusStory(story: Element | undefined) {
  if (!story) return;
  story.querySelector<HTMLElement>(STORY_LINK)?.focus({ preventScroll: true });
  story.scrollIntoView({ block: 'nearest' });
}

function move(step: 1 | -1) {
  // The feed is virtualized: only stories near the viewport exist, ordered by aria-posinset.
  const stories = [...document.querySelectorAll(STORY)].sort(
    (a, b) => storyPosition(a) - storyPosition(b),
  );
  if (stories.length === 0) return;
  const current = currentStory();
  if (!current) {
    focusStory(firstVisibleStory(stories) ?? stories[0]);
    return;
  }
  const target = storyPosition(current) + step;
  focusStory(stories.find((story) => storyPosition(story) === target));
}

/** `j`/`k` move between stories, `o` opens the focused one, `?` shows the help dialog. */
export function useKeyboardShortcuts({ onHelp }: ShortcutHandlers) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      switch (event.key) {
        case '?':
          event.preventDefault();
          onHelp();
          break;
        case 'j':
          event.preventDefault();
          move(1);
          break;
        case 'k':
          event.preventDefault();
          move(-1);
          break;
        case 'o':
        case 'Enter': {
          // Enter on the focused title link already follows it; Enter elsewhere in a story opens it.
          if (event.key === 'Enter' && document.activeElement instanceof HTMLAnchorElement) return;
          if (event.key === 'Enter' && document.activeElement instanceof HTMLButtonElement) return;
          const link = currentStory()?.querySelector<HTMLElement>(STORY_LINK);
          if (link) {
            event.preventDefault();
            link.click();
          }
          break;
        }
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onHelp]);
}
