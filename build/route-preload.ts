import path from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { DEFAULT_WINDOW, WINDOWS, type Sort } from '../api/contract.ts';
import { firstViewUrls } from '../api/first-view.ts';
import { ROUTE_FLAGS, routePattern, type AppRoute } from '../api/routes.ts';
import { shardOf } from '../api/shard.ts';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** One route as the inline script sees it. */
export type RouteEntry = {
  pattern: string;
  files: string[];
  styles: string[];
  /** Its first view's API URLs, with placeholders for the path parameter, its shard and the sort. */
  data: string[];
  /** Whether the parameter is an outlet's domain, which the app normalises before it asks. */
  outlet: boolean;
};

// Placeholders for the parts the browser fills in. Lowercase letters and underscores come through
// percent-encoding and the outlet normalisation unchanged, so they are still there to be replaced.
const PARAM = '__param__';
const SORT = '__sort__' as Sort;
const SHARD = '__shard__';

/**
 * A first view's URL as a template. apiPaths puts an article or a story in the folder its key
 * hashes to (api/shard.ts), so the URL built for the placeholder names the placeholder's own
 * folder; that folder, right before the parameter, becomes a placeholder the script fills with
 * the shard of the real parameter.
 */
function template(url: string): string {
  return url.replace(`/${shardOf(PARAM)}/${PARAM}.`, `/${SHARD}/${PARAM}.`);
}

/** A route of the table (api/routes.ts) with the chunks and styles the build gave it. */
export function routeEntry(route: AppRoute, files: string[], styles: string[]): RouteEntry {
  return {
    pattern: routePattern(route.path),
    files,
    styles,
    data: firstViewUrls(route.data, PARAM, SORT).map(template),
    outlet: route.data === 'provider',
  };
}

/**
 * The inline script: picks the route of `location.pathname` and adds preload links for its code,
 * styles and first-view data before the entry module has even arrived. Plain ES5, no globals.
 * It matches, decodes and normalises as src/app/warm-start.ts does (tests/agreement/route-preload.test.ts checks
 * both ask for the same URLs), and fetches as fetchJson fetches (CORS mode, same-origin
 * credentials), so the app's own requests reuse the preloaded responses.
 */
export function inlineScript(routes: RouteEntry[], base: string): string {
  const config = JSON.stringify({
    routes,
    base,
    flags: ROUTE_FLAGS,
    param: PARAM,
    shard: SHARD,
    sort: SORT,
    windows: WINDOWS,
    window: DEFAULT_WINDOW,
  });
  // The sort as the contract's sortFromSearch reads it: ?sort=latest, else ?t=<window>.
  // outletKey is the ES5 copy of normalizeDomain (api/domain.ts), shardOf of api/shard.ts (FNV-1a
  // over UTF-16 code units, top byte as two hex digits). Math.imul is ES2015, but every browser
  // that runs the app's module scripts has it.
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
  function outletKey(domain) {
    var key = domain.trim().toLowerCase().replace(/\\.$/, '');
    return key.indexOf('www.') === 0 ? key.slice(4) : key;
  }
  function shardOf(key) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
    return ('0' + (hash >>> 24).toString(16)).slice(-2);
  }
  for (var i = 0; i < c.routes.length; i++) {
    var route = c.routes[i];
    var match = new RegExp(route.pattern, c.flags).exec(path);
    if (!match) continue;
    route.files.forEach(function (file) { add('modulepreload', c.base + file); });
    route.styles.forEach(function (file) { add('preload', c.base + file, 'style'); });
    var param;
    try {
      param = match[1] === undefined ? '' : decodeURIComponent(match[1]);
    } catch (e) {
      return;
    }
    if (route.outlet) param = outletKey(param);
    var shard = shardOf(param);
    // The parameter goes in last: a slug may itself spell a placeholder (a__sort__b).
    route.data.forEach(function (template) {
      var url = template.replace(c.sort, sort).replace(c.shard, shard);
      add('preload', url.replace(c.param, encodeURIComponent(param)), 'fetch');
    });
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
export function routePreload(routes: readonly AppRoute[]): Plugin {
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
          return routeEntry(route, files, styles);
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
