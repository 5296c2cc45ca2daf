import path from 'node:path';
import { createCorpus } from '../../plugin/model/corpus.ts';
import type { PublishedArticle } from '../../plugin/model/corpus-model.ts';
import { CLUSTER_RULES } from '../../plugin/model/cluster-stories.ts';
import { pairEvidence, type PairEvidence } from './pair-evidence.ts';
import { scorePairs, type PairScores } from './pairwise-scores.ts';
import type { Row } from './report-table.ts';
import type { StoryLabels } from './story-labels.ts';

/** The issue's targets for pairwise scores on every labelled set. */
export const STORY_TARGETS = { precision: 0.95, recall: 0.85 } as const;

export type StorySet = { name: string; root: string; labels: StoryLabels };

export type PairReport = {
  a: string;
  b: string;
  /** `headline (outlet)` of a and b. */
  about: [string, string];
  evidence?: PairEvidence;
  /** Why clustering did not join them (missed pairs only), from the evidence. */
  reason?: string;
  /** How each joined its story: `similar to <slug> 0.31` (merged pairs only). */
  links?: [string, string];
};

export type StorySetResult = {
  name: string;
  root: string;
  published: number;
  stories: number;
  multiArticle: number;
  /** Corpus read, model derived (clustering included). */
  loadMs: number;
  scores: PairScores;
  groups: number;
  /** Unlabelled (random) articles in stories with another unlabelled article: a sanity figure. */
  random?: {
    articles: number;
    inShared: number;
    sharedStories: number;
    labelledWithRandom: number;
  };
  missed: PairReport[];
  merged: PairReport[];
};

/** Missed pairs by the first rule that kept them apart (the rules are CLUSTER_RULES). */
function missReason(evidence: PairEvidence | undefined): string {
  if (!evidence) return 'not published';
  const { similarity, sharedWords, sharedReports, listed } = evidence;
  const linked = sharedReports >= CLUSTER_RULES.sharedReports || listed;
  if (evidence.hoursApart * 3_600_000 > CLUSTER_RULES.candidateWindowMs) return 'over the window';
  if (sharedWords.length === 0 && sharedReports === 0 && !listed)
    return 'no shared word or report (never a candidate)';
  const textual = sharedWords.length >= 2 && similarity >= CLUSTER_RULES.similar;
  if (!textual && !(linked && similarity >= CLUSTER_RULES.linked)) {
    if (linked) return `linked by the data, similarity < ${CLUSTER_RULES.linked}`;
    if (sharedWords.length < 2) return 'fewer than 2 shared distinctive words';
    return `similarity < ${CLUSTER_RULES.similar}`;
  }
  return 'verifiable, kept apart by grouping limits';
}

const labelledSlugs = (labels: StoryLabels) =>
  new Set([
    ...labels.groups.flatMap((group) => group.slugs),
    ...(labels.singletons ?? []),
    ...(labels.ambiguous ?? []).flatMap((entry) => entry.slugs),
    ...(labels.different ?? []).flatMap((entry) => [entry.slug, ...entry.from]),
  ]);

export async function measureStorySet(set: StorySet): Promise<StorySetResult> {
  const started = performance.now();
  const corpus = createCorpus({ root: path.resolve(set.root) });
  await corpus.load();
  const model = corpus.model();
  const loadMs = performance.now() - started;

  const stories = [...model.stories.values()].map((story) =>
    story.members.map((member) => member.article.summary.slug),
  );
  const scores = scorePairs(set.labels, stories);
  const evidence = pairEvidence([...model.bySlug.values()] as PublishedArticle[]);
  const about = (slug: string): string => {
    const summary = model.bySlug.get(slug)?.summary;
    return summary ? `${summary.title} (${summary.provider.domain})` : slug;
  };
  const linkOf = (slug: string): string => {
    const story = model.storyOf.get(slug);
    const link = story?.members.find((member) => member.article.summary.slug === slug)?.link;
    if (!link || link.kind === 'lead') return 'lead';
    return `${link.kind} to ${link.to} ${link.similarity}`;
  };

  let random: StorySetResult['random'];
  if (!set.labels.complete) {
    const labelled = labelledSlugs(set.labels);
    let inShared = 0;
    let sharedStories = 0;
    let labelledWithRandom = 0;
    for (const members of stories) {
      const unlabelled = members.filter((slug) => !labelled.has(slug)).length;
      if (unlabelled >= 2) {
        inShared += unlabelled;
        sharedStories++;
      }
      if (unlabelled > 0) labelledWithRandom += members.length - unlabelled;
    }
    const articles = [...model.bySlug.keys()].filter((slug) => !labelled.has(slug)).length;
    random = { articles, inShared, sharedStories, labelledWithRandom };
  }

  return {
    name: set.name,
    root: set.root,
    published: model.bySlug.size,
    stories: stories.length,
    multiArticle: stories.filter((members) => members.length > 1).length,
    loadMs,
    scores,
    groups: set.labels.groups.length,
    random,
    missed: scores.missed.map(([a, b]) => {
      const found = evidence(a, b);
      return { a, b, about: [about(a), about(b)], evidence: found, reason: missReason(found) };
    }),
    merged: scores.merged.map(([a, b]) => ({
      a,
      b,
      about: [about(a), about(b)],
      evidence: evidence(a, b),
      links: [linkOf(a), linkOf(b)],
    })),
  };
}

