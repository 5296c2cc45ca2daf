import type { QueryClient } from '@tanstack/react-query';
import { sortFromSearch, type Sort } from '../../api/contract';
import { normalizeDomain } from '../../api/domain';
import type { FirstViewData } from '../../api/first-view';
import { matchRoute } from '../../api/routes';
import { articleQueryOptions } from '../features/article/api/get-article';
import { feedQueryOptions } from '../features/feed/api/get-feed';
import { providerListQueryOptions } from '../features/providers/api/get-provider';
import { storyQueryOptions } from '../features/story/api/get-story';
import { topicListQueryOptions } from '../features/topics/api/get-topic';
import { apiIndexQueryOptions } from '../lib/get-api-index';

type Warm = (queryClient: QueryClient, param: string, sort: Sort) => void;

/**
 * Each kind of first view as its loader asks for it, so the loader finds these queries in flight.
 * The same URLs as firstViewUrls (api/first-view.ts), which the build's preload script uses; a
 * Record, so a new kind of route cannot be left out.
 */
const WARM: Record<FirstViewData, Warm> = {
  feed: (client, _param, sort) => {
    void client.prefetchQuery(apiIndexQueryOptions());
    void client.prefetchInfiniteQuery(feedQueryOptions({ kind: 'feed' }, sort));
  },
  topics: (client) => void client.prefetchQuery(topicListQueryOptions()),
  providers: (client) => void client.prefetchQuery(providerListQueryOptions()),
  topic: (client, slug, sort) => {
    void client.prefetchQuery(apiIndexQueryOptions());
    void client.prefetchInfiniteQuery(feedQueryOptions({ kind: 'topic', slug }, sort));
  },
  provider: (client, domain, sort) => {
    void client.prefetchQuery(apiIndexQueryOptions());
    const scope = { kind: 'provider', domain: normalizeDomain(domain) } as const;
    void client.prefetchInfiniteQuery(feedQueryOptions(scope, sort));
  },
  article: (client, slug) => void client.prefetchQuery(articleQueryOptions(slug)),
  story: (client, id) => void client.prefetchQuery(storyQueryOptions(id)),
  none: () => undefined,
};

/**
 * Starts the first view's data at once, while the router is still fetching the route's code:
 * otherwise the data would wait for the lazy module that holds the loader. The loaders then find
 * these queries in flight and share them. In a build, the same URLs are already preloaded from
 * index.html (build/route-preload.ts), and these fetches reuse those responses.
 */
export function warmStart(queryClient: QueryClient, location: Location): void {
  const match = matchRoute(location.pathname);
  if (!match) return;
  const param = match.param === undefined ? '' : safeDecode(match.param);
  if (param === undefined) return;
  WARM[match.route.data](queryClient, param, sortFromSearch(location.search));
}

/** A malformed escape (`/topics/%E0`) is the router's business (not found), not a crash here. */
function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
