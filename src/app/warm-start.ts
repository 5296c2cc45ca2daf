import type { QueryClient } from '@tanstack/react-query';
import { sortFromSearch, type ListScope } from '../../api/contract';
import { articleQueryOptions } from '../features/article/api/get-article';
import { feedQueryOptions } from '../features/feed/api/get-feed';
import { normalizeDomain, providerListQueryOptions } from '../features/providers/api/get-provider';
import { storyQueryOptions } from '../features/story/api/get-story';
import { topicListQueryOptions } from '../features/topics/api/get-topic';
import { apiIndexQueryOptions } from '../lib/get-api-index';

/**
 * Starts the first view's data at once, while the router is still fetching the route's code:
 * otherwise the data would wait for the lazy module that holds the loader. The loaders then find
 * these queries in flight and share them. In a build, the same URLs are already preloaded from
 * index.html (build/route-preload.ts), and these fetches reuse those responses.
 */
export function warmStart(queryClient: QueryClient, location: Location): void {
  const path = location.pathname;
  const [, section, rawId, ...rest] = path.split('/');
  // Only the router's one-segment patterns (`/articles/:slug`, with an optional trailing slash).
  const id = rawId && rest.join('') === '' ? safeDecode(rawId) : undefined;
  if (section === 'articles') {
    if (id) void queryClient.prefetchQuery(articleQueryOptions(id));
    return;
  }
  if (section === 'stories') {
    if (id) void queryClient.prefetchQuery(storyQueryOptions(id));
    return;
  }
  // The directories (`/topics`, `/providers`) need their full list, not the index.
  const directory = !rawId && rest.length === 0;
  if (section === 'topics' && directory) {
    void queryClient.prefetchQuery(topicListQueryOptions());
    return;
  }
  if (section === 'providers' && directory) {
    void queryClient.prefetchQuery(providerListQueryOptions());
    return;
  }
  void queryClient.prefetchQuery(apiIndexQueryOptions());
  const sort = sortFromSearch(location.search);
  const scope: ListScope | undefined =
    path === '/'
      ? { kind: 'feed' }
      : section === 'topics' && id
        ? { kind: 'topic', slug: id }
        : section === 'providers' && id
          ? { kind: 'provider', domain: normalizeDomain(id) }
          : undefined;
  if (scope) void queryClient.prefetchInfiniteQuery(feedQueryOptions(scope, sort));
}

/** A malformed escape (`/topics/%E0`) is the router's business (not found), not a crash here. */
function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
