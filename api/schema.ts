import { z } from 'zod';
import { WINDOWS } from './windows.ts';

/**
 * Every file of the static API, described once. The build's output is tested against these
 * schemas, the dev client and the end-to-end suite parse what they fetch with them, and the types
 * the code uses are inferred from them (api/contract.ts re-exports them). Objects are strict: a
 * field the build writes but this file does not describe is drift too.
 *
 * Only the browser's development build loads this module (lazily, in src/lib/fetch-json.ts), so
 * zod never ships to readers.
 */

/** A count of stories, topics or outlets. */
const count = z.int().nonnegative();
/** ISO 8601 in UTC (`2026-09-01T07:30:00.000Z`): dates are normalised at build time. */
const utcDateTime = z.iso.datetime();
/**
 * A URL. Which URLs are safe is decided where it is enforced, not here: the build accepts only
 * absolute http(s) links (plugin/read/urls.ts) and the page links nothing else (src/lib/is-safe-url.ts).
 */
const url = z.string().min(1);
/** A term of the ranking: a logarithm of something at least 1, or a sum of them. */
const points = z.number().nonnegative();

export const imageRefSchema = z.strictObject({
  /** Absolute http(s), or a path of this site (`/logos/x.svg`). */
  url,
  width: z.int().positive().optional(),
  height: z.int().positive().optional(),
});
export type ImageRef = z.infer<typeof imageRefSchema>;

/** An outlet, keyed by its domain: lowercase, without `www.`. */
export const providerRefSchema = z.strictObject({
  domain: z.string().min(1),
  name: z.string().min(1),
  logo: imageRefSchema.optional(),
});
export type ProviderRef = z.infer<typeof providerRefSchema>;

/**
 * The outlet of a related report: its domain is empty when the report's host cannot key an outlet
 * (`my_site.example`, an IP address); its name is then the host, and it links to no outlet page.
 */
export const relatedProviderSchema = providerRefSchema.extend({ domain: z.string() });

export const topicRefSchema = z.strictObject({
  slug: z.string().min(1),
  name: z.string().min(1),
});
export type TopicRef = z.infer<typeof topicRefSchema>;

/** The three ways to open a story; only `webUrl` is always there. All are absolute http(s). */
const storyLinksShape = {
  webUrl: url,
  ampWebUrl: url.optional(),
  cdnAmpWebUrl: url.optional(),
};
export const storyLinksSchema = z.strictObject(storyLinksShape);
export type StoryLinks = z.infer<typeof storyLinksSchema>;

/** What a feed card needs: one entry of a paged list. */
const articleSummaryShape = {
  ...storyLinksShape,
  slug: z.string().min(1),
  title: z.string().min(1),
  excerpt: z.string(),
  publishedAt: utcDateTime,
  provider: providerRefSchema,
  topics: z.array(topicRefSchema),
  image: imageRefSchema.optional(),
};
export const articleSummarySchema = z.strictObject(articleSummaryShape);
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

/** An article's weight and its terms: the best-weighted article of a story leads it. */
export const rankTermsSchema = z.strictObject({
  /** The heat that counted: the article's own, or the corpus median when it has none. */
  heat: z.number().nonnegative(),
  quality: z.number().nonnegative(),
  /** True when heat was unknown and the corpus median stood in for it. */
  heatEstimated: z.boolean(),
  qualityEstimated: z.boolean(),
  /** log10(1 + heat) and log10(1 + quality): ten times the heat is one more point. */
  heatTerm: points,
  qualityTerm: points,
  /** heatTerm + qualityTerm. */
  score: points,
});
export type RankTerms = z.infer<typeof rankTermsSchema>;

/** A story's place in one window of Top stories: `place` of `of` (1-based). */
export const windowPlaceSchema = z.strictObject({
  window: z.enum(WINDOWS),
  place: z.int().positive(),
  of: z.int().positive(),
});
export type WindowPlace = z.infer<typeof windowPlaceSchema>;

/** Why a story stands where it does in Top stories, for "Why this story is here". */
export const storyStandingSchema = z.strictObject({
  /** Its lead article's terms. */
  lead: rankTermsSchema,
  /** log10 of its outlet count: four outlets reporting it add 0.6. */
  coverageTerm: points,
  /** lead.score + coverageTerm: what Top stories sorts by. */
  score: points,
  /**
   * Its place in every window where it is among the first TOLD_PLACES (contract.ts), shortest
   * window first; empty when it is in none.
   */
  places: z.array(windowPlaceSchema),
});
export type StoryStanding = z.infer<typeof storyStandingSchema>;

/** One item of related coverage, cleaned at build time. */
export const relatedStorySchema = z.strictObject({
  ...storyLinksShape,
  title: z.string().min(1),
  excerpt: z.string(),
  publishedAt: utcDateTime.optional(),
  provider: relatedProviderSchema,
  image: imageRefSchema.optional(),
  /** null when the corpus does not know it. */
  quality: z.number().nonnegative().nullable(),
  /** Set when this story is itself an article of the corpus, so the reader can open it in place. */
  slug: z.string().min(1).optional(),
});
export type RelatedStory = z.infer<typeof relatedStorySchema>;

/**
 * A story: one event, as the corpus's articles from one or more outlets report it (clustered at
 * build time). Its id is the slug of its earliest article, so it stays when later articles join.
 */
