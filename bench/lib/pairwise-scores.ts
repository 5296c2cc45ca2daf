import type { StoryLabels } from './story-labels.ts';

/**
 * Pairwise precision and recall of stories against labels. A pair of labelled articles is
 * positive when one group holds both, predicted positive when one story holds both; pairs an
 * `ambiguous` entry leaves open are not scored. Pairs, not clusters: one wrong merge of two big
 * stories costs many pairs, which is what a reader sees (many wrong articles side by side).
 */
export type PairScores = {
  /** Labelled articles found among the stories (published). */
  articles: number;
  /** Labelled slugs in no story (unpublished, rejected, or renamed). */
  missing: string[];
  /** Scored pairs that are positive (the same event). */
  labelledPairs: number;
  /** Scored pairs that share a story. */
  predictedPairs: number;
  /** Pairs left out as ambiguous (whether or not they share a story). */
  ambiguousPairs: number;
  tp: number;
  fp: number;
  fn: number;
  /** tp / (tp + fp); 1 when nothing was merged. */
  precision: number;
  /** tp / (tp + fn); 1 when there was nothing to find. */
  recall: number;
  f1: number;
  /** Positive pairs in different stories. */
  missed: [string, string][];
  /** Negative pairs in one story. */
  merged: [string, string][];
};

export function scorePairs(
  labels: StoryLabels,
  stories: readonly (readonly string[])[],
): PairScores {
  const storyOf = new Map<string, number>();
  stories.forEach((members, index) => members.forEach((slug) => storyOf.set(slug, index)));

  const named = new Set([
    ...labels.groups.flatMap((group) => group.slugs),
    ...(labels.singletons ?? []),
    ...(labels.ambiguous ?? []).flatMap((entry) => entry.slugs),
    ...(labels.different ?? []).flatMap((entry) => [entry.slug, ...entry.from]),
  ]);
  const universe = new Set(labels.complete ? storyOf.keys() : []);
  for (const slug of named) if (storyOf.has(slug)) universe.add(slug);
  const missing = [...named].filter((slug) => !storyOf.has(slug)).sort();

  const groupOf = new Map<string, number>();
  labels.groups.forEach((group, index) => group.slugs.forEach((slug) => groupOf.set(slug, index)));
  const sameGroup = (a: string, b: string) =>
    groupOf.get(a) !== undefined && groupOf.get(a) === groupOf.get(b);

  const key = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);
  const ambiguous = new Set<string>();
  for (const entry of labels.ambiguous ?? []) {
    const present = entry.slugs.filter((slug) => universe.has(slug));
    forEachPair(present, (a, b) => sameGroup(a, b) || ambiguous.add(key(a, b)));
  }

  let tp = 0;
  const missed: [string, string][] = [];
  let labelledPairs = 0;
  for (const group of labels.groups) {
    const present = group.slugs.filter((slug) => universe.has(slug));
    forEachPair(present, (a, b) => {
      labelledPairs++;
      if (storyOf.get(a) === storyOf.get(b)) tp++;
      else missed.push([a, b]);
    });
  }
  const merged: [string, string][] = [];
  let predictedPairs = 0;
  for (const members of stories) {
    const present = members.filter((slug) => universe.has(slug));
    forEachPair(present, (a, b) => {
      if (ambiguous.has(key(a, b))) return;
      predictedPairs++;
      if (!sameGroup(a, b)) merged.push([a, b]);
    });
  }
  const fp = merged.length;
  const fn = missed.length;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    articles: universe.size,
    missing,
    labelledPairs,
    predictedPairs,
    ambiguousPairs: ambiguous.size,
    tp,
    fp,
    fn,
    precision,
    recall,
    f1,
    missed,
    merged,
  };
}

function forEachPair(items: readonly string[], visit: (a: string, b: string) => unknown): void {
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) visit(items[i] as string, items[j] as string);
  }
}
