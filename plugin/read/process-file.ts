import type { ProcessOptions } from './article-record.ts';
import { processArticle } from './process-article.ts';
import { readCorpusFile } from './read-corpus-file.ts';
import { storeResult, type StoredResult } from './stored-article.ts';

/**
 * Reads and processes one article file. Synchronous on purpose: it runs in worker threads (one
 * file at a time per thread), where async I/O only adds overhead.
 */
export function processFile(root: string, file: string, options: ProcessOptions): StoredResult {
  // Oversized files are refused before they are read, so one huge file cannot exhaust memory.
  const read = readCorpusFile(root, file, options.maxFileBytes);
  if (!read.ok) return { status: 'rejected', errors: [{ message: read.message }], warnings: [] };
  try {
    return storeResult(processArticle(file, read.text, options));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      status: 'rejected',
      errors: [{ message: `could not process file: ${message}` }],
      warnings: [],
    };
  }
}
