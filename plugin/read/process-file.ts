import type { ProcessOptions } from './article-record.ts';
import { contentKey, type FileOutcome } from './file-outcome.ts';
import { processArticle } from './process-article.ts';
import { readCorpusFile } from './read-corpus-file.ts';
import { storeResult, type StoredResult } from './stored-article.ts';

/**
 * Reads and processes one article file. Synchronous on purpose: it runs in worker threads (one
 * file at a time per thread), where async I/O only adds overhead.
 */
export function processFile(root: string, file: string, options: ProcessOptions): StoredResult {
  return processFileOutcome(root, file, options, undefined).result as StoredResult;
}

/**
 * Reads one article file and processes it, unless its text is still the one `known` names (a
 * previous build's key for this path): then only the key comes back, and the caller reuses the
 * result it keeps. The key is taken from the text this call read, never from the file's size or
 * time, so an edit is always seen.
 */
export function processFileOutcome(
  root: string,
  file: string,
  options: ProcessOptions,
  known: string | undefined,
): FileOutcome {
  // Oversized files are refused before they are read, so one huge file cannot exhaust memory.
  const read = readCorpusFile(root, file, options.maxFileBytes);
  if (!read.ok) {
    return { result: { status: 'rejected', errors: [{ message: read.message }], warnings: [] } };
  }
  const key = contentKey(file, read.text);
  if (key === known) return { key };
  try {
    return { result: storeResult(processArticle(file, read.text, options)), key };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const errors = [{ message: `could not process file: ${message}` }];
    return { result: { status: 'rejected', errors, warnings: [] }, key };
  }
}
