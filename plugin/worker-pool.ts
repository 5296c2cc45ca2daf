import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ProcessOptions } from './article-record.ts';
import { processFile } from './process-file.ts';
import type { BatchRequest, BatchResponse, WorkerInput } from './process-worker.ts';
import type { StoredResult } from './stored-article.ts';

/** Below this many files, starting threads costs more than it saves. */
export const POOL_THRESHOLD = 300;
const BATCH_SIZE = 25;

/**
 * Processes files in parallel on worker threads (one per core), or inline for small corpora.
 * Results come back in input order.
 */
export async function processFiles(
  root: string,
  files: readonly string[],
  options: ProcessOptions,
  { threads = availableParallelism(), poolThreshold = POOL_THRESHOLD } = {},
): Promise<StoredResult[]> {
  if (files.length <= poolThreshold || threads < 2) {
    return files.map((file) => processFile(root, file, options));
  }
  return runPool(root, files, options, threads);
}

async function runPool(
  root: string,
  files: readonly string[],
  options: ProcessOptions,
  threads: number,
): Promise<StoredResult[]> {
  const results = new Array<StoredResult>(files.length);
  const index = new Map(files.map((file, i) => [file, i]));
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH_SIZE) batches.push(files.slice(i, i + BATCH_SIZE));

  const workerData: WorkerInput = { root, options };
  const workers = Array.from(
    { length: Math.min(threads, batches.length) },
    () => new Worker(new URL('./process-worker.mjs', import.meta.url), { workerData }),
  );
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            // Two batches in flight per worker, so it never idles while we take its results.
            let inFlight = 0;
            const send = () => {
              const batch = batches[next];
              if (!batch) {
                if (inFlight === 0) resolve();
                return;
              }
              inFlight++;
              worker.postMessage({ id: next++, files: batch } satisfies BatchRequest);
            };
            worker.on('message', (response: BatchResponse) => {
              inFlight--;
              for (const [file, result] of response.results)
                results[index.get(file) as number] = result;
              send();
            });
            worker.once('error', reject);
            worker.once('exit', (code) => {
              if (code !== 0) reject(new Error(`content worker exited with code ${code}`));
            });
            send();
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
