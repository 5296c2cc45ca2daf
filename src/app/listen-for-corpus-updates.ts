import type { QueryClient } from '@tanstack/react-query';
import { CORPUS_UPDATED_EVENT } from '../../api/dev-events';

/**
 * Dev only: the corpus changed on disk and the dev server already serves the new API, so every
 * query refetches and the open page shows the edit without a reload. `hot` is a parameter so a
 * test can stand in for Vite's client.
 */
export function listenForCorpusUpdates(
  queryClient: QueryClient,
  hot: Pick<NonNullable<ImportMeta['hot']>, 'on'> | undefined = import.meta.hot,
): void {
  if (!hot) return;
  hot.on(CORPUS_UPDATED_EVENT, () => {
    void queryClient.invalidateQueries();
  });
}
