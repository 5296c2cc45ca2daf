import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ProcessOptions } from './article-record.ts';
import { processArticle } from './process-article.ts';
import { storeResult, type StoredResult } from './stored-article.ts';

/**
 * Reads and processes one article file. Synchronous on purpose: it runs in worker threads (one
 * file at a time per thread) or inline for small corpora, where async I/O only adds overhead.
 */
export function processFile(root: string, file: string, options: ProcessOptions): StoredResult {
  const absolute = path.join(root, file);
  try {
    // Refuse oversized files before reading them, so one huge file cannot exhaust memory.
    const { size } = statSync(absolute);
    if (size > options.maxFileBytes) {
      return {
        status: 'rejected',
        errors: [{ message: `file is ${size} bytes, over the limit of ${options.maxFileBytes}` }],
        warnings: [],
      };
    }
    return storeResult(processArticle(file, readFileSync(absolute, 'utf8'), options));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      status: 'rejected',
      errors: [{ message: `could not process file: ${message}` }],
      warnings: [],
    };
  }
}
