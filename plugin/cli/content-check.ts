import path from 'node:path';
import { createCorpus } from '../corpus.ts';
import { problemLines, reportSummary } from '../format-problems.ts';

/**
 * `npm run content:check`: checks the corpus (CONTENT_DIR, default `content/`) without building,
 * prints every problem of every file as `file:line field: message` and a summary, and exits 1 when
 * any file would be left out of the build.
 */
async function main(): Promise<number> {
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
  console.log(reportSummary(report));
  return report.rejected.length > 0 ? 1 : 0;
}

process.exitCode = await main();
