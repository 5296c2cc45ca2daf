import { QueryClient } from '@tanstack/react-query';

/** A missing file stays missing: retrying a 404 would only delay the not-found page. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof Response && error.status === 404) return false;
  return failureCount < 1;
}

/**
 * The app's one QueryClient. The static API never changes under a running page (a new build is a
 * new deploy), so data stays fresh for the whole visit; dev edits invalidate it explicitly.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: 30 * 60_000,
        retry: shouldRetry,
        refetchOnWindowFocus: false,
      },
    },
  });
}

export const queryClient = createQueryClient();
