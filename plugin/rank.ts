import type { RankTerms } from '../api/contract.ts';

/**
 * Ranking: a Reddit-"hot"-style log score.
 *
 *   heatTerm    = log10(1 + heat)
 *   qualityTerm = log10(1 + quality)
 *   agePenalty  = ageHours / 24
 *   score       = heatTerm + qualityTerm - agePenalty      (each rounded to 4 decimals)
 *
 * One day of age costs as much as a tenfold difference in heat (or in quality). Chosen over Hacker
 * News' gravity (points / (age + 2)^1.8) because it is additive, so the UI can explain a score term
 * by term; a story's score never changes relative to another's as the corpus grows (only the common
 * "now" moves); and log scaling stops one viral story from burying everything for weeks.
 *
 * Age is measured from the NEWEST article of the corpus, not the wall clock: archives rank
 * sensibly and two builds of the same corpus give the same scores. Unknown heat (null) is neither
 * rewarded nor punished: the median known heat of the corpus stands in (`heatEstimated`); the same
 * for quality; when no article knows a value, 0 stands in.
 */

export type RankInput = {
  slug: string;
  publishedMs: number;
  heat: number | null;
  quality: number | null;
};

const HOURS_PER_PENALTY_POINT = 24;
const MS_PER_HOUR = 3_600_000;

export function round4(value: number): number {
  const rounded = Math.round(value * 10_000) / 10_000;
  // Avoid "-0" in JSON-facing numbers.
  return rounded === 0 ? 0 : rounded;
}

export function median(values: readonly number[]): number | null {
  return medianOfSorted([...values].sort((a, b) => a - b));
}

export function medianOfSorted(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The known (non-negative, finite) values, ascending: what the median stand-ins come from. */
export function sortedKnown(values: Iterable<number | null>): number[] {
  const out: number[] = [];
  for (const value of values)
    if (value !== null && Number.isFinite(value) && value >= 0) out.push(value);
  return out.sort((a, b) => a - b);
}

/** What every article's terms depend on besides its own inputs. */
export type RankBasis = { newestMs: number; heatStandIn: number; qualityStandIn: number };

export function rankBasis(
  inputs: readonly RankInput[],
  known = {
    heats: sortedKnown(inputs.map((i) => i.heat)),
    qualities: sortedKnown(inputs.map((i) => i.quality)),
  },
): RankBasis {
  let newestMs = -Infinity;
  for (const input of inputs) if (input.publishedMs > newestMs) newestMs = input.publishedMs;
  return {
    newestMs,
    heatStandIn: medianOfSorted(known.heats) ?? 0,
    qualityStandIn: medianOfSorted(known.qualities) ?? 0,
  };
}

/** One article's terms, given the corpus-wide basis. */
export function rankTerms(input: RankInput, basis: RankBasis): RankTerms {
  const heatKnown = input.heat !== null && input.heat >= 0;
  const qualityKnown = input.quality !== null && input.quality >= 0;
  const heatTerm = round4(Math.log10(1 + (heatKnown ? (input.heat as number) : basis.heatStandIn)));
  const qualityTerm = round4(
    Math.log10(1 + (qualityKnown ? (input.quality as number) : basis.qualityStandIn)),
  );
  const ageHours = round4(Math.max(0, basis.newestMs - input.publishedMs) / MS_PER_HOUR);
  const agePenalty = round4(ageHours / HOURS_PER_PENALTY_POINT);
  return {
    heat: heatKnown ? input.heat : null,
    quality: qualityKnown ? input.quality : null,
    heatEstimated: !heatKnown,
    qualityEstimated: !qualityKnown,
    ageHours,
    heatTerm,
    qualityTerm,
    agePenalty,
    score: round4(heatTerm + qualityTerm - agePenalty),
  };
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
