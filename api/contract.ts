/**
 * The static JSON API: the one contract between the build (plugin/) and every client (src/, bench/,
 * anyone reading dist/api). Pure types and path builders, no Node imports, so the browser bundle can
 * import it. Only this module knows the URL layout; emit.ts writes files at exactly these paths.
 */

/** Stories per page of every paged list. Fixed, so page N of a list is a stable URL. */
export const PAGE_SIZE = 20;

/**
 * The windows Top stories looks back over, as Reddit's `top?t=` does: what mattered most in the
 * last day, week, month, year or ever, counted back from the corpus's newest story (so an archive
 * reads like a live corpus).
 */
export const WINDOWS = ['day', 'week', 'month', 'year', 'all'] as const;
export type RankWindow = (typeof WINDOWS)[number];
export const DEFAULT_WINDOW: RankWindow = 'week';
/** Hours each window spans back from the newest story; `all` has no limit. */
export const WINDOW_HOURS: Record<RankWindow, number> = {
  day: 24,
  week: 7 * 24,
  month: 30 * 24,
  year: 365 * 24,
  all: Infinity,
};

/** A list's order, as its path segment: a window's top stories, or the newest first. */
export const SORTS = ['top-day', 'top-week', 'top-month', 'top-year', 'top-all', 'latest'] as const;
export type Sort = (typeof SORTS)[number];
export const topSort = (window: RankWindow): Sort => `top-${window}`;

/** The sort a page's query string asks for: `?sort=latest`, else `?t=<window>`, else the default. */
export function sortFromSearch(search: URLSearchParams | string): Sort {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  if (params.get('sort') === 'latest') return 'latest';
  const asked = params.get('t');
  return topSort(WINDOWS.find((known) => known === asked) ?? DEFAULT_WINDOW);
}

/** The query string of a sort: none for the default window (`?t=day`, `?sort=latest`). */
export function searchOfSort(sort: Sort): string {
  if (sort === 'latest') return '?sort=latest';
  const span = windowOfSort(sort);
  return span === DEFAULT_WINDOW ? '' : `?t=${span}`;
}

/** The window of a top sort (`top-week` -> `week`); undefined for latest. */
export function windowOfSort(sort: Sort): RankWindow | undefined {
  return WINDOWS.find((span) => sort === topSort(span));
}

export type ImageRef = {
  url: string;
  width?: number;
  height?: number;
};

/** An outlet, keyed by its domain: lowercase, without `www.`. */
export type ProviderRef = {
  domain: string;
  name: string;
  logo?: ImageRef;
};

export type TopicRef = {
  slug: string;
  name: string;
};

/** The three ways to open a story; only `webUrl` is always there. All are absolute http(s). */
export type StoryLinks = {
  webUrl: string;
  ampWebUrl?: string;
  cdnAmpWebUrl?: string;
};

/** What a feed card needs: one entry of a paged list. */
export type ArticleSummary = StoryLinks & {
  slug: string;
  title: string;
  excerpt: string;
  /** ISO 8601, UTC. */
  publishedAt: string;
  provider: ProviderRef;
  topics: TopicRef[];
  image?: ImageRef;
  /** null when the corpus does not know it (`heat: -1`, missing or not a number). */
  heat: number | null;
  quality: number | null;
  score: number;
};

/** An article's weight and its terms: the best-weighted article of a story leads it. */
export type RankTerms = {
  /** The heat that counted: the article's own, or the corpus median when it has none. */
  heat: number;
  quality: number;
  /** True when heat was unknown and the corpus median stood in for it. */
  heatEstimated: boolean;
  qualityEstimated: boolean;
  /** log10(1 + heat) and log10(1 + quality): ten times the heat is one more point. */
  heatTerm: number;
  qualityTerm: number;
  /** heatTerm + qualityTerm. Never negative. */
  score: number;
};

/** A story's place in one window of Top stories: `place` of `of` (1-based). */
export type WindowPlace = { window: RankWindow; place: number; of: number };

/** Why a story stands where it does in Top stories, for "Why this story is here". */
export type StoryStanding = {
  /** Its lead article's terms. */
  lead: RankTerms;
  /** log10 of its outlet count: four outlets reporting it add 0.6. */
  coverageTerm: number;
  /** lead.score + coverageTerm: what Top stories sorts by. Never negative. */
  score: number;
  /** Its place in every window it falls in, shortest window first. */
  places: WindowPlace[];
};

/** One item of related coverage, cleaned at build time. */
export type RelatedStory = StoryLinks & {
  title: string;
  excerpt: string;
  publishedAt?: string;
  provider: ProviderRef;
  image?: ImageRef;
  quality: number | null;
  /** Set when this story is itself an article of the corpus, so the reader can open it in place. */
  slug?: string;
};

