import { parentPort, workerData } from 'node:worker_threads';
import { DEFAULT_PROCESS_OPTIONS } from '../article-record.ts';
import { processArticle } from '../process-article.ts';
import { processFileOutcome } from '../process-file.ts';
import { storeResult } from '../stored-article.ts';
import {
  FINISHED,
  STARTED,
  type BatchRequest,
  type BatchResponse,
  type WorkerInput,
} from './worker-protocol.ts';

/** Worker side of the pool: processes batches of files, saying in shared memory when each starts. */

/** An ordinary article, with the parts most articles have. */
const WARM_UP = `---
title: "Warm-up"
excerpt: "A story that is processed once, before any file."
publishedDateTime: 2000-01-01T08:00:00Z
webUrl: "https://warm-up.example/story?utm_source=feed"
provider:
  name: Warm-up
  domain: warm-up.example
topics: [Warm-up]
images:
  - url: "https://warm-up.example/image.jpg"
related:
  - title: "Related"
    excerpt: "Related coverage."
    publishedDateTime: 2000-01-01T09:00:00Z
    webUrl: "https://elsewhere.example/related"
    provider:
      name: Elsewhere
      domain: elsewhere.example
---
## A heading

A paragraph with *emphasis*, **strength** and [a link](https://warm-up.example/more).

- a list
- of items
`;

// The first run of each code path compiles it (tens of ms): done here, so that it does not count
// against the first file's deadline.
try {
  storeResult(processArticle('2000-01-01-warm-up.md', WARM_UP, DEFAULT_PROCESS_OPTIONS));
} catch {
  // Only a warm-up.
}

const progress = new Int32Array((workerData as WorkerInput).progress);
let count = 0;

parentPort?.on('message', ({ root, options, files, known }: BatchRequest) => {
  const outcomes = files.map((file, i) => {
    Atomics.store(progress, STARTED, ++count);
    const outcome = processFileOutcome(root, file, options, known[i] ?? undefined);
    Atomics.store(progress, FINISHED, count);
    return outcome;
  });
  parentPort?.postMessage({ outcomes } satisfies BatchResponse);
});
