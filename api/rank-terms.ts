import type { RankTerms } from './schema.ts';

/**
 * The arithmetic of Top stories (plugin/model/rank.ts says why it is built this way). It lives beside
 * the contract because two sides need it: the build that ranks, and the UI tests that state what
 * "Why this story is here" shows, so a fixture's numbers are always the build's own.
 */

export function round4(value: number): number {
  const rounded = Math.round(value * 10_000) / 10_000;
  // Avoid "-0" in JSON-facing numbers.
  return rounded === 0 ? 0 : rounded;
}

/** What a heat or quality adds: log10(1 + value), so ten times the value is one more point. */
export function termOf(value: number): number {
  return round4(Math.log10(1 + value));
}

/** The heat and quality that counted (the article's own, or the corpus medians standing in). */
export type CountedValues = Pick<
  RankTerms,
  'heat' | 'quality' | 'heatEstimated' | 'qualityEstimated'
>;

/** An article's terms and score. */
export function rankTermsOf(counted: CountedValues): RankTerms {
  const heatTerm = termOf(counted.heat);
  const qualityTerm = termOf(counted.quality);
  return {
    heat: counted.heat,
    quality: counted.quality,
    heatEstimated: counted.heatEstimated,
    qualityEstimated: counted.qualityEstimated,
    heatTerm,
    qualityTerm,
    score: round4(heatTerm + qualityTerm),
  };
}

/** What several outlets reporting a story add to its score: log10 of their number. */
export function coverageTerm(outletCount: number): number {
  return round4(Math.log10(Math.max(1, outletCount)));
}

/** A story's score, what Top stories sorts by: its lead article's plus its coverage term. */
export function storyScore(leadScore: number, coverage: number): number {
  return round4(leadScore + coverage);
}
