import { existsSync, lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_PROCESS_OPTIONS, type ProcessOptions } from '../read/article-record.ts';
import { deriveModel, type CorpusModel } from './corpus-model.ts';
import { DATA_DIR, isArticlePath, scanCorpus } from '../read/scan-corpus.ts';
import type { StoredResult } from '../read/stored-article.ts';
import { readTaxonomies, type Taxonomies } from '../read/taxonomies.ts';
import { fileStat, type FileState, type ResultCache } from '../cache/result-cache.ts';
import type { FileOutcome } from '../read/file-outcome.ts';
import {
  processFileOutcomes,
  processFiles,
  type PoolOptions,
} from '../read/workers/worker-pool.ts';

export type CorpusOptions = Partial<ProcessOptions> & {
  /** Absolute path of the corpus folder. */
  root: string;
  /** Worker threads for a full load; defaults to the available cores. */
  threads?: number;
  /**
   * Longest one file may take to process; past it the file is rejected and the rest still
   * processed. Defaults to DEFAULT_FILE_DEADLINE_MS (5 s, read/workers/worker-pool.ts says why).
   */
  fileDeadlineMs?: number;
  /** The clock (ms) that decides which articles are dated in the future; defaults to now. */
  now?: number;
};

/** What one file event changed, for the dev server to report. */
export type CorpusUpdate =
  | { kind: 'article'; file: string; result: StoredResult | undefined }
  | { kind: 'taxonomy'; file: string }
  | { kind: 'ignored'; file: string }
  /** A later update of the same file started before this one finished: that one counts. */
  | { kind: 'superseded'; file: string };

export type Corpus = ReturnType<typeof createCorpus>;

/**
 * The corpus context shared by build, dev server and content:check: per-file results (the
 * expensive part, cached per file) plus a derived model. One file event re-processes that file
 * only; the model is then derived again lazily on the next request (clustering included: any edit
 * can move stories). Files are processed on
 * worker threads (read/workers/worker-pool.ts), under a per-file deadline; while an update is processed,
 * `model()` keeps serving the model as it was.
 */
