import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ProcessOptions } from '../article-record.ts';
import type { FileOutcome } from '../file-outcome.ts';
import type { StoredResult } from '../stored-article.ts';
import { workerEntry } from './worker-entry.ts';
import {
  FINISHED,
  PROGRESS_BYTES,
  STARTED,
  type BatchRequest,
  type BatchResponse,
  type WorkerInput,
} from './worker-protocol.ts';

/** Up to this many files, one worker: starting more costs more than it saves. */
export const POOL_THRESHOLD = 300;
const BATCH_SIZE = 25;
const CORES = availableParallelism();

/**
 * The longest one file may take to process before it is rejected. Ordinary articles take a few
 * ms; the largest file the size limit lets through, 2 MB of ordinary markdown, 1-2 s on a busy
 * 2-core machine; hostile files (runs of emphasis markers, say) have taken 35-60 s. 5 s leaves
 * every honest file room on a busy machine, while a hostile one holds up a build or a dev edit for
 * seconds, not a minute.
 */
export const DEFAULT_FILE_DEADLINE_MS = 5_000;

export type PoolOptions = {
  /** Most workers for this call; defaults to the available cores. */
  threads?: number;
  /** Up to this many files, one worker does them all. */
  poolThreshold?: number;
  /** A file still being processed after this long is rejected and its worker replaced. */
  deadlineMs?: number;
};

export function deadlineMessage(deadlineMs: number): string {
  return `took longer than ${deadlineMs / 1000} s to process; rejected (is it pathological markdown or YAML?)`;
}

type Job = {
  root: string;
  options: ProcessOptions;
  deadlineMs: number;
  threads: number;
  outcomes: FileOutcome[];
  left: number;
  failed: boolean;
  resolve: (outcomes: FileOutcome[]) => void;
  reject: (error: Error) => void;
};

type Task = { job: Job; index: number; file: string; known: string | null };

type Slot = {
  worker: Worker;
  progress: Int32Array;
  /** Files sent and not answered yet, in the order the worker takes them. */
  inFlight: Task[];
  /** Sizes of the batches in flight. */
  batches: number[];
  /** Files answered so far: the worker's file number `n` is `inFlight[n - answered - 1]`. */
  answered: number;
  /** The watchdog's last sighting: the number of the file in progress, and when first seen. */
  seen: number;
  seenAt: number;
  retired: boolean;
};

/**
 * Processes files on worker threads, so that no file, however slow, blocks the main thread (the
 * dev server keeps answering) and a file past its deadline can be stopped: synchronous JavaScript
 * cannot be interrupted, but its worker can be terminated. Each worker counts the files it starts
 * and finishes in shared memory; a watchdog on the main thread terminates a worker that has been on
 * the same file for longer than the deadline, rejects that file, and puts the rest of the worker's
 * work back at the front of the queue for a new worker.
 *
 * A call of up to `poolThreshold` files gets one worker, a larger one up to `threads`; calls that
 * overlap (a second edit while a slow one is processed) add theirs. Work goes in batches, two per
 * worker in flight so it never idles while its results are taken. One idle worker is kept warm for
 * the next edit, `unref()`ed so it never keeps the process alive; other idle workers are ended.
 */
export class WorkerPool {
  private slots: Slot[] = [];
  private queue: Task[] = [];
  private readonly jobs = new Set<Job>();
  private entry: URL | undefined;
  private watchdog: NodeJS.Timeout | undefined;

  /** Outcomes come back in input order; `known[i]` is the key the caller has for `files[i]`. */
  async run(
    root: string,
    files: readonly string[],
    options: ProcessOptions,
    {
      threads = CORES,
      poolThreshold = POOL_THRESHOLD,
      deadlineMs = DEFAULT_FILE_DEADLINE_MS,
    }: PoolOptions = {},
    known: readonly (string | undefined)[] = [],
  ): Promise<FileOutcome[]> {
    if (files.length === 0) return [];
    const entry = await workerEntry();
    this.entry = entry;
    return new Promise((resolve, reject) => {
      const job: Job = {
        root,
        options,
        deadlineMs,
        threads: files.length > poolThreshold ? Math.max(1, threads) : 1,
        outcomes: new Array<FileOutcome>(files.length),
        left: files.length,
        failed: false,
        resolve,
        reject,
      };
      this.jobs.add(job);
      files.forEach((file, index) =>
        this.queue.push({ job, index, file, known: known[index] ?? null }),
      );
      this.pump();
    });
  }

  /** Gives queued work to idle workers first, then to new ones, then as second batches. */
  private pump(): void {
    while (this.queue.length > 0) {
      const slot =
        this.slots.find((candidate) => candidate.batches.length === 0) ??
        (this.slots.length < this.wanted() ? this.spawn() : undefined) ??
        this.slots.find((candidate) => candidate.batches.length < 2);
      if (!slot) break;
      this.send(slot, this.takeBatch());
    }
    this.watch();
  }

  /** Workers the calls in progress may use: their counts added, up to the cores. */
  private wanted(): number {
    let sum = 0;
    let most = 1;
    for (const job of this.jobs) {
      sum += job.threads;
      most = Math.max(most, job.threads);
    }
    return Math.min(sum, Math.max(most, CORES));
  }

  /** Up to BATCH_SIZE tasks of the job at the front of the queue. */
  private takeBatch(): Task[] {
    const job = this.queue[0]?.job;
    let count = 0;
    while (count < BATCH_SIZE && this.queue[count]?.job === job) count++;
    return this.queue.splice(0, count);
  }

