import { mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seconds, sizeLabel } from './format.ts';
import type { Row } from './report-table.ts';
import { runTimed, type TimedRun } from './run-timed.ts';
import { VITE_BIN } from './servers.ts';

/**
 * Issue 10's publishing day: a build after an editor's 100 changes to a corpus already built once
 * (60 edited, 20 added, 20 deleted), with the result cache and the previous output in place,
 * beside the clean build of the same corpus (CONTENT_FORCE=1: no cache, no previous output); and
 * the two outputs compared byte for byte. The corpus is put back as it was afterwards, so the
 * generated corpora stay reusable.
 */

export type IncrementalFigures = {
  count: number;
  edits: { edited: number; added: number; deleted: number };
  cleanMs: number;
  cleanRssKiB?: number;
  unchangedMs: number;
  incrementalMs: number;
  incrementalRssKiB?: number;
  /** From the plugin's log of the incremental build. */
  processed?: number;
  written?: number;
  removed?: number;
  apiFiles?: number;
  /** Files that differ between the incremental and the clean output (0 is the target). */
  differences: string[];
  comparedFiles: number;
  error?: string;
};

/** Targets of issue 10, by corpus size: after 100 changes, and clean. */
export const INCREMENTAL_LIMITS: Record<number, { incrementalMs: number }> = {
  10_000: { incrementalMs: 2_000 },
  100_000: { incrementalMs: 10_000 },
};

function build(corpusDir: string, outDir: string, force: boolean): Promise<TimedRun> {
  return runTimed(process.execPath, [VITE_BIN, 'build', '--outDir', outDir, '--emptyOutDir'], {
    env: { CONTENT_DIR: corpusDir, CONTENT_FORCE: force ? '1' : '0' },
  });
}

function logged(output: string, pattern: RegExp): number | undefined {
  const match = pattern.exec(output);
  return match ? Number(match[1]) : undefined;
}

/** Every file under `dir`, relative, sorted. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The API files that differ between two outputs (missing on either side, or other bytes). */
function compareApi(a: string, b: string): { differences: string[]; compared: number } {
  const left = filesOf(path.join(a, 'api'));
  const right = filesOf(path.join(b, 'api'));
  const inLeft = new Set(left);
  const inRight = new Set(right);
  const differences = [
    ...left.filter((file) => !inRight.has(file)),
    ...right.filter((file) => !inLeft.has(file)),
  ];
  for (const file of left) {
    if (!inRight.has(file)) continue;
    const same = readFileSync(path.join(a, 'api', file)).equals(
      readFileSync(path.join(b, 'api', file)),
    );
    if (!same) differences.push(file);
  }
  return { differences, compared: left.length };
}

/**
 * Applies the editor's day to `corpusDir` (every 1/60th published article edited, and so on,
 * spread over the corpus) and returns how to undo it.
 */
