import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PROCESS_OPTIONS } from '../article-record.ts';
import { processFile } from '../process-file.ts';
import { scanCorpus } from '../scan-corpus.ts';
import { longArticle } from '../../test-support/long-article.ts';
import { deadlineMessage, processFiles } from './worker-pool.ts';

const FIXTURE = path.join(import.meta.dirname, '..', '..', '__fixtures__', 'corpus-basic');
// A long article, whose 10 MB body takes several seconds, against a deadline that an ordinary file
// (a few ms) meets even on a very busy machine.
const OPTIONS = { ...DEFAULT_PROCESS_OPTIONS, maxFileBytes: 12_000_000, maxBodyChars: 12_000_000 };
const DEADLINE_MS = 1_000;
const LONG = 'news/2026-09-01-a-long-read.md';

describe('processFiles', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('gives the same results, in order, as processing each file on the main thread', async () => {
    const files = scanCorpus(FIXTURE);
    const inline = files.map((file) => processFile(FIXTURE, file, DEFAULT_PROCESS_OPTIONS));
    expect(inline.map((r) => r.status)).toContain('rejected');
    expect(await processFiles(FIXTURE, files, DEFAULT_PROCESS_OPTIONS)).toEqual(inline);
    const pooled = await processFiles(FIXTURE, files, DEFAULT_PROCESS_OPTIONS, {
      threads: 2,
      poolThreshold: 0,
    });
    expect(pooled).toEqual(inline);
  });

  async function corpusWithLongArticle(copies: number) {
    dir = await mkdtemp(path.join(tmpdir(), 'pool-'));
    await cp(FIXTURE, dir, { recursive: true });
    // Sorted first, so the files after it in its worker's batches have to be handed on.
    await writeFile(path.join(dir, LONG), longArticle('a-long-read', 'A long read', 10_000_000));
    const ferry = path.join(dir, 'news/2026-09-02-ferry-fares.md');
    await mkdir(path.join(dir, 'news', 'more'));
    for (let i = 0; i < copies; i++) {
      await cp(ferry, path.join(dir, `news/more/2026-09-02-copy-${i}.md`));
    }
    const files = scanCorpus(dir);
    expect(files[0]).toBe(LONG);
    return { root: dir, files };
  }

  it.each([
    ['one worker', { threads: 1 }, 0],
    // Three batches: the stuck worker holds the first and, in flight, the third.
    ['several workers', { threads: 2, poolThreshold: 0 }, 50],
  ])(
    'rejects a file past the deadline and still processes every other (%s)',
    async (_name, pool, copies) => {
      const { root, files } = await corpusWithLongArticle(copies);
      const results = await processFiles(root, files, OPTIONS, {
        ...pool,
        deadlineMs: DEADLINE_MS,
      });
      expect(results[0]).toEqual({
        status: 'rejected',
        errors: [{ message: deadlineMessage(DEADLINE_MS) }],
        warnings: [],
      });
      expect(results.slice(1)).toEqual(
        files.slice(1).map((file) => processFile(root, file, OPTIONS)),
      );
    },
  );
});
