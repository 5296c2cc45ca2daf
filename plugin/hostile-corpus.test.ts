import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiPaths,
  type ApiIndex,
  type Article,
  type ArticleSummary,
  type ContentReport,
  type Page,
} from '../api/contract.ts';
import { newsCorpus } from './index.ts';
import {
  GOOD_STORIES,
  REJECTED,
  SECRET,
  TRIMMED_STORIES,
  writeHostileCorpus,
  type HostileSite,
} from './test-support/hostile-corpus.ts';

/**
 * One real `vite build` of a corpus written as an attacker would write it: what an editor reads in
 * the report, what a reader gets from the API, and what lands on the disk.
 */

let hostile: HostileSite;
let outDir: string;
let report: ContentReport;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The file of an API URL (`apiPaths`), as a static host finds it: by its decoded path. */
const readJson = <T>(url: string) =>
  JSON.parse(readFileSync(path.join(outDir, decodeURIComponent(url)), 'utf8')) as T;

function errorsOf(file: string): string {
  const entry = report.rejected.find((rejected) => rejected.file === file);
  return (entry?.errors ?? [])
    .map((e) => `${e.field ? `${e.field}: ` : ''}${e.message}`)
    .join('\n');
}

async function buildSite(strict = false) {
  await build({
    root: hostile.site,
    configFile: false,
    logLevel: 'silent',
    plugins: [newsCorpus({ contentDir: 'corpus', strict })],
    build: { outDir, emptyOutDir: true },
  });
}

beforeAll(async () => {
  const site = mkdtempSync(path.join(tmpdir(), 'hostile-site-'));
  hostile = writeHostileCorpus(site);
  writeFileSync(
    path.join(site, 'index.html'),
    '<!doctype html><html><body><script type="module" src="./main.js"></script></body></html>',
  );
  writeFileSync(path.join(site, 'main.js'), 'document.body.dataset.ready = "1";\n');
  outDir = path.join(site, 'dist');
  await buildSite();
  report = JSON.parse(
    readFileSync(path.join(site, 'content-report.json'), 'utf8'),
  ) as ContentReport;
}, 120_000);

afterAll(() => rmSync(hostile.site, { recursive: true, force: true }));

describe('a build of a hostile corpus', () => {
  it('rejects each hostile file with its reason, and nothing else', () => {
    for (const [file, reason] of Object.entries(REJECTED)) {
      expect(errorsOf(file), file).toMatch(reason);
    }
    expect(report.rejected.map((entry) => entry.file).sort()).toEqual(Object.keys(REJECTED).sort());
  });

  it('publishes every valid story, and the trimmed ones with a warning', () => {
    const feed = readJson<Page<ArticleSummary>>(apiPaths.list({ kind: 'feed' }, 'latest', 1));
    const expected = [...GOOD_STORIES, ...Object.values(TRIMMED_STORIES)];
    expect(feed.items.map((item) => item.slug).sort()).toEqual([...expected].sort());
    expect(readJson<ApiIndex>(apiPaths.index()).total).toBe(expected.length);
    const warned = new Set(report.warnings.map((warning) => warning.file));
    expect(warned).toContain(`news/${TRIMMED_STORIES.longTitle}.md`);
    expect(warned).toContain(`news/${TRIMMED_STORIES.manyTopics}.md`);
    expect(warned).toContain(`news/${TRIMMED_STORIES.longTopicName}.md`);
  });

  it('writes nothing outside the output folder, and no traversal inside it', () => {
    expect(readdirSync(hostile.outside)).toEqual([]);
    expect(readdirSync(hostile.site).sort()).toEqual(
      [
        // Vite's cache folder (no package.json here), where the result cache lives.
        '.vite',
        'content-report.json',
        'corpus',
        'dist',
        'index.html',
        'main.js',
        'outside',
        'secret.txt',
      ].sort(),
    );
    const topics = readdirSync(path.join(outDir, 'api', 'topics')).sort();
    expect(topics.filter((name) => name.startsWith('.') || name.includes('%'))).toEqual([]);
    expect(topics).not.toContain('feed');
    expect(
      readJson<Page<ArticleSummary>>(apiPaths.list({ kind: 'feed' }, 'top-all', 1)).total,
    ).toBe(10);
  });

  it('never shows what a symlink out of the corpus points at', () => {
    for (const file of [...filesUnder(outDir), path.join(hostile.site, 'content-report.json')]) {
      expect(readFileSync(file, 'utf8'), file).not.toContain(SECRET);
    }
  });

  it('bounds what one file writes: 20 topics, a 300-character title', () => {
    const many = readJson<Article>(apiPaths.article(TRIMMED_STORIES.manyTopics));
    expect(many.topics).toHaveLength(20);
    const long = readJson<Article>(apiPaths.article(TRIMMED_STORIES.longTitle));
    expect(long.title.length).toBeLessThanOrEqual(300);
    const longTopic = readJson<Article>(apiPaths.article(TRIMMED_STORIES.longTopicName));
    expect(longTopic.topics.map((topic) => topic.slug)).toEqual(['city']);
    expect(filesUnder(outDir).length).toBeLessThan(500);
  });

  it('keeps drafts, future stories and credentials out of what is served', () => {
    const served = filesUnder(outDir).map((file) => ({ file, body: readFileSync(file, 'utf8') }));
    const servedWith = (text: string) =>
      served.filter(({ body }) => body.includes(text)).map(({ file }) => file);
    expect(servedWith('minister-resigns')).toEqual([]);
    expect(servedWith('2100-01-01')).toEqual([]);
    expect(servedWith('user:pass')).toEqual([]);
    expect(report.skipped.map((entry) => entry.file).sort()).toEqual([
      'news/2026-09-14-scheduled.md',
      'news/2026-09-15-minister-resigns-draft.md',
      'news/2026-09-16-published-zero.md',
    ]);
    // The future story does not become the ranking's "now".
    expect(readJson<ApiIndex>(apiPaths.index()).newestAt).toBe('2026-09-10T09:00:00.000Z');
  });

  it('fails a strict build, naming every rejected file', async () => {
    const failure = buildSite(true).then(
      () => '',
      (error: unknown) => String(error),
    );
    const message = await failure;
    expect(message).toContain(`${Object.keys(REJECTED).length} content file(s) rejected`);
    expect(message).toContain('corpus/_data/topics/01-feed.yaml');
    expect(message).toContain('corpus/news/q?x=1.md');
  });
});