function applyEdits(
  corpusDir: string,
  aside: string,
): { undo: () => void; edits: IncrementalFigures['edits'] } {
  const articles = readdirSync(corpusDir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  // Spread over the corpus, at positions no two kinds share: (i + 1/4) / 60, (i + 1/2) / 20 and
  // (i + 3/4) / 20 of the way through.
  const pick = (n: number, shift: number) =>
    Array.from(
      { length: n },
      (_, i) => articles[Math.floor(((i + shift) * articles.length) / n)] as string,
    );
  const edited = pick(60, 1 / 4);
  const deleted = pick(20, 1 / 2);
  const sources = pick(20, 3 / 4);
  const originals = new Map(edited.map((name) => [name, readFileSync(path.join(corpusDir, name))]));
  const added: string[] = [];
  try {
    for (const [name, bytes] of originals) {
      const text = bytes.toString('utf8');
      writeFileSync(
        path.join(corpusDir, name),
        text.replace(/^title: "?/m, (head) => `${head}Updated: `),
      );
    }
    for (const name of deleted) renameSync(path.join(corpusDir, name), path.join(aside, name));
    sources.forEach((name, i) => {
      const text = readFileSync(path.join(corpusDir, name), 'utf8');
      const file = name.replace(/\.md$/, `-bench-added-${i}.md`);
      writeFileSync(
        path.join(corpusDir, file),
        text
          .replace(/^title: "?/m, (head) => `${head}Late report ${i}: `)
          .replace(
            /^webUrl: (.*)$/m,
            (_, url: string) => `webUrl: ${url.replace(/"?$/, `-late-${i}$&`)}`,
          ),
      );
      added.push(file);
    });
  } catch (error) {
    undo();
    throw error;
  }
  function undo() {
    for (const [name, bytes] of originals) writeFileSync(path.join(corpusDir, name), bytes);
    for (const name of deleted) {
      try {
        renameSync(path.join(aside, name), path.join(corpusDir, name));
      } catch {
        // Not moved yet.
      }
    }
    for (const name of added) rmSync(path.join(corpusDir, name), { force: true });
  }
  return { undo, edits: { edited: edited.length, added: added.length, deleted: deleted.length } };
}

export async function measureIncremental(
  corpusDir: string,
  count: number,
  outDir: string,
  log: (line: string) => void,
): Promise<IncrementalFigures> {
  const label = sizeLabel(count);
  const cleanDir = `${outDir}-clean`;
  const aside = mkdtempSync(`${outDir}-aside-`);
  const failed = (run: TimedRun, what: string) =>
    `${what}: exit ${run.exitCode}: ${run.output.trim().split('\n').slice(-6).join(' / ')}`;
  rmSync(outDir, { recursive: true, force: true });
  // Writes the cache and the output the day starts from.
  const clean = await build(corpusDir, outDir, true);
  log(`  incremental ${label}: clean build ${seconds(clean.ms)}`);
  const base = {
    count,
    edits: { edited: 0, added: 0, deleted: 0 },
    differences: [],
    comparedFiles: 0,
  };
  if (clean.exitCode !== 0) {
    return {
      ...base,
      cleanMs: clean.ms,
      unchangedMs: Number.NaN,
      incrementalMs: Number.NaN,
      error: failed(clean, 'clean build'),
    };
  }
  const unchanged = await build(corpusDir, outDir, false);
  log(`  incremental ${label}: rebuild with nothing changed ${seconds(unchanged.ms)}`);
  const { undo, edits } = applyEdits(corpusDir, aside);
  try {
    const incremental = await build(corpusDir, outDir, false);
    log(`  incremental ${label}: rebuild after 100 changes ${seconds(incremental.ms)}`);
    if (incremental.exitCode !== 0) {
      return {
        ...base,
        cleanMs: clean.ms,
        unchangedMs: unchanged.ms,
        incrementalMs: Number.NaN,
        error: failed(incremental, 'incremental build'),
      };
    }
    // The plugin keeps a previous API folder: a reference left by a killed run must go first.
    rmSync(cleanDir, { recursive: true, force: true });
    const reference = await build(corpusDir, cleanDir, true);
    if (reference.exitCode !== 0) {
      return {
        ...base,
        cleanMs: clean.ms,
        unchangedMs: unchanged.ms,
        incrementalMs: incremental.ms,
        error: failed(reference, 'reference build'),
      };
    }
    const { differences, compared } = compareApi(outDir, cleanDir);
    log(
      `  incremental ${label}: ${differences.length} of ${compared} API files differ from a clean build`,
    );
    return {
      count,
      edits,
      cleanMs: clean.ms,
      cleanRssKiB: clean.peakRssKiB,
      unchangedMs: unchanged.ms,
      incrementalMs: incremental.ms,
      incrementalRssKiB: incremental.peakRssKiB,
      processed: logged(incremental.output, /reused .*?, (\d+) processed/),
      apiFiles: logged(incremental.output, /(\d+) API files/),
      written: logged(incremental.output, /: (\d+) written/),
      removed: logged(incremental.output, /(\d+) removed/),
      differences,
      comparedFiles: compared,
    };
  } finally {
    undo();
    rmSync(aside, { recursive: true, force: true });
    rmSync(cleanDir, { recursive: true, force: true });
  }
}

const mb = (kib: number | undefined) =>
  kib === undefined ? 'unknown' : `${Math.round(kib / 1024)} MB`;

export function incrementalRows(figures: IncrementalFigures): Row[] {
  const section = `incremental ${sizeLabel(figures.count)}`;
  if (figures.error) return [{ section, measure: 'error', value: figures.error, pass: false }];
  const limit = INCREMENTAL_LIMITS[figures.count];
  const { edited, added, deleted } = figures.edits;
  return [
    {
      section,
      measure: 'clean build (CONTENT_FORCE=1), writes the cache',
      value: `${seconds(figures.cleanMs)}, ${mb(figures.cleanRssKiB)}`,
    },
    { section, measure: 'rebuild, nothing changed', value: seconds(figures.unchangedMs) },
    {
      section,
      measure: `rebuild after ${edited + added + deleted} changes (${edited} edited, ${added} added, ${deleted} deleted)`,
      value: `${seconds(figures.incrementalMs)}, ${mb(figures.incrementalRssKiB)}`,
      ...(limit && {
        target: `<= ${limit.incrementalMs / 1000} s`,
        pass: figures.incrementalMs <= limit.incrementalMs,
      }),
    },
    {
      section,
      measure: 'files processed / API files written / removed',
      value: `${figures.processed ?? '?'} / ${figures.written ?? '?'} of ${figures.apiFiles ?? '?'} / ${figures.removed ?? '?'}`,
    },
    {
      section,
      measure: 'incremental output equals a clean build',
      value:
        figures.differences.length === 0
          ? `yes, ${figures.comparedFiles} API files byte for byte`
          : `no: ${figures.differences.length} differ (${figures.differences.slice(0, 3).join(', ')})`,
      target: 'equal',
      pass: figures.differences.length === 0,
    },
  ];
}
