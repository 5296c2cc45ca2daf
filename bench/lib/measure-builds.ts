import { rmSync } from 'node:fs';
import path from 'node:path';
import { seconds, sizeLabel } from './format.ts';
import { largestFolder, type LargestFolder } from './largest-folder.ts';
import type { Row } from './report-table.ts';
import { runTimed, type TimedRun } from './run-timed.ts';
import { VITE_BIN } from './servers.ts';
import { median, round } from './stats.ts';

export type BuildFigures = {
  tool: 'vite' | 'hugo';
  count: number;
  outDir: string;
  runsMs: number[];
  medianMs: number;
  /** Largest peak RSS over the runs, KiB. */
  peakRssKiB?: number;
  /** Median user + system CPU seconds, when GNU time measured them. */
  cpuSeconds?: number;
  rssMethod: string;
  articlesPerSecond: number;
  /** Phase times the plugin logs (median over runs), ms. */
  phases: Record<string, number>;
  /** The fullest folder of the last run's output. */
  largestFolder?: LargestFolder;
  error?: string;
};

const PHASES: [string, RegExp][] = [
  ['corpus read', /corpus read in (\d+) ms/],
  ['API written', /\d+ API files \(.*?\): .* in (\d+) ms/],
];

function phasesOf(runs: TimedRun[]): Record<string, number> {
  const phases: Record<string, number> = {};
  for (const [name, pattern] of PHASES) {
    const values = runs.flatMap((run) => {
      const match = pattern.exec(run.output);
      return match ? [Number(match[1])] : [];
    });
    if (values.length > 0) phases[name] = median(values);
  }
  return phases;
}

/**
 * Builds one corpus `runs` times, the way a user does (`CONTENT_DIR=... vite build`), or with Hugo
 * and the minimal site in bench/hugo-site. The output of the last run stays in outDir.
 */
export async function measureBuild(
  tool: 'vite' | 'hugo',
  corpusDir: string,
  count: number,
  outDir: string,
  runs: number,
  log: (line: string) => void,
  label = sizeLabel(count),
  /** Stop repeating once the runs so far took this long (a 100k build can take minutes). */
  budgetMs = 240_000,
): Promise<BuildFigures> {
  const results: TimedRun[] = [];
  for (let i = 0; i < runs; i++) {
    const spent = results.reduce((sum, run) => sum + run.ms, 0);
    if (i > 0 && spent > budgetMs) {
      log(`  ${tool} ${label}: ${i} run(s) took ${seconds(spent)}, over the budget; not repeating`);
      break;
    }
    rmSync(outDir, { recursive: true, force: true });
    const run =
      tool === 'vite'
        ? await runTimed(
            process.execPath,
            [VITE_BIN, 'build', '--outDir', outDir, '--emptyOutDir'],
            {
              // A clean build: no result cache, no previous output (measure-incremental.ts
              // measures builds with both).
              env: { CONTENT_DIR: corpusDir, CONTENT_FORCE: '1' },
            },
          )
        : await runTimed(
            'hugo',
            [
              '--source',
              path.resolve('bench/hugo-site'),
              '--contentDir',
              corpusDir,
              '--destination',
              outDir,
              '--quiet',
              // Keeps Hugo from leaving a lock file in the (committed) site folder.
              '--noBuildLock',
              // Its resource cache (resources/_gen) goes next to the output, not into bench/.
            ],
            { env: { HUGO_RESOURCEDIR: `${outDir}-resources` } },
          );
    const rss = run.peakRssKiB === undefined ? '?' : `${Math.round(run.peakRssKiB / 1024)} MB`;
    const cpu = run.cpuSeconds === undefined ? '' : `, ${run.cpuSeconds.toFixed(1)} s CPU`;
    log(`  ${tool} ${label} run ${i + 1}/${runs}: ${seconds(run.ms)}, ${rss}${cpu}`);
    if (run.exitCode !== 0) {
      return {
        tool,
        count,
        outDir,
        runsMs: [],
        medianMs: Number.NaN,
        rssMethod: run.rssMethod,
        articlesPerSecond: Number.NaN,
        phases: {},
        error: `exit ${run.exitCode}: ${run.output.trim().split('\n').slice(-8).join(' / ')}`,
      };
    }
    results.push(run);
  }
  const runsMs = results.map((run) => run.ms);
  const rss = results.flatMap((run) => (run.peakRssKiB === undefined ? [] : [run.peakRssKiB]));
  const medianMs = median(runsMs);
  const cpu = results.flatMap((run) => (run.cpuSeconds === undefined ? [] : [run.cpuSeconds]));
  return {
    tool,
    count,
    outDir,
    runsMs: runsMs.map((ms) => round(ms)),
    medianMs: round(medianMs),
    peakRssKiB: rss.length > 0 ? Math.max(...rss) : undefined,
    cpuSeconds: cpu.length > 0 ? round(median(cpu), 1) : undefined,
    rssMethod: results[0]?.rssMethod ?? '',
    articlesPerSecond: round(count / (medianMs / 1000)),
    phases: phasesOf(results),
    // Counted after the timed runs, so the walk costs the build nothing.
    largestFolder: largestFolder(outDir),
  };
}

