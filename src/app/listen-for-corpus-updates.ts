import type { QueryClient } from '@tanstack/react-query';

/**
 * Dev only: the corpus changed on disk and the dev server already serves the new API, so every
 * query refetches and the open page shows the edit without a reload.
 */
export function listenForCorpusUpdates(queryClient: QueryClient): void {
  if (!import.meta.hot) return;
  import.meta.hot.on('news:corpus-updated', () => {
    void queryClient.invalidateQueries();
  });
}
