import { z } from 'zod';
import {
  TOLD_PLACES,
  SORTS,
  WINDOWS,
  WINDOW_HOURS,
  topSort,
  type ArticleSummary,
  type ContentReport,
  type ProviderInfo,
  type ProviderRef,
  type RankTerms,
  type Sort,
  type TopicInfo,
  type TopicRef,
  type WindowPlace,
} from '../../api/contract.ts';
import { foldName, slugOfFile } from '../read/path-names.ts';
import { clusterStories, type ClusterInput } from './cluster-stories.ts';
import {
  buildStories,
  compareLatestStories,
  compareRankedStories,
  type StoryEntry,
} from './story-model.ts';
import { topicTree } from './topic-tree.ts';
import { inWindow, rankArticles } from './rank.ts';
import { slugify } from '../read/slugify.ts';
import { toDomain } from '../read/urls.ts';
import { imageRef, type StoredArticle, type StoredResult } from '../read/stored-article.ts';
import type { Taxonomies, TopicMeta } from '../read/taxonomies.ts';

/**
 * The corpus-wide step: from per-file results and taxonomies to everything the API shows. Pure and
 * cheap enough (sorting and counting, no parsing) to re-run on every edit in dev.
 */

export type PublishedArticle = {
  stored: StoredArticle;
  summary: ArticleSummary;
  rank: RankTerms;
};

/** A story as the corpus publishes it: its lead and members are published articles. */
export type PublishedStory = StoryEntry<PublishedArticle>;

/** A feed, topic or outlet list of stories, in every order: each window's top, and latest. */
export type StoryLists = Record<Sort, PublishedStory[]>;

export function emptyLists(): StoryLists {
  return Object.fromEntries(SORTS.map((sort) => [sort, []])) as unknown as StoryLists;
}

export type CorpusModel = {
  newestAt: string | null;
  bySlug: Map<string, PublishedArticle>;
  /** Every story by id; and the story of every published article, by its slug. */
  stories: Map<string, PublishedStory>;
  storyOf: Map<string, PublishedStory>;
  feed: StoryLists;
  /**
   * Each story's place in every window of the whole feed's Top stories where it is among the
   * first TOLD_PLACES, shortest first.
   */
  placesOf: (story: PublishedStory) => WindowPlace[];
  /**
   * Every topic (from `_data` or an article), largest first; `count` is its stories and its
   * sub-topics', 0 when nothing is published.
   */
  topics: TopicInfo[];
  /** Each topic's stories, its sub-topics' included (each story once). */
  topicLists: Map<string, StoryLists>;
  /** Every outlet with a published article, largest first; `count` is its stories. */
  providers: ProviderInfo[];
  providerLists: Map<string, StoryLists>;
  /** Canonical URL of each published article -> its slug, for linking related coverage. */
  urlIndex: Map<string, string>;
  /**
   * A related item's provider JSON (as its file states it) -> the provider JSON the corpus shows,
   * with the outlet's name and logo wherever the corpus knows the domain.
   */
  relatedProvider: (ownJson: string) => string;
  report: ContentReport;
};

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function topicResolver(metas: readonly TopicMeta[]) {
  const byName = new Map<string, TopicMeta>();
  for (const meta of metas) {
    const key = meta.name.toLowerCase();
    if (!byName.has(key)) byName.set(key, meta);
  }
  return {
    meta: (name: string) => byName.get(name.toLowerCase()),
    slug: (name: string) => {
      const meta = byName.get(name.toLowerCase());
      return meta?.id ?? slugify(meta?.name ?? name);
    },
  };
}

type TopicEntry = { name: string; meta?: TopicMeta; count: number };
type ProviderEntry = { names: Map<string, number>; logo?: ProviderRef['logo']; count: number };

/** The outlet key: processing made sure every accepted article has one (see `toDomain`). */
export function providerDomain(article: StoredArticle): string {
  return article.provider.domain;
}

