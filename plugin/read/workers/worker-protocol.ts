import type { ProcessOptions } from '../article-record.ts';
import type { FileOutcome } from '../file-outcome.ts';

/** What the pool (worker-pool.ts) and its workers (process-worker.ts) exchange. */

export type WorkerInput = {
  /**
   * Two Int32 counters the worker writes and the pool's watchdog reads: files started and files
   * finished by this worker. While they differ a file is being processed. Shared memory, because
   * a worker busy in synchronous code answers no message.
   */
  progress: SharedArrayBuffer;
};

/**
 * Root and options come with each batch, so one warm worker can serve any corpus. `known` holds,
 * per file, the key of the text whose result the caller already has (null: none).
 */
export type BatchRequest = {
  root: string;
  options: ProcessOptions;
  files: string[];
  known: (string | null)[];
};
/** One outcome per file of the request, in its order. */
export type BatchResponse = { outcomes: FileOutcome[] };

export const STARTED = 0;
export const FINISHED = 1;
export const PROGRESS_BYTES = 2 * Int32Array.BYTES_PER_ELEMENT;
