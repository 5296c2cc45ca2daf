import type { APIRequestContext } from '@playwright/test';
import { fetchAllSummaries, fetchIndex, fetchStory, findArticle, shownRelated } from './api.ts';

export const VIEW_NAMES = [
  'feed',
  'latest',
  'topic',
  'all-topics',
  'outlet',
  'all-outlets',
  'article',
  'story',
  'not-found',
] as const;
export type ViewName = (typeof VIEW_NAMES)[number];
export type ViewPaths = Record<ViewName, string>;

async function resolveViews(request: APIRequestContext): Promise<ViewPaths> {
  const index = await fetchIndex(request);
  const topic = index.topics.find((candidate) => candidate.count > 0);
  const outlet = index.providers.find((candidate) => candidate.count > 0);
  const article =
    (await findArticle(request, (a) => shownRelated(a).length >= 3 && a.image !== undefined)) ??
    (await findArticle(request, () => true));
  const story = await widestStory(request);
  if (!topic || !outlet || !article || !story) {
    throw new Error('the demo corpus needs a topic, an outlet, an article and a story');
  }
  return {
    feed: '/',
    latest: '/?sort=latest',
    topic: `/topics/${encodeURIComponent(topic.slug)}`,
    'all-topics': '/topics',
    outlet: `/providers/${encodeURIComponent(outlet.domain)}`,
    'all-outlets': '/providers',
    article: `/articles/${encodeURIComponent(article.slug)}`,
    story: `/stories/${encodeURIComponent(story)}`,
    'not-found': '/articles/no-such-story-in-this-corpus',
  };
}

/**
 * The id of the story most outlets report (ranked order breaks ties), preferring one with
 * coverage. Only stories of several articles have a Full coverage page.
 */
async function widestStory(request: APIRequestContext): Promise<string | undefined> {
  const stories = (await fetchAllSummaries(request))
    .map((summary) => summary.story)
    .filter((story) => story.articleCount > 1)
    .sort((a, b) => b.outletCount - a.outletCount);
  for (const ref of stories.slice(0, 5)) {
    if ((await fetchStory(request, ref.id)).coverage.length > 0) return ref.id;
  }
  return stories[0]?.id;
}

let resolved: Promise<ViewPaths> | undefined;

/**
 * The URL of every view on the demo corpus, read from its API so the suite follows the corpus:
 * the largest topic and outlet, the richest article (related coverage and a lead image) and the
 * story the most outlets report.
 * Resolved once per worker.
 */
export function viewPaths(request: APIRequestContext): Promise<ViewPaths> {
  resolved ??= resolveViews(request);
  return resolved;
}
