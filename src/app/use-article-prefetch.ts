import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { createArticlePrefetcher } from './prefetch-article';

/** The feed's `onIntent`: prefetch the story the reader is about to open. */
export function useArticlePrefetch(): (slug: string) => void {
  const queryClient = useQueryClient();
  return useMemo(() => createArticlePrefetcher(queryClient), [queryClient]);
}
