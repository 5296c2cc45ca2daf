import { parentPort, workerData } from 'node:worker_threads';
import type { ProcessOptions } from './article-record.ts';
import { processFile } from './process-file.ts';
import type { StoredResult } from './stored-article.ts';

/** Worker side of the pool: processes batches of files and posts back compact results. */
export type WorkerInput = { root: string; options: ProcessOptions };
export type BatchRequest = { id: number; files: string[] };
export type BatchResponse = { id: number; results: [string, StoredResult][] };

const { root, options } = workerData as WorkerInput;

parentPort?.on('message', (request: BatchRequest) => {
  const results = request.files.map((file): [string, StoredResult] => [
    file,
    processFile(root, file, options),
  ]);
  parentPort?.postMessage({ id: request.id, results } satisfies BatchResponse);
});
