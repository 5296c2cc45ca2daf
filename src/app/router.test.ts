import { matchRoutes, type RouteObject } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { APP_ROUTES, matchRoute } from '../../api/routes';
import { routes } from './router';

const children = routes[0]?.children ?? [];

/** A router child's path written as the route table writes it. */
const tablePath = (route: RouteObject) =>
  route.index ? '/' : route.path === '*' ? '*' : `/${route.path}`;

describe('the router', () => {
  it('has every route of the table, in its order, and nothing else', () => {
    expect(children.map(tablePath)).toEqual(APP_ROUTES.map((route) => route.path));
  });

  it('loads for each route the module the table names, which the build preloads', async () => {
    for (const [i, route] of APP_ROUTES.entries()) {
      const lazy = children[i]?.lazy as () => Promise<RouteObject>;
      const loaded = await lazy();
      expect(loaded, route.module).toBe(await import(/* @vite-ignore */ `/${route.module}`));
      expect(loaded.Component, route.module).toEqual(expect.any(Function));
    }
  });

  it.each([
    '/',
    '//',
    '/topics',
    '/topics/',
    '/Topics/Space//',
    '/topics/%E2%80%94',
    '/topics/%E0',
    '/topics/a/b',
    '/providers',
    '/providers/WWW.Example.COM.',
    '/articles/caf%C3%A9-opens/',
    '/articles/a%2Fb',
    '/stories/2026-09-02-tram-test-runs',
    '/nowhere',
    '/index.html',
  ])('shows at %s the route the preloads and warm start pick', (pathname) => {
    const matches = matchRoutes(routes, pathname) ?? [];
    const leaf = matches[matches.length - 1]?.route;
    expect(leaf && tablePath(leaf)).toBe(matchRoute(pathname)?.route.path);
  });
});