function mostCommon(names: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  // Map order is first-seen order over sorted files, so ties go to the first file's spelling.
  for (const [name, count] of names) {
    if (count > bestCount) [best, bestCount] = [name, count];
  }
  return best;
}

/** An article's summary, keys in contract order. */
export function summaryOf(
  stored: StoredArticle,
  provider: ProviderRef,
  topics: TopicRef[],
): ArticleSummary {
  return {
    slug: stored.slug,
    title: stored.title,
    excerpt: stored.excerpt,
    publishedAt: stored.publishedAt,
    provider,
    topics,
    ...(stored.image && { image: imageRef(stored.image) }),
    webUrl: stored.webUrl,
    ...(stored.ampWebUrl !== undefined && { ampWebUrl: stored.ampWebUrl }),
    ...(stored.cdnAmpWebUrl !== undefined && { cdnAmpWebUrl: stored.cdnAmpWebUrl }),
  };
}

/** Every order of `stories`: the top of each window (counted back from `newestMs`), and latest. */
function listsOf(stories: PublishedStory[], newestMs: number): StoryLists {
  const top = [...stories].sort(compareRankedStories);
  const lists = emptyLists();
  for (const span of WINDOWS) {
    const hours = WINDOW_HOURS[span];
    lists[topSort(span)] =
      hours === Infinity ? top : top.filter((story) => inWindow(story.lastMs, newestMs, hours));
  }
  lists.latest = [...stories].sort(compareLatestStories);
  return lists;
}

/**
 * Each story's place in every window of `lists` where it is among the first TOLD_PLACES,
 * shortest window first.
 */
function placesIn(lists: StoryLists): (story: PublishedStory) => WindowPlace[] {
  const places = new Map<PublishedStory, WindowPlace[]>();
  for (const span of WINDOWS) {
    const list = lists[topSort(span)];
    list.slice(0, TOLD_PLACES).forEach((story, i) => {
      let own = places.get(story);
      if (!own) places.set(story, (own = []));
      own.push({ window: span, place: i + 1, of: list.length });
    });
  }
  return (story) => places.get(story) ?? [];
}

function groupLists(
  feed: StoryLists,
  keysOf: (story: PublishedStory) => readonly string[],
): Map<string, StoryLists> {
  // Walking the sorted feed keeps every group sorted, and in the same windows, without sorting
  // again.
  const groups = new Map<string, StoryLists>();
  const group = (key: string) => {
    let lists = groups.get(key);
    if (!lists) groups.set(key, (lists = emptyLists()));
    return lists;
  };
  const keysByStory = new Map<PublishedStory, readonly string[]>();
  const keys = (story: PublishedStory) => {
    let known = keysByStory.get(story);
    if (!known) keysByStory.set(story, (known = keysOf(story)));
    return known;
  };
  for (const sort of SORTS) {
    for (const story of feed[sort]) for (const key of keys(story)) group(key)[sort].push(story);
  }
  return groups;
}

/** What clustering knows of an article. */
export function clusterInputOf({ stored, summary, rank }: PublishedArticle): ClusterInput {
  return {
    slug: stored.slug,
    publishedMs: stored.publishedMs,
    outlet: summary.provider.domain,
    score: rank.score,
    terms: stored.storyTerms,
    urls: stored.canonicalUrls,
    relatedUrls: stored.relatedCanonicalUrls,
  };
}

/** Groups the published articles into stories (model/cluster-stories.ts). */
function storiesOf(published: readonly PublishedArticle[]): PublishedStory[] {
  const clusters = clusterStories(published.map(clusterInputOf));
  const bySlug = new Map(published.map((article) => [article.stored.slug, article]));
  return buildStories(clusters, bySlug, ({ stored, summary, rank }) => ({
    slug: stored.slug,
    publishedMs: stored.publishedMs,
    publishedAt: stored.publishedAt,
    score: rank.score,
    provider: summary.provider,
    topicSlugs: summary.topics.map((topic) => topic.slug),
  }));
}

