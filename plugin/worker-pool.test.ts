import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROCESS_OPTIONS } from './article-record.ts';
import { scanCorpus } from './scan-corpus.ts';
import { processFiles } from './worker-pool.ts';

const FIXTURE = path.join(import.meta.dirname, '__fixtures__', 'corpus-basic');

describe('processFiles', () => {
  it('gives the same results, in order, on worker threads as inline', async () => {
    const files = scanCorpus(FIXTURE);
    const inline = await processFiles(FIXTURE, files, DEFAULT_PROCESS_OPTIONS, { threads: 1 });
    const pooled = await processFiles(FIXTURE, files, DEFAULT_PROCESS_OPTIONS, {
      threads: 2,
      poolThreshold: 0,
    });
    expect(inline.map((r) => r.status)).toContain('rejected');
    expect(pooled).toEqual(inline);
  });
});
