/**
 * A hostile corpus must never stall a build: times the whole per-file step, `processArticle` (size
 * check, YAML, validation, markdown, sanitizer, excerpt), on each file of `pathological-cases.ts`,
 * in this process, one file after the other, at 100 KB and at the 2 MiB file-size limit.
 * `npm run bench` runs it as its first section; alone (about a minute, or seconds at 100k):
 *
 *   npx tsx bench/pathological.ts [--sizes 100k,2m] [--cases emphasis-runs,yaml-aliases] [--out DIR]
 *
 * `--out DIR` also writes the files, to build them for real (`CONTENT_DIR=DIR npm run build`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_PROCESS_OPTIONS } from '../plugin/read/article-record.ts';
import { processArticle } from '../plugin/read/process-article.ts';
import { formatTable, type Row } from './lib/report-table.ts';
import { HOSTILE_CASES, hostileFile, type HostileCase } from './pathological-cases.ts';

/** What one file may take at most, whatever is in it. */
export const PATHOLOGICAL_TARGET_MS = 1000;

export const PATHOLOGICAL_SIZES: Record<string, { label: string; bytes: number }> = {
  '100k': { label: '100 KB', bytes: 100 * 1024 },
  '2m': { label: '2 MiB', bytes: DEFAULT_PROCESS_OPTIONS.maxFileBytes },
};

export type PathologicalTiming = {
  name: string;
  part: HostileCase['part'];
  size: string;
  bytes: number;
  /** null: not run, because the case was over the target at a smaller size. */
  ms: number | null;
  /** `accepted`, `rejected: <first error>`, `skipped`, `threw: <message>` or `not run: ...`. */
  outcome: string;
};

export type PathologicalOptions = {
  sizes: string[];
  /** Case names; all when empty. */
  cases: string[];
  out?: string;
  log: (line: string) => void;
};

const fileName = (hostile: HostileCase, size: string) => `2021-01-01-${hostile.name}-${size}.md`;

const short = (message: string) => (message.split('\n', 1)[0] ?? '').slice(0, 60);

function outcomeOf(run: () => ReturnType<typeof processArticle>): string {
  try {
    const result = run();
    if (result.status !== 'rejected') return result.status;
    return `rejected: ${short(result.errors[0]?.message ?? '')}`;
  } catch (error) {
    return `threw: ${short(error instanceof Error ? error.message : String(error))}`;
  }
}

/** Small versions of every case first, so no figure includes compiling the code it runs. */
function warmUp(cases: readonly HostileCase[]): void {
  for (const hostile of cases) {
    outcomeOf(() =>
      processArticle('warm-up.md', hostileFile(hostile, 4096), DEFAULT_PROCESS_OPTIONS),
    );
  }
}

export function measurePathological(options: PathologicalOptions): PathologicalTiming[] {
  const cases = HOSTILE_CASES.filter(
    (hostile) => options.cases.length === 0 || options.cases.includes(hostile.name),
  );
  const unknown = options.cases.filter((name) => !cases.some((c) => c.name === name));
  if (unknown.length > 0) throw new Error(`unknown cases: ${unknown.join(', ')}`);
  if (options.out) mkdirSync(options.out, { recursive: true });
  warmUp(cases);
  const timings: PathologicalTiming[] = [];
  // Smallest first: a case over the target there is not run larger. Super-linear, it could take
  // hours at 2 MiB, and it fails either way.
  const sizes = options.sizes.map(sizeOf).sort((a, b) => a.bytes - b.bytes);
  const failed = new Map<string, string>();
  for (const { key, label, bytes } of sizes) {
    for (const hostile of cases) {
      const earlier = failed.get(hostile.name);
      const { ms, outcome } = earlier
        ? { ms: null, outcome: `not run: ${earlier}` }
        : measureOne(hostile, key, bytes, options.out);
      if (ms !== null && !within(ms)) failed.set(hostile.name, `${Math.round(ms)} ms at ${label}`);
      options.log(`pathological ${label} ${hostile.name}: ${formatMs(ms)} (${outcome})`);
      timings.push({ name: hostile.name, part: hostile.part, size: label, bytes, ms, outcome });
    }
  }
  return timings;
}

function measureOne(hostile: HostileCase, size: string, bytes: number, out?: string) {
  const file = fileName(hostile, size);
  const source = hostileFile(hostile, bytes);
  if (out) writeFileSync(path.join(out, file), source);
  const started = performance.now();
  const outcome = outcomeOf(() => processArticle(file, source, DEFAULT_PROCESS_OPTIONS));
  return { ms: performance.now() - started, outcome };
}

const formatMs = (ms: number | null) => (ms === null ? 'not run' : `${Math.round(ms)} ms`);

function sizeOf(key: string): { key: string; label: string; bytes: number } {
  const known = PATHOLOGICAL_SIZES[key];
  if (!known) throw new Error(`--sizes takes ${Object.keys(PATHOLOGICAL_SIZES).join(', ')}`);
  return { key, ...known };
}

const within = (ms: number | null) => ms !== null && ms <= PATHOLOGICAL_TARGET_MS;
const target = `<= ${PATHOLOGICAL_TARGET_MS / 1000} s`;

type Ran = PathologicalTiming & { ms: number };

/** For `npm run bench`: the slowest file of each size, and the total. */
export function pathologicalRows(timings: readonly PathologicalTiming[]): Row[] {
  const rows: Row[] = [];
  for (const size of new Set(timings.map((timing) => timing.size))) {
    const ofSize = timings.filter((timing) => timing.size === size);
    const ran = ofSize.filter((timing): timing is Ran => timing.ms !== null);
    const notRun = ofSize.filter((timing) => timing.ms === null).map((timing) => timing.name);
    const slowest = ran.reduce<Ran | undefined>((a, b) => (a && a.ms >= b.ms ? a : b), undefined);
    const total = ran.reduce((sum, timing) => sum + timing.ms, 0);
    const files = `${ran.length} files in ${(total / 1000).toFixed(1)} s`;
    rows.push({
      section: `pathological ${size}`,
      measure: 'slowest pathological file',
      value: [
        slowest ? `${(slowest.ms / 1000).toFixed(2)} s (${slowest.name}; ${files})` : 'none run',
        ...(notRun.length > 0
          ? [`not run, over the target when smaller: ${notRun.join(', ')}`]
          : []),
      ].join('; '),
      target,
      pass: notRun.length === 0 && slowest !== undefined && within(slowest.ms),
    });
  }
  return rows;
}

/** For the command line: every file, then the slowest. */
function caseRows(timings: readonly PathologicalTiming[]): Row[] {
  return timings.map((timing) => ({
    section: `pathological ${timing.size}`,
    measure: `${timing.part === 'body' ? 'body' : 'yaml'} ${timing.name}`,
    value: `${formatMs(timing.ms)} (${timing.outcome})`,
    target,
    pass: within(timing.ms),
  }));
}

function parseArgs(argv: string[]): PathologicalOptions {
  const value = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const list = (text: string | undefined) => (text ? text.split(',').filter(Boolean) : []);
  const sizes = list(value('sizes') ?? Object.keys(PATHOLOGICAL_SIZES).join(','));
  sizes.forEach(sizeOf);
  const out = value('out');
  return {
    sizes,
    cases: list(value('cases')),
    ...(out ? { out: path.resolve(out) } : {}),
    log: (line) => process.stderr.write(`${line}\n`),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const timings = measurePathological(parseArgs(process.argv.slice(2)));
  console.log(formatTable([...caseRows(timings), ...pathologicalRows(timings)]));
  if (!timings.every((timing) => within(timing.ms))) process.exitCode = 1;
}