export type DeriveOptions = {
  /** The build's clock (ms): what counts as the future. */
  now: number;
};

/**
 * A date this far past the build's clock is in the future, not a time zone slip (UTC+14 writing
 * local time without a zone is 14 hours ahead).
 */
export const FUTURE_TOLERANCE_MS = 24 * 3_600_000;

/**
 * Which files are published: every accepted file, less the ones whose slug another file already
 * holds (same file name in two folders, or the same name in another letter case, which is one file
 * on a case-insensitive host), whose webUrl another file already publishes (the same address once
 * `www.`, tracking parameters and fragments are gone), or that are dated in the future. The first
 * in path order keeps a slug or an address; a future-dated file waits, as Jekyll's posts do, until
 * a build after its date, so a typo (`2099`) can neither show nor become the ranking's "now".
 */
function publishable(
  results: ReadonlyMap<string, StoredResult>,
  { now }: DeriveOptions,
): { accepted: StoredArticle[]; report: ContentReport } {
  const report: ContentReport = { accepted: [], skipped: [], rejected: [], warnings: [] };
  const slugOwners = new Map<string, string>();
  const urlOwners = new Map<string, string>();
  const accepted: StoredArticle[] = [];
  for (const file of [...results.keys()].sort(byText)) {
    const result = results.get(file) as StoredResult;
    for (const warning of result.warnings) report.warnings.push({ file, ...warning });
    const slug = slugOfFile(file);
    const owner = slugOwners.get(foldName(slug));
    if (owner === undefined) slugOwners.set(foldName(slug), file);
    if (owner !== undefined) {
      const same =
        slugOfFile(owner) === slug
          ? 'the same file name'
          : 'a file name that differs only in letter case';
      const duplicate = {
        field: 'slug',
        message: `duplicate slug "${slug}": ${file} has ${same} as ${owner}, which keeps it; rename one of them`,
      };
      const errors = result.status === 'rejected' ? [duplicate, ...result.errors] : [duplicate];
      report.rejected.push({ file, errors });
      continue;
    }
    if (result.status === 'rejected') {
      report.rejected.push({ file, errors: result.errors });
      continue;
    }
    if (result.status === 'skipped') {
      report.skipped.push({ file, reason: result.reason });
      continue;
    }
    const { article } = result;
    const url = article.canonicalUrls[0] as string;
    const urlOwner = urlOwners.get(url);
    if (urlOwner !== undefined) {
      report.rejected.push({
        file,
        errors: [
          {
            field: 'webUrl',
            message: `the same article as ${urlOwner}, which keeps it: both point at ${url} (once www., tracking parameters and fragments are set aside); delete one of them`,
          },
        ],
      });
      continue;
    }
    if (article.publishedMs > now + FUTURE_TOLERANCE_MS) {
      report.skipped.push({ file, reason: 'scheduled: dated in the future' });
      report.warnings.push({
        file,
        field: 'publishedDateTime',
        message: `${article.publishedAt} is in the future; held back until a build after that time`,
      });
      continue;
    }
    urlOwners.set(url, file);
    report.accepted.push({ file, slug });
    accepted.push(article);
  }
  return { accepted, report };
}

