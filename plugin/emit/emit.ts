import { mkdirSync, statfsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  API_BASE,
  INDEX_LIST_LIMIT,
  PAGE_SIZE,
  SORTS,
  apiPaths,
  type ApiIndex,
  type FeedItem,
  type ListScope,
  type Page,
  type Sort,
} from '../../api/contract.ts';
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

function listPage(
  lists: StoryLists | undefined,
  sort: string | undefined,
  page: string | undefined,
) {
  const n = pageNumber(page);
  if (!lists || !isSort(sort) || n === undefined) return undefined;
  const list = lists[sort];
  return n <= pageCount(list.length) ? pageJson(list, n) : undefined;
}

/**
 * The body of one API path (as `apiPaths` builds it, without query string), or undefined when the
 * static build would have no such file. Mirrors `apiFiles` for the dev server.
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
  const [head, a, b, c, ...rest] = segments;
  if (rest.length > 0) return undefined;
  if (segments.length === 1) {
    if (head === 'index.json') return indexJson(model);
    if (head === 'topics.json') return JSON.stringify(model.topics);
    if (head === 'providers.json') return JSON.stringify(model.providers);
    return undefined;
  }
  if (head === 'feed' && segments.length === 3) return listPage(model.feed, a, b);
  if (head === 'topics' && segments.length === 4 && a !== undefined) {
    const known = model.topics.some((topic) => topic.slug === a);
    return known ? listPage(model.topicLists.get(a) ?? emptyLists(), b, c) : undefined;
  }
  if (head === 'providers' && segments.length === 4 && a !== undefined) {
    return listPage(model.providerLists.get(a), b, c);
  }
  if (head === 'stories' && segments.length === 2 && a?.endsWith('.json')) {
    const story = model.stories.get(a.slice(0, -'.json'.length));
    return story && hasStoryFile(story) ? storyJson(model, story) : undefined;
  }
  if (head === 'articles' && segments.length === 2 && a?.endsWith('.json')) {
    const article = model.bySlug.get(a.slice(0, -'.json'.length));
    return article && articleJson(model, article);
  }
  return undefined;
}

export type OutputBudget = {
  /** Bytes the API may write in all. */
  bytes: number;
  /** Files the API may write in all. */
  files: number;
};

/**
 * What the API may write, whatever the corpus: a corpus is untrusted, and the per-file limits
 * (TEXT_LIMITS) bound what one file adds, so a corpus that still writes past this is hostile or
 * broken. A story appears on at most ~130 list pages (feed, 20 topics, its outlets; five windows
 * and latest) plus its articles' files, which for real corpora is ~20-60 KB of output per article
 * (a story is in ~3 scopes); the budget allows four times the largest of that, and never less than 1 GiB / 100,000 files for small corpora.
 */
export function outputBudget(articles: number): OutputBudget {
  return {
    bytes: Math.max(1024 ** 3, articles * 256 * 1024),
    files: Math.max(100_000, articles * 50),
  };
}

function mib(bytes: number): string {
  return bytes < 1024 ** 2
    ? `${Math.round(bytes / 1024)} KiB`
    : `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}

/** Free bytes on the disk that holds `dir`, or undefined where the platform cannot tell. */
function freeDiskBytes(dir: string): number | undefined {
  try {
    const stats = statfsSync(dir);
    return stats.bavail * stats.bsize;
  } catch {
    return undefined;
  }
}

/**
 * The file an API path is written to, or an error: the second wall behind the path-name rule
 * (path-names.ts). Each URL segment is decoded to the name a static host looks up, and must then be
 * a plain name (no separators, no `.`/`..`, no NUL); the result must lie inside `outDir`.
 */
export function apiFileTarget(outDir: string, apiPath: string): string {
  const segments = apiPath
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      let name: string;
      try {
        name = decodeURIComponent(segment);
      } catch {
        name = '';
      }
      if (name === '' || name === '.' || name === '..' || /[/\\\0]/.test(name)) {
        throw new Error(
          `refusing to write ${JSON.stringify(apiPath)}: ${JSON.stringify(segment)} is not a plain file name`,
        );
      }
      return name;
    });
  const root = path.resolve(outDir);
  const target = path.resolve(root, ...segments);
  if (!target.startsWith(`${root}${path.sep}`)) {
    throw new Error(`refusing to write ${JSON.stringify(apiPath)}: it would land outside ${root}`);
  }
  return target;
}

/**
 * Writes the API under `outDir` (`/api/x.json` -> `outDir/api/x.json`). Returns the file count and
 * bytes. Fails (with what was written so far left in place) as soon as the output would exceed the
 * budget, long before a disk fills.
 * Synchronous writes on purpose: measured on a 10k corpus, they take half the CPU of promise-based
 * writes (one open/write/close without three thread-pool round trips and promises per file) and no
 * more time; nothing else runs while the build writes its output.
 */
export async function writeApi(
  model: CorpusModel,
  outDir: string,
  budget: OutputBudget = outputBudget(model.bySlug.size),
): Promise<{ files: number; bytes: number }> {
  const made = new Set<string>();
  // Never more than most of what the disk has free, whatever the budget says.
  const free = freeDiskBytes(outDir);
  const maxBytes =
    free === undefined ? budget.bytes : Math.min(budget.bytes, Math.floor(free * 0.9));
  let files = 0;
  let bytes = 0;
  for (const file of apiFiles(model)) {
    const target = apiFileTarget(outDir, file.path);
    bytes += Buffer.byteLength(file.body);
    files++;
    if (bytes > maxBytes || files > budget.files) {
      const limit =
        maxBytes < budget.bytes ? `${mib(maxBytes)} (90% of the free disk)` : mib(maxBytes);
      throw new Error(
        `the API would exceed its output budget of ${budget.files} files and ${limit} ` +
          `(${files} files and ${mib(bytes)} so far, at ${file.path}): a corpus of ` +
          `${model.bySlug.size} articles should write far less, so it is likely hostile or broken; ` +
          `run content:check and look for topics or outlets that multiply`,
      );
    }
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(target, file.body);
  }
  return { files, bytes };
}
