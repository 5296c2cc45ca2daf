import {
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  renameSync,
  rmdirSync,
  statfsSync,
  unlinkSync,
  writeFileSync,
  type Dirent,
} from 'node:fs';
import path from 'node:path';
import { apiPaths } from '../../api/contract.ts';
import type { CorpusModel } from '../model/corpus-model.ts';
import { apiFiles } from './emit.ts';

export type OutputBudget = {
  /** Bytes the API may write in all. */
  bytes: number;
  /** Files the API may write in all. */
  files: number;
};

/**
 * What the API may write, whatever the corpus: a corpus is untrusted, and the per-file limits
 * (TEXT_LIMITS) bound what one file adds, so a corpus that still writes past this is hostile or
 * broken. A story appears on at most ~130 list pages (feed, 20 topics, its outlets; five windows
 * and latest) plus its articles' files, which for real corpora is ~20-60 KB of output per article
 * (a story is in ~3 scopes); the budget allows four times the largest of that, and never less than 1 GiB / 100,000 files for small corpora.
 */
export function outputBudget(articles: number): OutputBudget {
  return {
    bytes: Math.max(1024 ** 3, articles * 256 * 1024),
    files: Math.max(100_000, articles * 50),
  };
}

function mib(bytes: number): string {
  return bytes < 1024 ** 2
    ? `${Math.round(bytes / 1024)} KiB`
    : `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}

/** Free bytes on the disk that holds `dir`, or undefined where the platform cannot tell. */
function freeDiskBytes(dir: string): number | undefined {
  try {
    const stats = statfsSync(dir);
    return stats.bavail * stats.bsize;
  } catch {
    return undefined;
  }
}

/**
 * The file an API path is written to, or an error: the second wall behind the path-name rule
 * (path-names.ts). Each URL segment is decoded to the name a static host looks up, and must then be
 * a plain name (no separators, no `.`/`..`, no NUL); the result must lie inside `outDir`.
 */
export function apiFileTarget(outDir: string, apiPath: string): string {
  const segments = apiPath
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      let name: string;
      try {
        name = decodeURIComponent(segment);
      } catch {
        name = '';
      }
      if (name === '' || name === '.' || name === '..' || /[/\\\0]/.test(name)) {
        throw new Error(
          `refusing to write ${JSON.stringify(apiPath)}: ${JSON.stringify(segment)} is not a plain file name`,
        );
      }
      return name;
    });
  const root = path.resolve(outDir);
  const target = path.resolve(root, ...segments);
  if (!target.startsWith(`${root}${path.sep}`)) {
    throw new Error(`refusing to write ${JSON.stringify(apiPath)}: it would land outside ${root}`);
  }
  return target;
}

/** What writing the API did. */
export type WriteSummary = {
  /** Files the API has. */
  files: number;
  /** Their bytes. */
  bytes: number;
  /** Files written: new, or with other bytes than the previous build's. */
  written: number;
  /** Files of a previous build removed: the API has them no more. */
  removed: number;
};

/**
 * Writes the API under `outDir` (`/api/x.json` -> `outDir/api/x.json`), over what a previous build
 * left there: a file whose bytes are the same is left alone (its time too, so a sync to a CDN or
 * object store sends only what changed), others are written, and files the API no longer has are
 * removed. A file is written to a temporary name beside it and renamed over the old one: a server
 * or a sync reading meanwhile sees the old file or the new one, and a hard link planted in the
 * output (or left by `cp -al` snapshots) is replaced, never written through. Only regular files and
 * folders are kept from before; anything else (a symbolic link, say) is removed before a byte is
 * written, so no write can follow it out of `outDir`.
 * Fails (with what was written so far left in place) as soon as the output would exceed the
 * budget, long before a disk fills.
 * Synchronous writes on purpose: measured on a 10k corpus, they take half the CPU of promise-based
 * writes (one open/write/close without three thread-pool round trips and promises per file) and no
 * more time; nothing else runs while the build writes its output.
 */
export async function writeApi(
  model: CorpusModel,
  outDir: string,
  budget: OutputBudget = outputBudget(model.bySlug.size),
): Promise<WriteSummary> {
  const made = new Set<string>();
  // Never more than most of what the disk has free, whatever the budget says.
  const free = freeDiskBytes(outDir);
  const maxBytes =
    free === undefined ? budget.bytes : Math.min(budget.bytes, Math.floor(free * 0.9));
  const apiRoot = path.dirname(apiFileTarget(outDir, apiPaths.index()));
  const previous = new PreviousFiles(apiRoot);
  let files = 0;
  let bytes = 0;
  let written = 0;
  for (const file of apiFiles(model)) {
    const target = apiFileTarget(outDir, file.path);
    const body = Buffer.from(file.body);
    bytes += body.length;
    files++;
    if (bytes > maxBytes || files > budget.files) {
      const limit =
        maxBytes < budget.bytes ? `${mib(maxBytes)} (90% of the free disk)` : mib(maxBytes);
      throw new Error(
        `the API would exceed its output budget of ${budget.files} files and ${limit} ` +
          `(${files} files and ${mib(bytes)} so far, at ${file.path}): a corpus of ` +
          `${model.bySlug.size} articles should write far less, so it is likely hostile or broken; ` +
          `run content:check and look for topics or outlets that multiply`,
      );
    }
    if (previous.claim(target) && sameBytes(target, body)) continue;
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      makeFolder(apiRoot, dir, previous);
      made.add(dir);
    }
    replaceFile(target, body, previous);
    written++;
  }
  const removed = previous.removeRest();
  if (removed > 0) removeEmptyFolders(apiRoot);
  return { files, bytes, written, removed };
}

/** Writes `body` to a temporary file beside `target` and renames it over `target`. */
function replaceFile(target: string, body: Buffer, previous: PreviousFiles): void {
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, body);
  try {
    renameSync(temporary, target);
  } catch (error) {
    // A previous build had a folder where this build has a file.
    const code = (error as { code?: unknown }).code;
    if (code !== 'EISDIR' && code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
    previous.cleared(target);
    rmSync(target, { recursive: true, force: true });
    renameSync(temporary, target);
  }
}

/** Makes `dir`, removing files a previous build had where this build has folders. */
function makeFolder(apiRoot: string, dir: string, previous: PreviousFiles): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== 'EEXIST' && code !== 'ENOTDIR') throw error;
    const parts = path.relative(apiRoot, dir).split(path.sep);
    for (let i = 1; i <= parts.length; i++) {
      const ancestor = path.join(apiRoot, ...parts.slice(0, i));
      if (lstatSync(ancestor, { throwIfNoEntry: false })?.isFile()) {
        previous.cleared(ancestor);
        unlinkSync(ancestor);
      }
    }
    mkdirSync(dir, { recursive: true });
  }
}

function sameBytes(file: string, body: Buffer): boolean {
  try {
    return readFileSync(file).equals(body);
  } catch {
    return false;
  }
}

/**
 * The regular files a previous build left under `apiRoot`, by path with letters folded: on a disk
 * that ignores case (macOS, Windows), `Elections/1.json` from before is the file `elections/1.json`
 * now, and must be replaced, not removed as stale after the new one was written into it. Anything
 * that is neither a file nor a folder is removed at once: the writes that follow must land in
 * folders of this tree.
 */
class PreviousFiles {
  private readonly files = new Map<string, string>();

  constructor(apiRoot: string) {
    let entries: Dirent[];
    try {
      if (!lstatSync(apiRoot).isDirectory()) {
        rmSync(apiRoot, { force: true });
        return;
      }
      entries = readdirSync(apiRoot, { recursive: true, withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      // `parentPath` is Node >= 20.12; `path` is its older name.
      const dir = (entry as { parentPath?: string }).parentPath ?? entry.path;
      const file = path.join(dir, entry.name);
      if (entry.isFile()) this.files.set(file.toLowerCase(), file);
      else if (!entry.isDirectory()) rmSync(file, { force: true });
    }
  }

  /**
   * Takes `target` off the list of files to remove; true when it is there, spelled as now. A file
   * spelled otherwise (another letter case) is removed first.
   */
  claim(target: string): boolean {
    const key = target.toLowerCase();
    const found = this.files.get(key);
    if (found === undefined) return false;
    this.files.delete(key);
    if (found === target) return true;
    rmSync(found, { force: true });
    return false;
  }

  /** `target`, and anything under it, is gone already. */
  cleared(target: string): void {
    const key = target.toLowerCase();
    this.files.delete(key);
    for (const other of [...this.files.keys()]) {
      if (other.startsWith(`${key}${path.sep}`)) this.files.delete(other);
    }
  }

  /** Removes the files no build wrote this time; returns how many. */
  removeRest(): number {
    for (const file of this.files.values()) rmSync(file, { force: true });
    return this.files.size;
  }
}

/** Removes the folders under `folder` that hold nothing; true when `folder` itself was. */
function removeEmptyFolders(folder: string): boolean {
  let empty = true;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory() && removeEmptyFolders(path.join(folder, entry.name))) {
      rmdirSync(path.join(folder, entry.name));
    } else {
      empty = false;
    }
  }
  return empty;
}