export function deriveModel(
  results: ReadonlyMap<string, StoredResult>,
  taxonomies: Taxonomies,
  options: DeriveOptions = { now: Date.now() },
): CorpusModel {
  const { accepted, report } = publishable(results, options);
  report.rejected.push(...taxonomies.rejected);
  report.rejected.sort((a, b) => byText(a.file, b.file));

  // Topics: every `_data` topic is listed, even with nothing published under it.
  const resolver = topicResolver(taxonomies.topics);
  const topicEntries = new Map<string, TopicEntry>();
  for (const meta of taxonomies.topics) {
    const slug = resolver.slug(meta.name);
    if (slug && !topicEntries.has(slug))
      topicEntries.set(slug, { name: meta.name, meta, count: 0 });
  }
  const articleTopics = new Map<StoredArticle, TopicRef[]>();
  for (const article of accepted) {
    const refs: TopicRef[] = [];
    for (const name of article.topicNames) {
      const slug = resolver.slug(name);
      if (!slug || refs.some((ref) => ref.slug === slug)) continue;
      let entry = topicEntries.get(slug);
      if (!entry) topicEntries.set(slug, (entry = { name, count: 0 }));
      entry.count++;
      refs.push({ slug, name: entry.name });
    }
    articleTopics.set(article, refs);
  }
  const tree = topicTree(
    [...topicEntries].map(([slug, { name, meta }]) => ({
      slug,
      name,
      parent: meta?.parentName === undefined ? undefined : resolver.slug(meta.parentName),
      parentName: meta?.parentName,
      file: meta?.file,
    })),
  );
  report.warnings.push(...tree.warnings);
  report.warnings.sort((a, b) => byText(a.file, b.file));

  // Outlets by domain: `_data/organizations` first, else the articles' own provider data.
  const providerEntries = new Map<string, ProviderEntry>();
  for (const article of accepted) {
    const domain = providerDomain(article);
    let entry = providerEntries.get(domain);
    if (!entry) providerEntries.set(domain, (entry = { names: new Map(), count: 0 }));
    entry.count++;
    const name = article.provider.name.trim();
    if (name) entry.names.set(name, (entry.names.get(name) ?? 0) + 1);
    if (!entry.logo && article.provider.logo) entry.logo = imageRef(article.provider.logo);
  }
  const providerRefs = new Map<string, ProviderRef>();
  const providers: ProviderInfo[] = [];
  for (const [domain, entry] of providerEntries) {
    const org = taxonomies.organizations.get(domain);
    const logo = org?.logo ?? entry.logo;
    const ref: ProviderRef = {
      domain,
      name: org?.name ?? mostCommon(entry.names) ?? domain,
      ...(logo && { logo }),
    };
    providerRefs.set(domain, ref);
    providers.push({ ...ref, count: entry.count });
  }
  providers.sort((a, b) => b.count - a.count || byText(a.domain, b.domain));

  const relatedProvider = relatedProviderResolver(providerRefs, taxonomies);

  const rankInputs = accepted.map(({ slug, publishedMs, heat, quality }) => ({
    slug,
    publishedMs,
    heat,
    quality,
  }));
  const ranks = rankArticles(rankInputs);
  const published: PublishedArticle[] = accepted.map((stored) => {
    const rank = ranks.get(stored.slug) as RankTerms;
    const provider = providerRefs.get(providerDomain(stored)) as ProviderRef;
    const summary = summaryOf(stored, provider, articleTopics.get(stored) ?? []);
    return { stored, summary, rank };
  });

  const urlIndex = new Map<string, string>();
  for (const { stored } of published) {
    for (const url of stored.canonicalUrls) if (!urlIndex.has(url)) urlIndex.set(url, stored.slug);
  }

  const stories = storiesOf(published);
  let newestMs = -Infinity;
  for (const story of stories) if (story.lastMs > newestMs) newestMs = story.lastMs;
  const feed = listsOf(stories, newestMs);
  // A story is listed under each of its topics and every topic above them, once.
  const topicLists = groupLists(feed, (story) => [
    ...new Set(story.topicSlugs.flatMap(tree.lineage)),
  ]);
  const providerLists = groupLists(feed, (story) => story.outletDomains);
  for (const provider of providers) {
    provider.count = providerLists.get(provider.domain)?.latest.length ?? 0;
  }
  providers.sort((a, b) => b.count - a.count || byText(a.domain, b.domain));
  const topics: TopicInfo[] = [...topicEntries].map(([slug, entry]) => {
    const parent = tree.parents.get(slug);
    return {
      slug,
      name: entry.name,
      ...(entry.meta?.shortName && { shortName: entry.meta.shortName }),
      ...(parent !== undefined && { parent }),
      ...(entry.meta?.image && { image: entry.meta.image }),
      count: topicLists.get(slug)?.latest.length ?? 0,
    };
  });
  topics.sort((a, b) => b.count - a.count || byText(a.slug, b.slug));

  const storyOf = new Map<string, PublishedStory>();
  for (const story of stories) {
    for (const { article } of story.members) storyOf.set(article.stored.slug, story);
  }
  return {
    newestAt: feed.latest[0]?.ref.lastPublishedAt ?? null,
    bySlug: new Map(published.map((article) => [article.summary.slug, article])),
    stories: new Map(stories.map((story) => [story.id, story])),
    storyOf,
    feed,
    placesOf: placesIn(feed),
    topics,
    topicLists,
    providers,
    providerLists,
    urlIndex,
    relatedProvider,
    report,
  };
}

