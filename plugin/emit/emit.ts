import {
  API_BASE,
  INDEX_LIST_LIMIT,
  PAGE_SIZE,
  SORTS,
  apiPaths,
  pageFolder,
  type ApiIndex,
  type FeedItem,
  type ListScope,
  type Page,
  type Sort,
} from '../../api/contract.ts';
import { shardOf } from '../../api/shard.ts';
import {
  emptyLists,
  linkedRelatedJson,
  type CorpusModel,
  type PublishedArticle,
  type PublishedStory,
  type StoryLists,
} from '../model/corpus-model.ts';
import {
  articleStory,
  feedItemJson,
  hasStoryFile,
  storyJson,
  storyStanding,
} from './story-json.ts';

/**
 * The static API layout: the one place that turns the corpus model into files. Build writes every
 * file `apiFiles` yields; the dev server renders single paths with `renderApiPath`. Objects are built
 * with keys in a fixed order and lists are sorted stably, so the same corpus gives the same bytes.
 */

export type ApiFile = { path: string; body: string };

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

export function indexJson(model: CorpusModel): string {
  const topics = model.topics.filter((topic) => topic.count > 0);
  const index: ApiIndex = {
    total: model.feed.latest.length,
    pageSize: PAGE_SIZE,
    newestAt: model.newestAt,
    topics: topics.slice(0, INDEX_LIST_LIMIT),
    topicCount: topics.length,
    providers: model.providers.slice(0, INDEX_LIST_LIMIT),
    providerCount: model.providers.length,
  };
  return JSON.stringify(index);
}

export function pageJson(list: readonly PublishedStory[], page: number): string {
  const start = (page - 1) * PAGE_SIZE;
  // Same bytes as JSON.stringify of a Page<FeedItem> with keys page, pages, total, items.
  const head: Omit<Page<FeedItem>, 'items'> = {
    page,
    pages: pageCount(list.length),
    total: list.length,
  };
  const items = list
    .slice(start, start + PAGE_SIZE)
    .map(feedItemJson)
    .join(',');
  return `${JSON.stringify(head).slice(0, -1)},"items":[${items}]}`;
}

export function articleJson(model: CorpusModel, article: PublishedArticle): string {
  const { stored, summary } = article;
  const story = model.storyOf.get(summary.slug) as PublishedStory;
  const head = JSON.stringify({
    ...summary,
    bodyHtml: stored.bodyHtml,
    readingMinutes: stored.readingMinutes,
    standing: storyStanding(model, story),
    story: articleStory(story, article),
  });
  // `related` is spliced in as text: it was serialized once, in the worker that processed the file.
  return `${head.slice(0, -1)},"related":${linkedRelatedJson(model, stored)}}`;
}

function listScopes(model: CorpusModel): [ListScope, StoryLists][] {
  const empty = emptyLists();
  return [
    [{ kind: 'feed' }, model.feed],
    ...model.topics.map((topic): [ListScope, StoryLists] => [
      { kind: 'topic', slug: topic.slug },
      model.topicLists.get(topic.slug) ?? empty,
    ]),
    ...model.providers.map((provider): [ListScope, StoryLists] => [
      { kind: 'provider', domain: provider.domain },
      model.providerLists.get(provider.domain) ?? empty,
    ]),
  ];
}

/** Every file of the API, generated lazily so only one article body is in memory at a time. */
export function* apiFiles(model: CorpusModel): Generator<ApiFile> {
  yield { path: apiPaths.index(), body: indexJson(model) };
  yield { path: apiPaths.topics(), body: JSON.stringify(model.topics) };
  yield { path: apiPaths.providers(), body: JSON.stringify(model.providers) };
  for (const [scope, lists] of listScopes(model)) {
    for (const sort of SORTS) {
      const list = lists[sort];
      for (let page = 1; page <= pageCount(list.length); page++) {
        yield { path: apiPaths.list(scope, sort, page), body: pageJson(list, page) };
      }
    }
  }
  for (const story of model.feed.latest) {
    for (const { article } of story.members) {
      yield { path: apiPaths.article(article.summary.slug), body: articleJson(model, article) };
    }
    if (hasStoryFile(story)) {
      yield { path: apiPaths.story(story.id), body: storyJson(model, story) };
    }
  }
}

function isSort(value: string | undefined): value is Sort {
  return (SORTS as readonly string[]).includes(value ?? '');
}

function pageNumber(segment: string | undefined): number | undefined {
  const match = /^([1-9]\d*)\.json$/.exec(segment ?? '');
  return match ? Number(match[1]) : undefined;
}

/**
 * A list's page from the last three segments of its path (`{sort}/{folder}/{page}.json`); only in
 * the folder the page belongs to.
 */
function listPage(lists: StoryLists | undefined, [sort, folder, page]: string[]) {
  const n = pageNumber(page);
  if (!lists || !isSort(sort) || n === undefined || folder !== String(pageFolder(n))) {
    return undefined;
  }
  const list = lists[sort];
  return n <= pageCount(list.length) ? pageJson(list, n) : undefined;
}

/** The key of `{shard}/{key}.json`, when the file is in the shard its key belongs to. */
function shardedKey([shard, file]: string[]): string | undefined {
  if (!file?.endsWith('.json')) return undefined;
  const key = file.slice(0, -'.json'.length);
  return shard === shardOf(key) ? key : undefined;
}

/**
 * The body of one API path (as `apiPaths` builds it, without query string), or undefined when the
 * static build would have no such file. Mirrors `apiFiles` for the dev server: a page in another
 * page's folder, or an article in another shard, is not found, as it would not be on a static host.
 */
export function renderApiPath(model: CorpusModel, urlPath: string): string | undefined {
  if (!urlPath.startsWith(`${API_BASE}/`)) return undefined;
  let segments: string[];
  try {
    segments = urlPath
      .slice(API_BASE.length + 1)
      .split('/')
      .map(decodeURIComponent);
  } catch {
    return undefined;
  }
  const [head, name, ...rest] = segments;
  if (name === undefined) {
    if (head === 'index.json') return indexJson(model);
    if (head === 'topics.json') return JSON.stringify(model.topics);
    if (head === 'providers.json') return JSON.stringify(model.providers);
    return undefined;
  }
  if (head === 'feed' && segments.length === 4) return listPage(model.feed, segments.slice(1));
  if (head === 'topics' && segments.length === 5) {
    const known = model.topics.some((topic) => topic.slug === name);
    return known ? listPage(model.topicLists.get(name) ?? emptyLists(), rest) : undefined;
  }
  if (head === 'providers' && segments.length === 5) {
    return listPage(model.providerLists.get(name), rest);
  }
  if (head === 'stories' && segments.length === 3) {
    const id = shardedKey(segments.slice(1));
    const story = id === undefined ? undefined : model.stories.get(id);
    return story && hasStoryFile(story) ? storyJson(model, story) : undefined;
  }
  if (head === 'articles' && segments.length === 3) {
    const slug = shardedKey(segments.slice(1));
    const article = slug === undefined ? undefined : model.bySlug.get(slug);
    return article && articleJson(model, article);
  }
  return undefined;
}
