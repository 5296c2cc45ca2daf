import { Suspense } from 'react';
import { ChipsSkeleton, FeedSkeleton } from '../../components/skeletons';
import { FeedView, type FeedViewProps } from '../../features/feed/components/feed-view';
import { TopicNav } from '../../features/topics/components/topic-nav';
import { useArticlePrefetch } from '../use-article-prefetch';

type FeedPageProps = Omit<FeedViewProps, 'onIntent'> & {
  /** The topic whose chip is marked current in the topic bar. */
  currentTopic?: string;
};

/**
 * Every feed view: the topic bar and the list, each with its own skeleton, and the article
 * prefetch wired in here because features do not import each other.
 */
export function FeedPage({ currentTopic, ...view }: FeedPageProps) {
  const onIntent = useArticlePrefetch();
  return (
    <>
      <Suspense fallback={<ChipsSkeleton />}>
        <TopicNav current={currentTopic} />
      </Suspense>
      <Suspense fallback={<FeedSkeleton />}>
        <FeedView {...view} onIntent={onIntent} />
      </Suspense>
    </>
  );
}