export function createCorpus(options: CorpusOptions) {
  const root = path.resolve(options.root);
  const processOptions: ProcessOptions = {
    relatedLimit: options.relatedLimit ?? DEFAULT_PROCESS_OPTIONS.relatedLimit,
    maxFileBytes: options.maxFileBytes ?? DEFAULT_PROCESS_OPTIONS.maxFileBytes,
    maxBodyChars: options.maxBodyChars ?? DEFAULT_PROCESS_OPTIONS.maxBodyChars,
  };
  const poolOptions: PoolOptions = { threads: options.threads, deadlineMs: options.fileDeadlineMs };
  const results = new Map<string, StoredResult>();
  let taxonomies: Taxonomies = { topics: [], organizations: new Map(), rejected: [] };
  let model: CorpusModel | undefined;
  /** The number of the latest re-read of each file in progress; an older one is dropped. */
  const latest = new Map<string, number>();
  let lastNumber = 0;

  /** Corpus-relative path with forward slashes, or undefined when outside the corpus. */
  function relative(absolute: string): string | undefined {
    const file = path.relative(root, path.resolve(absolute)).split(path.sep).join('/');
    return file.startsWith('../') || path.isAbsolute(file) || file === '' ? undefined : file;
  }

  function isFile(file: string): boolean {
    const absolute = path.join(root, file);
    return existsSync(absolute) && statSync(absolute).isFile();
  }

  /** Puts one file's new result (undefined: deleted) into the results and the model. */
  function apply(file: string, result: StoredResult | undefined): CorpusUpdate {
    if (result) results.set(file, result);
    else results.delete(file);
    // Any edit can move stories (a changed headline joins or leaves one), so the model is derived
    // again, lazily, on the next request: processing the file was the expensive part.
    model = undefined;
    return { kind: 'article', file, result };
  }

  /**
   * Re-reads added, changed or deleted article files off the main thread. Each call numbers its
   * files; when a later call for the same file started meanwhile (the editor saved again while a
   * slow version was processed), this one's result is dropped, whichever finishes first.
   */
  async function reread(files: readonly string[]): Promise<CorpusUpdate[]> {
    const numbers = files.map((file) => {
      latest.set(file, ++lastNumber);
      return lastNumber;
    });
    const present = files.filter(isFile);
    const processed = await processFiles(root, present, processOptions, poolOptions);
    const resultOf = new Map(present.map((file, i) => [file, processed[i]]));
    return files.map((file, i) => {
      if (latest.get(file) !== numbers[i]) return { kind: 'superseded', file };
      latest.delete(file);
      return apply(file, resultOf.get(file));
    });
  }

  /** Every file's result, from the cache where its text is the one the cache holds. */
  async function loadFiles(
    files: readonly string[],
    cache: ResultCache | undefined,
  ): Promise<Map<string, StoredResult>> {
    const loaded = new Map<string, StoredResult>();
    if (!cache) {
      const results = await processFiles(root, files, processOptions, poolOptions);
      files.forEach((file, i) => loaded.set(file, results[i] as StoredResult));
      return loaded;
    }
    // Taken before any worker reads a file, so an edit made meanwhile shows in the next build.
    const checkedAt = Date.now();
    const stats = new Map(
      files.map((file) => [
        file,
        fileStat(lstatSync(path.join(root, file), { bigint: true, throwIfNoEntry: false })),
      ]),
    );
    const states = new Map<string, FileState>();
    const take = (file: string, key: string, result: StoredResult) => {
      loaded.set(file, result);
      states.set(file, { key, stat: stats.get(file) });
    };
    /** Files whose entry was found damaged: processed again, whatever their key. */
    const damaged = new Set<string>();
    let todo = files.filter((file) => {
      const key = cache.unchangedKey(file, stats.get(file));
      if (key === undefined) return true;
      const cached = cache.read(key);
      if (!cached) {
        damaged.add(file);
        return true;
      }
      cache.stats.unread++;
      take(file, key, cached);
      return false;
    });
    let known = todo.map((file) => (damaged.has(file) ? undefined : cache.knownKey(file)));
    // Twice at most: an entry found damaged is processed again, with no key known.
    while (todo.length > 0) {
      const outcomes = await processFileOutcomes(root, todo, processOptions, poolOptions, known);
      const again: string[] = [];
      todo.forEach((file, i) => {
        const { result, key } = outcomes[i] as FileOutcome;
        if (key === undefined) {
          loaded.set(file, result as StoredResult);
          return;
        }
        const found = result ?? cache.read(key);
        if (!found) {
          again.push(file);
          return;
        }
        take(file, key, found);
        if (result) cache.store(key, result);
      });
      todo = again;
      known = [];
    }
    cache.commit(states, checkedAt);
    return loaded;
  }

  /** Re-reads one added, changed or deleted file (absolute path). */
  async function update(absolute: string): Promise<CorpusUpdate | undefined> {
    const file = relative(absolute);
    if (file === undefined) return undefined;
    if (file.startsWith(`${DATA_DIR}/`)) {
      taxonomies = readTaxonomies(root);
      model = undefined;
      return { kind: 'taxonomy', file };
    }
    if (!isArticlePath(file)) return { kind: 'ignored', file };
    const [result] = await reread([file]);
    return result;
  }

  return {
    root,
    processOptions,

    /**
     * Reads the whole corpus. With a cache, a file whose text is the one the cache knows is not
     * processed again; the cache is committed with this load's files.
     */
    async load(cache?: ResultCache): Promise<void> {
      if (!existsSync(root) || !statSync(root).isDirectory()) {
        throw new Error(`content folder not found: ${root} (set CONTENT_DIR to a corpus folder)`);
      }
      taxonomies = readTaxonomies(root);
      const files = scanCorpus(root);
      const loaded = await loadFiles(files, cache);
      results.clear();
      for (const file of files) results.set(file, loaded.get(file) as StoredResult);
      model = undefined;
    },

    update,

    /**
     * After folders appeared or went (moved in, renamed, deleted): re-reads the articles that
     * appeared or went with them, and the taxonomies.
     */
    async resync(): Promise<CorpusUpdate[]> {
      const onDisk = scanCorpus(root);
      const known = new Set(onDisk);
      const changed = [
        ...onDisk.filter((file) => !results.has(file)),
        ...[...results.keys()].filter((file) => !known.has(file)),
      ];
      const updated = await reread(changed);
      taxonomies = readTaxonomies(root);
      model = undefined;
      return updated;
    },

    model(): CorpusModel {
      model ??= deriveModel(results, taxonomies, { now: options.now ?? Date.now() });
      return model;
    },
  };
}
