// It runs the app's own warm start, whose modules are written for Vite (import.meta.env).
/// <reference types="vite/client" />
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_WINDOW, apiPaths, sortFromSearch, topSort } from '../../api/contract.ts';
import { normalizeDomain } from '../../api/domain.ts';
import { APP_ROUTES } from '../../api/routes.ts';
import { shardOf } from '../../api/shard.ts';
import { parseApiFile } from '../../api/parse-api-file.ts';
import { createCorpus } from '../../plugin/model/corpus.ts';
import { renderApiPath } from '../../plugin/emit/emit.ts';
import { warmStart } from '../../src/app/warm-start.ts';
import { fetchedPaths, mockApi } from '../../src/test/mock-api.ts';
import { inlineScript, routeEntry } from '../../build/route-preload.ts';

type Link = { rel: string; href: string; as: string; crossOrigin: string | null };

/** The chunks a build might give the routes: one file each, more for a few. */
const CHUNKS: Record<string, { files: string[]; styles: string[] }> = {
  'src/app/routes/topic-directory-route.tsx': {
    files: ['assets/topics.js'],
    styles: ['assets/topics.css'],
  },
  'src/features/article/article-route.tsx': {
    files: ['assets/article.js', 'assets/shared.js'],
    styles: ['assets/article.css'],
  },
};

const entries = APP_ROUTES.map((route) => {
  const chunk = CHUNKS[route.module] ?? {
    files: [`assets/${path.basename(route.module, '.tsx')}.js`],
    styles: [],
  };
  return routeEntry(route, chunk.files, chunk.styles);
});

/** A page's address; concatenated, since `new URL('//', base)` would read `//` as a host. */
const at = (url: string) => new URL(`https://news.example${url}`);

/** Runs the inline script as the browser would, on a page at `url`, and returns the links it adds. */
function linksFor(url: string): Link[] {
  const { pathname, search } = at(url);
  const links: Link[] = [];
  const document = {
    createElement: () => ({ rel: '', href: '', as: '', crossOrigin: null }),
    head: { appendChild: (link: Link) => links.push(link) },
  };
  // A sandbox with only what a page gives the script.
  runInNewContext(inlineScript(entries, '/'), {
    location: { pathname, search },
    document,
    URLSearchParams,
  });
  return links;
}

const fetched = (links: Link[]) =>
  links.filter((link) => link.rel === 'preload' && link.as === 'fetch').map((link) => link.href);

const modules = (links: Link[]) =>
  links.filter((link) => link.rel === 'modulepreload').map((link) => link.href);

/** What the app itself fetches first on a page at `url`, before any route code has run. */
function warmStartFetches(url: string): string[] {
  const fetch = mockApi({});
  warmStart(new QueryClient(), at(url) as unknown as Location);
  const paths = fetchedPaths(fetch);
  fetch.mockRestore();
  return paths;
}