const storyRefShape = {
  id: z.string().min(1),
  articleCount: z.int().positive(),
  outletCount: z.int().positive(),
  /** Up to STORY_OUTLETS_SHOWN outlets: the lead's first, then by articles, then by name. */
  outlets: z.array(providerRefSchema),
  /** The story's first and latest article. */
  firstPublishedAt: utcDateTime,
  lastPublishedAt: utcDateTime,
};
export const storyRefSchema = z.strictObject(storyRefShape);
export type StoryRef = z.infer<typeof storyRefSchema>;

/** One entry of every feed: a story, shown by its lead (best-ranked) article's summary. */
export const feedItemSchema = z.strictObject({ ...articleSummaryShape, story: storyRefSchema });
export type FeedItem = z.infer<typeof feedItemSchema>;

/** Another article of the same story, as "More on this story" lists it. */
export const storyArticleRefSchema = z.strictObject({
  slug: z.string().min(1),
  title: z.string().min(1),
  publishedAt: utcDateTime,
  provider: providerRefSchema,
});
export type StoryArticleRef = z.infer<typeof storyArticleRefSchema>;

/** `/api/articles/{shard}/{slug}.json` (`apiPaths.article`). */
export const articleSchema = z.strictObject({
  ...articleSummaryShape,
  /** Sanitized HTML rendered from the markdown body; empty when the article has no body. */
  bodyHtml: z.string(),
  readingMinutes: z.int().positive(),
  /** Its story's place in Top stories, and why. */
  standing: storyStandingSchema,
  /** Its story, with up to STORY_MORE_SHOWN of the story's other articles (lead first). */
  story: z.strictObject({ ...storyRefShape, more: z.array(storyArticleRefSchema) }),
  related: z.array(relatedStorySchema),
});
export type Article = z.infer<typeof articleSchema>;

/** An article of a story, with why it was grouped there, in plain words. */
export const storyArticleSchema = z.strictObject({ ...articleSummaryShape, why: z.string() });
export type StoryArticle = z.infer<typeof storyArticleSchema>;

/**
 * `/api/stories/{shard}/{id}.json`: Full coverage of one story. Written for stories of two or more
 * articles; a story of one article is that article.
 */
export const storySchema = z.strictObject({
  ...storyRefShape,
  /** The lead article's slug. */
  lead: z.string().min(1),
  /** Every corpus article of the story: the lead first, then newest first. */
  articles: z.array(storyArticleSchema),
  /**
   * External coverage from the articles' related lists, each report once (by canonical URL and
   * by near-identical headline), newest first; reports that are articles of this story are left
   * out (they are in `articles`).
   */
  coverage: z.array(relatedStorySchema),
});
export type Story = z.infer<typeof storySchema>;

/**
 * `/api/{feed|topics/{slug}|providers/{domain}}/{sort}/{folder}/{page}.json`: PAGE_SIZE stories a
 * page (`apiPaths.list`).
 */
export const feedPageSchema = z.strictObject({
  page: z.int().positive(),
  pages: z.int().positive(),
  total: count,
  items: z.array(feedItemSchema),
});
/** A page of a list; every list the API writes is of FeedItem. */
export type Page<T> = Omit<z.infer<typeof feedPageSchema>, 'items'> & { items: T[] };

export const topicInfoSchema = z.strictObject({
  ...topicRefSchema.shape,
  shortName: z.string().min(1).optional(),
  /**
   * Slug of the parent topic, from `_data/topics`: always another listed topic, and the parents
   * make a tree (no circles), at most 6 levels deep.
   */
  parent: z.string().min(1).optional(),
  image: imageRefSchema.optional(),
  /** Its stories and those of every topic below it, each story once. */
  count,
});
export type TopicInfo = z.infer<typeof topicInfoSchema>;

export const providerInfoSchema = z.strictObject({ ...providerRefSchema.shape, count });
export type ProviderInfo = z.infer<typeof providerInfoSchema>;

/**
 * `/api/index.json`, the entry point. Its size is bounded whatever the corpus size: it lists at
 * most INDEX_LIST_LIMIT topics and providers (the largest first); the full lists are separate files.
 */
export const apiIndexSchema = z.strictObject({
  total: count,
  pageSize: z.int().positive(),
  /** The newest story's date: what the windows of Top stories count back from. */
  newestAt: utcDateTime.nullable(),
  topics: z.array(topicInfoSchema),
  topicCount: count,
  providers: z.array(providerInfoSchema),
  providerCount: count,
});
export type ApiIndex = z.infer<typeof apiIndexSchema>;

/** The schema of each kind of file `apiPaths` addresses, by the name its readers ask for. */
export const apiFileSchemas = {
  index: apiIndexSchema,
  /** `/api/topics.json`: every topic, largest first. */
  topics: z.array(topicInfoSchema),
  /** `/api/providers.json`: every outlet with a published article, largest first. */
  providers: z.array(providerInfoSchema),
  page: feedPageSchema,
  article: articleSchema,
  story: storySchema,
};
export type ApiFileKind = keyof typeof apiFileSchemas;
export type ApiFile<K extends ApiFileKind> = z.infer<(typeof apiFileSchemas)[K]>;
