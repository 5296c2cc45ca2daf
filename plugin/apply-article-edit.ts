import type { RankTerms } from '../api/contract.ts';
import {
  compareLatestArticles,
  compareRankedArticles,
  providerDomain,
  summaryOf,
  type ArticleLists,
  type CorpusModel,
  type PublishedArticle,
} from './corpus-model.ts';
import { medianOfSorted, rankTerms, type RankBasis } from './rank.ts';
import type { StoredArticle, StoredResult } from './stored-article.ts';

/**
 * The dev server's fast path for the common edit: one published article changes in a way that
 * moves nothing corpus-wide (same outlet, topics, URLs and warnings; ranking's "now" and median
 * stand-ins unchanged). Then only that article's summary and rank terms change, and it moves
 * within the lists it belongs to: a binary-search remove and insert per list instead of a full
 * `deriveModel` (seconds at 10k articles on a loaded machine). Everything else (added, deleted,
 * rejected files, topic or outlet changes, a new newest date or median) returns false so the caller
 * derives the model again: same bytes as a fresh build either way, checked by
 * apply-article-edit.test.ts.
 *
 * Mutates `model` only when it returns true.
 */
export function applyArticleEdit(
  model: CorpusModel,
  before: StoredResult | undefined,
  after: StoredResult | undefined,
): boolean {
  if (before?.status !== 'accepted' || after?.status !== 'accepted') return false;
  const old = model.bySlug.get(before.article.slug);
  // Not published under its slug (a duplicate file name): the report would change.
  if (!old || old.stored !== before.article) return false;
  const next = after.article;
  if (!sameCorpusFacts(before, after)) return false;

  const ranking = nextRanking(model.ranking, old.stored, next);
  if (!ranking) return false;

  const rank: RankTerms = rankTerms(next, ranking.basis);
  const updated: PublishedArticle = {
    stored: next,
    summary: summaryOf(next, old.summary.provider, old.summary.topics, rank),
    rank,
  };
  const lists: ArticleLists[] = [model.feed];
  for (const topic of old.summary.topics) {
    const topicLists = model.topicLists.get(topic.slug);
    if (topicLists) lists.push(topicLists);
  }
  const providerLists = model.providerLists.get(old.summary.provider.domain);
  if (providerLists) lists.push(providerLists);
  for (const { ranked, latest } of lists) {
    move(ranked, old, updated, compareRankedArticles);
    move(latest, old, updated, compareLatestArticles);
  }
  model.bySlug.set(next.slug, updated);
  model.ranking = ranking;
  model.newestAt = model.feed.latest[0]?.summary.publishedAt ?? null;
  return true;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What other articles, lists, counts, outlet names, links or the report depend on. */
function sameCorpusFacts(
  before: Extract<StoredResult, { status: 'accepted' }>,
  after: Extract<StoredResult, { status: 'accepted' }>,
): boolean {
  const [a, b] = [before.article, after.article];
  return (
    a.slug === b.slug &&
    a.file === b.file &&
    // Outlet name (most common spelling), logo (first seen) and counts.
    providerDomain(a) === providerDomain(b) &&
    sameJson(a.provider, b.provider) &&
    // Topic counts, names (first spelling seen) and list membership.
    sameJson(a.topicNames, b.topicNames) &&
    // Other articles' related items linking to this one.
    sameJson(a.canonicalUrls, b.canonicalUrls) &&
    // The content report.
    sameJson(before.warnings, after.warnings)
  );
}

/** Replaces one value in an ascending array (a copy), `null` meaning none. */
function replaceSorted(sorted: readonly number[], from: number | null, to: number | null) {
  const out = [...sorted];
  if (from !== null)
    out.splice(
      lowerBound(out, (v) => v < from),
      1,
    );
  if (to !== null)
    out.splice(
      lowerBound(out, (v) => v < to),
      0,
      to,
    );
  return out;
}

/**
 * The ranking basis after the edit, or undefined when it changes: a new newest date or median
 * stand-in moves every score, which only a full derive gets right.
 */
function nextRanking(
  ranking: CorpusModel['ranking'],
  before: StoredArticle,
  after: StoredArticle,
): CorpusModel['ranking'] | undefined {
  const { newestMs } = ranking.basis;
  const sameDate = before.publishedMs === after.publishedMs;
  if (!sameDate && (after.publishedMs > newestMs || before.publishedMs >= newestMs)) return;
  const heats =
    before.heat === after.heat
      ? ranking.heats
      : replaceSorted(ranking.heats, knownOrNull(before.heat), knownOrNull(after.heat));
  const qualities =
    before.quality === after.quality
      ? ranking.qualities
      : replaceSorted(ranking.qualities, knownOrNull(before.quality), knownOrNull(after.quality));
  const basis: RankBasis = {
    newestMs,
    heatStandIn: medianOfSorted(heats) ?? 0,
    qualityStandIn: medianOfSorted(qualities) ?? 0,
  };
  if (
    basis.heatStandIn !== ranking.basis.heatStandIn ||
    basis.qualityStandIn !== ranking.basis.qualityStandIn
  )
    return;
  return { basis, heats, qualities };
}

function knownOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) && value >= 0 ? value : null;
}

/** First index whose element does not satisfy `before` (the array is partitioned by it). */
function lowerBound<T>(list: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Moves `from` (at its place in the sorted list) out, and `to` in at its place. */
function move(
  list: PublishedArticle[],
  from: PublishedArticle,
  to: PublishedArticle,
  compare: (a: PublishedArticle, b: PublishedArticle) => number,
) {
  const at = lowerBound(list, (item) => compare(item, from) < 0);
  // The order is total (slugs are unique), so this is `from` itself unless the list is corrupt.
  if (list[at] !== from) throw new Error(`corpus model: ${from.summary.slug} not where expected`);
  list.splice(at, 1);
  list.splice(
    lowerBound(list, (item) => compare(item, to) < 0),
    0,
    to,
  );
}
