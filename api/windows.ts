/**
 * The windows Top stories looks back over, as Reddit's `top?t=` does: what mattered most in the
 * last day, week, month, year or ever, counted back from the corpus's newest story (so an archive
 * reads like a live corpus). A module of its own because both the contract's paths (contract.ts)
 * and its schemas (schema.ts) need them, and schema.ts is the one the browser must not load.
 */
export const WINDOWS = ['day', 'week', 'month', 'year', 'all'] as const;
export type RankWindow = (typeof WINDOWS)[number];
