import { queryOptions } from '@tanstack/react-query';
import { apiPaths, type ApiIndex } from '../../api/contract';
import { fetchJson } from './fetch-json';

/** The API's entry point: totals, topics and outlets. Shared by every feed view, so it lives here. */
export function getApiIndex(signal?: AbortSignal): Promise<ApiIndex> {
  return fetchJson(apiPaths.index(), 'index', signal);
}

export function apiIndexQueryOptions() {
  return queryOptions({
    queryKey: ['index'] as const,
    queryFn: ({ signal }) => getApiIndex(signal),
  });
}
