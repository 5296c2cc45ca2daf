import { createBrowserRouter, type LazyRouteFunction, type RouteObject } from 'react-router-dom';
import { APP_ROUTES, type AppRoute } from '../../api/routes';
import { RootError } from './root-error';
import { RootHydrateFallback, RootLayout } from './root-layout';

type LazyRoute = LazyRouteFunction<RouteObject>;

// Every place a route module may live. Vite turns each match into its own lazy chunk, keyed by its
// path from the project root, which is how the route table (api/routes.ts) names it.
const routeModules = import.meta.glob<Awaited<ReturnType<LazyRoute>>>([
  '/src/app/routes/*-route.tsx',
  '/src/features/*/*-route.tsx',
]);

function lazyModule(route: AppRoute): LazyRoute {
  const load = routeModules[`/${route.module}`];
  // At startup rather than on the first visit, so a misspelt module fails every test at once.
  if (!load) throw new Error(`router: no route module ${route.module} (route ${route.path})`);
  return load;
}

function childRoute(route: AppRoute): RouteObject {
  const lazy = lazyModule(route);
  return route.path === '/' ? { index: true, lazy } : { path: route.path.slice(1) || '*', lazy };
}

/** Every route but the frame is a lazy module: the entry bundle holds only the shell. */
export const routes: RouteObject[] = [
  {
    id: 'root',
    Component: RootLayout,
    HydrateFallback: RootHydrateFallback,
    ErrorBoundary: RootError,
    children: APP_ROUTES.map(childRoute),
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
