import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_PROCESS_OPTIONS, type ProcessOptions } from './article-record.ts';
import { applyArticleEdit } from './apply-article-edit.ts';
import { deriveModel, type CorpusModel } from './corpus-model.ts';
import { processFile } from './process-file.ts';
import { DATA_DIR, isArticlePath, scanCorpus } from './scan-corpus.ts';
import type { StoredResult } from './stored-article.ts';
import { readTaxonomies, type Taxonomies } from './taxonomies.ts';
import { processFiles } from './worker-pool.ts';

export type CorpusOptions = Partial<ProcessOptions> & {
  /** Absolute path of the corpus folder. */
  root: string;
  /** Worker threads for a full load; defaults to the available cores. */
  threads?: number;
};

/** What one file event changed, for the dev server to report. */
export type CorpusUpdate =
  | {
      kind: 'article';
      file: string;
      result: StoredResult | undefined;
      /** The derived model was updated in place, rather than left to be derived again. */
      incremental: boolean;
    }
  | { kind: 'taxonomy'; file: string }
  | { kind: 'ignored'; file: string };

export type Corpus = ReturnType<typeof createCorpus>;

/**
 * The corpus context shared by build, dev server and content:check: per-file results (the
 * expensive part, cached per file) plus a derived model. One file event re-processes that file
 * only; the model is then updated in place when the edit moves nothing corpus-wide (see
 * apply-article-edit.ts), else derived again lazily on the next request.
 */
export function createCorpus(options: CorpusOptions) {
  const root = path.resolve(options.root);
  const processOptions: ProcessOptions = {
    relatedLimit: options.relatedLimit ?? DEFAULT_PROCESS_OPTIONS.relatedLimit,
    maxFileBytes: options.maxFileBytes ?? DEFAULT_PROCESS_OPTIONS.maxFileBytes,
  };
  const results = new Map<string, StoredResult>();
  let taxonomies: Taxonomies = { topics: [], organizations: new Map(), warnings: [] };
  let model: CorpusModel | undefined;

  /** Corpus-relative path with forward slashes, or undefined when outside the corpus. */
  function relative(absolute: string): string | undefined {
    const file = path.relative(root, path.resolve(absolute)).split(path.sep).join('/');
    return file.startsWith('../') || path.isAbsolute(file) || file === '' ? undefined : file;
  }

  /** Re-reads one added, changed or deleted file (absolute path). */
  function update(absolute: string): CorpusUpdate | undefined {
    const file = relative(absolute);
    if (file === undefined) return undefined;
    if (file.startsWith(`${DATA_DIR}/`)) {
      taxonomies = readTaxonomies(root);
      model = undefined;
      return { kind: 'taxonomy', file };
    }
    if (!isArticlePath(file)) return { kind: 'ignored', file };
    const exists = existsSync(absolute) && statSync(absolute).isFile();
    const result = exists ? processFile(root, file, processOptions) : undefined;
    const before = results.get(file);
    if (result) results.set(file, result);
    else results.delete(file);
    let incremental = false;
    try {
      incremental = model !== undefined && applyArticleEdit(model, before, result);
    } catch {
      // A model that is not what it should be: derive it again rather than serve it.
    }
    if (!incremental) model = undefined;
    return { kind: 'article', file, result, incremental };
  }

  return {
    root,

    async load(): Promise<void> {
      if (!existsSync(root) || !statSync(root).isDirectory()) {
        throw new Error(`content folder not found: ${root} (set CONTENT_DIR to a corpus folder)`);
      }
      taxonomies = readTaxonomies(root);
      const files = scanCorpus(root);
      const processed = await processFiles(root, files, processOptions, {
        threads: options.threads,
      });
      results.clear();
      files.forEach((file, i) => results.set(file, processed[i] as StoredResult));
      model = undefined;
    },

    update,

    /**
     * After folders appeared or went (moved in, renamed, deleted): re-reads the articles that
     * appeared or went with them, and the taxonomies.
     */
    resync(): CorpusUpdate[] {
      const onDisk = scanCorpus(root);
      const known = new Set(onDisk);
      const changed = [
        ...onDisk.filter((file) => !results.has(file)),
        ...[...results.keys()].filter((file) => !known.has(file)),
      ];
      const updates = changed.flatMap((file) => update(path.join(root, file)) ?? []);
      taxonomies = readTaxonomies(root);
      model = undefined;
      return updates;
    },

    model(): CorpusModel {
      model ??= deriveModel(results, taxonomies);
      return model;
    },
  };
}
