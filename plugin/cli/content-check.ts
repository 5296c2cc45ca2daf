import path from 'node:path';
import { createCorpus } from '../model/corpus.ts';
import {
  problemLines,
  reportSummary,
  skippedLines,
  skippedSummary,
} from '../report/format-problems.ts';

/**
 * `npm run content:check`: checks the corpus (CONTENT_DIR, default `content/`) without building,
 * prints every problem of every file as `file:line field: message`, how many files were skipped
 * for each reason and a summary, and exits 1 when any file would be left out of the build.
 * `--verbose` (`npm run content:check -- --verbose`) also lists every skipped file as
 * `file: reason`; without it, a hint on stderr says so when files were skipped.
 */
async function main(args: string[]): Promise<number> {
  const verbose = args.includes('--verbose');
  const corpus = createCorpus({ root: path.resolve(process.env.CONTENT_DIR ?? 'content') });
  try {
    await corpus.load();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const { report } = corpus.model();
  const display = (file: string) => path.relative(process.cwd(), path.join(corpus.root, file));
  for (const line of problemLines(report, display).all) console.log(line);
  if (verbose) for (const line of skippedLines(report, display)) console.log(line);
  const skipped = skippedSummary(report);
  if (skipped !== null) console.log(skipped);
  console.log(reportSummary(report));
  if (skipped !== null && !verbose) {
    console.error(
      'hint: add --verbose to list the skipped files (npm run content:check -- --verbose)',
    );
  }
  return report.rejected.length > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
