import { queryOptions } from '@tanstack/react-query';
import { apiPaths, type Story } from '../../../../api/contract';
import { fetchJson } from '../../../lib/fetch-json';

/** Full coverage of one story; an unknown id rejects with the router's 404 Response. */
export function getStory(id: string, signal?: AbortSignal): Promise<Story> {
  return fetchJson(apiPaths.story(id), 'story', signal);
}

export function storyQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['stories', 'detail', id] as const,
    queryFn: ({ signal }) => getStory(id, signal),
  });
}