describe('route preload script', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

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
    expect(modules(links)).toEqual(['/assets/article.js', '/assets/shared.js']);
    expect(links.filter((link) => link.as === 'style').map((link) => link.href)).toEqual([
      '/assets/article.css',
    ]);
    expect(links.filter((link) => link.crossOrigin !== '')).toEqual([]);
  });

  it('builds topic, outlet, article and story URLs exactly as the app does', () => {
    expect(fetched(linksFor('/topics/donald%20trump?sort=latest'))).toEqual([
      apiPaths.index(),
      apiPaths.list({ kind: 'topic', slug: 'donald trump' }, 'latest', 1),
    ]);
    expect(fetched(linksFor('/providers/WWW.Harbor-Times.example./'))).toEqual([
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
    expect(fetched(linksFor('/articles/100%25-turnout'))).toEqual([
      apiPaths.article('100%-turnout'),
    ]);
  });

  it('puts an article and a story in the folder the contract names, whatever the slug', () => {
    const slugs = [
      ...Array.from({ length: 300 }, (_, i) => `2020-10-26-pence-hits-campaign-trail-${i}`),
      ...Array.from({ length: 100 }, (_, i) => `café-${i}-été-naïve`),
      ...Array.from({ length: 50 }, (_, i) => `${i}%-turnout-in-district-${i * 7}`),
      ...Array.from({ length: 50 }, (_, i) => `🗳️-${i}-選挙-выборы`),
      '',
      'a',
      'A',
      '~',
      'x'.repeat(200),
      'a__sort__b',
      '__param__',
      '__shard__',
    ];
    const folders = new Set<string>();
    for (const slug of slugs) {
      const address = `/articles/${encodeURIComponent(slug)}`;
      const expected = slug === '' ? [] : [apiPaths.article(slug)];
      expect(fetched(linksFor(address)), slug).toEqual(expected);
      expect(fetched(linksFor(`/stories/${encodeURIComponent(slug)}`)), slug).toEqual(
        slug === '' ? [] : [apiPaths.story(slug)],
      );
      folders.add(shardOf(slug));
    }
    // Most of the 256 folders, so a copy that went wrong in any part of the hash would show.
    expect(folders.size).toBeGreaterThan(200);
  });

  it('preloads the full list of topics or outlets, and its code, for a directory', () => {
    const topics = linksFor('/topics');
    expect(fetched(topics)).toEqual([apiPaths.topics()]);
    expect(modules(topics)).toEqual(['/assets/topics.js']);
    expect(fetched(linksFor('/providers/'))).toEqual([apiPaths.providers()]);
    // A topic's own page is not the directory.
    expect(fetched(linksFor('/topics/space'))[0]).toBe(apiPaths.index());
  });

  it('matches addresses as the router does: any letter case, any number of trailing slashes', () => {
    expect(modules(linksFor('/Topics/space//'))).toEqual(['/assets/topic-route.js']);
    expect(modules(linksFor('//'))).toEqual(['/assets/feed-route.js']);
  });

  it('preloads only the not-found code for unknown addresses, and survives malformed escapes', () => {
    for (const url of ['/nowhere', '/articles/a/b']) {
      expect(modules(linksFor(url)), url).toEqual(['/assets/not-found-route.js']);
      expect(fetched(linksFor(url)), url).toEqual([]);
    }
    expect(modules(linksFor('/topics/%E0'))).toEqual(['/assets/topic-route.js']);
    expect(fetched(linksFor('/topics/%E0'))).toEqual([]);
  });

  it.each([
    'WWW.Example.COM.',
    ' www.reuters.com ',
    'Harbor-Times.example',
    'www.www.example.com',
    'example.com..',
    'www.',
    'wwwexample.com',
  ])('names the outlet %j as the app does (api/domain.ts)', (typed) => {
    expect(fetched(linksFor(`/providers/${encodeURIComponent(typed)}`))[1]).toBe(
      apiPaths.list(
        { kind: 'provider', domain: normalizeDomain(typed) },
        topSort(DEFAULT_WINDOW),
        1,
      ),
    );
  });
});

describe('the preload script and warm start', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const paths = [
    ...APP_ROUTES.map((route) =>
      route.path
        .replace(':slug', 'space')
        .replace(':domain', 'harbor-times.example')
        .replace(':id', '2026-09-02-tram-test-runs')
        .replace('*', 'nowhere'),
    ),
    '/topics/%E2%80%94',
    '/topics/donald%20trump',
    '/articles/caf%C3%A9-opens',
    '/stories/caf%C3%A9-%E2%80%94-opens',
    '/articles/100%25-turnout',
    '/stories/%F0%9F%97%B3-vote',
    '/articles/a__sort__b',
    '/topics/a__sort__b',
    '/stories/a%2Fb',
    '/topics/%E0',
    '/articles/%E0',
    '/providers/%E0',
    '/providers/WWW.Example.COM.',
    '/providers/www.example.com',
    '/Topics/Space',
    '/articles/a/b',
    '/topics/a/b',
    '/index.html',
    '//',
  ];
  const withSlashes = new Set(paths.flatMap((url) => [url, `${url.replace(/\/$/, '')}/`]));
  const locations = [...withSlashes].flatMap((url) =>
    ['', '?t=month', '?sort=latest', '?t=decade'].map((search) => url + search),
  );

  it.each(locations)('ask for the same data on %s', (url) => {
    expect(fetched(linksFor(url))).toEqual(warmStartFetches(url));
  });

  it('ask for data on every route that has any', () => {
    for (const route of APP_ROUTES.filter((candidate) => candidate.data !== 'none')) {
      const url = paths[APP_ROUTES.indexOf(route)] as string;
      expect(warmStartFetches(url), url).not.toEqual([]);
    }
  });
});

describe('an outlet typed the way a reader types it', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('finds the outlet the build emitted, in the preloads, warm start and the outlet lists', async () => {
    const corpus = createCorpus({
      root: path.join(import.meta.dirname, '../../plugin/__fixtures__/corpus-basic'),
    });
    await corpus.load();
    const model = corpus.model();
    const url = '/providers/WWW.Harbor-Times.example.';
    const urls = fetched(linksFor(url));
    expect(urls).toEqual(warmStartFetches(url));
    expect(urls).toHaveLength(2);
    for (const file of urls) expect(renderApiPath(model, file), file).toBeDefined();
    const outlets = parseApiFile(
      'providers',
      apiPaths.providers(),
      JSON.parse(renderApiPath(model, apiPaths.providers()) as string),
    );
    expect(outlets.map((outlet) => outlet.domain)).toContain(
      normalizeDomain('WWW.Harbor-Times.example.'),
    );
  });
});
