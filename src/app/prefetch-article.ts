import type { QueryClient } from '@tanstack/react-query';

/**
 * The reader hovered or focused a story: fetch its route code and its data now, so opening it is
 * instant. The article feature is imported lazily (features never import each other; the app
 * composes them) and stays out of the entry bundle.
 */
export function createArticlePrefetcher(queryClient: QueryClient) {
  return (slug: string) => {
    void import('../features/article/article-route');
    void import('../features/article/api/get-article')
      .then(({ articleQueryOptions }) => queryClient.prefetchQuery(articleQueryOptions(slug)))
      .catch(() => {
        // A prefetch is only a head start; the article page loads (and reports errors) by itself.
      });
  };
}
