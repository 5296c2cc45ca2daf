import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { sortFromSearch } from '../../../api/contract';
import { useParams, useSearchParams, type LoaderFunctionArgs } from 'react-router-dom';
import { topicQueryOptions } from '../../features/topics/api/get-topic';
import { formatStoryCount } from '../../lib/format-count';
import { notFoundResponse } from '../../lib/fetch-json';
import { queryClient as appQueryClient } from '../../lib/query-client';
import { RouteError } from '../route-error';
import { FeedPage } from './feed-page';
import { loadScopedFeed } from './load-scoped-feed';

/** `/topics/:slug`: an unknown topic is a 404; a topic without stories shows an empty state. */
export function createTopicLoader(queryClient: QueryClient) {
  return async ({ params, request }: LoaderFunctionArgs) => {
    const slug = params.slug;
    if (!slug) throw notFoundResponse();
    const sort = sortFromSearch(new URL(request.url).searchParams);
    return loadScopedFeed(queryClient, topicQueryOptions(slug), { kind: 'topic', slug }, sort);
  };
}

export const loader = createTopicLoader(appQueryClient);

export function Component() {
  const { slug = '' } = useParams();
  const [searchParams] = useSearchParams();
  const sort = sortFromSearch(searchParams);
  const { data: topic } = useSuspenseQuery(topicQueryOptions(slug));
  return (
    <FeedPage
      currentTopic={topic.slug}
      scope={{ kind: 'topic', slug: topic.slug }}
      sort={sort}
      heading={topic.name}
      description={`Stories about ${topic.name} from many outlets, with related coverage for every story.`}
      after={<p className="feed-header__count">{formatStoryCount(topic.count)}</p>}
      empty={
        topic.count === 0 ? (
          <div className="feed-empty">
            <p>No stories about {topic.name} yet.</p>
          </div>
        ) : undefined
      }
    />
  );
}

export function ErrorBoundary() {
  return <RouteError notFoundDetail="There is no topic at this address." />;
}
