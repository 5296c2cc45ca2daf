import type { RankTerms } from '../../api/contract.ts';
import { rankTermsOf } from '../../api/rank-terms.ts';

/**
 * Ranking: what mattered most, within a window of time (Reddit's `top?t=week`).
 *
 *   heatTerm     = log10(1 + heat)
 *   qualityTerm  = log10(1 + quality)
 *   article      = heatTerm + qualityTerm                 (its story's lead is the best article)
 *   coverageTerm = log10(outlets reporting the story)
 *   story        = lead's heatTerm + qualityTerm + coverageTerm
 *
 * Top stories of a window are the stories whose newest article falls in it, by story score. Time
 * chooses the window and no longer weighs inside it: a day of age used to cost a point while heat
 * added three at most, so the newest six stories of an archive were its top six and scores went
 * negative. Logarithms keep one viral story from burying everything, and every term is additive
 * and non-negative, so the page can explain a story's place term by term.
 *
 * Windows count back from the NEWEST story of the corpus, not the wall clock: an archive reads like
 * a live corpus and two builds of the same corpus give the same lists. Unknown heat (null) is
 * neither rewarded nor punished: the median known heat of the corpus, to two significant figures,
 * stands in (`heatEstimated`); the same for quality; when no article knows a value, 0 stands in.
 * Rounded, because the exact median moves with nearly every article published (214 -> 214.5), and
 * every article that leans on it would then change, and be sent to every CDN again.
 */

export type RankInput = {
  slug: string;
  publishedMs: number;
  heat: number | null;
  quality: number | null;
};

const MS_PER_HOUR = 3_600_000;

export function medianOfSorted(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The known (non-negative, finite) values, ascending: what the median stand-ins come from. */
function sortedKnown(values: Iterable<number | null>): number[] {
  const out: number[] = [];
  for (const value of values)
    if (value !== null && Number.isFinite(value) && value >= 0) out.push(value);
  return out.sort((a, b) => a - b);
}

/** What every article's terms depend on besides its own inputs. */
export type RankBasis = { heatStandIn: number; qualityStandIn: number };

/** 214.5 -> 210, 1234 -> 1200, 7 -> 7, 0.25 -> 0.25. */
export function twoFigures(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  return step >= 1 ? Math.round(value / step) * step : Number(value.toPrecision(2));
}

function rankBasis(inputs: readonly RankInput[]): RankBasis {
  return {
    heatStandIn: twoFigures(medianOfSorted(sortedKnown(inputs.map((i) => i.heat))) ?? 0),
    qualityStandIn: twoFigures(medianOfSorted(sortedKnown(inputs.map((i) => i.quality))) ?? 0),
  };
}

/** One article's terms, given the corpus-wide basis. */
export function rankTerms(input: RankInput, basis: RankBasis): RankTerms {
  const heatKnown = input.heat !== null && input.heat >= 0;
  const qualityKnown = input.quality !== null && input.quality >= 0;
  return rankTermsOf({
    heat: heatKnown ? (input.heat as number) : basis.heatStandIn,
    quality: qualityKnown ? (input.quality as number) : basis.qualityStandIn,
    heatEstimated: !heatKnown,
    qualityEstimated: !qualityKnown,
  });
}

/** Rank terms for every input, keyed by slug. Pure: depends only on the inputs. */
export function rankArticles(
  inputs: readonly RankInput[],
  basis: RankBasis = rankBasis(inputs),
): Map<string, RankTerms> {
  const terms = new Map<string, RankTerms>();
  for (const input of inputs) terms.set(input.slug, rankTerms(input, basis));
  return terms;
}

type Sortable = { slug: string; publishedMs: number; score: number };

/** Highest score first; ties by date (newer first), then slug (ascending). */
export function compareRanked(a: Sortable, b: Sortable): number {
  return b.score - a.score || compareLatest(a, b);
}

/** Newest first; ties by slug (ascending). */
export function compareLatest(
  a: Pick<Sortable, 'slug' | 'publishedMs'>,
  b: Pick<Sortable, 'slug' | 'publishedMs'>,
): number {
  return b.publishedMs - a.publishedMs || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** Whether a story whose newest article is `lastMs` falls in a window of `hours` before `newestMs`. */
export function inWindow(lastMs: number, newestMs: number, hours: number): boolean {
  return hours === Infinity || lastMs >= newestMs - hours * MS_PER_HOUR;
}
