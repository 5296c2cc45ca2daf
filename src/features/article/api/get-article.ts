import { queryOptions } from '@tanstack/react-query';
import { apiPaths, type Article } from '../../../../api/contract';
import { fetchJson } from '../../../lib/fetch-json';

/** One article of the static API; a missing file rejects with the router's 404 Response. */
export function getArticle(slug: string, signal?: AbortSignal): Promise<Article> {
  return fetchJson(apiPaths.article(slug), 'article', signal);
}

export function articleQueryOptions(slug: string) {
  return queryOptions({
    queryKey: ['articles', 'detail', slug] as const,
    queryFn: ({ signal }) => getArticle(slug, signal),
  });
}
