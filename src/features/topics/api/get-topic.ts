import { queryOptions } from '@tanstack/react-query';
import { apiPaths, type TopicInfo } from '../../../../api/contract';
import { apiIndexQueryOptions } from '../../../lib/get-api-index';
import { fetchJson, notFoundResponse } from '../../../lib/fetch-json';

/** Every topic (`/api/topics.json`); needed for what the index leaves out
 * (it lists only the largest, and only those with stories). */
export function topicListQueryOptions() {
  return queryOptions({
    queryKey: ['topics', 'list'] as const,
    queryFn: ({ signal }) => fetchJson(apiPaths.topics(), 'topics', signal),
  });
}

/**
 * One topic's name and count. Looked up in the index first (one small file every feed view has
 * anyway); an unknown topic rejects with a 404 Response, the router's not-found.
 */
export function topicQueryOptions(slug: string) {
  return queryOptions({
    queryKey: ['topics', 'detail', slug] as const,
    queryFn: async ({ client }): Promise<TopicInfo> => {
      const index = await client.ensureQueryData(apiIndexQueryOptions());
      let topic = index.topics.find((candidate) => candidate.slug === slug);
      if (!topic) {
        const all = await client.ensureQueryData(topicListQueryOptions());
        topic = all.find((candidate) => candidate.slug === slug);
      }
      if (!topic) throw notFoundResponse();
      return topic;
    },
  });
}
