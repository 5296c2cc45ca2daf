import path from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { DEFAULT_WINDOW, WINDOWS, apiPaths, type Sort } from '../api/contract.ts';

/** What the first view of a route fetches, mirroring src/app/warm-start.ts and the loaders. */
export type FirstViewData =
  'feed' | 'topics' | 'topic' | 'providers' | 'provider' | 'article' | 'story' | 'none';

export type PreloadedRoute = {
  /** `/` or `/segment/:param`: the router's pattern, one parameter at most. */
  path: string;
  /** The route's lazy module, relative to the project root. */
  module: string;
  data: FirstViewData;
};

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** One route as the inline script sees it. */
export type RouteEntry = {
  pattern: string;
  files: string[];
  styles: string[];
  data: FirstViewData;
};

// Placeholders for the parts the browser fills in; letters and underscores survive encoding as is.
const ID = 'ID__';
const SORT = 'SORT__' as Sort;

/** The API's URL shapes from the contract, so the preloads can never drift from what the app fetches. */
export function dataTemplates() {
  return {
    index: apiPaths.index(),
    feed: apiPaths.list({ kind: 'feed' }, SORT, 1),
    topics: apiPaths.topics(),
    providers: apiPaths.providers(),
    topic: apiPaths.list({ kind: 'topic', slug: ID }, SORT, 1),
    provider: apiPaths.list({ kind: 'provider', domain: ID }, SORT, 1),
    article: apiPaths.article(ID),
    story: apiPaths.story(ID),
  };
}

/** `/topics/:slug` -> `^/topics/([^/]+)/?$`; `/` -> `^/$`. */
export function routePattern(routePath: string): string {
  if (routePath === '/') return '^/$';
  const source = routePath
    .split('/')
    .map((part) => (part.startsWith(':') ? '([^/]+)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return `^${source}/?$`;
}

/**
 * The inline script: picks the route of `location.pathname` and adds preload links for its code,
 * styles and first-view data before the entry module has even arrived. Plain ES5, no globals.
 * The data URLs are built as warm-start.ts builds them (same decoding, same outlet
 * normalisation), and fetched as fetchJson fetches them (CORS mode, same-origin credentials), so
 * the app's own requests reuse the preloaded responses.
 */
export function inlineScript(routes: RouteEntry[], base: string): string {
  const config = JSON.stringify({
    routes,
    base,
    api: dataTemplates(),
    id: ID,
    sort: SORT,
    windows: WINDOWS,
    window: DEFAULT_WINDOW,
  });
  // The sort as the contract's sortFromSearch reads it: ?sort=latest, else ?t=<window>.
  return `(function (c) {
  var path = location.pathname;
  var query = new URLSearchParams(location.search);
  var t = query.get('t');
  var sort = query.get('sort') === 'latest' ? 'latest'
    : 'top-' + (c.windows.indexOf(t) >= 0 ? t : c.window);
  function add(rel, href, as) {
    var link = document.createElement('link');
    link.rel = rel;
    link.href = href;
    if (as) link.as = as;
    link.crossOrigin = '';
    document.head.appendChild(link);
  }
  function fill(template, id) {
    return template.replace(c.id, encodeURIComponent(id)).replace(c.sort, sort);
  }
  for (var i = 0; i < c.routes.length; i++) {
    var route = c.routes[i];
    var match = new RegExp(route.pattern).exec(path);
    if (!match) continue;
    route.files.forEach(function (file) { add('modulepreload', c.base + file); });
    route.styles.forEach(function (file) { add('preload', c.base + file, 'style'); });
    var id;
    try {
      id = match[1] === undefined ? '' : decodeURIComponent(match[1]);
    } catch (e) {
      return;
    }
    var urls =
      route.data === 'feed' ? [c.api.index, fill(c.api.feed, '')]
      : route.data === 'topics' ? [c.api.topics]
      : route.data === 'providers' ? [c.api.providers]
      : route.data === 'topic' ? [c.api.index, fill(c.api.topic, id)]
      : route.data === 'provider'
        ? [c.api.index, fill(c.api.provider, id.trim().toLowerCase().replace(/^www\\./, ''))]
      : route.data === 'article' ? [fill(c.api.article, id)]
      : route.data === 'story' ? [fill(c.api.story, id)]
      : [];
    urls.forEach(function (url) { add('preload', url, 'fetch'); });
    return;
  }
})(${config});`;
}

/** A chunk and every chunk it imports statically, transitively. */
function staticClosure(bundle: OutputBundle, start: OutputChunk): Set<string> {
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    const chunk = bundle[fileName];
    if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
  };
  visit(start.fileName);
  return seen;
}

function cssOf(bundle: OutputBundle, files: Iterable<string>): Set<string> {
  const css = new Set<string>();
  for (const file of files) {
    const chunk = bundle[file];
    if (chunk?.type === 'chunk') chunk.viteMetadata?.importedCss.forEach((name) => css.add(name));
  }
  return css;
}

/**
 * Loading a page is otherwise a three-step chain: HTML, then the entry bundle, which only then
 * asks for the route's lazy chunk and (via warm-start) its data. This plugin lets the browser
 * fetch the landing route's chunks, styles and data in parallel with the entry, straight from the
 * HTML. Build only: the dev server serves modules unbundled.
 */
export function routePreload(routes: PreloadedRoute[]): Plugin {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'route-preload',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return;
        const chunks = Object.values(bundle).filter(
          (item): item is OutputChunk => item.type === 'chunk',
        );
        const entry = chunks.find((chunk) => chunk.isEntry);
        if (!entry) return;
        const upFront = staticClosure(bundle, entry);
        const upFrontCss = cssOf(bundle, upFront);
        const entries: RouteEntry[] = routes.map((route) => {
          const id = path.resolve(root, route.module);
          const chunk = chunks.find((candidate) => candidate.facadeModuleId === id);
          if (!chunk) {
            throw new Error(`route-preload: no chunk for ${route.module} (route ${route.path})`);
          }
          const files = [...staticClosure(bundle, chunk)].filter((file) => !upFront.has(file));
          const styles = [...cssOf(bundle, files)].filter((file) => !upFrontCss.has(file));
          return { pattern: routePattern(route.path), files, styles, data: route.data };
        });
        // Before the entry and the render-blocking stylesheet (an inline script waits for
        // stylesheets above it), after the meta tags (the charset must stay in the first 1 KB).
        const script = `<script>${inlineScript(entries, base)}</script>\n    `;
        const at = html.search(/<script type="module"|<link rel="stylesheet"|<\/head>/);
        return at === -1 ? html : html.slice(0, at) + script + html.slice(at);
      },
    },
  };
}
