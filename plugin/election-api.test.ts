import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { apiPaths, type Article, type FeedItem, type Page } from '../api/contract.ts';
import { createCorpus } from './model/corpus.ts';
import { renderApiPath } from './emit/emit.ts';
import {
  ELECTION_NEWS_DIR as ELECTION,
  describeWithElectionCorpus,
} from './test-support/election-corpus.ts';

const SEED = '2020-11-18-trump-fires-top-us-election-cybersecurity-official-who-defended-vote';

describeWithElectionCorpus('the election sample corpus through the whole pipeline', () => {
  it('publishes every published file, rejects none, and emits the seed without duplicates', async () => {
    const corpus = createCorpus({ root: ELECTION });
    await corpus.load();
    const model = corpus.model();
    const { report } = model;
    expect(report.rejected).toEqual([]);
    for (const { file } of report.skipped) {
      expect(readFileSync(path.join(ELECTION, file), 'utf8')).toMatch(/^published:\s*false\s*$/m);
    }
    expect(report.accepted.length + report.skipped.length).toBe(131);
    const feed = JSON.parse(
      renderApiPath(model, apiPaths.list({ kind: 'feed' }, 'top-all', 1))!,
    ) as Page<FeedItem>;
    // One entry per story: every accepted article is in exactly one.
    const articlesInStories = [...model.stories.values()].reduce(
      (sum, story) => sum + story.ref.articleCount,
      0,
    );
    expect(articlesInStories).toBe(report.accepted.length);
    expect(feed.total).toBe(model.stories.size);
    expect(feed.total).toBeLessThan(report.accepted.length);

    const seed = JSON.parse(renderApiPath(model, apiPaths.article(SEED))!) as Article;
    expect(seed.title).toBe(
      'Trump fires top U.S. election cybersecurity official who defended vote',
    );
    expect(seed.provider).toMatchObject({ domain: 'reuters.com', name: 'Reuters' });
    expect(seed.related.length).toBeGreaterThan(3);
    const urls = seed.related.map((r) => r.webUrl);
    const titles = seed.related.map((r) => r.title.toLowerCase());
    expect(new Set(urls).size).toBe(urls.length);
    expect(new Set(titles).size).toBe(titles.length);
    expect(urls).not.toContain(seed.webUrl);
  });
});
