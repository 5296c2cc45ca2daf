import type { APIRequestContext } from '@playwright/test';
import { fetchIndex, findArticle } from './api.ts';

export const VIEW_NAMES = ['feed', 'latest', 'topic', 'outlet', 'article', 'not-found'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];
export type ViewPaths = Record<ViewName, string>;

async function resolveViews(request: APIRequestContext): Promise<ViewPaths> {
  const index = await fetchIndex(request);
  const topic = index.topics.find((candidate) => candidate.count > 0);
  const outlet = index.providers.find((candidate) => candidate.count > 0);
  const article =
    (await findArticle(request, (a) => a.related.length >= 3 && a.image !== undefined)) ??
    (await findArticle(request, () => true));
  if (!topic || !outlet || !article) {
    throw new Error('the demo corpus needs a topic, an outlet and an article');
  }
  return {
    feed: '/',
    latest: '/?sort=latest',
    topic: `/topics/${encodeURIComponent(topic.slug)}`,
    outlet: `/providers/${encodeURIComponent(outlet.domain)}`,
    article: `/articles/${encodeURIComponent(article.slug)}`,
    'not-found': '/articles/no-such-story-in-this-corpus',
  };
}

let resolved: Promise<ViewPaths> | undefined;

/**
 * The URL of every view on the demo corpus, read from its API so the suite follows the corpus:
 * the largest topic and outlet, and the richest article (related coverage and a lead image).
 * Resolved once per worker.
 */
export function viewPaths(request: APIRequestContext): Promise<ViewPaths> {
  resolved ??= resolveViews(request);
  return resolved;
}
