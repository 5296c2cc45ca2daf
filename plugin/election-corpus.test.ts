import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROCESS_OPTIONS, type ProcessResult } from './article-record.ts';
import { processArticle } from './process-article.ts';
import { normaliseTitle } from './related.ts';

/** The real sample corpus lives beside the repository, in ../shared; the test runs when it is there. */
const NEWS_DIR = fileURLToPath(new URL('../../shared/corpus/election/news/', import.meta.url));
const SEED = '2020-11-18-trump-fires-top-us-election-cybersecurity-official-who-defended-vote.md';

describe.skipIf(!existsSync(NEWS_DIR))('the real election corpus', () => {
  const files = existsSync(NEWS_DIR)
    ? readdirSync(NEWS_DIR)
        .filter((name) => name.endsWith('.md'))
        .sort()
    : [];
  const results = new Map<string, ProcessResult>(
    files.map((file) => [
      file,
      processArticle(file, readFileSync(NEWS_DIR + file), DEFAULT_PROCESS_OPTIONS),
    ]),
  );

  it('accepts every file or skips it as unpublished; none is rejected', () => {
    const rejected = [...results].filter(([, result]) => result.status === 'rejected');
    expect(rejected).toEqual([]);
    for (const [file, result] of results) {
      if (result.status === 'skipped') {
        expect(readFileSync(NEWS_DIR + file, 'utf8'), file).toMatch(/^published: false\s*$/m);
      }
    }
    expect([...results.values()].some((result) => result.status === 'accepted')).toBe(true);
  });

  it('treats a file without `published` as published', () => {
    const file = '2020-10-26-mike-pence-running-and-typhoon-molave-mondays-best-photos.md';
    expect(results.get(file)).toMatchObject({
      status: 'accepted',
      record: { heat: null, quality: null },
    });
  });

  it('keeps no duplicate canonical URL or title in any related list, and no self-reference', () => {
    for (const [file, result] of results) {
      if (result.status !== 'accepted') continue;
      const { record } = result;
      const urls = record.related.map((item) => item.canonicalUrl);
      const titles = record.related.map((item) => normaliseTitle(item.title));
      expect(new Set(urls).size, file).toBe(urls.length);
      expect(new Set(titles).size, file).toBe(titles.length);
      expect(titles, file).not.toContain(normaliseTitle(record.title));
      for (const url of urls) expect(record.canonicalUrls, file).not.toContain(url);
      expect(record.related.length, file).toBeLessThanOrEqual(DEFAULT_PROCESS_OPTIONS.relatedLimit);
    }
  });

  it('keeps the related coverage of the seed article, without its duplicate', () => {
    const result = results.get(SEED);
    if (result?.status !== 'accepted')
      throw new Error(`seed not accepted: ${JSON.stringify(result)}`);
    const source = readFileSync(NEWS_DIR + SEED, 'utf8');
    const listed = source.match(/^ {2}- title: /gm)?.length ?? 0;
    // The seed lists 15 items; two Reuters editions of "Options dwindling..." are one story.
    expect(listed).toBe(15);
    expect(result.record.related).toHaveLength(Math.min(14, DEFAULT_PROCESS_OPTIONS.relatedLimit));
    const dwindling = result.record.related.filter((item) =>
      item.title.startsWith('Options dwindling'),
    );
    expect(dwindling).toHaveLength(1);
    expect(result.record.related[0]).toMatchObject({
      title: 'Trump fires election security official who contradicted him',
      canonicalUrl: 'https://bbc.com/news/world-us-canada-54982360',
      // The link the reader follows carries no tracking parameters.
      webUrl: 'https://www.bbc.com/news/world-us-canada-54982360',
      provider: { domain: 'bbc.com', name: 'BBC' },
    });
  });
});
