import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  INDEX_LIST_LIMIT,
  PAGE_SIZE,
  TOLD_PLACES,
  apiPaths,
  type ApiIndex,
  type Article,
  type ArticleSummary,
  type FeedItem,
  type Page,
  type Sort,
} from '../../api/contract.ts';
import { deriveModel } from '../model/corpus-model.ts';
import { apiFiles, pageCount, renderApiPath } from './emit.ts';
import { writeApi } from './write-api.ts';
import type { Taxonomies } from '../read/taxonomies.ts';
import { resultsOf, storedArticle } from '../test-support/stored-article.ts';

const noTaxonomies: Taxonomies = { topics: [], organizations: new Map(), rejected: [] };
const day = (n: number) => new Date(Date.UTC(2026, 8, 1 + n, 8)).toISOString();

/** 45 stories over 45 days; heat grows with the index so ranked and latest orders differ. */
function corpus(count = 45) {
  const articles = Array.from({ length: count }, (_, i) =>
    storedArticle(`story-${String(i).padStart(3, '0')}`, {
      publishedAt: day(i % 30),
      heat: (i * 37) % 101,
      topicNames: i % 3 === 0 ? ['City', 'Sports'] : ['City'],
      provider: { domain: `outlet-${i % 4}.example`, name: `Outlet ${i % 4}` },
    }),
  );
  return deriveModel(resultsOf(articles), noTaxonomies);
}

function files(model: ReturnType<typeof corpus>) {
  return new Map([...apiFiles(model)].map((file) => [file.path, file.body]));
}

/** What Top stories sorts an item by: its story's score, as its article file states it. */
function storyScoreOf(out: ReturnType<typeof files>, item: ArticleSummary): number {
  return (JSON.parse(out.get(apiPaths.article(item.slug))!) as Article).standing.score;
}