  private send(slot: Slot, tasks: Task[]): void {
    const { root, options } = (tasks[0] as Task).job;
    if (slot.batches.length === 0) slot.worker.ref();
    slot.inFlight.push(...tasks);
    slot.batches.push(tasks.length);
    const request: BatchRequest = {
      root,
      options,
      files: tasks.map((task) => task.file),
      known: tasks.map((task) => task.known),
    };
    slot.worker.postMessage(request);
  }

  private spawn(): Slot {
    const progress = new SharedArrayBuffer(PROGRESS_BYTES);
    const workerData: WorkerInput = { progress };
    const worker = new Worker(this.entry as URL, { workerData });
    const slot: Slot = {
      worker,
      progress: new Int32Array(progress),
      inFlight: [],
      batches: [],
      answered: 0,
      seen: 0,
      seenAt: 0,
      retired: false,
    };
    worker.on('message', (response: BatchResponse) => this.answered(slot, response));
    worker.on('error', (error) => this.crashed(slot, error));
    worker.on('exit', (code) =>
      this.crashed(slot, new Error(`content worker exited with code ${code}`)),
    );
    this.slots.push(slot);
    return slot;
  }

  private answered(slot: Slot, { outcomes }: BatchResponse): void {
    if (slot.retired) return;
    slot.batches.shift();
    const tasks = slot.inFlight.splice(0, outcomes.length);
    slot.answered += outcomes.length;
    tasks.forEach((task, i) => this.settle(task, outcomes[i] as FileOutcome));
    this.pump();
    if (slot.batches.length === 0 && !slot.retired) {
      const otherIdle = this.slots.some((other) => other !== slot && other.batches.length === 0);
      if (otherIdle) this.retire(slot);
      else slot.worker.unref();
    }
  }

  private settle(task: Task, outcome: FileOutcome): void {
    const { job } = task;
    if (job.failed) return;
    job.outcomes[task.index] = outcome;
    if (--job.left === 0) {
      this.jobs.delete(job);
      job.resolve(job.outcomes);
    }
  }

  private fail(job: Job, error: Error): void {
    if (job.failed) return;
    job.failed = true;
    this.jobs.delete(job);
    this.queue = this.queue.filter((task) => task.job !== job);
    job.reject(error);
  }

  private retire(slot: Slot): void {
    slot.retired = true;
    this.slots = this.slots.filter((other) => other !== slot);
    void slot.worker.terminate();
  }

  /** The number of the file the worker is processing now, and its task; none between files. */
  private current(slot: Slot): { started: number; task: Task | undefined } {
    const started = Atomics.load(slot.progress, STARTED);
    const busy = started !== Atomics.load(slot.progress, FINISHED);
    return { started, task: busy ? slot.inFlight[started - slot.answered - 1] : undefined };
  }

  /**
   * Ends the worker stuck on (or crashed by) `task`: the file is rejected with `message`, the
   * rest of the worker's work goes back to the front of the queue for another worker.
   */
  private replace(slot: Slot, task: Task, message: string): void {
    this.retire(slot);
    this.queue.unshift(...slot.inFlight.filter((other) => other !== task && !other.job.failed));
    // No key: a deadline or a crash says how busy the machine was, not what the file holds.
    this.settle(task, { result: { status: 'rejected', errors: [{ message }], warnings: [] } });
    this.pump();
  }

  private crashed(slot: Slot, error: Error): void {
    if (slot.retired) return;
    const { task } = this.current(slot);
    if (task) {
      this.replace(slot, task, `could not process file: its worker stopped (${error.message})`);
      return;
    }
    // Not during a file (the worker could not start, say): the calls it was working for fail.
    this.retire(slot);
    for (const other of slot.inFlight) this.fail(other.job, error);
    this.pump();
  }

  /**
   * Looks at the busy workers a few times per deadline. A file counts as started when first seen,
   * which is no earlier than it really started, so a file is never stopped before its deadline,
   * even when the main thread was too busy to look for a while.
   */
  private watch(): void {
    if (this.watchdog || !this.slots.some((slot) => slot.batches.length > 0)) return;
    let period = 250;
    for (const job of this.jobs) period = Math.min(period, job.deadlineMs / 4);
    this.watchdog = setTimeout(() => {
      this.watchdog = undefined;
      this.inspect();
      this.watch();
    }, period).unref();
  }

  private inspect(): void {
    const now = performance.now();
    for (const slot of [...this.slots]) {
      const { started, task } = this.current(slot);
      if (!task) continue;
      if (started !== slot.seen) {
        slot.seen = started;
        slot.seenAt = now;
      } else if (now - slot.seenAt >= task.job.deadlineMs) {
        this.replace(slot, task, deadlineMessage(task.job.deadlineMs));
      }
    }
  }
}

let shared: WorkerPool | undefined;

/**
 * Processes files on the process' worker pool (see WorkerPool), whatever their number: every file
 * is processed off the main thread, under a deadline. Results come back in input order.
 */
export async function processFiles(
  root: string,
  files: readonly string[],
  options: ProcessOptions,
  poolOptions?: PoolOptions,
): Promise<StoredResult[]> {
  const outcomes = await processFileOutcomes(root, files, options, poolOptions);
  // With no key known, every file is processed.
  return outcomes.map((outcome) => outcome.result as StoredResult);
}

/**
 * As processFiles, but a file whose text still has the key `known[i]` is not processed again:
 * its outcome is that key alone, for the caller to take the result from its cache.
 */
export function processFileOutcomes(
  root: string,
  files: readonly string[],
  options: ProcessOptions,
  poolOptions?: PoolOptions,
  known?: readonly (string | undefined)[],
): Promise<FileOutcome[]> {
  shared ??= new WorkerPool();
  return shared.run(root, files, options, poolOptions, known);
}
