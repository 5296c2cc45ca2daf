import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, createLogger } from 'vite';
import { describe, expect, it, vi } from 'vitest';
import {
  apiPaths,
  type ApiIndex,
  type Article,
  type ArticleSummary,
  type ContentReport,
  type Page,
} from '../api/contract.ts';
import { newsCorpus } from './index.ts';
import { baseUrlOf, corpusDevServer } from './test-support/dev-server.ts';
import { longArticle } from './test-support/long-article.ts';

const FIXTURE = path.join(import.meta.dirname, '__fixtures__', 'corpus-basic');

async function site() {
  const root = await mkdtemp(path.join(tmpdir(), 'news-build-'));
  await writeFile(
    path.join(root, 'index.html'),
    '<!doctype html><html><body><script type="module" src="./main.js"></script></body></html>',
  );
  await writeFile(path.join(root, 'main.js'), 'document.body.dataset.ready = "1";\n');
  return root;
}

describe('vite build with the news corpus plugin', () => {
  it('writes the static API into outDir and the content report beside it, leaving out rejected files', async () => {
    const root = await site();
    const outDir = path.join(root, 'dist');
    try {
      // A stale file from an earlier build must not survive.
      await mkdir(path.join(outDir, 'api'), { recursive: true });
      await writeFile(path.join(outDir, 'api', 'stale.json'), '{}');
      await build({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [newsCorpus({ contentDir: FIXTURE })],
        build: { outDir, emptyOutDir: true },
      });
      const read = async (file: string) =>
        JSON.parse(await readFile(path.join(outDir, file), 'utf8')) as unknown;
      const index = (await read(apiPaths.index())) as ApiIndex;
      expect(index).toMatchObject({ total: 4, providerCount: 2 });
      const feed = (await read(
        apiPaths.list({ kind: 'feed' }, 'top-all', 1),
      )) as Page<ArticleSummary>;
      expect(feed.items.map((item) => item.slug)).toHaveLength(4);
      expect(existsSync(path.join(outDir, apiPaths.article('2026-09-02-ferry-fares')))).toBe(true);
      expect(existsSync(path.join(outDir, apiPaths.article('2026-09-05-draft-story')))).toBe(false);
      expect(existsSync(path.join(outDir, 'api/stale.json'))).toBe(false);
      expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
      // The report names unpublished files: it is written beside the site, never into it.
      expect(existsSync(path.join(outDir, 'content-report.json'))).toBe(false);
      const report = JSON.parse(
        await readFile(path.join(root, 'content-report.json'), 'utf8'),
      ) as ContentReport;
      expect(report.rejected.map((r) => r.file)).toEqual([
        'news/2026-09-06-broken.md',
        'news/extra/2026-09-01-tram-opens.md',
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('rebuilds after an edit by processing only that file and rewriting only what changed', async () => {
    const root = await site();
    const corpus = path.join(root, 'corpus');
    const outDir = path.join(root, 'dist');
    await cp(FIXTURE, corpus, { recursive: true });
    const logged: string[] = [];
    const customLogger = createLogger('info');
    customLogger.info = (message) => {
      logged.push(message);
    };
    customLogger.warn = () => undefined;
    customLogger.error = () => undefined;
    const run = (force = false) =>
      build({
        root,
        configFile: false,
        customLogger,
        plugins: [newsCorpus({ contentDir: corpus, force })],
        build: { outDir },
      });
    const timeOf = async (urlPath: string) => (await stat(path.join(outDir, urlPath))).mtimeMs;
    try {
      await run();
      const ferry = apiPaths.article('2026-09-02-ferry-fares');
      const tram = apiPaths.article('2026-09-01-tram-opens');
      const [ferryBefore, tramBefore] = [await timeOf(ferry), await timeOf(tram)];
      // A file an earlier build of the app left: Vite's emptying of outDir still removes it, and
      // public/ is still copied in.
      await writeFile(path.join(outDir, 'assets-old.js'), '');
      await mkdir(path.join(root, 'public'), { recursive: true });
      await writeFile(path.join(root, 'public', 'robots.txt'), 'User-agent: *\n');

      const file = path.join(corpus, 'news', '2026-09-02-ferry-fares.md');
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace(/^title: .*$/m, 'title: "Fares frozen, again"'));
      logged.length = 0;
      await run();
      expect(logged).toContainEqual(
        expect.stringMatching(/cache: 6 file\(s\) reused .*, 1 processed/),
      );
      const article = JSON.parse(await readFile(path.join(outDir, ferry), 'utf8')) as Article;
      expect(article.title).toBe('Fares frozen, again');
      expect(await timeOf(ferry)).toBeGreaterThan(ferryBefore);
      expect(await timeOf(tram)).toBe(tramBefore);
      expect(existsSync(path.join(outDir, 'assets-old.js'))).toBe(false);
      expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
      expect(existsSync(path.join(outDir, 'robots.txt'))).toBe(true);

      // An app that fails to bundle leaves the previous output as it was.
      await writeFile(path.join(root, 'main.js'), 'export const broken = ;\n');
      await expect(run()).rejects.toThrow();
      expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
      await writeFile(path.join(root, 'main.js'), 'document.body.dataset.ready = "1";\n');

      // CONTENT_FORCE: every file processed again; the output is still only what changed.
      logged.length = 0;
      await run(true);
      expect(logged).toContainEqual(
        expect.stringMatching(/cache: 0 file\(s\) reused .*, 7 processed/),
      );
      expect(await timeOf(tram)).toBe(tramBefore);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('fails instead when strict', async () => {
    const root = await site();
    try {
      await expect(
        build({
          root,
          configFile: false,
          logLevel: 'silent',
          plugins: [newsCorpus({ contentDir: FIXTURE, strict: true })],
          build: { outDir: path.join(root, 'dist') },
        }),
      ).rejects.toThrow(/2 content file\(s\) rejected/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('vite dev server with the news corpus plugin', () => {
  it('serves edits, and folders moved in or out of the corpus, without a restart', async () => {
    const root = await site();
    const corpus = path.join(root, 'corpus');
    await cp(FIXTURE, corpus, { recursive: true });
    const server = await corpusDevServer(root);
    try {
      await server.listen();
      const base = baseUrlOf(server);
      const get = async (urlPath: string) => {
        const response = await fetch(`${base}${urlPath}`);
        return response.ok ? await response.json() : undefined;
      };
      const article = (slug: string) => get(apiPaths.article(slug)) as Promise<Article>;
      expect((await article('2026-09-02-ferry-fares')).title).not.toBe('Fares frozen, again');

      const ferry = path.join(corpus, 'news', '2026-09-02-ferry-fares.md');
      const text = await readFile(ferry, 'utf8');
      await writeFile(ferry, text.replace(/^title: .*$/m, 'title: "Fares frozen, again"'));
      await vi.waitFor(
        async () =>
          expect((await article('2026-09-02-ferry-fares')).title).toBe('Fares frozen, again'),
        { timeout: 10_000, interval: 20 },
      );

      // A folder moved in, and out again, with its files already inside.
      const staging = path.join(root, 'staging');
      await mkdir(staging);
      await writeFile(
        path.join(staging, '2026-09-09-late-story.md'),
        text
          .replace(/^title: .*$/m, 'title: "A late story"')
          .replace(/^excerpt: .*$/m, 'excerpt: "Something else happened later."')
          .replace(/ferry-fares/g, 'late-story'),
      );
      await rename(staging, path.join(corpus, 'news', 'later'));
      await vi.waitFor(
        async () => expect((await article('2026-09-09-late-story'))?.title).toBe('A late story'),
        { timeout: 10_000, interval: 20 },
      );
      expect(((await get('/api/index.json')) as ApiIndex).total).toBe(5);
      await rename(path.join(corpus, 'news', 'later'), staging);
      await vi.waitFor(
        async () => expect(((await get('/api/index.json')) as ApiIndex).total).toBe(4),
        { timeout: 10_000, interval: 20 },
      );
      expect(await article('2026-09-09-late-story')).toBeUndefined();
    } finally {
      await server.close();
      await rm(root, { recursive: true, force: true });
    }
  });

  it('keeps answering while a slow edit is processed, and the later edit of a file wins', async () => {
    const root = await site();
    const corpus = path.join(root, 'corpus');
    await cp(FIXTURE, corpus, { recursive: true });
    const server = await corpusDevServer(root);
    try {
      await server.listen();
      const base = baseUrlOf(server);
      const index = async () => {
        const response = await fetch(`${base}/api/index.json`);
        const { total } = (await response.json()) as ApiIndex;
        return { total, pending: response.headers.get('x-corpus-pending') };
      };
      expect(await index()).toEqual({ total: 4, pending: null });

      // Valid, but its 1.5 MB body takes most of a second to process.
      const file = path.join(corpus, 'news', '2026-09-07-a-long-read.md');
      await writeFile(file, longArticle('a-long-read', 'A long read', 1_500_000));
      // Answered while the file is being processed, from the corpus as it was.
      await vi.waitFor(async () => expect(await index()).toEqual({ total: 4, pending: '1' }), {
        timeout: 10_000,
        interval: 5,
      });

      // Saved again, short, while the long version is still being processed.
      await writeFile(file, longArticle('a-long-read', 'A short read', 1_000));
      await vi.waitFor(
        async () => {
          expect(await index()).toEqual({ total: 5, pending: null });
          const response = await fetch(`${base}${apiPaths.article('2026-09-07-a-long-read')}`);
          expect(((await response.json()) as Article).title).toBe('A short read');
        },
        { timeout: 10_000, interval: 20 },
      );
    } finally {
      await server.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
