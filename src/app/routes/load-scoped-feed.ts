import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import type { ListScope, Sort } from '../../../api/contract';
import { feedQueryOptions } from '../../features/feed/api/get-feed';
import { apiIndexQueryOptions } from '../../lib/get-api-index';

/**
 * Loads a topic's or an outlet's page: its description (a 404 when unknown), the first page of
 * its list and the index for the topic bar, all at once. The list's failure only matters when
 * the topic or outlet has stories: an empty one has no list to show.
 */
export async function loadScopedFeed<T extends { count: number }, K extends QueryKey>(
  queryClient: QueryClient,
  describe: FetchQueryOptions<T, Error, T, K>,
  scope: ListScope,
  sort: Sort,
): Promise<null> {
  // Boxed, so whatever the list rejected with is thrown as it was, falsy or not.
  const listFailure = queryClient.ensureInfiniteQueryData(feedQueryOptions(scope, sort)).then(
    () => null,
    (error: unknown) => ({ error }),
  );
  const [described, failed] = await Promise.all([
    queryClient.ensureQueryData(describe),
    listFailure,
    queryClient.ensureQueryData(apiIndexQueryOptions()),
  ]);
  if (described.count > 0 && failed) throw failed.error;
  return null;
}
