import { useSyncExternalStore } from 'react';
import type { StoryLinks } from '../../api/contract';
import { isHttpUrl } from './is-safe-url';

/** How the reader prefers to open stories. Remembered in localStorage across visits. */
export type LinkPreference = 'web' | 'amp' | 'ampCache';

export const LINK_PREFERENCES: { value: LinkPreference; label: string }[] = [
  { value: 'web', label: 'Web' },
  { value: 'amp', label: 'AMP' },
  { value: 'ampCache', label: 'AMP cache' },
];

const STORAGE_KEY = 'news-reader:open-stories-as';
const listeners = new Set<() => void>();

function isLinkPreference(value: unknown): value is LinkPreference {
  return value === 'web' || value === 'amp' || value === 'ampCache';
}

export function readLinkPreference(): LinkPreference {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLinkPreference(stored) ? stored : 'web';
  } catch {
    // Storage can be disabled (private modes, sandboxed frames): fall back to the default.
    return 'web';
  }
}

export function writeLinkPreference(value: LinkPreference): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, value);
  } catch {
    // Not remembered, but still applied for this visit.
  }
  current = value;
  listeners.forEach((notify) => notify());
}

let current: LinkPreference | undefined;

function subscribe(notify: () => void): () => void {
  listeners.add(notify);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) {
      current = readLinkPreference();
      notify();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(notify);
    window.removeEventListener('storage', onStorage);
  };
}

function getSnapshot(): LinkPreference {
  current ??= readLinkPreference();
  return current;
}

export function useLinkPreference(): [LinkPreference, (value: LinkPreference) => void] {
  const value = useSyncExternalStore(subscribe, getSnapshot, () => 'web' as const);
  return [value, writeLinkPreference];
}

export type ChosenLink = { href: string; kind: LinkPreference };

/** The link a story's main action follows: the preferred kind, or Web when the story lacks it. */
export function pickLink(story: StoryLinks, preference: LinkPreference): ChosenLink {
  if (preference === 'amp' && story.ampWebUrl) return { href: story.ampWebUrl, kind: 'amp' };
  if (preference === 'ampCache' && story.cdnAmpWebUrl) {
    return { href: story.cdnAmpWebUrl, kind: 'ampCache' };
  }
  return { href: story.webUrl, kind: 'web' };
}

/** Every way the story can be opened, in the order the control lists them; only http(s) links. */
export function availableLinks(story: StoryLinks): (ChosenLink & { label: string })[] {
  const hrefs: Record<LinkPreference, string | undefined> = {
    web: story.webUrl,
    amp: story.ampWebUrl,
    ampCache: story.cdnAmpWebUrl,
  };
  return LINK_PREFERENCES.flatMap(({ value, label }) => {
    const href = hrefs[value];
    return isHttpUrl(href) ? [{ href, kind: value, label }] : [];
  });
}
