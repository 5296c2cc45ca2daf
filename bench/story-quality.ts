/**
 * `npm run bench:stories`: how well story clustering puts the articles of one event together, as
 * pairwise precision, recall and F1 against labelled sets: a generated corpus with planted stories
 * and decoys (bench/plant-stories.ts), the demo corpus and the real sample
 * (bench/story-labels/*.json). Prints one table, then the missed pairs and wrong merges with what
 * clustering saw between them; writes bench/results/stories-latest.json. See bench/README.md.
 *
 *   npm run bench:stories -- [--size 10k] [--sets generated,demo,election] [--corpora DIR] [--show 8]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_SEED, generateCorpus, parseCount } from './generate-corpus.ts';
import { sizeLabel } from './lib/format.ts';
import {
  measureStorySet,
  resultForJson,
  storyRows,
  type PairReport,
  type StorySet,
  type StorySetResult,
} from './lib/measure-stories.ts';
import { formatTable } from './lib/report-table.ts';
import { readStoryLabels } from './lib/story-labels.ts';
import { STORY_LABELS_FILE } from './plant-stories.ts';

export const STORY_SET_NAMES = ['generated', 'demo', 'election'] as const;
export const ELECTION_CORPUS = path.resolve('../shared/corpus/election/news');

/** The labelled sets: the generated corpus (made or reused in `corpora`), demo, real sample. */
export function storySets(options: {
  count: number;
  corpora: string;
  sets: readonly string[];
  log: (line: string) => void;
}): StorySet[] {
  const sets: StorySet[] = [];
  if (options.sets.includes('generated')) {
    const dir = path.resolve(options.corpora, sizeLabel(options.count));
    const { reused } = generateCorpus({ seed: DEFAULT_SEED, count: options.count }, dir);
    options.log(`corpus ${sizeLabel(options.count)}: ${reused ? 'reused' : 'generated'} in ${dir}`);
    sets.push({
      name: `generated ${sizeLabel(options.count)}`,
      root: dir,
      labels: readStoryLabels(path.join(dir, STORY_LABELS_FILE)),
    });
  }
  if (options.sets.includes('demo')) {
    sets.push({
      name: 'demo',
      root: path.resolve('content'),
      labels: readStoryLabels(path.resolve('bench/story-labels/demo.json')),
    });
  }
  if (options.sets.includes('election')) {
    if (existsSync(ELECTION_CORPUS)) {
      sets.push({
        name: 'election sample',
        root: ELECTION_CORPUS,
        labels: readStoryLabels(path.resolve('bench/story-labels/election.json')),
      });
    } else {
      options.log(`election sample: ${ELECTION_CORPUS} not found, skipped`);
    }
  }
  return sets;
}

function evidenceText(pair: PairReport): string {
  const e = pair.evidence;
  if (!e) return 'not published';
  return [
    `sim ${e.similarity.toFixed(3)}`,
    `headline ${e.headline.toFixed(3)}`,
    `${e.hoursApart} h${e.sameOutlet ? ' same outlet' : ''}`,
    `words [${e.sharedWords.join(' ')}]`,
    `reports ${e.sharedReports}${e.listed ? ', listed' : ''}`,
  ].join(' | ');
}

/** The missed pairs (by reason, nearest first) and wrong merges of one set. */
function details(result: StorySetResult, show: number): string[] {
  const lines: string[] = [];
  const bySimilarity = (p: PairReport, q: PairReport) =>
    (q.evidence?.similarity ?? -1) - (p.evidence?.similarity ?? -1);
  if (result.missed.length > 0) {
    const reasons = new Map<string, number>();
    for (const pair of result.missed)
      reasons.set(pair.reason ?? '', (reasons.get(pair.reason ?? '') ?? 0) + 1);
    lines.push(
      `\n${result.name}: ${result.missed.length} missed pairs: ${[...reasons]
        .sort((x, y) => y[1] - x[1])
        .map(([reason, n]) => `${n} ${reason}`)
        .join('; ')}`,
    );
    for (const pair of [...result.missed].sort(bySimilarity).slice(0, show)) {
      lines.push(`  MISSED ${evidenceText(pair)}`, `    ${pair.about[0]}`, `    ${pair.about[1]}`);
    }
  }
  if (result.merged.length > 0) {
    lines.push(`\n${result.name}: ${result.merged.length} wrongly merged pairs`);
    for (const pair of [...result.merged].sort(bySimilarity).slice(0, show)) {
      lines.push(
        `  MERGED ${evidenceText(pair)}`,
        `    ${pair.about[0]}  [${pair.links?.[0]}]`,
        `    ${pair.about[1]}  [${pair.links?.[1]}]`,
      );
    }
  }
  return lines;
}

async function main(argv: string[]) {
  const value = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const sets = storySets({
    count: parseCount(value('size') ?? '10k'),
    corpora: value('corpora') ?? path.join(tmpdir(), 'news-reader-corpora'),
    sets: (value('sets') ?? STORY_SET_NAMES.join(',')).split(','),
    log,
  });
  const show = Number(value('show') ?? 8);
  const results: StorySetResult[] = [];
  for (const set of sets) {
    log(`clustering ${set.name} (${set.root})...`);
    results.push(await measureStorySet(set));
  }
  console.log(formatTable(results.flatMap(storyRows)));
  for (const result of results) for (const line of details(result, show)) console.log(line);
  mkdirSync('bench/results', { recursive: true });
  const json = results.map((result) => resultForJson(result));
  writeFileSync('bench/results/stories-latest.json', `${JSON.stringify(json, null, 2)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    // The corpus keeps a worker warm (unref'ed); exit rather than wait on anything else.
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
