import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  PAGES_PER_FOLDER,
  PAGE_SIZE,
  apiPaths,
  type FeedItem,
  type Page,
  type Story,
} from '../../api/contract.ts';
import { shardOf } from '../../api/shard.ts';
import { deriveModel, type CorpusModel } from '../model/corpus-model.ts';
import { buildApi } from '../test-support/build-api.ts';
import { resultsOf, storedArticle } from '../test-support/stored-article.ts';
import { apiFiles } from './emit.ts';

/**
 * The layout a static host or an object store serves well at a million articles: one URL per
 * article and per story, and no folder past ~10,000 entries. Articles and stories are spread
 * over 256 shard folders, list pages over folders of PAGES_PER_FOLDER.
 */

const DEMO_CONTENT = path.resolve(import.meta.dirname, '..', '..', 'content');

/** Where a host finds the file of an API URL: the URL's path, decoded, without the leading `/`. */
const fileOf = (url: string) => decodeURIComponent(url).slice(1);

/** Entries (files and sub-folders) of every folder that holds any of these `/`-separated paths. */
function folderSizes(files: Iterable<string>): Map<string, number> {
  const entries = new Map<string, Set<string>>();
  for (const file of files) {
    const parts = file.split('/');
    for (let depth = 1; depth < parts.length; depth++) {
      const folder = parts.slice(0, depth).join('/');
      const names = entries.get(folder) ?? new Set<string>();
      names.add(parts[depth] as string);
      entries.set(folder, names);
    }
  }
  return new Map([...entries].map(([folder, names]) => [folder, names.size]));
}

function largest(sizes: Map<string, number>): [string, number] {
  return [...sizes].reduce((most, entry) => (entry[1] > most[1] ? entry : most), ['', 0]);
}

describe('the API the demo corpus builds', () => {
  let built: Map<string, string>;
  beforeAll(async () => {
    built = new Map((await buildApi(DEMO_CONTENT)).map(({ file, body }) => [file, body]));
  });
  const read = <T>(url: string): T => {
    const body = built.get(fileOf(url));
    if (body === undefined) throw new Error(`no file for ${url}`);
    return JSON.parse(body) as T;
  };
  const written = (head: string) =>
    [...built.keys()].filter((file) => file.startsWith(`api/${head}/`)).sort();

  it('has a file at the URL of every article and story its lists name, and no other', () => {
    const first = read<Page<FeedItem>>(apiPaths.list({ kind: 'feed' }, 'top-all', 1));
    const items = Array.from({ length: first.pages }, (_, i) =>
      read<Page<FeedItem>>(apiPaths.list({ kind: 'feed' }, 'top-all', i + 1)),
    ).flatMap((page) => page.items);
    const stories = items
      .filter((item) => item.story.articleCount > 1)
      .map((item) => read<Story>(apiPaths.story(item.story.id)));
    const slugs = new Set([
      ...items.map((item) => item.slug),
      ...stories.flatMap((story) => story.articles.map((article) => article.slug)),
    ]);
    expect(slugs.size).toBeGreaterThan(50);

    const articleFiles = [...slugs].map((slug) => fileOf(apiPaths.article(slug)));
    const storyFiles = stories.map((story) => fileOf(apiPaths.story(story.id)));
    expect(articleFiles.filter((file) => !built.has(file))).toEqual([]);
    expect(written('articles')).toEqual(articleFiles.sort());
    expect(written('stories')).toEqual(storyFiles.sort());
  });

  it('keeps articles and stories in shard folders of a few files each', () => {
    for (const head of ['articles', 'stories']) {
      const files = written(head);
      // `api/articles/{shard}/{slug}.json`, the shard being the slug's own.
      const misplaced = files.filter((file) => {
        const match = /^api\/\w+\/([0-9a-f]{2})\/(.+)\.json$/.exec(file);
        return !match || match[1] !== shardOf(match[2] as string);
      });
      expect(misplaced, head).toEqual([]);
      // 64 articles over 256 folders: more than 4 in one would mean the hash clumps.
      const sizes = [...folderSizes(files)].filter(([folder]) => folder.split('/').length === 3);
      expect(Math.max(...sizes.map(([, size]) => size)), head).toBeLessThanOrEqual(4);
    }
  });
});

describe('the API of a corpus with more stories than one folder of pages holds', () => {
  const count = PAGES_PER_FOLDER * PAGE_SIZE + 1;
  const minute = 60_000;
  let model: CorpusModel;
  let files: string[];
  let sizes: Map<string, number>;

  beforeAll(() => {
    model = deriveModel(
      resultsOf(
        Array.from({ length: count }, (_, i) =>
          storedArticle(`2020-10-26-pence-hits-campaign-trail-${i}`, {
            title: `Campaign stop ${i}`,
            excerpt: `Stop number ${i}`,
            publishedAt: new Date(Date.UTC(2020, 9, 1) + i * minute).toISOString(),
          }),
        ),
      ),
      { topics: [], organizations: new Map(), rejected: [] },
    );
    files = [...apiFiles(model)].map((file) => file.path.slice(1));
    sizes = folderSizes(files);
  });

  it('puts page 1001 of a list in a folder of its own', () => {
    expect(model.feed.latest).toHaveLength(count);
    expect(files).toContain('api/feed/latest/0/1000.json');
    expect(files).toContain('api/feed/latest/1/1001.json');
    expect(sizes.get('api/feed/latest')).toBe(2);
    expect(sizes.get('api/feed/latest/1')).toBe(1);
  });

  it('holds no folder fuller than a folder of pages, and spreads articles evenly', () => {
    expect(largest(sizes)[1]).toBeLessThanOrEqual(PAGES_PER_FOLDER);
    expect(sizes.get('api/articles')).toBe(256);
    const shards = [...sizes].filter(([folder]) => /^api\/articles\/[^/]+$/.test(folder));
    const mean = count / 256;
    expect(Math.max(...shards.map(([, size]) => size))).toBeLessThan(1.3 * mean);
  });
});
