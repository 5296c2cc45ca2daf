import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import type { ApiIndex, ArticleSummary, ContentReport, Page } from '../api/contract.ts';
import { newsCorpus } from './index.ts';

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
  it('writes the static API and the content report into outDir, leaving out rejected files', async () => {
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
        JSON.parse(await readFile(path.join(outDir, file), 'utf8'));
      const index = (await read('api/index.json')) as ApiIndex;
      expect(index).toMatchObject({ total: 4, providerCount: 2 });
      const feed = (await read('api/feed/ranked/1.json')) as Page<ArticleSummary>;
      expect(feed.items.map((item) => item.slug)).toHaveLength(4);
      expect(existsSync(path.join(outDir, 'api/articles/2026-09-02-ferry-fares.json'))).toBe(true);
      expect(existsSync(path.join(outDir, 'api/articles/2026-09-05-draft-story.json'))).toBe(false);
      expect(existsSync(path.join(outDir, 'api/stale.json'))).toBe(false);
      expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
      const report = (await read('content-report.json')) as ContentReport;
      expect(report.rejected.map((r) => r.file)).toEqual([
        'news/2026-09-06-broken.md',
        'news/extra/2026-09-01-tram-opens.md',
      ]);
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
