import { infiniteQueryOptions } from '@tanstack/react-query';
import {
  apiPaths,
  type FeedItem,
  type ListScope,
  type Page,
  type Sort,
} from '../../../../api/contract';
import { fetchJson } from '../../../lib/fetch-json';

/** One page of a list: one entry per story, shown by its lead article. */
export type FeedPage = Page<FeedItem>;

export function getFeedPage(
  scope: ListScope,
  sort: Sort,
  page: number,
  signal?: AbortSignal,
): Promise<FeedPage> {
  return fetchJson(apiPaths.list(scope, sort, page), 'page', signal);
}

/** The id part of a list's query key: every list of one scope shares its first three parts. */
export function scopeId(scope: ListScope): string {
  if (scope.kind === 'topic') return scope.slug;
  if (scope.kind === 'provider') return scope.domain;
  return 'all';
}

/** One paged list (the feed, a topic's, an outlet's) in one order, as an infinite query. */
export function feedQueryOptions(scope: ListScope, sort: Sort) {
  return infiniteQueryOptions({
    queryKey: ['feed', scope.kind, scopeId(scope), sort] as const,
    queryFn: ({ pageParam, signal }) => getFeedPage(scope, sort, pageParam, signal),
    initialPageParam: 1,
    getNextPageParam: (last: FeedPage) => (last.page < last.pages ? last.page + 1 : undefined),
  });
}
