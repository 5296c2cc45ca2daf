import { useEffect, useRef } from 'react';
import { useNavigation } from 'react-router-dom';
import { followedLink, leadsTo } from './followed-link';

/**
 * Marks the link the reader followed with `aria-busy="true"` while the next page loads (its
 * route's code and loader), and clears it once the navigation ends, succeeds or fails. Set on the
 * element itself, so every link takes part (topic chips, sort and window links, headlines, outlet
 * badges) without its component knowing; layout.css draws it.
 */
export function usePendingLink(): void {
  const navigation = useNavigation();
  const followed = useRef<HTMLAnchorElement | null>(null);

  useEffect(() => {
    // Capture: recorded before the router's click handler starts the navigation.
    const onClick = (event: MouseEvent) => {
      followed.current = followedLink(event);
    };
    // Back and Forward start navigations no link asked for.
    const onPopState = () => {
      followed.current = null;
    };
    document.addEventListener('click', onClick, true);
    window.addEventListener('popstate', onPopState);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('popstate', onPopState);
    };
  }, []);

  // Primitives, so the mark is set once per navigation even if its location object is renewed.
  const loading = navigation.state === 'loading' ? navigation.location : undefined;
  const key = loading?.key;
  const pathname = loading?.pathname;
  const search = loading?.search ?? '';
  useEffect(() => {
    const link = followed.current;
    // The link must lead where the router is going: a click the router ignored marks nothing.
    if (key === undefined || pathname === undefined || !link?.isConnected) return;
    if (!leadsTo(link.href, { pathname, search })) return;
    followed.current = null;
    link.setAttribute('aria-busy', 'true');
    return () => link.removeAttribute('aria-busy');
  }, [key, pathname, search]);
}
