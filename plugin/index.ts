import { mkdir, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import type { Connect, Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { API_BASE } from '../api/contract.ts';
import { CORPUS_UPDATED_EVENT } from '../api/dev-events.ts';
import { openResultCache, type ResultCache } from './cache/result-cache.ts';
import { emptyOutDirKeepingApi, viteWouldEmpty } from './emit/prepare-out-dir.ts';
import { createCorpus, type Corpus, type CorpusUpdate } from './model/corpus.ts';
import { workerCodeVersion } from './read/workers/worker-entry.ts';
import { renderApiPath } from './emit/emit.ts';
import { writeApi } from './emit/write-api.ts';
import { formatProblem, problemLines, reportSummary } from './report/format-problems.ts';
import { watchFolders, type FolderWatch } from './dev/watch-folders.ts';

export type NewsCorpusOptions = {
  /** The corpus folder, relative to the Vite root or absolute. */
  contentDir: string;
  /** Fail the build when any file is rejected (CONTENT_STRICT=1) instead of leaving it out. */
  strict?: boolean;
  /** Most related stories kept per article. */
  relatedLimit?: number;
  /**
   * Where the build writes its content report, relative to the Vite root or absolute. Never inside
   * what is served: it names unpublished files (drafts' names are often their headlines) and quotes
   * broken YAML.
   */
  reportFile?: string;
  /**
   * Where processed files are cached between builds and dev-server starts, relative to the Vite
   * root or absolute; false for no cache. Defaults to `news-corpus/` in Vite's cache folder.
   */
  cacheDir?: string | false;
  /**
   * Ignore the result cache (CONTENT_FORCE=1): every file is processed again, and the cache is
   * written afresh. The previous output is still compared byte by byte, never trusted.
   */
  force?: boolean;
};

const NAME = 'news-corpus';

/**
 * The Vite plugin: turns the corpus into the static JSON API. Hooks only; the work lives in the
 * corpus context (model/corpus.ts) and the layout in emit/emit.ts, shared by build, dev and content:check.
 */
export function newsCorpus(options: NewsCorpusOptions): Plugin {
  let config: ResolvedConfig;
  let corpus: Corpus;
  let written = false;
  let emptied = false;
  let loading: Promise<void> | undefined;
  let watching: FolderWatch | undefined;
  /** What the user's config says about emptying outDir; the plugin empties it itself. */
  let userEmptyOutDir: boolean | null | undefined;

  /** The result cache, or undefined when it is off or the workers' code has no version. */
  async function openCache(): Promise<ResultCache | undefined> {
    if (options.cacheDir === false) return undefined;
    const codeVersion = await workerCodeVersion();
    if (codeVersion === undefined) return undefined;
    return openResultCache({
      dir: path.resolve(config.root, options.cacheDir ?? path.join(config.cacheDir, NAME)),
      root: corpus.root,
      options: corpus.processOptions,
      codeVersion,
      force: options.force,
    });
  }

  async function loadCorpus(): Promise<void> {
    const cache = await openCache();
    await corpus.load(cache);
    if (!cache) return;
    const { reused, unread, damaged, written, error } = cache.stats;
    if (error !== undefined) {
      config.logger.warn(
        `${NAME}: the result cache could not be written (${error}); built without it`,
      );
    }
    config.logger.info(
      `${NAME}: cache: ${reused} file(s) reused (${unread} untouched, not read), ` +
        `${written} processed and cached` +
        (damaged > 0 ? `, ${damaged} damaged entries processed again` : ''),
    );
  }

  const display = (file: string) => path.relative(process.cwd(), path.join(corpus.root, file));

  function logReport(): number {
    const { report } = corpus.model();
    const { all } = problemLines(report, display);
    for (const line of all) config.logger.warn(line);
    config.logger.info(`${NAME}: ${reportSummary(report)}`);
    return report.rejected.length;
  }

  return {
    name: NAME,
    // Vitest loads vite.config.ts too; the corpus has no business in unit-test servers.
    apply: (_config, env) => env.mode !== 'test',

    // The plugin watches the corpus itself (dev/watch-folders.ts says why): keep Vite's watcher out of
    // it when it lies inside the project.
    config(userConfig, env) {
      if (env.command === 'build') {
        // Vite would remove the previous API before writeApi could compare with it: the plugin
        // empties outDir itself, keeping the API (emit/prepare-out-dir.ts).
        userEmptyOutDir = userConfig.build?.emptyOutDir;
        return { build: { emptyOutDir: false } };
      }
      // `watch: null` turns Vite's watcher off; merging an object in would turn it on again.
      if (userConfig.server?.watch === null) return;
      const contentRoot = path.resolve(userConfig.root ?? process.cwd(), options.contentDir);
      const inCorpus = (file: string) =>
        file === contentRoot || file.startsWith(`${contentRoot}${path.sep}`);
      return { server: { watch: { ignored: [inCorpus] } } };
    },

    configResolved(resolved) {
      config = resolved;
      corpus = createCorpus({
        root: path.resolve(resolved.root, options.contentDir),
        relatedLimit: options.relatedLimit ?? 12,
      });
    },

    buildStart() {
      if (config.command !== 'build') return;
      written = false;
      emptied = false;
      const started = performance.now();
      // Not awaited: the corpus is read on worker threads while Vite bundles the app, instead of
      // before it; generateBundle waits for it, and handles its rejection.
      loading = loadCorpus().then(() => {
        config.logger.info(`${NAME}: corpus read in ${Math.round(performance.now() - started)} ms`);
      });
      loading.catch(() => undefined);
    },

    // Where Vite would empty outDir: once the app has bundled (a build that fails earlier leaves
    // the previous output as it was), and before Vite's own renderStart copies public/ into it
    // (handlers with the same order run in plugin order, and Vite's comes after the user's).
    renderStart: {
      order: 'pre',
      handler() {
        if (config.command !== 'build' || emptied) return;
        emptied = true;
        const outDir = path.resolve(config.root, config.build.outDir);
        if (viteWouldEmpty(outDir, config.root, userEmptyOutDir)) emptyOutDirKeepingApi(outDir);
        // Vite's own warning, which the emptyOutDir: false above would silence.
        else if (userEmptyOutDir == null) {
          config.logger.warn(
            `outDir ${outDir} is not inside the project root and will not be emptied (its API ` +
              `files are still kept in step). Use --emptyOutDir to override.`,
          );
        }
      },
    },

    // Before any file is written, so a strict build fails without emitting anything.
    async generateBundle() {
      if (config.command !== 'build' || !loading) return;
      const pending = loading;
      loading = undefined;
      await pending;
      const rejected = logReport();
      if (rejected > 0 && options.strict) {
        const { errors } = problemLines(corpus.model().report, display);
        this.error(
          `${rejected} content file(s) rejected and CONTENT_STRICT is set:\n${errors.join('\n')}`,
        );
      }
    },

    // After Vite has emptied and written outDir, so our files are not removed.
    async writeBundle() {
      if (config.command !== 'build' || written) return;
      written = true;
      const started = performance.now();
      const outDir = path.resolve(config.root, config.build.outDir);
      const model = corpus.model();
      const reportFile = path.resolve(config.root, options.reportFile ?? 'content-report.json');
      await mkdir(path.dirname(reportFile), { recursive: true });
      await writeFile(reportFile, `${JSON.stringify(model.report, null, 2)}\n`);
      const { files, bytes, written: changed, removed } = await writeApi(model, outDir);
      config.logger.info(
        `${NAME}: ${files} API files (${(bytes / 1024 ** 2).toFixed(1)} MiB): ${changed} written, ` +
          `${files - changed} unchanged, ${removed} removed, in ${Math.round(performance.now() - started)} ms; ` +
          `content report: ${path.relative(process.cwd(), reportFile)}`,
      );
    },

    closeBundle() {
      watching?.close();
      watching = undefined;
    },

    async configureServer(server) {
      // The server starts at once; API requests and file events wait for the first full read.
      const ready = loadCorpus().then(logReport, (error: unknown) => {
        config.logger.error(`${NAME}: ${error instanceof Error ? error.message : String(error)}`);
      });
      watching?.close();
      const watch = watchCorpus(server, corpus, display, ready);
      watching = watch;
      server.httpServer?.once('close', () => watching?.close());
      const serveApi = async (
        req: Connect.IncomingMessage,
        res: ServerResponse,
        next: Connect.NextFunction,
      ) => {
        const base = config.base.replace(/\/$/, '');
        let url = (req.url ?? '').split('?')[0] ?? '';
        if (base && url.startsWith(base)) url = url.slice(base.length);
        if (url !== API_BASE && !url.startsWith(`${API_BASE}/`)) return next();
        // The API is JSON only; other files under /api/ (the contract module itself) are source.
        if (!url.endsWith('.json')) return next();
        await ready;
        const body = renderApiPath(corpus.model(), url);
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        // Files are re-read off the main thread, so answers go on meanwhile, from the corpus as it
        // was; this says how many file events are still being worked on.
        const pending = watch.pending();
        if (pending > 0) res.setHeader('X-Corpus-Pending', String(pending));
        if (body === undefined) {
          res.statusCode = 404;
          res.end(JSON.stringify({ error: 'not found', path: url }));
          return;
        }
        res.end(body);
      };
      // Registered directly (not returned), so it runs before Vite's SPA fallback. Connect ignores
      // the promise of an async handler: a failure goes to next(), which answers 500, rather than
      // leaving the request hanging.
      server.middlewares.use((req, res, next) => {
        serveApi(req, res, next).catch(next);
      });
    },
  };
}

/** Editors and copy tools can write a file in several steps: wait for the last event of a burst. */
const SETTLE_MS = 40;

type CorpusWatch = FolderWatch & {
  /** File events whose re-read has started and not finished. */
  pending: () => number;
};

function watchCorpus(
  server: ViteDevServer,
  corpus: Corpus,
  display: (file: string) => string,
  ready: Promise<unknown>,
): CorpusWatch {
  const { logger } = server.config;
  const overlayFor = new Set<string>();
  const timers = new Map<string, NodeJS.Timeout>();
  let pending = 0;
  let closed = false;

  const report = (update: CorpusUpdate | undefined) => {
    // A superseded update is followed by the one that superseded it, which reports.
    if (!update || update.kind === 'ignored' || update.kind === 'superseded' || closed) return;
    const { file } = update;
    const result = update.kind === 'article' ? update.result : undefined;
    if (result?.status === 'rejected') {
      const lines = result.errors.map((problem) => formatProblem(display(file), problem));
      for (const line of lines) logger.error(line, { timestamp: true });
      const line = result.errors.find((problem) => problem.line !== undefined)?.line;
      const id = path.join(corpus.root, file);
      overlayFor.add(file);
      server.ws.send({
        type: 'error',
        err: {
          message: `Content file rejected (the rest of the corpus is still served):\n${lines.join('\n')}`,
          stack: '',
          id,
          plugin: NAME,
          ...(line !== undefined && { loc: { file: id, line, column: 1 } }),
        },
      });
    } else {
      for (const problem of result?.warnings ?? []) {
        logger.warn(formatProblem(display(file), problem, true), { timestamp: true });
      }
      const what = update.kind === 'taxonomy' ? 'reloaded' : (result?.status ?? 'removed');
      logger.info(`${NAME}: ${display(file)} ${what}`, { timestamp: true });
      // An empty update makes the Vite client dismiss the overlay of the now fixed file.
      if (overlayFor.delete(file)) server.ws.send({ type: 'update', updates: [] });
    }
    // The app refetches on it (src/app/listen-for-corpus-updates.ts).
    server.ws.send(CORPUS_UPDATED_EVENT, { file });
  };

  // One timer per file, and one (keyed by the root) for folder changes. A re-read runs off the
  // main thread and may be slow; an event during it starts another, and the corpus keeps the
  // result of the later one for a file, whichever finishes first.
  const settle = (key: string, run: () => Promise<void>) => {
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        pending++;
        void ready
          .then(run)
          .catch((error: unknown) => {
            logger.error(`${NAME}: ${error instanceof Error ? error.message : String(error)}`);
          })
          .finally(() => pending--);
      }, SETTLE_MS),
    );
  };
  const watch = watchFolders(corpus.root, {
    onFile: (absolute) => settle(absolute, async () => report(await corpus.update(absolute))),
    onFolders: () => settle(corpus.root, async () => (await corpus.resync()).forEach(report)),
  });
  return {
    pending: () => pending,
    close: () => {
      closed = true;
      watch.close();
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