describe('apiFiles', () => {
  it('pages every list by PAGE_SIZE from page 1, with totals', () => {
    const out = files(corpus());
    const pages = [1, 2, 3].map(
      (n) =>
        JSON.parse(out.get(apiPaths.list({ kind: 'feed' }, 'top-all', n))!) as Page<ArticleSummary>,
    );
    expect(pages.map((p) => p.items.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 5]);
    expect(pages.map(({ total, pages }) => ({ total, pages }))).toEqual(
      Array(3).fill({ total: 45, pages: 3 }),
    );
    expect(out.has(apiPaths.list({ kind: 'feed' }, 'top-all', 4))).toBe(false);
    const slugs = pages.flatMap((p) => p.items.map((item) => item.slug));
    expect(new Set(slugs).size).toBe(45);
  });

  it('sorts top stories by score and latest by date', () => {
    const out = files(corpus());
    const ranked = JSON.parse(
      out.get(apiPaths.list({ kind: 'feed' }, 'top-all', 1))!,
    ) as Page<ArticleSummary>;
    const scores = ranked.items.map((item) => storyScoreOf(out, item));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const latest = JSON.parse(
      out.get(apiPaths.list({ kind: 'feed' }, 'latest', 1))!,
    ) as Page<ArticleSummary>;
    const dates = latest.items.map((item) => item.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(latest.items.map((i) => i.slug)).not.toEqual(ranked.items.map((i) => i.slug));
  });

  it('ranks each window over the stories of its span before the newest story', () => {
    const out = files(corpus());
    const list = (sort: Sort) =>
      JSON.parse(out.get(apiPaths.list({ kind: 'feed' }, sort, 1))!) as Page<FeedItem>;
    // Story i is dated day(i % 30): the newest is day 29; a window of 24 h holds days 28 and 29.
    const newest = Date.parse(day(29));
    const inLast = (days: number) =>
      Array.from({ length: 45 }, (_, i) => i % 30).filter((d) => d >= 29 - days).length;
    const day1 = list('top-day');
    const week = list('top-week');
    expect(day1.items.map((item) => item.publishedAt).sort()).toEqual([day(28), day(29)]);
    expect(week.total).toBe(inLast(7));
    for (const item of week.items) {
      expect(newest - Date.parse(item.story.lastPublishedAt)).toBeLessThanOrEqual(7 * 86_400_000);
    }
    const scores = week.items.map((item) => storyScoreOf(out, item));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(list('top-month').total).toBe(45);

    // An article says where its story stands in each window it is in.
    const top = week.items[0] as FeedItem;
    const article = JSON.parse(out.get(apiPaths.article(top.slug))!) as Article;
    expect(article.standing.places.find((p) => p.window === 'week')).toEqual({
      window: 'week',
      place: 1,
      of: inLast(7),
    });
    expect(article.standing.score).toBe(
      article.standing.lead.score + article.standing.coverageTerm,
    );
  });

  it('tells a place only among the first TOLD_PLACES, so publishing one story rewrites few article files', () => {
    const count = TOLD_PLACES + 20;
    const before = files(corpus(count));
    const placesOf = (out: ReturnType<typeof files>, slug: string) =>
      (JSON.parse(out.get(apiPaths.article(slug))!) as Article).standing.places;
    const all = JSON.parse(
      before.get(apiPaths.list({ kind: 'feed' }, 'top-all', pageCount(count)))!,
    ) as Page<FeedItem>;
    const last = all.items.at(-1) as FeedItem;
    expect(placesOf(before, last.slug).map((place) => place.window)).not.toContain('all');
    const first = JSON.parse(
      before.get(apiPaths.list({ kind: 'feed' }, 'top-all', 1))!,
    ) as Page<FeedItem>;
    expect(placesOf(before, first.items[0]!.slug)).toContainEqual({
      window: 'all',
      place: 1,
      of: count,
    });

    // One more story: the article files outside every window's first places stay as they were.
    const after = files(corpus(count + 1));
    const changed = [...before].filter(
      ([file, body]) => file.includes('/articles/') && after.get(file) !== body,
    );
    expect(changed.length).toBeLessThanOrEqual(TOLD_PLACES);
    expect(after.get(apiPaths.article(last.slug))).toBe(before.get(apiPaths.article(last.slug)));
  });

  it('writes topic and outlet lists, and an article file per story', () => {
    const out = files(corpus());
    const sports = JSON.parse(
      out.get(apiPaths.list({ kind: 'topic', slug: 'sports' }, 'latest', 1))!,
    ) as Page<ArticleSummary>;
    expect(sports.total).toBe(15);
    expect(sports.items).toHaveLength(15);
    const notSports = sports.items.filter((item) => !item.topics.some((t) => t.slug === 'sports'));
    expect(notSports.map((item) => item.slug)).toEqual([]);
    const outlet = JSON.parse(
      out.get(apiPaths.list({ kind: 'provider', domain: 'outlet-1.example' }, 'top-all', 1))!,
    ) as Page<ArticleSummary>;
    expect(new Set(outlet.items.map((item) => item.provider.domain))).toEqual(
      new Set(['outlet-1.example']),
    );
    const article = JSON.parse(out.get(apiPaths.article('story-007'))!) as Article;
    expect(article).toMatchObject({ slug: 'story-007', bodyHtml: '', related: [] });
  });

  it('gives an empty list one page with no items', () => {
    const out = files(deriveModel(new Map(), noTaxonomies));
    expect(JSON.parse(out.get(apiPaths.list({ kind: 'feed' }, 'latest', 1))!)).toEqual({
      page: 1,
      pages: 1,
      total: 0,
      items: [],
    });
    expect(JSON.parse(out.get(apiPaths.index())!)).toMatchObject({ total: 0, newestAt: null });
  });

  it('keeps index.json bounded however many topics and outlets there are', () => {
    const many = Array.from({ length: 150 }, (_, i) =>
      storedArticle(`s${i}`, {
        topicNames: [`Topic ${i}`],
        provider: { domain: `o${i}.example`, name: `O${i}` },
        ...(i < 3 && { topicNames: [`Topic ${i}`, 'Big'] }),
      }),
    );
    const out = files(deriveModel(resultsOf(many), noTaxonomies));
    const index = JSON.parse(out.get(apiPaths.index())!) as ApiIndex;
    expect(index.topics).toHaveLength(INDEX_LIST_LIMIT);
    expect(index.providers).toHaveLength(INDEX_LIST_LIMIT);
    expect(index.topicCount).toBe(151);
    expect(index.providerCount).toBe(150);
    expect(index.topics[0]).toMatchObject({ slug: 'big', count: 3 });
    expect(JSON.parse(out.get(apiPaths.topics())!)).toHaveLength(151);
  });

  it('renders in dev exactly what the build writes, and nothing else', () => {
    const model = corpus();
    for (const [urlPath, body] of files(model)) expect(renderApiPath(model, urlPath)).toBe(body);
    expect(renderApiPath(model, '/api/feed/top-all/0/4.json')).toBeUndefined();
    expect(renderApiPath(model, '/api/feed/top-all/0/01.json')).toBeUndefined();
    expect(renderApiPath(model, apiPaths.article('nope'))).toBeUndefined();
    expect(renderApiPath(model, '/api/topics/nope/top-all/0/1.json')).toBeUndefined();
    // The order before windows: an address no list has any more.
    expect(renderApiPath(model, '/api/feed/ranked/0/1.json')).toBeUndefined();
  });

  it('answers a page, an article or a story only in its own folder, as a static host would', () => {
    // Two copies of one report, an hour apart: one story with a Full coverage file.
    const copy = { title: 'Harbour ferry fares frozen for the winter', excerpt: 'Fares stay.' };
    const model = deriveModel(
      resultsOf([
        storedArticle('ferry-fares', { ...copy, publishedAt: '2026-09-04T08:00:00.000Z' }),
        storedArticle('ferry-fares-update', { ...copy, publishedAt: '2026-09-04T09:00:00.000Z' }),
      ]),
      noTaxonomies,
    );
    const story = model.stories.get('ferry-fares');
    expect(story?.members).toHaveLength(2);
    const moved = (url: string) =>
      url.replace(/\/([0-9a-f]{2})\//, (_, shard: string) => (shard === '00' ? '/01/' : '/00/'));
    for (const url of [apiPaths.article('ferry-fares'), apiPaths.story('ferry-fares')]) {
      expect(renderApiPath(model, url), url).toBeDefined();
      expect(renderApiPath(model, moved(url)), moved(url)).toBeUndefined();
    }
    // The flat layout before shards and folders of pages.
    expect(renderApiPath(model, '/api/articles/ferry-fares.json')).toBeUndefined();
    expect(renderApiPath(model, '/api/stories/ferry-fares.json')).toBeUndefined();
    expect(renderApiPath(model, apiPaths.list({ kind: 'feed' }, 'latest', 1))).toBeDefined();
    expect(renderApiPath(model, '/api/feed/latest/1.json')).toBeUndefined();
    expect(renderApiPath(model, '/api/topics/city/latest/1.json')).toBeUndefined();
    // Page 1 is in folder 0 only, spelled one way.
    expect(renderApiPath(model, '/api/feed/latest/1/1.json')).toBeUndefined();
    expect(renderApiPath(model, '/api/feed/latest/00/1.json')).toBeUndefined();
  });

  it('writes byte-identical files for the same corpus', async () => {
    const dirs = [
      await mkdtemp(path.join(tmpdir(), 'emit-a-')),
      await mkdtemp(path.join(tmpdir(), 'emit-b-')),
    ];
    try {
      // Same corpus, files handed over in a different order.
      await writeApi(corpus(), dirs[0]!);
      const articles = Array.from({ length: 45 }, (_, i) => i)
        .reverse()
        .map((i) =>
          storedArticle(`story-${String(i).padStart(3, '0')}`, {
            publishedAt: day(i % 30),
            heat: (i * 37) % 101,
            topicNames: i % 3 === 0 ? ['City', 'Sports'] : ['City'],
            provider: { domain: `outlet-${i % 4}.example`, name: `Outlet ${i % 4}` },
          }),
        );
      await writeApi(deriveModel(resultsOf(articles), noTaxonomies), dirs[1]!);
      const list = async (dir: string) =>
        (await readdir(dir, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
          .sort();
      const [a, b] = [await list(dirs[0]!), await list(dirs[1]!)];
      expect(a).toEqual(b);
      expect(a.length).toBeGreaterThan(45);
      for (const file of a) {
        expect(await readFile(path.join(dirs[1]!, file), 'utf8')).toBe(
          await readFile(path.join(dirs[0]!, file), 'utf8'),
        );
      }
    } finally {
      await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    }
  });
});
