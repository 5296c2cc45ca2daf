import { useQueryClient, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import {
  isRouteErrorResponse,
  useParams,
  useRevalidator,
  useRouteError,
  type LoaderFunctionArgs,
} from 'react-router-dom';
import { ErrorState } from '../../components/error-state';
import { NotFound } from '../../components/not-found';
import { PageMeta } from '../../components/page-meta';
import { notFoundResponse } from '../../lib/fetch-json';
import { queryClient as appQueryClient } from '../../lib/query-client';
import { articleQueryOptions } from './api/get-article';
import { ArticlePage } from './components/article-page';
import { ArticleSkeleton } from './components/article-skeleton';
import './article.css';

/**
 * `/articles/:slug`, a lazy route module. The loader warms the query cache (instant when the feed
 * prefetched the story on hover); a missing article rejects with the 404 Response from fetchJson,
 * which the ErrorBoundary turns into the not-found page.
 */
export function createArticleLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const slug = params.slug;
    if (!slug) throw notFoundResponse();
    await queryClient.ensureQueryData(articleQueryOptions(slug));
    return null;
  };
}

export const loader = createArticleLoader(appQueryClient);

export function Component() {
  const { slug = '' } = useParams();
  // The loader normally has the data ready; the skeleton covers the cases where the cache lost it
  // meanwhile (a dev-time corpus edit, a retry after a render-time failure).
  return (
    <Suspense fallback={<ArticleSkeleton />}>
      <ArticleContent slug={slug} />
    </Suspense>
  );
}

function ArticleContent({ slug }: { slug: string }) {
  const { data: article } = useSuspenseQuery(articleQueryOptions(slug));
  // Keyed by story: opening a related story starts with a fresh page (carousel back at its start).
  return <ArticlePage key={article.slug} article={article} />;
}

/**
 * The first-load fallback when this module is already known to the router (tests, a non-lazy
 * route). Behind `lazy`, the router can only use the root's fallback until the module arrives.
 */
export const HydrateFallback = ArticleSkeleton;

export function ErrorBoundary() {
  const error = useRouteError();
  const { slug = '' } = useParams();
  const revalidator = useRevalidator();
  const queryClient = useQueryClient();

  if (isNotFound(error)) {
    return <NotFound detail="There is no story at this address. It may have been removed." />;
  }
  const retry = () => {
    // Drop the failed entry so the loader fetches afresh instead of re-reading the error.
    queryClient.removeQueries({ queryKey: articleQueryOptions(slug).queryKey, exact: true });
    void revalidator.revalidate();
  };
  return (
    <div className="article">
      <PageMeta
        title="Story unavailable"
        description="This story could not be loaded. Try again."
      />
      <h1 className="visually-hidden">Story unavailable</h1>
      <ErrorState message="We couldn't load this story." onRetry={retry} />
    </div>
  );
}

// A 404 arrives as an ErrorResponse from a loader, or as the raw Response if thrown while rendering.
function isNotFound(error: unknown): boolean {
  if (isRouteErrorResponse(error)) return error.status === 404;
  return error instanceof Response && error.status === 404;
}
