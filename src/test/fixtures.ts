import type {
  ApiIndex,
  FeedItem,
  Page,
  ProviderInfo,
  StoryRef,
  TopicInfo,
} from '../../api/contract';

/** A story told by one article (its id is that article's slug), as most feed entries are. */
export function storyRef(slug: string, publishedAt: string, overrides: Partial<StoryRef> = {}) {
  return {
    id: slug,
    articleCount: 1,
    outletCount: 1,
    outlets: [{ domain: 'harbor-times.example', name: 'Harbor Times' }],
    firstPublishedAt: publishedAt,
    lastPublishedAt: publishedAt,
    ...overrides,
  } satisfies StoryRef;
}

/** A feed entry (a story shown by its lead article) with sensible defaults; tests override what they are about. */
export function storySummary(overrides: Partial<FeedItem> = {}): FeedItem {
  const slug = overrides.slug ?? '2026-09-01-harbor-tram-opens';
  const publishedAt = overrides.publishedAt ?? '2026-09-01T08:30:00.000Z';
  return {
    slug,
    title: 'Harbor tram opens its first stretch',
    excerpt: 'The first two kilometres of the line carried 4,000 riders on opening day.',
    publishedAt,
    provider: { domain: 'harbor-times.example', name: 'Harbor Times' },
    topics: [{ slug: 'transport', name: 'Transport' }],
    image: { url: 'https://img.example/tram.jpg', width: 1200, height: 800 },
    webUrl: `https://harbor-times.example/${slug}`,
    story: storyRef(slug, publishedAt),
    ...overrides,
  };
}

/** `count` distinct stories, numbered from `from`. */
export function stories(count: number, from = 1): FeedItem[] {
  return Array.from({ length: count }, (_, index) => {
    const n = from + index;
    return storySummary({ slug: `story-${n}`, title: `Story number ${n}` });
  });
}

export function page(items: FeedItem[], pageNumber: number, pages: number, total: number) {
  return { page: pageNumber, pages, total, items } satisfies Page<FeedItem>;
}

export function topicInfo(overrides: Partial<TopicInfo> = {}): TopicInfo {
  return { slug: 'transport', name: 'Transport', count: 12, ...overrides };
}

export function providerInfo(overrides: Partial<ProviderInfo> = {}): ProviderInfo {
  return { domain: 'harbor-times.example', name: 'Harbor Times', count: 12, ...overrides };
}

export function apiIndex(overrides: Partial<ApiIndex> = {}): ApiIndex {
  const topics = overrides.topics ?? [topicInfo(), topicInfo({ slug: 'science', name: 'Science' })];
  const providers = overrides.providers ?? [providerInfo()];
  return {
    total: 40,
    pageSize: 20,
    newestAt: '2026-09-30T12:00:00.000Z',
    topicCount: topics.length,
    providerCount: providers.length,
    ...overrides,
    topics,
    providers,
  };
}