/** What any folder of the output may hold: a static host or an object store lists it well. */
const FOLDER_LIMIT = 10_000;

type Limits = { ms: number; rssMiB: number };

/** Targets of clean builds by corpus size (issue 10; issue 4 had 10 s / 1 GB and 120 s / 2 GB). */
export const BUILD_LIMITS: Record<number, Limits> = {
  10_000: { ms: 5_000, rssMiB: 1024 },
  100_000: { ms: 60_000, rssMiB: 1536 },
};

export function buildRows(figures: BuildFigures, limits?: Limits): Row[] {
  const section = `${figures.tool === 'vite' ? 'build' : 'hugo'} ${sizeLabel(figures.count)}`;
  if (figures.error)
    return [{ section, measure: 'error', value: figures.error, pass: limits ? false : undefined }];
  const rssMiB = figures.peakRssKiB === undefined ? undefined : figures.peakRssKiB / 1024;
  const phases = Object.entries(figures.phases)
    .map(([name, ms]) => `${name} ${seconds(ms)}`)
    .join(', ');
  const rows: Row[] = [
    {
      section,
      measure: `wall time, median of ${figures.runsMs.length}`,
      value: `${seconds(figures.medianMs)} (runs ${figures.runsMs.map((ms) => (ms / 1000).toFixed(1)).join(' / ')})`,
      ...(figures.tool === 'vite' &&
        limits && { target: `<= ${limits.ms / 1000} s`, pass: figures.medianMs <= limits.ms }),
    },
    {
      section,
      measure: `peak RSS (${figures.rssMethod})`,
      value: rssMiB === undefined ? 'unknown' : `${Math.round(rssMiB)} MB`,
      ...(figures.tool === 'vite' &&
        limits && {
          target: `<= ${limits.rssMiB >= 1024 ? `${limits.rssMiB / 1024} GB` : `${limits.rssMiB} MB`}`,
          pass: rssMiB !== undefined && rssMiB <= limits.rssMiB,
        }),
    },
    ...(figures.cpuSeconds === undefined
      ? []
      : [{ section, measure: 'CPU time user+sys, median', value: `${figures.cpuSeconds} s` }]),
    {
      section,
      measure: 'articles per second (files read)',
      value: String(Math.round(figures.articlesPerSecond)),
    },
  ];
  if (phases) rows.push({ section, measure: 'phases (plugin log, median)', value: phases });
  if (figures.largestFolder) {
    const { folder, entries } = figures.largestFolder;
    rows.push({
      section,
      measure: 'largest output folder (files)',
      value: `${entries} in ${folder} (sub-folders count as files)`,
      ...(figures.tool === 'vite' && {
        target: `<= ${FOLDER_LIMIT.toLocaleString('en')}`,
        pass: entries <= FOLDER_LIMIT,
      }),
    });
  }
  return rows;
}