/** The result for a JSON file: the pair lists once (with their evidence), at most `keep` of each. */
export function resultForJson(result: StorySetResult, keep = Infinity) {
  const { missed, merged, ...scores } = result.scores;
  return {
    ...result,
    scores: { ...scores, missed: missed.length, merged: merged.length },
    missed: result.missed.slice(0, keep),
    merged: result.merged.slice(0, keep),
  };
}

const ratio = (value: number) => value.toFixed(3);

/** Every row `npm run bench:stories` prints for one set. */
export function storyRows(result: StorySetResult): Row[] {
  const { scores } = result;
  const section = `stories ${result.name}`;
  const rows: Row[] = [
    {
      section,
      measure: 'published articles -> stories',
      value: `${result.published} -> ${result.stories} (${result.multiArticle} with 2+ articles); read and clustered in ${(result.loadMs / 1000).toFixed(1)} s`,
    },
    {
      section,
      measure: 'labelled articles',
      value: `${scores.articles} (${result.groups} groups${scores.missing.length > 0 ? `; ${scores.missing.length} labelled slugs not published, not scored` : ''})`,
    },
    {
      section,
      measure: 'pairs: labelled / predicted / ambiguous',
      value: `${scores.labelledPairs} / ${scores.predictedPairs} / ${scores.ambiguousPairs}`,
    },
    { section, measure: 'TP / FP / FN', value: `${scores.tp} / ${scores.fp} / ${scores.fn}` },
    {
      section,
      measure: 'pairwise precision',
      value: ratio(scores.precision),
      target: `>= ${STORY_TARGETS.precision}`,
      pass: scores.precision >= STORY_TARGETS.precision,
    },
    {
      section,
      measure: 'pairwise recall',
      value: ratio(scores.recall),
      target: `>= ${STORY_TARGETS.recall}`,
      pass: scores.recall >= STORY_TARGETS.recall,
    },
    { section, measure: 'pairwise F1', value: ratio(scores.f1) },
  ];
  if (result.random) {
    const { articles, inShared, sharedStories, labelledWithRandom } = result.random;
    rows.push(
      {
        section,
        measure: 'random articles in shared stories',
        value: `${inShared} of ${articles} (${sharedStories} stories of 2+ random articles)`,
      },
      {
        section,
        measure: 'labelled articles sharing a story with random ones',
        value: String(labelledWithRandom),
      },
    );
  }
  return rows;
}

/** One row per set for `npm run bench`'s table. */
export function storySummaryRow(result: StorySetResult): Row {
  const { scores } = result;
  return {
    section: `stories ${result.name}`,
    measure: 'pairwise precision / recall / F1',
    value: `${ratio(scores.precision)} / ${ratio(scores.recall)} / ${ratio(scores.f1)} (TP ${scores.tp}, FP ${scores.fp}, FN ${scores.fn})`,
    target: `P >= ${STORY_TARGETS.precision}, R >= ${STORY_TARGETS.recall}`,
    pass: scores.precision >= STORY_TARGETS.precision && scores.recall >= STORY_TARGETS.recall,
  };
}
