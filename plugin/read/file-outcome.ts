import { createHash } from 'node:crypto';
import type { StoredResult } from './stored-article.ts';

/**
 * What reading one file gives the corpus. `key` names the text the result was made from: a file's
 * result is a function of its path, its text and the code that processed it (whose version the
 * cache keeps apart), so the key is all an incremental build needs to reuse it.
 * - `{ result, key }`: processed;
 * - `{ result }` (no key): not judged on its text (unreadable, past its deadline, its worker
 *   crashed), so never reused: the next build tries again;
 * - `{ key }` (no result): the text is still the one the caller already knew by that key, and was
 *   not processed again.
 */
export type FileOutcome =
  { result: StoredResult; key?: string } | { result?: undefined; key: string };

/**
 * The key of a file's text. Hashed as decoded, because processing sees only the decoded text (two
 * byte sequences that decode alike give one result); with the path, because the slug comes from it.
 */
export function contentKey(file: string, text: string): string {
  return createHash('sha256').update(file).update('\0').update(text).digest('hex');
}
