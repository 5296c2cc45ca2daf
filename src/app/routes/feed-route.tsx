import type { QueryClient } from '@tanstack/react-query';
import { sortFromSearch } from '../../../api/contract';
import { useSearchParams, type LoaderFunctionArgs } from 'react-router-dom';
import { feedQueryOptions } from '../../features/feed/api/get-feed';
import { apiIndexQueryOptions } from '../../lib/get-api-index';
import { SITE_DESCRIPTION } from '../../lib/site-meta';
import { queryClient as appQueryClient } from '../../lib/query-client';
import { RouteError } from '../route-error';
import { FeedPage } from './feed-page';

/** `/` and `/?sort=latest`: the whole feed. */
export function createFeedLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const sort = sortFromSearch(new URL(request.url).searchParams);
    await Promise.all([
      queryClient.ensureInfiniteQueryData(feedQueryOptions({ kind: 'feed' }, sort)),
      queryClient.ensureQueryData(apiIndexQueryOptions()),
    ]);
    return null;
  };
}

export const loader = createFeedLoader(appQueryClient);

export function Component() {
  const [searchParams] = useSearchParams();
  const sort = sortFromSearch(searchParams);
  return (
    <FeedPage
      scope={{ kind: 'feed' }}
      sort={sort}
      heading={sort === 'latest' ? 'Latest stories' : 'Top stories'}
      description={
        sort === 'latest'
          ? 'The newest stories from many outlets, most recent first, with related coverage for every story.'
          : SITE_DESCRIPTION
      }
    />
  );
}

export function ErrorBoundary() {
  return <RouteError />;
}