/** Outlets a story card shows at most. */
export const STORY_OUTLETS_SHOWN = 5;
/** Other articles of its story an article page lists at most ("More on this story"). */
export const STORY_MORE_SHOWN = 5;

/**
 * A story: one event, as the corpus's articles from one or more outlets report it (clustered at
 * build time). Its id is the slug of its earliest article, so it stays when later articles join.
 */
export type StoryRef = {
  id: string;
  articleCount: number;
  outletCount: number;
  /** Up to STORY_OUTLETS_SHOWN outlets: the lead's first, then by articles, then by name. */
  outlets: ProviderRef[];
  /** ISO 8601 UTC: the story's first and latest article. */
  firstPublishedAt: string;
  lastPublishedAt: string;
};

/** One entry of every feed: a story, shown by its lead (best-ranked) article's summary. */
export type FeedItem = ArticleSummary & { story: StoryRef };

/** Another article of the same story, as "More on this story" lists it. */
export type StoryArticleRef = {
  slug: string;
  title: string;
  publishedAt: string;
  provider: ProviderRef;
};

export type Article = ArticleSummary & {
  /** Sanitized HTML rendered from the markdown body; empty when the article has no body. */
  bodyHtml: string;
  readingMinutes: number;
  /** Its story's place in Top stories, and why. */
  standing: StoryStanding;
  /** Its story, with up to STORY_MORE_SHOWN of the story's other articles (lead first). */
  story: StoryRef & { more: StoryArticleRef[] };
  related: RelatedStory[];
};

/** An article of a story, with why it was grouped there, in plain words. */
export type StoryArticle = ArticleSummary & { why: string };

/**
 * `/api/stories/{id}.json`: Full coverage of one story. Written for stories of two or more
 * articles; a story of one article is that article.
 */
export type Story = StoryRef & {
  /** The lead article's slug. */
  lead: string;
  /** Every corpus article of the story: the lead first, then newest first. */
  articles: StoryArticle[];
  /**
   * External coverage from the articles' related lists, each report once (by canonical URL and
   * by near-identical headline), newest first; reports that are articles of this story are left
   * out (they are in `articles`).
   */
  coverage: RelatedStory[];
};

export type Page<T> = {
  page: number;
  pages: number;
  total: number;
  items: T[];
};

export type TopicInfo = TopicRef & {
  shortName?: string;
  /**
   * Slug of the parent topic, from `_data/topics`: always another listed topic, and the parents
   * make a tree (no circles), at most 6 levels deep.
   */
  parent?: string;
  image?: ImageRef;
  /** Its stories and those of every topic below it, each story once. */
  count: number;
};

export type ProviderInfo = ProviderRef & {
  count: number;
};

/**
 * The entry point. Its size is bounded whatever the corpus size: it lists at most
 * INDEX_LIST_LIMIT topics and providers (the largest first); the full lists are separate files.
 */
export type ApiIndex = {
  total: number;
  pageSize: number;
  /** ISO date of the newest story: what the windows of Top stories count back from. */
  newestAt: string | null;
  topics: TopicInfo[];
  topicCount: number;
  providers: ProviderInfo[];
  providerCount: number;
};

export const INDEX_LIST_LIMIT = 100;

/** A list of stories: the whole feed, one topic's or one outlet's. */
export type ListScope =
  { kind: 'feed' } | { kind: 'topic'; slug: string } | { kind: 'provider'; domain: string };

export const API_BASE = '/api';

export const apiPaths = {
  index: () => `${API_BASE}/index.json`,
  topics: () => `${API_BASE}/topics.json`,
  providers: () => `${API_BASE}/providers.json`,
  list: (scope: ListScope, sort: Sort, page: number) => {
    const head =
      scope.kind === 'feed'
        ? 'feed'
        : scope.kind === 'topic'
          ? `topics/${encodeURIComponent(scope.slug)}`
          : `providers/${encodeURIComponent(scope.domain)}`;
    return `${API_BASE}/${head}/${sort}/${page}.json`;
  },
  article: (slug: string) => `${API_BASE}/articles/${encodeURIComponent(slug)}.json`,
  story: (id: string) => `${API_BASE}/stories/${encodeURIComponent(id)}.json`,
} as const;

/**
 * The build's report on the corpus, written to content-report.json beside the site, never into
 * what is served: it names unpublished files.
 */
export type ContentProblem = {
  field?: string;
  line?: number;
  message: string;
};

export type ContentReport = {
  accepted: { file: string; slug: string }[];
  skipped: { file: string; reason: string }[];
  rejected: { file: string; errors: ContentProblem[] }[];
  warnings: ({ file: string } & ContentProblem)[];
};
