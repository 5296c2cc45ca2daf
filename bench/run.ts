/**
 * `npm run bench`: times hostile files (bench/pathological.ts), builds generated corpora (and the
 * same corpora with Hugo), measures the bundle, the first view's data, Lighthouse, a long scroll of
 * the feed and a dev-server edit, scores story clustering (bench/story-quality.ts), then prints one
 * table and writes it to bench/results/latest.json (and a dated copy). See bench/README.md.
 *
 *   npm run bench -- [--sizes 1k,10k] [--with-100k] [--runs 3] [--skip-browser] [--skip-hugo]
 *                    [--hugo-100k] [--corpora DIR] [--skip-pathological] [--skip-stories]
 *                    [--skip-incremental]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import {
  DEFAULT_WINDOW,
  apiPaths,
  topSort,
  type ArticleSummary,
  type Page,
} from '../api/contract.ts';
import { DEFAULT_SEED, generateCorpus, parseCount } from './generate-corpus.ts';
import { launchBrowser } from './lib/browser.ts';
import { bundleSizes, type BundleSizes } from './lib/bundle-sizes.ts';
import { measureDevEdit, type DevEditResult } from './lib/dev-edit-latency.ts';
import { measureFirstView, type FirstViewData } from './lib/first-view-data.ts';
import { kb, mb, seconds, sizeLabel } from './lib/format.ts';
import { runLighthouse, type LighthouseScores } from './lib/lighthouse-audit.ts';
import { machineInfo } from './lib/machine-info.ts';
import { BUILD_LIMITS, buildRows, measureBuild, type BuildFigures } from './lib/measure-builds.ts';
import {
  incrementalRows,
  measureIncremental,
  type IncrementalFigures,
} from './lib/measure-incremental.ts';
import { formatTable, type Row } from './lib/report-table.ts';
import { scrollFeed, type ScrollResult } from './lib/scroll-feed.ts';
import { startVite } from './lib/servers.ts';
import { median, round } from './lib/stats.ts';
import { measureStorySet, resultForJson, storySummaryRow } from './lib/measure-stories.ts';
import { measureStoryCost } from './story-cost.ts';
import { STORY_SET_NAMES, storySets } from './story-quality.ts';
import {
  measurePathological,
  PATHOLOGICAL_SIZES,
  pathologicalRows,
  type PathologicalTiming,
} from './pathological.ts';

type Options = {
  sizes: number[];
  runs: number;
  skipBrowser: boolean;
  skipHugo: boolean;
  /** Hugo holds the whole corpus in memory: at 100k (~1.9 GB of YAML) only when asked. */
  hugo100k: boolean;
  skipPathological: boolean;
  skipStories: boolean;
  /** Without the rebuild after 100 changes (issue 10). */
  skipIncremental: boolean;
  /**
   * Where generated corpora live. Outside the checkout by default: a corpus inside the Vite root
   * is also scanned by every dev server of the project, and ignored paths are never watched.
   */
  corpora: string;
};

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const sizes = (value('sizes') ?? '1k,10k').split(',').map(parseCount);
  if (argv.includes('--with-100k') && !sizes.includes(100_000)) sizes.push(100_000);
  const runs = Number(value('runs') ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer`);
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    runs,
    skipBrowser: argv.includes('--skip-browser'),
    skipHugo: argv.includes('--skip-hugo'),
    hugo100k: argv.includes('--hugo-100k'),
    skipPathological: argv.includes('--skip-pathological'),
    skipStories: argv.includes('--skip-stories'),
    skipIncremental: argv.includes('--skip-incremental'),
    corpora: value('corpora') ?? path.join(tmpdir(), 'news-reader-corpora'),
  };
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const WORK = path.join(tmpdir(), 'news-reader-bench');
const errorText = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

type Details = {
  corpora: Record<string, unknown>;
  builds: BuildFigures[];
  incremental: IncrementalFigures[];
  hugo: BuildFigures[];
  bundle?: BundleSizes;
  firstView: Record<string, FirstViewData>;
  lighthouse: LighthouseScores[][];
  scroll?: ScrollResult;
  devEdit?: DevEditResult;
  pathological?: PathologicalTiming[];
  stories?: ReturnType<typeof resultForJson>[];
};

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const machine = machineInfo();
  const rows: Row[] = [];
  const details: Details = {
    corpora: {},
    builds: [],
    incremental: [],
    hugo: [],
    firstView: {},
    lighthouse: [],
  };
  mkdirSync(WORK, { recursive: true });
  log(
    `bench: ${machine.cpus} cpus (${machine.cpuModel}), ${machine.memoryGiB} GiB, node ${machine.node}, load ${machine.loadAverage}`,
  );

  // Hostile files, one by one in this process: a minute or two, unless one of them stalls.
  if (!options.skipPathological) {
    const sizes = Object.keys(PATHOLOGICAL_SIZES);
    details.pathological = measurePathological({ sizes, cases: [], log });
    rows.push(...pathologicalRows(details.pathological));
  }

  // Corpora and our builds.
  const corpusDir = (count: number) => path.resolve(options.corpora, sizeLabel(count));
  for (const count of options.sizes) {
    const started = performance.now();
    const { manifest, reused } = generateCorpus({ seed: DEFAULT_SEED, count }, corpusDir(count));
    details.corpora[sizeLabel(count)] = { ...manifest, reused };
    log(
      `corpus ${sizeLabel(count)}: ${reused ? 'reused' : 'generated'} (${mb(manifest.bytes)}) in ${seconds(performance.now() - started)}`,
    );
  }
  for (const count of options.sizes) {
    const figures = await measureBuild(
      'vite',
      corpusDir(count),
      count,
      path.join(WORK, `build-${sizeLabel(count)}`),
      options.runs,
      log,
    );
    details.builds.push(figures);
    rows.push(...buildRows(figures, BUILD_LIMITS[count]));
  }
  const build = (count: number) =>
    details.builds.find((figures) => figures.count === count && !figures.error);
  const [b10k, b100k] = [build(10_000), build(100_000)];
  if (b10k && b100k) {
    const ratio = b100k.medianMs / b10k.medianMs;
    rows.push({
      section: 'build 100k/10k',
      measure: 'wall time ratio',
      value: ratio.toFixed(2),
      target: '<= 11',
      pass: ratio <= 11,
    });
  }

  // Publishing again: 100 changes, with the cache and the previous output (10k and up).
  if (!options.skipIncremental) {
    for (const count of options.sizes.filter((size) => size >= 10_000)) {
      const figures = await measureIncremental(
        corpusDir(count),
        count,
        path.join(WORK, `incremental-${sizeLabel(count)}`),
        log,
      );
      details.incremental.push(figures);
      rows.push(...incrementalRows(figures));
    }
  }

  // Hugo on the same corpora.
  if (!options.skipHugo && machine.hugo) {
    for (const count of options.sizes) {
      if (count > 10_000 && !options.hugo100k) {
        rows.push({
          section: `hugo ${sizeLabel(count)}`,
          measure: 'skipped',
          value: 'add --hugo-100k',
        });
        continue;
      }
      const figures = await measureBuild(
        'hugo',
        corpusDir(count),
        count,
        path.join(WORK, `hugo-${sizeLabel(count)}`),
        options.runs,
        log,
      );
      details.hugo.push(figures);
      rows.push(...buildRows(figures));
      const ours = build(count);
      if (ours && !figures.error) {
        rows.push({
          section: `hugo ${sizeLabel(count)}`,
          measure: 'ours / Hugo wall time',
          value: (ours.medianMs / figures.medianMs).toFixed(2),
        });
      }
    }
  } else {
    rows.push({
      section: 'hugo',
      measure: 'skipped',
      value: machine.hugo ? '--skip-hugo' : 'hugo not installed',
    });
  }

  // The bundle does not depend on the corpus: measure the smallest build.
  const smallest = details.builds.find((figures) => !figures.error);
  if (smallest) {
    const sizes = bundleSizes(smallest.outDir);
    details.bundle = sizes;
    rows.push({
      section: 'bundle',
      measure: `entry JS+CSS gzip (${sizes.entry.length} files index.html loads)`,
      value: `${kb(sizes.entryGzip)} (${sizes.entry.map((file) => `${path.basename(file.file)} ${kb(file.gzip)}`).join(', ')})`,
      target: '<= 120 KB',
      pass: sizes.entryGzip <= 120 * 1024,
    });
    for (const file of sizes.lazy) {
      rows.push({
        section: 'bundle',
        measure: `lazy ${path.basename(file.file)}`,
        value: `${kb(file.gzip)} gzip (${kb(file.bytes)} raw)`,
      });
    }
  }

  if (!options.skipBrowser) await browserSections(options, rows, details, build);

  const dev = build(10_000) ?? smallest;
  if (dev) {
    try {
      log(`dev edit on the ${sizeLabel(dev.count)} corpus...`);
      const result = await measureDevEdit(corpusDir(dev.count), Math.max(3, options.runs));
      details.devEdit = result;
      const ms = median(result.editsMs);
      rows.push({
        section: `dev ${sizeLabel(dev.count)}`,
        measure: `edit one file -> served, median of ${result.editsMs.length}`,
        value: `${Math.round(ms)} ms (${result.editsMs.map((v) => Math.round(v)).join(' / ')}; API up after ${seconds(result.startupMs)}, watcher live ${seconds(result.watcherLiveMs)} later${result.discarded ? `, ${result.discarded} edits redone after a Vite restart` : ''})`,
        target: '< 200 ms',
        pass: ms < 200,
      });
    } catch (error) {
      rows.push({
        section: 'dev',
        measure: 'edit one file -> served',
        value: `error: ${errorText(error)}`,
        target: '< 200 ms',
        pass: false,
      });
    }
  }

  // Story clustering's precision and recall on the labelled sets (the largest corpus up to 10k).
  const storySize = [...options.sizes].reverse().find((count) => count <= 10_000);
  if (!options.skipStories && storySize !== undefined) {
    try {
      const sets = storySets({
        count: storySize,
        corpora: options.corpora,
        sets: STORY_SET_NAMES,
        log,
      });
      details.stories = [];
      for (const set of sets) {
        log(`story quality: ${set.name}...`);
        const result = await measureStorySet(set);
        details.stories.push(resultForJson(result, 0));
        rows.push(storySummaryRow(result));
      }
    } catch (error) {
      rows.push({ section: 'stories', measure: 'error', value: errorText(error), pass: false });
    }
  }
  // What clustering costs on the largest corpus (bench/story-cost.ts).
  const largest = Math.max(...options.sizes);
  if (!options.skipStories) {
    try {
      log(`story cost at ${largest}...`);
      rows.push(...(await measureStoryCost(largest, options.corpora)).rows);
    } catch (error) {
      rows.push({ section: 'stories', measure: 'cost', value: errorText(error), pass: false });
    }
  }

  // The machine is shared: the load during the run says how much the times can be trusted.
  const loadAtEnd = round(loadavg()[0] ?? 0, 2);
  const results = { machine: { ...machine, loadAtEnd }, options, rows, details };
  const table = formatTable(rows);
  mkdirSync('bench/results', { recursive: true });
  const json = `${JSON.stringify({ ...results, table }, null, 2)}\n`;
  writeFileSync('bench/results/latest.json', json);
  writeFileSync(`bench/results/${machine.date.slice(0, 16).replace(':', '-')}.json`, json);
  console.log(
    `news-reader bench, ${machine.date} | ${machine.cpus} cpus ${machine.cpuModel} | ${machine.memoryGiB} GiB | node ${machine.node} | load ${machine.loadAverage} -> ${loadAtEnd}`,
  );
  console.log(table);
}

async function browserSections(
  options: Options,
  rows: Row[],
  details: Details,
  build: (count: number) => BuildFigures | undefined,
) {
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    // First view's data at each size (1k and 10k by default).
    for (const count of options.sizes.filter((n) => n <= 10_000)) {
      const figures = build(count);
      if (!figures) continue;
      const server = await startVite('preview', { outDir: figures.outDir });
      try {
        const data = await measureFirstView(browser, server.url);
        details.firstView[sizeLabel(count)] = data;
        rows.push({
          section: `first view ${sizeLabel(count)}`,
          measure: 'data fetched on / (gzip)',
          value: `${kb(data.gzip)} in ${data.requests.length} requests (${data.requests.map((r) => `${r.path} ${kb(r.gzip)}`).join(', ')})`,
          target: '<= 30 KB',
          pass: data.gzip <= 30 * 1024,
        });
        if (count === 10_000) {
          log('scrolling the 10k feed through 2,000 stories...');
          details.scroll = await scrollFeed(browser, server.url);
          rows.push(...scrollRows(details.scroll));
        }
      } catch (error) {
        rows.push({
          section: `first view ${sizeLabel(count)}`,
          measure: 'error',
          value: errorText(error),
          pass: false,
        });
      } finally {
        await server.stop();
      }
    }
    const [small, large] = [details.firstView['1k'], details.firstView['10k']];
    if (small && large) {
      const growth = large.gzip / small.gzip - 1;
      rows.push({
        section: 'first view 1k vs 10k',
        measure: 'same requests, size change',
        value: `${(growth * 100).toFixed(1)}% (${kb(small.gzip)} -> ${kb(large.gzip)})`,
        target: 'same paths, within 10%',
        pass: Math.abs(growth) <= 0.1 && samePaths(small, large),
      });
    }
  } catch (error) {
    rows.push({ section: 'browser', measure: 'error', value: errorText(error), pass: false });
  } finally {
    await browser?.close();
  }
  await lighthouseSection(options, rows, details);
}

const samePaths = (a: FirstViewData, b: FirstViewData) =>
  a.requests
    .map((r) => r.path)
    .sort()
    .join() ===
  b.requests
    .map((r) => r.path)
    .sort()
    .join();

function scrollRows(result: ScrollResult): Row[] {
  const section = 'scroll 10k';
  const rows: Row[] = result.samples.map((sample) => ({
    section,
    measure: `after ${sample.stories} stories`,
    value: `${sample.domNodes} DOM nodes, ${sample.articlesInDom} articles in DOM, heap ${mb(sample.heapUsed)} (${sample.seconds.toFixed(0)} s)`,
  }));
  const last = result.samples[result.samples.length - 1];
  const at500 = result.samples.find((sample) => sample.stories === 500);
  const reached = result.reached >= 2000;
  rows.push({
    section,
    measure: 'DOM nodes after 2,000 stories',
    value:
      reached && last
        ? String(last.domNodes)
        : `only ${result.reached} stories reached in ${result.seconds.toFixed(0)} s`,
    target: '<= 3000',
    pass: reached && last !== undefined && last.domNodes <= 3000,
  });
  if (reached && last && at500) {
    // The stories' data must stay (to scroll back); anything beyond ~2 KB a story is a leak.
    const perStory = (last.heapUsed - at500.heapUsed) / (last.stories - at500.stories);
    rows.push({
      section,
      measure: 'heap growth 500 -> 2,000 stories',
      value: `${mb(last.heapUsed - at500.heapUsed)} (${(perStory / 1024).toFixed(2)} KB per story)`,
      target: 'flat: <= 2 KB per story',
      pass: perStory <= 2048,
    });
  }
  return rows;
}

async function lighthouseSection(options: Options, rows: Row[], details: Details) {
  const outDir = path.join(WORK, 'build-demo');
  log('building the demo corpus for Lighthouse...');
  const demo = await measureBuild('vite', path.resolve('content'), 0, outDir, 1, log, 'demo');
  if (demo.error || !existsSync(path.join(outDir, 'index.html'))) {
    rows.push({
      section: 'lighthouse',
      measure: 'demo build',
      value: demo.error ?? 'no index.html',
      pass: false,
    });
    return;
  }
  const server = await startVite('preview', { outDir });
  try {
    const feed = JSON.parse(
      readFileSync(
        path.join(outDir, apiPaths.list({ kind: 'feed' }, topSort(DEFAULT_WINDOW), 1)),
        'utf8',
      ),
    ) as Page<ArticleSummary>;
    const slug = feed.items[0]?.slug;
    const pages = ['/', ...(slug ? [`/articles/${encodeURIComponent(slug)}`] : [])];
    const lighthouseRuns = Math.min(options.runs, 3);
    for (const pagePath of pages) {
      const runs: LighthouseScores[] = [];
      for (let i = 0; i < lighthouseRuns; i++) {
        log(`lighthouse ${pagePath} run ${i + 1}/${lighthouseRuns}...`);
        runs.push(await runLighthouse(`${server.url}${pagePath}`));
      }
      details.lighthouse.push(runs);
      rows.push(...lighthouseRows(pagePath, runs));
    }
  } catch (error) {
    rows.push({ section: 'lighthouse', measure: 'error', value: errorText(error), pass: false });
  } finally {
    await server.stop();
  }
}

function lighthouseRows(pagePath: string, runs: LighthouseScores[]): Row[] {
  const section = pagePath === '/' ? 'lighthouse /' : 'lighthouse article';
  const med = (pick: (scores: LighthouseScores) => number) => median(runs.map(pick));
  const of = `median of ${runs.length}, mobile`;
  const failing = [...new Set(runs.flatMap((run) => run.failing))];
  const rows: Row[] = [
    {
      section,
      measure: `performance (${of})`,
      value: String(med((r) => r.performance)),
      target: '>= 95',
      pass: med((r) => r.performance) >= 95,
    },
    {
      section,
      measure: 'accessibility',
      value: String(med((r) => r.accessibility)),
      target: '100',
      pass: med((r) => r.accessibility) === 100,
    },
    {
      section,
      measure: 'best practices',
      value: String(med((r) => r.bestPractices)),
      target: '100',
      pass: med((r) => r.bestPractices) === 100,
    },
    {
      section,
      measure: 'SEO',
      value: String(med((r) => r.seo)),
      target: '>= 95',
      pass: med((r) => r.seo) >= 95,
    },
    {
      section,
      measure: 'LCP / TBT',
      value: `${Math.round(med((r) => r.lcpMs))} ms / ${Math.round(med((r) => r.tbtMs))} ms`,
    },
    {
      section,
      measure: 'CLS',
      value: String(
        round(
          med((r) => r.cls),
          3,
        ),
      ),
      target: '0',
      pass: med((r) => r.cls) === 0,
    },
  ];
  if (failing.length > 0)
    rows.push({ section, measure: 'audits not passed', value: failing.join(', ') });
  return rows;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
