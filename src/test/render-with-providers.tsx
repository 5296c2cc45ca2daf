import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';

/** A fresh client per test: no retries (failures show at once), nothing shared between tests. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity } },
  });
}

type Options = {
  /** The URL the test starts at. */
  route?: string;
  queryClient?: QueryClient;
};

/** Renders route objects (with loaders, error boundaries) in a memory router with a QueryClient. */
export function renderRoutes(routes: RouteObject[], { route = '/', queryClient }: Options = {}) {
  const client = queryClient ?? createTestQueryClient();
  const router = createMemoryRouter(
    [
      {
        // The first load waits for loaders; the real app shows its skeleton meanwhile.
        hydrateFallbackElement: <p>Loading…</p>,
        children: [...routes, { path: '*', element: <p>Another page</p> }],
      },
    ],
    { initialEntries: [route] },
  );
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, user, router, queryClient: client };
}

/** Renders one element at `route` (default `/`), with a router and a fresh QueryClient. */
export function renderWithProviders(ui: ReactNode, { route = '/', queryClient }: Options = {}) {
  const path = new URL(route, 'http://localhost').pathname;
  return renderRoutes([{ path, element: ui }], { route, queryClient });
}
