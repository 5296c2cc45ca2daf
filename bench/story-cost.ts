/**
 * What story clustering costs at scale: `npx tsx --expose-gc bench/story-cost.ts [--size 100k]
 * [--corpora DIR]`. Reads a generated corpus as the build does (worker threads), derives the model,
 * then clusters the published articles once more on their own, and prints:
 * - the clustering time beside the read + derive time it is part of: a build does at least that
 *   much work, so the share printed is an upper bound of clustering's share of a build;
 * - the heap clustering commits above what the corpus already holds (V8's committed heap before
 *   and after, after a full GC), and what its result keeps.
 * The issue's budget: at 100k, at most 25% of the build time and 300 MB of peak memory.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { pathToFileURL } from 'node:url';
import { createCorpus } from '../plugin/model/corpus.ts';
import { clusterInputOf } from '../plugin/model/corpus-model.ts';
import { clusterStories } from '../plugin/model/cluster-stories.ts';
import { DEFAULT_SEED, generateCorpus, parseCount } from './generate-corpus.ts';
import { mb, seconds, sizeLabel } from './lib/format.ts';
import { formatTable } from './lib/report-table.ts';

const BUDGET = { share: 0.25, bytes: 300 * 2 ** 20 };

function collect() {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc (npx tsx --expose-gc bench/story-cost.ts)');
  gc();
}

export async function measureStoryCost(count: number, corpora: string) {
  const root = path.resolve(corpora, sizeLabel(count));
  generateCorpus({ seed: DEFAULT_SEED, count }, root);
  const started = performance.now();
  const corpus = createCorpus({ root });
  await corpus.load();
  const read = performance.now() - started;
  const deriveStart = performance.now();
  const model = corpus.model();
  const derive = performance.now() - deriveStart;
  const inputs = [...model.bySlug.values()].map((a) => clusterInputOf(a));

  collect();
  const before = getHeapStatistics();
  const clusterStart = performance.now();
  const stories = clusterStories(inputs);
  const cluster = performance.now() - clusterStart;
  const after = getHeapStatistics();
  collect();
  const kept = getHeapStatistics().used_heap_size - before.used_heap_size;
  const committed = Math.max(0, after.total_heap_size - before.total_heap_size);
  const allocated = Math.max(0, after.used_heap_size - before.used_heap_size);
  const peak = Math.max(committed, allocated);
  const share = cluster / (read + derive);
  return {
    rows: [
      {
        section: `stories ${sizeLabel(count)}`,
        measure: 'published articles -> stories',
        value: `${inputs.length} -> ${stories.length}`,
      },
      {
        section: `stories ${sizeLabel(count)}`,
        measure: 'clustering / read + derive',
        value: `${seconds(cluster)} / ${seconds(read + derive)} (${(share * 100).toFixed(1)}%)`,
        target: `<= ${BUDGET.share * 100}%`,
        pass: share <= BUDGET.share,
      },
      {
        section: `stories ${sizeLabel(count)}`,
        measure: 'heap taken while clustering (kept after)',
        value: `${mb(peak)} (${mb(Math.max(0, kept))})`,
        target: `<= ${mb(BUDGET.bytes)}`,
        pass: peak <= BUDGET.bytes,
      },
    ],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const argv = process.argv.slice(2);
  const value = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  measureStoryCost(
    parseCount(value('size') ?? '100k'),
    value('corpora') ?? path.join(tmpdir(), 'news-reader-corpora'),
  ).then(
    ({ rows }) => {
      console.log(formatTable(rows));
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
