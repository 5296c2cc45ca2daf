import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW, apiPaths, sortFromSearch, topSort } from '../api/contract.ts';
import { inlineScript, routePattern, type RouteEntry } from './route-preload.ts';

type Link = { rel: string; href: string; as: string; crossOrigin: string | null };

const routes: RouteEntry[] = [
  {
    pattern: routePattern('/'),
    files: ['assets/feed.js'],
    styles: ['assets/feed.css'],
    data: 'feed',
  },
  {
    pattern: routePattern('/topics'),
    files: ['assets/topics.js'],
    styles: ['assets/topics.css'],
    data: 'topics',
  },
  { pattern: routePattern('/topics/:slug'), files: ['assets/topic.js'], styles: [], data: 'topic' },
  {
    pattern: routePattern('/providers'),
    files: ['assets/providers.js'],
    styles: [],
    data: 'providers',
  },
  {
    pattern: routePattern('/providers/:domain'),
    files: ['assets/provider.js'],
    styles: [],
    data: 'provider',
  },
  {
    pattern: routePattern('/articles/:slug'),
    files: ['assets/article.js', 'assets/shared.js'],
    styles: ['assets/article.css'],
    data: 'article',
  },
  { pattern: routePattern('/stories/:id'), files: ['assets/story.js'], styles: [], data: 'story' },
];

/** Runs the inline script as the browser would, on a page at `url`, and returns the links it adds. */
function linksFor(url: string): Link[] {
  const { pathname, search } = new URL(url, 'https://news.example');
  const links: Link[] = [];
  const document = {
    createElement: () => ({ rel: '', href: '', as: '', crossOrigin: null }),
    head: { appendChild: (link: Link) => links.push(link) },
  };
  const run = new Function('location', 'document', inlineScript(routes, '/'));
  run({ pathname, search }, document);
  return links;
}

const fetched = (links: Link[]) =>
  links.filter((link) => link.rel === 'preload' && link.as === 'fetch').map((link) => link.href);

describe('route preload script', () => {
  it('preloads the feed page and the index for the home page, in the chosen order', () => {
    expect(fetched(linksFor('/'))).toEqual([
      apiPaths.index(),
      apiPaths.list({ kind: 'feed' }, topSort(DEFAULT_WINDOW), 1),
    ]);
    expect(fetched(linksFor('/?sort=latest'))).toEqual([
      apiPaths.index(),
      apiPaths.list({ kind: 'feed' }, 'latest', 1),
    ]);
  });

  it('asks for the same list as the app for every query string', () => {
    for (const search of [
      '',
      '?t=day',
      '?t=all',
      '?t=decade',
      '?sort=latest',
      '?sort=latest&t=day',
    ]) {
      expect(fetched(linksFor(`/${search}`))[1], search).toBe(
        apiPaths.list({ kind: 'feed' }, sortFromSearch(search), 1),
      );
    }
  });

  it("preloads the route's code and styles, with CORS mode as the app's module loader uses", () => {
    const links = linksFor('/articles/some-story');
    expect(links.filter((link) => link.rel === 'modulepreload').map((link) => link.href)).toEqual([
      '/assets/article.js',
      '/assets/shared.js',
    ]);
    expect(links.filter((link) => link.as === 'style').map((link) => link.href)).toEqual([
      '/assets/article.css',
    ]);
    expect(links.every((link) => link.crossOrigin === '')).toBe(true);
  });

  it('builds topic, outlet, article and story URLs exactly as the app does', () => {
    expect(fetched(linksFor('/topics/donald%20trump?sort=latest'))).toEqual([
      apiPaths.index(),
      apiPaths.list({ kind: 'topic', slug: 'donald trump' }, 'latest', 1),
    ]);
    expect(fetched(linksFor('/providers/WWW.Harbor-Times.example/'))).toEqual([
      apiPaths.index(),
      apiPaths.list(
        { kind: 'provider', domain: 'harbor-times.example' },
        topSort(DEFAULT_WINDOW),
        1,
      ),
    ]);
    expect(fetched(linksFor('/articles/caf%C3%A9-opens'))).toEqual([
      apiPaths.article('café-opens'),
    ]);
    expect(fetched(linksFor('/stories/caf%C3%A9-opens'))).toEqual([apiPaths.story('café-opens')]);
  });

  it('preloads the full list of topics or outlets, and its code, for a directory', () => {
    const topics = linksFor('/topics');
    expect(fetched(topics)).toEqual([apiPaths.topics()]);
    expect(topics.filter((link) => link.rel === 'modulepreload').map((link) => link.href)).toEqual([
      '/assets/topics.js',
    ]);
    expect(fetched(linksFor('/providers/'))).toEqual([apiPaths.providers()]);
    // A topic's own page is not the directory.
    expect(fetched(linksFor('/topics/space'))[0]).toBe(apiPaths.index());
  });

  it('preloads nothing for addresses no route matches, and survives malformed escapes', () => {
    expect(linksFor('/nowhere')).toEqual([]);
    expect(linksFor('/articles/a/b')).toEqual([]);
    expect(fetched(linksFor('/topics/%E0'))).toEqual([]);
  });
});