/** The JSON of a `ProviderRef`, keys in contract order. */
function providerJson(ref: ProviderRef): string {
  return JSON.stringify({
    domain: ref.domain,
    name: ref.name,
    ...(ref.logo && { logo: imageRef(ref.logo) }),
  });
}

const storedProviderSchema = z.object({
  domain: z.string(),
  name: z.string(),
  logo: z
    .object({ url: z.string(), width: z.number().optional(), height: z.number().optional() })
    .optional(),
});

/**
 * Related items carry the provider their file states (often a bare name and domain). An outlet the
 * corpus knows, as the provider of its own articles or from `_data/organizations`, is shown the
 * same everywhere: its corpus name, and its corpus logo (else the item's own). Unknown outlets stay
 * as stated. Items of one outlet share one spelling of the provider JSON, so results are cached by
 * that text: one Map lookup per item, and no related list is ever parsed again.
 */
function relatedProviderResolver(
  providerRefs: ReadonlyMap<string, ProviderRef>,
  taxonomies: Taxonomies,
): (ownJson: string) => string {
  const cache = new Map<string, string>();
  const resolve = (ownJson: string): string => {
    const parsed = storedProviderSchema.safeParse(JSON.parse(ownJson));
    if (!parsed.success) return ownJson;
    const own = parsed.data;
    const domain = toDomain(own.domain) ?? own.domain;
    const known = providerRefs.get(domain);
    const org = taxonomies.organizations.get(domain);
    if (!known && !org) return ownJson;
    const logo = known?.logo ?? org?.logo ?? own.logo;
    return providerJson({
      domain,
      name: known?.name ?? org?.name ?? own.name,
      ...(logo && { logo }),
    });
  };
  return (ownJson) => {
    let json = cache.get(ownJson);
    if (json === undefined) cache.set(ownJson, (json = resolve(ownJson)));
    return json;
  };
}

/**
 * The article's related coverage as JSON: each item's provider as the corpus shows it, and `slug`
 * set on items that are articles of the corpus. Spliced into the stored JSON at the offsets the
 * worker noted, so no list is parsed again.
 */
export function linkedRelatedJson(model: CorpusModel, article: StoredArticle): string {
  const { relatedJson: json, relatedSpans: spans, relatedCanonicalUrls: urls } = article;
  let out = '';
  let position = 0;
  for (let i = 0; i < urls.length; i++) {
    const start = spans[i * 3] as number;
    const end = spans[i * 3 + 1] as number;
    const own = json.slice(start, end);
    const provider = model.relatedProvider(own);
    if (provider !== own) {
      out += json.slice(position, start) + provider;
      position = end;
    }
    const slug = model.urlIndex.get(urls[i] as string);
    if (slug !== undefined && slug !== article.slug) {
      const close = spans[i * 3 + 2] as number;
      out += `${json.slice(position, close)},"slug":${JSON.stringify(slug)}`;
      position = close;
    }
  }
  return position === 0 ? json : out + json.slice(position);
}
