import { describe, expect, it } from 'vitest';
import { apiPaths } from './contract.ts';
import { ApiContractError, parseApiFile } from './parse-api-file.ts';

const PROVIDER = { domain: 'harbor-times.example', name: 'Harbor Times' };
const AT = '2026-09-01T08:30:00.000Z';

function feedItem() {
  return {
    slug: '2026-09-01-harbor-tram-opens',
    title: 'Harbor tram opens its first stretch',
    excerpt: 'The first two kilometres carried 4,000 riders.',
    publishedAt: AT,
    provider: PROVIDER,
    topics: [{ slug: 'transport', name: 'Transport' }],
    webUrl: 'https://harbor-times.example/tram',
    story: {
      id: '2026-09-01-harbor-tram-opens',
      articleCount: 1,
      outletCount: 1,
      outlets: [PROVIDER],
      firstPublishedAt: AT,
      lastPublishedAt: AT,
    },
  };
}

const path = apiPaths.list({ kind: 'feed' }, 'top-week', 1);
const pageOf = (items: unknown[]) => ({ page: 1, pages: 1, total: items.length, items });

/** The message a file that drifted is refused with. */
function refusal(kind: Parameters<typeof parseApiFile>[0], body: unknown): string {
  try {
    parseApiFile(kind, path, body);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiContractError);
    return (error as Error).message;
  }
  throw new Error('expected the file to be refused');
}

describe('parseApiFile', () => {
  it('passes a file that matches its schema through unchanged', () => {
    const body = pageOf([feedItem()]);
    expect(parseApiFile('page', path, body)).toEqual(body);
  });

  it('names the file, the schema and the field that is missing or of the wrong type', () => {
    const item = feedItem();
    const { id: _id, ...storyWithoutId } = item.story;
    const message = refusal('page', pageOf([{ ...item, story: storyWithoutId, title: 7 }]));
    expect(message).toContain(`${path} does not match the API contract (the "page" schema`);
    expect(message).toMatch(/expected string[\s\S]*items\[0\]\.story\.id/);
    expect(message).toMatch(/items\[0\]\.title/);
  });

  it('refuses fields the contract does not describe, such as the rank numbers summaries dropped', () => {
    const message = refusal('page', pageOf([{ ...feedItem(), heat: 440, score: 4.67 }]));
    expect(message).toMatch(/Unrecognized keys: "heat", "score"/);
  });

  it('refuses what the contract rules out: a window it does not know, a date not in UTC ISO', () => {
    const message = refusal('page', pageOf([{ ...feedItem(), publishedAt: '18 Nov 2020' }]));
    expect(message).toMatch(/items\[0\]\.publishedAt/);
    const { story, ...summary } = feedItem();
    const lead = { heat: 9, quality: 9, heatEstimated: false, qualityEstimated: false };
    const article = {
      ...summary,
      bodyHtml: '',
      readingMinutes: 1,
      standing: {
        lead: { ...lead, heatTerm: 1, qualityTerm: 1, score: 2 },
        coverageTerm: 0,
        score: 2,
        places: [{ window: 'decade', place: 1, of: 3 }],
      },
      story: { ...story, more: [] },
      related: [],
    };
    expect(refusal('article', article)).toMatch(
      /Invalid option[\s\S]*standing\.places\[0\]\.window/,
    );
    const inWeek = { ...article.standing.places[0], window: 'week' };
    const known = { ...article, standing: { ...article.standing, places: [inWeek] } };
    expect(parseApiFile('article', path, known)).toEqual(known);
  });

  it('shows the first few problems of a list that drifted in every item, and counts the rest', () => {
    const items = Array.from({ length: 8 }, () => ({ ...feedItem(), score: 1 }));
    const message = refusal('page', pageOf(items));
    expect(message.match(/Unrecognized key: "score"/g)).toHaveLength(5);
    expect(message).toMatch(/… and 3 more$/);
  });
});
