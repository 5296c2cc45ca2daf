import type { QueryClient } from '@tanstack/react-query';
import type { ListScope } from '../../api/contract';
import { feedQueryOptions } from '../features/feed/api/get-feed';
import { sortFromSearch } from '../features/feed/sort-from-search';
import { normalizeDomain } from '../features/providers/api/get-provider';
import { apiIndexQueryOptions } from '../lib/get-api-index';

/**
 * Starts the first view's data at once, while the router is still fetching the route's code:
 * otherwise the data would wait for the lazy module that holds the loader. The loaders then find
 * these queries in flight and share them.
 */
export function warmStart(queryClient: QueryClient, location: Location): void {
  const path = location.pathname;
  if (path.startsWith('/articles/')) return;
  void queryClient.prefetchQuery(apiIndexQueryOptions());
  const sort = sortFromSearch(location.search);
  const [, section, id] = path.split('/');
  const scope: ListScope | undefined =
    path === '/'
      ? { kind: 'feed' }
      : section === 'topics' && id
        ? { kind: 'topic', slug: decodeURIComponent(id) }
        : section === 'providers' && id
          ? { kind: 'provider', domain: normalizeDomain(decodeURIComponent(id)) }
          : undefined;
  if (scope) void queryClient.prefetchInfiniteQuery(feedQueryOptions(scope, sort));
}
