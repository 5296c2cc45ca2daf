import type { RelatedStory, Story, StoryArticle } from '../../../../api/contract';

const HARBOR_TIMES = { domain: 'harbor-times.example', name: 'Harbor Times' };
const BAY_LEDGER = { domain: 'bay-ledger.example', name: 'Bay Ledger' };
const CALLOWAY_POST = { domain: 'calloway-post.example', name: 'Calloway Post' };

export function storyArticle(overrides: Partial<StoryArticle> = {}): StoryArticle {
  const slug = overrides.slug ?? '2026-09-03-harbor-tram-opens';
  return {
    slug,
    title: 'Harbor tram opens its first stretch',
    excerpt: 'The first two kilometres of the line carried 4,000 riders on opening day.',
    publishedAt: '2026-09-03T08:30:00.000Z',
    provider: HARBOR_TIMES,
    topics: [{ slug: 'transport', name: 'Transport' }],
    webUrl: `https://harbor-times.example/${slug}`,
    why: 'The best-ranked report of the story: it leads it.',
    ...overrides,
  };
}

export function coverageItem(overrides: Partial<RelatedStory> = {}): RelatedStory {
  return {
    title: 'Riders pack the new harbor tram',
    excerpt: 'Queues formed at every stop.',
    publishedAt: '2026-09-04T10:00:00.000Z',
    webUrl: 'https://wire.example/tram-riders',
    ampWebUrl: 'https://wire.example/amp/tram-riders',
    cdnAmpWebUrl: 'https://wire-example.cdn.ampproject.org/c/s/wire.example/amp/tram-riders',
    provider: { domain: 'wire.example', name: 'City Wire' },
    quality: 50,
    ...overrides,
  };
}

/** A story three outlets tell in three articles, with coverage from two more outlets. */
export function story(overrides: Partial<Story> = {}): Story {
  const lead = storyArticle();
  return {
    id: '2026-09-02-tram-test-runs',
    lead: lead.slug,
    articleCount: 3,
    outletCount: 3,
    outlets: [HARBOR_TIMES, BAY_LEDGER, CALLOWAY_POST],
    firstPublishedAt: '2026-09-02T09:00:00.000Z',
    lastPublishedAt: '2026-09-05T17:45:00.000Z',
    articles: [
      lead,
      storyArticle({
        slug: '2026-09-05-tram-first-week',
        title: 'A week in, the tram carries more riders than planned',
        publishedAt: '2026-09-05T17:45:00.000Z',
        provider: BAY_LEDGER,
        why: 'Headline and summary 64% like the lead’s.',
      }),
      storyArticle({
        slug: '2026-09-02-tram-test-runs',
        title: 'Tram test runs end ahead of opening',
        publishedAt: '2026-09-02T09:00:00.000Z',
        provider: CALLOWAY_POST,
        why: 'Lists 3 of the same reports as the lead, and its text is 41% alike.',
      }),
    ],
    coverage: [
      coverageItem(),
      coverageItem({
        title: 'Tram fares explained',
        publishedAt: '2026-09-03T12:00:00.000Z',
        webUrl: 'https://metro.example/fares',
        ampWebUrl: undefined,
        cdnAmpWebUrl: undefined,
        provider: { domain: 'metro.example', name: 'Metro Daily' },
      }),
      coverageItem({
        title: 'What the tram means for the waterfront',
        publishedAt: '2026-09-01T07:00:00.000Z',
        webUrl: 'https://wire.example/waterfront',
        ampWebUrl: undefined,
        cdnAmpWebUrl: undefined,
        slug: '2026-09-01-waterfront-plans',
      }),
    ],
    ...overrides,
  };
}
