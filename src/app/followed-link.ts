import type { Location } from 'react-router-dom';

/**
 * The link a click follows inside this tab, as the router's `<Link>` decides it: a primary click
 * without modifier keys on a same-origin link that opens in this tab and is no download. Enter on
 * a focused link and the `o` shortcut both click it, so this covers every way of following one.
 */
export function followedLink(event: MouseEvent): HTMLAnchorElement | null {
  if (event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) {
    return null;
  }
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement)) return null;
  if ((link.target !== '' && link.target !== '_self') || link.hasAttribute('download')) return null;
  return link.origin === window.location.origin ? link : null;
}

/** Whether `href` points at `location` (path and query; both normalized by the URL parser). */
export function leadsTo(href: string, location: Pick<Location, 'pathname' | 'search'>): boolean {
  const link = new URL(href, window.location.origin);
  const to = new URL(`${location.pathname}${location.search}`, link.origin);
  return link.pathname === to.pathname && link.search === to.search;
}
