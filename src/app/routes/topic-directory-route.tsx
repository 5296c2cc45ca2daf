import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { PageMeta } from '../../components/page-meta';
import { topicListQueryOptions } from '../../features/topics/api/get-topic';
import { TopicDirectory } from '../../features/topics/components/topic-directory';
import { formatCount } from '../../lib/format-count';
import { queryClient as appQueryClient } from '../../lib/query-client';
import { RouteError } from '../route-error';
import './directory-page.css';

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
    <div className="directory-page">
      <PageMeta
        title="All topics"
        description="Every topic of the news reader, with how many stories each has."
      />
      <h1>All topics</h1>
      <p className="directory-page__intro">
        {formatCount(topics.length, 'topic')}. A topic includes the stories of the topics inside it.{' '}
        <Link to="/providers">All outlets</Link>
      </p>
      <TopicDirectory topics={topics} />
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteError />;
}
