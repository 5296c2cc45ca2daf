import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { topicListQueryOptions } from '../../features/topics/api/get-topic';
import { TopicDirectory } from '../../features/topics/components/topic-directory';
import { formatCount } from '../../lib/format-count';
import { queryClient as appQueryClient } from '../../lib/query-client';
import { RouteError } from '../route-error';
import { DirectoryPage } from './directory-page';

/** `/topics`: every topic, sub-topics under their parents. */
export function createTopicDirectoryLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(topicListQueryOptions());
    return null;
  };
}

export const loader = createTopicDirectoryLoader(appQueryClient);

export function Component() {
  const { data: topics } = useSuspenseQuery(topicListQueryOptions());
  return (
    <DirectoryPage
      title="All topics"
      description="Every topic of the news reader, with how many stories each has."
      intro={
        <>
          {formatCount(topics.length, 'topic')}. A topic includes the stories of the topics inside
          it. <Link to="/providers">All outlets</Link>
        </>
      }
    >
      <TopicDirectory topics={topics} />
    </DirectoryPage>
  );
}

export function ErrorBoundary() {
  return <RouteError />;
}
