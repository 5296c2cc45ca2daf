import { useEffect, useLayoutEffect, useRef } from 'react';
import { NavigationType, useLocation, useNavigationType, type Location } from 'react-router-dom';
import { findOpenedStory, openedStory, type OpenedStory } from './feed-stories';
import { followedLink } from './followed-link';

/** The feed story opened from each history entry, by entry key: where Back puts the focus. */
const openedFrom = new Map<string, OpenedStory>();

/** Long enough for the list to render the restored scroll position, short enough to be moot. */
const WAIT_MS = 3_000;

/** Nothing holds the focus: what had it left with the page the reader went back from. */
function focusIsFree(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active === document.documentElement;
}

/**
 * Focuses the opened story's link once its card is rendered. After Back the virtualized list
 * first renders around the scroll offset it mounts at, and reaches the card only once the
 * restored position has been applied, a frame or more later. Stops waiting after a while, or as
 * soon as the reader presses a key or the pointer (their `j` or click wins).
 */
function focusWhenRendered(opened: OpenedStory): () => void {
  const tryFocus = (): boolean => {
    const link = findOpenedStory(document, opened);
    if (!link) return false;
    if (focusIsFree()) link.focus({ preventScroll: true });
    return true;
  };
  if (tryFocus()) return () => {};
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = window.setTimeout(stop, WAIT_MS);
  function stop() {
    observer.disconnect();
    window.clearTimeout(timer);
    window.removeEventListener('keydown', stop, true);
    window.removeEventListener('pointerdown', stop, true);
  }
  observer.observe(document.body, { childList: true, subtree: true });
  window.addEventListener('keydown', stop, true);
  window.addEventListener('pointerdown', stop, true);
  return stop;
}

/**
 * Back (or Forward) onto a feed puts the focus on the story the reader opened from there, however
 * they opened it (`o`, Enter, a click), so `j`/`k` go on from that story instead of the top.
 * `entryKey` names history entries as scroll restoration does.
 */
export function useRefocusOpenedStory(entryKey: (location: Location) => string): void {
  const location = useLocation();
  const navigationType = useNavigationType();
  const key = entryKey(location);
  const currentKey = useRef(key);
  useLayoutEffect(() => {
    currentKey.current = key;
  }, [key]);

  useEffect(() => {
    // Capture: the router's own click handler navigates (and changes the entry) after this.
    const onClick = (event: MouseEvent) => {
      const link = followedLink(event);
      if (!link) return;
      const opened = openedStory(link);
      if (opened) openedFrom.set(currentKey.current, opened);
      else openedFrom.delete(currentKey.current);
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);

  useEffect(() => {
    const opened = navigationType === NavigationType.Pop ? openedFrom.get(key) : undefined;
    if (!opened) return;
    return focusWhenRendered(opened);
  }, [key, navigationType]);
}
