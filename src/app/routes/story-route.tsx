import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useParams, type LoaderFunctionArgs } from 'react-router-dom';
import { PageSkeleton } from '../../components/skeletons';
import { storyQueryOptions } from '../../features/story/api/get-story';
import { FullCoveragePage } from '../../features/story/components/full-coverage-page';
import { notFoundResponse } from '../../lib/fetch-json';
import { queryClient as appQueryClient } from '../../lib/query-client';
import { RouteError } from '../route-error';
import { useArticlePrefetch } from '../use-article-prefetch';

/**
 * `/stories/:id`: Full coverage of one story. An unknown id rejects with the 404 Response from
 * fetchJson, which the error element shows as not-found. Composed here rather than in the story
 * feature so its article links can prefetch articles (features do not import each other).
 */
export function createStoryLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const id = params.id;
    if (!id) throw notFoundResponse();
    await queryClient.ensureQueryData(storyQueryOptions(id));
    return null;
  };
}

export const loader = createStoryLoader(appQueryClient);

export function Component() {
  const { id = '' } = useParams();
  // The loader normally has the data ready; the skeleton covers a cache emptied meanwhile (a
  // dev-time corpus edit).
  return (
    <Suspense fallback={<PageSkeleton />}>
      <StoryContent id={id} />
    </Suspense>
  );
}

function StoryContent({ id }: { id: string }) {
  const { data: story } = useSuspenseQuery(storyQueryOptions(id));
  const onIntent = useArticlePrefetch();
  return <FullCoveragePage key={story.id} story={story} onIntent={onIntent} />;
}

export function ErrorBoundary() {
  return (
    <RouteError notFoundDetail="There is no story at this address. It may have been removed." />
  );
}
