import { readFileSync } from 'node:fs';

/**
 * Hand-made or generated answers to "which articles report the same event", the yardstick of
 * story clustering (bench/story-quality.ts). Slugs are file names without `.md`.
 */
export type StoryLabels = {
  /** What the labels cover and how they were made. */
  about?: string;
  /**
   * Every published article of the corpus is labelled: one in no group is a story of its own, so a
   * merge of any two unrelated articles counts against precision. Otherwise only the articles named
   * here are scored.
   */
  complete?: boolean;
  /** Articles that report one event. Disjoint. Unpublished members are listed but not scored. */
  groups: { name: string; slugs: string[]; note?: string }[];
  /** Articles known to be stories of their own (the generator's decoys): merging one is an error. */
  singletons?: string[];
  /** Pairs among these slugs are not scored (unsure), except pairs that one group settles. */
  ambiguous?: { slugs: string[]; note: string }[];
  /**
   * Articles known to report another event than `from` (same person, place or day): scored like
   * any labelled article; listed to say why, and checked against the groups.
   */
  different?: { slug: string; from: string[]; note: string }[];
};

/** Reads a labels file and checks it is consistent: no slug in two groups, no group "different". */
export function readStoryLabels(file: string): StoryLabels {
  const labels = JSON.parse(readFileSync(file, 'utf8')) as StoryLabels;
  const problems = checkStoryLabels(labels);
  if (problems.length > 0) throw new Error(`${file}: ${problems.join('; ')}`);
  return labels;
}

export function checkStoryLabels(labels: StoryLabels): string[] {
  const problems: string[] = [];
  const groupOf = new Map<string, string>();
  for (const group of labels.groups) {
    if (group.slugs.length < 2) problems.push(`group ${group.name} has fewer than 2 articles`);
    for (const slug of group.slugs) {
      const other = groupOf.get(slug);
      if (other !== undefined) problems.push(`${slug} is in groups ${other} and ${group.name}`);
      groupOf.set(slug, group.name);
    }
  }
  for (const slug of labels.singletons ?? []) {
    if (groupOf.has(slug))
      problems.push(`${slug} is a singleton and in group ${groupOf.get(slug)}`);
  }
  for (const entry of labels.different ?? []) {
    const group = groupOf.get(entry.slug);
    if (group !== undefined && entry.from.some((slug) => groupOf.get(slug) === group))
      problems.push(`${entry.slug} is "different" from an article of its own group ${group}`);
  }
  return problems;
}
