import { QueryClient } from '@tanstack/react-query';

/**
 * The app's one QueryClient. The static API never changes under a running page (a new build is a
 * new deploy), so data stays fresh for the whole visit; dev edits invalidate it explicitly.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, gcTime: 30 * 60_000, retry: 1, refetchOnWindowFocus: false },
    },
  });
}

export const queryClient = createQueryClient();
