import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { RootError } from './root-error';
import { RootHydrateFallback, RootLayout } from './root-layout';

/** Every route but the frame is a lazy module: the entry bundle holds only the shell. */
export const routes: RouteObject[] = [
  {
    id: 'root',
    Component: RootLayout,
    HydrateFallback: RootHydrateFallback,
    ErrorBoundary: RootError,
    children: [
      { index: true, lazy: () => import('./routes/feed-route') },
      { path: 'topics', lazy: () => import('./routes/topic-directory-route') },
      { path: 'topics/:slug', lazy: () => import('./routes/topic-route') },
      { path: 'providers', lazy: () => import('./routes/provider-directory-route') },
      { path: 'providers/:domain', lazy: () => import('./routes/provider-route') },
      { path: 'articles/:slug', lazy: () => import('../features/article/article-route') },
      { path: 'stories/:id', lazy: () => import('./routes/story-route') },
      { path: '*', lazy: () => import('./routes/not-found-route') },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
