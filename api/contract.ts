/**
 * The static JSON API: the one contract between the build (plugin/) and every client (src/, bench/,
 * anyone reading dist/api). Its paths, sorts and windows live here; the shape of its files is
 * described once, as schemas, in schema.ts, and their types are re-exported here. No Node imports
 * and no runtime import of the schemas, so the browser bundle can import it without zod. Only this
 * module knows the URL layout; plugin/emit/emit.ts lists the files at exactly these paths and
 * plugin/emit/write-api.ts writes them.
 */

import { shardOf } from './shard.ts';
import { WINDOWS, type RankWindow } from './windows.ts';

/** Stories per page of every paged list. Fixed, so page N of a list is a stable URL. */
export const PAGE_SIZE = 20;

export { WINDOWS, type RankWindow };
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

/** The files of the API: their shapes are described once, as schemas, in schema.ts. */
export type {
  ApiFile,
  ApiFileKind,
  ApiIndex,
  Article,
  ArticleSummary,
  FeedItem,
  ImageRef,
  Page,
  ProviderInfo,
  ProviderRef,
  RankTerms,
  RelatedStory,
  Story,
  StoryArticle,
  StoryArticleRef,
  StoryLinks,
  StoryRef,
  StoryStanding,
  TopicInfo,
  TopicRef,
  WindowPlace,
} from './schema.ts';

/** Outlets a story card shows at most. */
export const STORY_OUTLETS_SHOWN = 5;
/** Other articles of its story an article page lists at most ("More on this story"). */
export const STORY_MORE_SHOWN = 5;

export const INDEX_LIST_LIMIT = 100;

/** A list of stories: the whole feed, one topic's or one outlet's. */
export type ListScope =
  { kind: 'feed' } | { kind: 'topic'; slug: string } | { kind: 'provider'; domain: string };

export const API_BASE = '/api';

/**
 * A story's place in a window of Top stories is told among this many only: "1,719th of 5,232"
 * tells a reader nothing, and would put every article's file in the next publish (each story
 * published moves the places after it), where a CDN would fetch them all again. The first five
 * pages of a window are its top stories.
 */
export const TOLD_PLACES = 100;

/**
 * Pages of one list per folder: page n of a list lives in folder `pageFolder(n)`, pages 1-1000 in
 * `0/`, 1001-2000 in `1/`. At PAGE_SIZE 20 a million stories make 50,000 pages a list, far past
 * the ~10,000 files a folder of a static host or an object store should hold; in folders of 1,000
 * they make 50 folders of 1,000 files. A fixed number, so page N keeps its URL as the list grows.
 */
export const PAGES_PER_FOLDER = 1000;

/** The folder of page `page` (from 1) of a list. */
export const pageFolder = (page: number): number => Math.floor((page - 1) / PAGES_PER_FOLDER);

/**
 * Every URL of the API. One URL per article and per story stays the contract; their files are
 * spread over 256 folders by `shardOf` (api/shard.ts), and list pages over folders of
 * PAGES_PER_FOLDER, so no folder grows past ~10,000 files at a million articles.
 */
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
    return `${API_BASE}/${head}/${sort}/${pageFolder(page)}/${page}.json`;
  },
  article: (slug: string) =>
    `${API_BASE}/articles/${shardOf(slug)}/${encodeURIComponent(slug)}.json`,
  story: (id: string) => `${API_BASE}/stories/${shardOf(id)}/${encodeURIComponent(id)}.json`,
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
