import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { DEFAULT_PROCESS_OPTIONS, type ProcessResult } from './read/article-record.ts';
import { processArticle } from './read/process-article.ts';
import { normaliseTitle } from './read/related.ts';
import {
  ELECTION_NEWS_DIR as NEWS_DIR,
  describeWithElectionCorpus,
} from './test-support/election-corpus.ts';

const inCorpus = (file: string) => path.join(NEWS_DIR, file);
const SEED = '2020-11-18-trump-fires-top-us-election-cybersecurity-official-who-defended-vote.md';

describeWithElectionCorpus('the real election corpus', () => {
  const files = readdirSync(NEWS_DIR)
    .filter((name) => name.endsWith('.md'))
    .sort();
  const results = new Map<string, ProcessResult>(
    files.map((file) => [
      file,
      processArticle(file, readFileSync(inCorpus(file)), DEFAULT_PROCESS_OPTIONS),
    ]),
  );

  it('accepts every file or skips it as unpublished; none is rejected', () => {
    const rejected = [...results].filter(([, result]) => result.status === 'rejected');
    expect(rejected).toEqual([]);
    for (const [file, result] of results) {
      if (result.status === 'skipped') {
        expect(readFileSync(inCorpus(file), 'utf8'), file).toMatch(/^published: false\s*$/m);
      }
    }
    expect([...results.values()].map((result) => result.status)).toContain('accepted');
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
    const source = readFileSync(inCorpus(SEED), 'utf8');
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
