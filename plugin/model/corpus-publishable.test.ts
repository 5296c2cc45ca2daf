import { describe, expect, it } from 'vitest';
import { deriveModel, FUTURE_TOLERANCE_MS } from './corpus-model.ts';
import type { Taxonomies } from '../read/taxonomies.ts';
import { resultsOf, storedArticle } from '../test-support/stored-article.ts';

/** Which accepted files the corpus publishes, and what an editor is told about the others. */

const noTaxonomies: Taxonomies = { topics: [], organizations: new Map(), rejected: [] };
const NOW = Date.parse('2026-09-20T12:00:00Z');

function derive(articles: ReturnType<typeof storedArticle>[]) {
  return deriveModel(resultsOf(articles), noTaxonomies, { now: NOW });
}

describe('publishing a corpus', () => {
  it('rejects a file name that differs from another only in letter case', () => {
    const model = derive([
      storedArticle('UPPER', { file: 'news/UPPER.md' }),
      storedArticle('upper', { file: 'news/upper.md' }),
    ]);
    expect([...model.bySlug.keys()]).toEqual(['UPPER']);
    expect(model.report.rejected).toEqual([
      {
        file: 'news/upper.md',
        errors: [
          {
            field: 'slug',
            message: expect.stringContaining('differs only in letter case as news/UPPER.md'),
          },
        ],
      },
    ]);
  });

  it('publishes one file per address: www., tracking parameters and fragments do not make another', () => {
    const model = derive([
      storedArticle('first', { webUrl: 'https://harbour.example/story' }),
      storedArticle('second', {
        webUrl: 'https://www.harbour.example/story?utm_source=x#top',
        canonicalUrls: ['https://harbour.example/story'],
      }),
    ]);
    expect([...model.bySlug.keys()]).toEqual(['first']);
    expect(model.report.rejected[0]).toMatchObject({
      file: 'news/second.md',
      errors: [
        { field: 'webUrl', message: expect.stringContaining('same article as news/first.md') },
      ],
    });
  });

  it('holds back a story dated in the future, which then cannot be the ranking\'s "now"', () => {
    const model = derive([
      storedArticle('today', { publishedAt: '2026-09-20T08:00:00.000Z' }),
      storedArticle('next-month', { publishedAt: '2026-10-20T08:00:00.000Z' }),
    ]);
    expect([...model.bySlug.keys()]).toEqual(['today']);
    expect(model.newestAt).toBe('2026-09-20T08:00:00.000Z');
    expect(model.report.skipped).toEqual([
      { file: 'news/next-month.md', reason: 'scheduled: dated in the future' },
    ]);
    expect(model.report.warnings).toEqual([
      {
        file: 'news/next-month.md',
        field: 'publishedDateTime',
        message: expect.stringContaining('in the future; held back until a build after that time'),
      },
    ]);
  });

  it('allows a day of clock and time-zone slip', () => {
    const soon = new Date(NOW + FUTURE_TOLERANCE_MS - 60_000).toISOString();
    expect([...derive([storedArticle('soon', { publishedAt: soon })]).bySlug.keys()]).toEqual([
      'soon',
    ]);
  });
});
