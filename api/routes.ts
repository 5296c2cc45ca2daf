import type { FirstViewData } from './first-view.ts';

/** One page of the app, as the router, the build's preload script and warm start all see it. */
export type AppRoute = {
  /** The router's pattern: `/`, `/segment`, `/segment/:param` (one parameter at most), or `*`. */
  path: string;
  /** The route's lazy module, relative to the project root (src/app/router.tsx loads it). */
  module: string;
  data: FirstViewData;
};

/**
 * THE route table. src/app/router.tsx builds the router from it, vite.config.ts hands it to the
 * preload script (build/route-preload.ts), and src/app/warm-start.ts starts each route's first data
 * from it. Plain data with no React, so the Node side can import it. `*` comes last: the routes
 * are tried in order, and it matches every address.
 */
export const APP_ROUTES = [
  { path: '/', module: 'src/app/routes/feed-route.tsx', data: 'feed' },
  { path: '/topics', module: 'src/app/routes/topic-directory-route.tsx', data: 'topics' },
  { path: '/topics/:slug', module: 'src/app/routes/topic-route.tsx', data: 'topic' },
  { path: '/providers', module: 'src/app/routes/provider-directory-route.tsx', data: 'providers' },
  { path: '/providers/:domain', module: 'src/app/routes/provider-route.tsx', data: 'provider' },
  { path: '/articles/:slug', module: 'src/features/article/article-route.tsx', data: 'article' },
  { path: '/stories/:id', module: 'src/app/routes/story-route.tsx', data: 'story' },
  { path: '*', module: 'src/app/routes/not-found-route.tsx', data: 'none' },
] as const satisfies readonly AppRoute[];

/** React Router matches paths regardless of letter case (`caseSensitive` is off by default). */
export const ROUTE_FLAGS = 'i';

/**
 * A route's path as a regular expression source, as React Router compiles it: any number of
 * trailing slashes, a parameter is one non-empty segment. `/topics/:slug` -> `^/topics/([^/]+)/*$`.
 * Use it with ROUTE_FLAGS.
 */
export function routePattern(routePath: string): string {
  if (routePath === '*') return '^/';
  const source = routePath
    .split('/')
    .filter((part) => part !== '')
    .map((part) => (part.startsWith(':') ? '([^/]+)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .map((part) => `/${part}`)
    .join('');
  return `^${source}/*$`;
}

export type RouteMatch = {
  route: AppRoute;
  /** The parameter as the address spells it, still percent-encoded; undefined when none. */
  param: string | undefined;
};

/** The route that shows `pathname`: the first of the table whose pattern matches. */
export function matchRoute(pathname: string): RouteMatch | undefined {
  for (const route of APP_ROUTES) {
    const match = new RegExp(routePattern(route.path), ROUTE_FLAGS).exec(pathname);
    if (match) return { route, param: match[1] };
  }
  return undefined;
}
