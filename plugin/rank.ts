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
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function known(values: Iterable<number | null>): number[] {
  const out: number[] = [];
  for (const value of values)
    if (value !== null && Number.isFinite(value) && value >= 0) out.push(value);
  return out;
}

/** Rank terms for every input, keyed by slug. Pure: depends only on the inputs. */
export function rankArticles(inputs: readonly RankInput[]): Map<string, RankTerms> {
  const heatStandIn = median(known(inputs.map((i) => i.heat))) ?? 0;
  const qualityStandIn = median(known(inputs.map((i) => i.quality))) ?? 0;
  let newestMs = -Infinity;
  for (const input of inputs) if (input.publishedMs > newestMs) newestMs = input.publishedMs;

  const terms = new Map<string, RankTerms>();
  for (const input of inputs) {
    const heatKnown = input.heat !== null && input.heat >= 0;
    const qualityKnown = input.quality !== null && input.quality >= 0;
    const heatTerm = round4(Math.log10(1 + (heatKnown ? (input.heat as number) : heatStandIn)));
    const qualityTerm = round4(
      Math.log10(1 + (qualityKnown ? (input.quality as number) : qualityStandIn)),
    );
    const ageHours = round4(Math.max(0, newestMs - input.publishedMs) / MS_PER_HOUR);
    const agePenalty = round4(ageHours / HOURS_PER_PENALTY_POINT);
    terms.set(input.slug, {
      heat: heatKnown ? input.heat : null,
      quality: qualityKnown ? input.quality : null,
      heatEstimated: !heatKnown,
      qualityEstimated: !qualityKnown,
      ageHours,
      heatTerm,
      qualityTerm,
      agePenalty,
      score: round4(heatTerm + qualityTerm - agePenalty),
    });
  }
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
