import type { APIRequestContext } from '@playwright/test';
import {
  apiPaths,
  type ApiFile,
  type ApiFileKind,
  type ApiIndex,
  type Article,
  type ArticleSummary,
  type FeedItem,
  type ListScope,
  type Page,
  type ProviderInfo,
  type RelatedStory,
  type Sort,
  type Story,
  type TopicInfo,
} from '../../../api/contract.ts';
import { parseApiFile } from '../../../api/parse-api-file.ts';

/**
 * The static API as the suite compares the page against it. Responses are parsed with the schemas
 * of api/schema.ts, not cast: a build that drifts from the contract fails here with the field that
 * drifted.
 */

/** The names the specs know these files by. */
export type {
  Article as FullArticle,
  ArticleSummary,
  RelatedStory as RelatedItem,
  Story as FullStory,
};

async function getJson<K extends ApiFileKind>(
  request: APIRequestContext,
  path: string,
  kind: K,
): Promise<ApiFile<K>> {
  const response = await request.get(path);
  if (!response.ok()) throw new Error(`GET ${path}: HTTP ${response.status()}`);
  return parseApiFile(kind, path, await response.json());
}

export function fetchIndex(request: APIRequestContext): Promise<ApiIndex> {
  return getJson(request, apiPaths.index(), 'index');
}

/** Every topic (`/api/topics.json`), largest first. */
export function fetchTopics(request: APIRequestContext): Promise<TopicInfo[]> {
  return getJson(request, apiPaths.topics(), 'topics');
}

/** Every outlet (`/api/providers.json`), largest first. */
export function fetchProviders(request: APIRequestContext): Promise<ProviderInfo[]> {
  return getJson(request, apiPaths.providers(), 'providers');
}

export function fetchPage(
  request: APIRequestContext,
  scope: ListScope,
  sort: Sort,
  page: number,
): Promise<Page<FeedItem>> {
  return getJson(request, apiPaths.list(scope, sort, page), 'page');
}

export function fetchArticle(request: APIRequestContext, slug: string): Promise<Article> {
  return getJson(request, apiPaths.article(slug), 'article');
}

/**
 * The related coverage an article page shows: a report that "More on this story" already lists
 * (another article of the same story) is not shown twice.
 */
export function shownRelated(article: Article): RelatedStory[] {
  const listed = new Set(article.story.more.map((other) => other.slug));
  return article.related.filter((item) => item.slug === undefined || !listed.has(item.slug));
}

export function fetchStory(request: APIRequestContext, id: string): Promise<Story> {
  return getJson(request, apiPaths.story(id), 'story');
}

/** Every story of the whole feed, ranked order. Small corpora only (the demo and the fixtures). */
export async function fetchAllSummaries(request: APIRequestContext): Promise<FeedItem[]> {
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
  accept: (article: Article) => boolean,
): Promise<Article | undefined> {
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
  accept: (story: Story) => boolean,
): Promise<Story | undefined> {
  for (const summary of await fetchAllSummaries(request)) {
    if (summary.story.articleCount < 2) continue;
    const story = await fetchStory(request, summary.story.id);
    if (accept(story)) return story;
  }
  return undefined;
}
