import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ProcessOptions } from './article-record.ts';
import { processFile } from './process-file.ts';
import type { BatchRequest, BatchResponse, WorkerInput } from './process-worker.ts';
import type { StoredResult } from './stored-article.ts';

/** Below this many files, starting threads costs more than it saves. */
export const POOL_THRESHOLD = 300;
const BATCH_SIZE = 25;

const WORKER_SOURCE = fileURLToPath(new URL('./process-worker.ts', import.meta.url));
/** Fallback entry: registers tsx in each worker (about 0.4 s of start-up per worker). */
const TSX_ENTRY = new URL('./process-worker.mjs', import.meta.url);

let compiled: Promise<URL> | undefined;

/**
 * The worker as one plain JavaScript module, bundled once per process with rolldown (Vite's own
 * bundler, so always installed alongside it): starting a worker then costs no TypeScript loader,
 * which would add a loader thread and ~0.4 s of start-up to every worker. Packages stay external;
 * the file goes into node_modules/.cache so they resolve as from plugin/. Its name is a hash of
 * its content, written atomically, so concurrent builds never read a half-written file. Falls back
 * to the tsx entry if anything goes wrong.
 */
export function workerEntry(): Promise<URL> {
  compiled ??= compileWorker().catch(() => TSX_ENTRY);
  return compiled;
}

async function compileWorker(): Promise<URL> {
  const { rolldown } = await import('rolldown');
  const bundle = await rolldown({
    input: WORKER_SOURCE,
    platform: 'node',
    logLevel: 'silent',
    external: (id) => !id.startsWith('.') && !path.isAbsolute(id),
  });
  let code: string;
  try {
    const { output } = await bundle.generate({ format: 'esm' });
    code = output[0].code;
  } finally {
    await bundle.close();
  }
  const dir = path.resolve(
    path.dirname(WORKER_SOURCE),
    '..',
    'node_modules',
    '.cache',
    'news-corpus',
  );
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const file = path.join(dir, `process-worker-${hash}.mjs`);
  if (!existsSync(file)) {
    await mkdir(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temporary, code);
    await rename(temporary, file);
  }
  return pathToFileURL(file);
}

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
  const entry = await workerEntry();
  const workers = Array.from(
    { length: Math.min(threads, batches.length) },
    () => new Worker(entry, { workerData }),
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
