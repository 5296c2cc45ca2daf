import type { APIRequestContext } from '@playwright/test';
import { z } from 'zod';
import { apiPaths, type ListScope, type Sort } from '../../../api/contract.ts';

/**
 * The slices of the static API the suite compares the page against. The responses are parsed,
 * not cast: a build that drifts from api/contract.ts fails here with the field that drifted.
 */
const providerSchema = z.object({ domain: z.string(), name: z.string() });
const linksShape = {
  webUrl: z.string(),
  ampWebUrl: z.string().optional(),
  cdnAmpWebUrl: z.string().optional(),
};

const summarySchema = z.object({
  ...linksShape,
  slug: z.string(),
  title: z.string(),
  excerpt: z.string(),
  publishedAt: z.string(),
  provider: providerSchema,
  topics: z.array(z.object({ slug: z.string(), name: z.string() })),
  image: z.object({ url: z.string() }).optional(),
});

const relatedSchema = z.object({
  ...linksShape,
  title: z.string(),
  excerpt: z.string(),
  publishedAt: z.string().optional(),
  provider: providerSchema,
  slug: z.string().optional(),
});

const storyRefSchema = z.object({
  id: z.string(),
  articleCount: z.number(),
  outletCount: z.number(),
  outlets: z.array(providerSchema),
  firstPublishedAt: z.string(),
  lastPublishedAt: z.string(),
});

const feedItemSchema = summarySchema.extend({ story: storyRefSchema });

const articleSchema = summarySchema.extend({
  bodyHtml: z.string(),
  related: z.array(relatedSchema),
  // Optional in api/contract.ts until every build emits stories.
  story: storyRefSchema
    .extend({
      more: z.array(
        z.object({
          slug: z.string(),
          title: z.string(),
          publishedAt: z.string(),
          provider: providerSchema,
        }),
      ),
    })
    .optional(),
});

const storySchema = storyRefSchema.extend({
  lead: z.string(),
  articles: z.array(summarySchema.extend({ why: z.string() })),
  coverage: z.array(relatedSchema),
});

const pageSchema = z.object({
  page: z.number(),
  pages: z.number(),
  total: z.number(),
  items: z.array(feedItemSchema),
});

const indexSchema = z.object({
  total: z.number(),
  pageSize: z.number(),
  topics: z.array(z.object({ slug: z.string(), name: z.string(), count: z.number() })),
  providers: z.array(providerSchema.extend({ count: z.number() })),
});

const topicsSchema = z.array(
  z.object({
    slug: z.string(),
    name: z.string(),
    parent: z.string().optional(),
    image: z.object({ url: z.string() }).optional(),
    count: z.number(),
  }),
);

const providersSchema = z.array(
  providerSchema.extend({ logo: z.object({ url: z.string() }).optional(), count: z.number() }),
);

export type ArticleSummary = z.infer<typeof summarySchema>;
export type StorySummary = z.infer<typeof feedItemSchema>;
export type RelatedItem = z.infer<typeof relatedSchema>;
export type FullArticle = z.infer<typeof articleSchema>;
export type StoryPage = z.infer<typeof pageSchema>;
export type FullStory = z.infer<typeof storySchema>;
export type Index = z.infer<typeof indexSchema>;
export type TopicEntry = z.infer<typeof topicsSchema>[number];
export type ProviderEntry = z.infer<typeof providersSchema>[number];

async function getJson<T>(request: APIRequestContext, path: string, schema: z.ZodType<T>) {
  const response = await request.get(path);
  if (!response.ok()) throw new Error(`GET ${path}: HTTP ${response.status()}`);
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success) {
    throw new Error(
      `GET ${path} does not match the API contract:\n${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
}

export function fetchIndex(request: APIRequestContext): Promise<Index> {
  return getJson(request, apiPaths.index(), indexSchema);
}

/** Every topic (`/api/topics.json`), largest first. */
export function fetchTopics(request: APIRequestContext): Promise<TopicEntry[]> {
  return getJson(request, apiPaths.topics(), topicsSchema);
}

/** Every outlet (`/api/providers.json`), largest first. */
export function fetchProviders(request: APIRequestContext): Promise<ProviderEntry[]> {
  return getJson(request, apiPaths.providers(), providersSchema);
}

export function fetchPage(
  request: APIRequestContext,
  scope: ListScope,
  sort: Sort,
  page: number,
): Promise<StoryPage> {
  return getJson(request, apiPaths.list(scope, sort, page), pageSchema);
}

export function fetchArticle(request: APIRequestContext, slug: string): Promise<FullArticle> {
  return getJson(request, apiPaths.article(slug), articleSchema);
}

/**
 * The related coverage an article page shows: a report that "More on this story" already lists
 * (another article of the same story) is not shown twice.
 */
export function shownRelated(article: FullArticle): RelatedItem[] {
  const listed = new Set(article.story?.more.map((other) => other.slug));
  return article.related.filter((item) => item.slug === undefined || !listed.has(item.slug));
}

export function fetchStory(request: APIRequestContext, id: string): Promise<FullStory> {
  return getJson(request, apiPaths.story(id), storySchema);
}

/** Every story of the whole feed, ranked order. Small corpora only (the demo and the fixtures). */
export async function fetchAllSummaries(request: APIRequestContext): Promise<StorySummary[]> {
  const first = await fetchPage(request, { kind: 'feed' }, 'top-all', 1);
  const rest = await Promise.all(
    Array.from({ length: first.pages - 1 }, (_, i) =>
      fetchPage(request, { kind: 'feed' }, 'top-all', i + 2),
    ),
  );
  return [first, ...rest].flatMap((page) => page.items);
}

/** The first article (ranked order) that satisfies `accept`, with its full record. */
export async function findArticle(
  request: APIRequestContext,
  accept: (article: FullArticle) => boolean,
): Promise<FullArticle | undefined> {
  for (const summary of await fetchAllSummaries(request)) {
    const article = await fetchArticle(request, summary.slug);
    if (accept(article)) return article;
  }
  return undefined;
}

/**
 * Every published article, whether it leads its story in the feed or not: the feed lists each
 * story once, by its lead, and the story's Full coverage lists the rest. Small corpora only.
 */
export async function fetchAllArticles(request: APIRequestContext): Promise<ArticleSummary[]> {
  const articles = new Map<string, ArticleSummary>();
  for (const item of await fetchAllSummaries(request)) {
    const members =
      item.story.articleCount > 1 ? (await fetchStory(request, item.story.id)).articles : [item];
    for (const article of members) articles.set(article.slug, article);
  }
  return [...articles.values()];
}

/**
 * The first story (ranked order) whose Full coverage satisfies `accept`. Only stories of several
 * articles have a Full coverage file: one of a single article is that article's page.
 */
export async function findStory(
  request: APIRequestContext,
  accept: (story: FullStory) => boolean,
): Promise<FullStory | undefined> {
  for (const summary of await fetchAllSummaries(request)) {
    if (summary.story.articleCount < 2) continue;
    const story = await fetchStory(request, summary.story.id);
    if (accept(story)) return story;
  }
  return undefined;
}
