import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  renameSync,
  statSync,
  rmSync,
  writeFileSync,
  writeSync,
  type BigIntStats,
} from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { crc32 } from 'node:zlib';
import type { ProcessOptions } from '../read/article-record.ts';
import type { StoredResult } from '../read/stored-article.ts';

/**
 * The on-disk cache of processed files, so a build after a few edits processes only those.
 *
 * An entry is a file's result, under the key of the text it was made from (read/file-outcome.ts),
 * so nothing but a matching text ever reuses one. A file is known unchanged without reading it
 * when its size, times and inode are the ones recorded after its text was hashed, as git does;
 * a file changed within ~2 s of that moment is hashed again next time, since file times are coarse
 * and an edit in the same tick would leave them as they were. Any other file goes to a worker
 * with the key the cache has for it, and is processed only when its text hashes to another.
 *
 * Layout, under `dir`: a folder per corpus (its absolute path hashed), holding a folder per
 * version of the code that processes files (another version never sees these entries; the folder
 * goes when the new one is written), which holds `index.json` and packs. Entries are appended to
 * packs, one new pack per build, so a build writes one file however many results it adds, and
 * reads its entries from a few large files instead of thousands of small ones (~0.7 s less at
 * 10,000 files). A pack whose live entries fall under half its bytes is copied into the new one.
 *
 * An entry is `NRC1`, the CRC-32 and length of its payload, the key it holds (so a wrong offset
 * cannot hand over another file's result), and the payload: the result in V8's serialization,
 * which structured clone already uses between workers. One that is truncated, damaged or of
 * another format fails these checks and its file is processed again, never trusted. The index is
 * only a guide: when it is damaged or lost, files are processed again.
 */

const MAGIC = Buffer.from('NRC1');
const KEY_BYTES = 32;
const HEADER_BYTES = 12 + KEY_BYTES;
/** Bumped when the layout above changes. */
const FORMAT = 2;
/** A file changed this close to when it was hashed may change again unseen (same times). */
const RACY_MS = 2_000;
/** A pack is copied into the new one when less than this share of its bytes is still used, */
const MIN_LIVE_SHARE = 0.5;
/** or when it holds less than this share of all the bytes used: packs stay few. */
const SMALL_PACK_SHARE = 0.1;
/** A temporary pack this recent may belong to a build still running. */
const IN_USE_MS = 3_600_000;

export type CacheStats = {
  /** Files whose result came from the cache. */
  reused: number;
  /** Of those, files not even read: their size, times and inode were unchanged. */
  unread: number;
  /** Entries found damaged, whose files were processed again. */
  damaged: number;
  /** Results written to the cache by this build. */
  written: number;
  /**
   * Why the cache stopped writing, if it did (a full or read-only disk, say): the build goes on
   * without it, and the next one processes what this one could not keep.
   */
  error?: string;
};

/**
 * What the cache records of a file: its key, and what its stat was before that key was taken (its
 * signature, and when it last changed), or undefined when it is no regular file.
 */
export type FileState = { key: string; stat: FileStat | undefined };
export type FileStat = { signature: string; changedMs: number };

/** What must stay the same for a file to be known unchanged without reading it. */
export function fileStat(stat: BigIntStats | undefined): FileStat | undefined {
  if (!stat?.isFile()) return undefined;
  return {
    signature: `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}:${stat.dev}`,
    changedMs: Math.max(Number(stat.ctimeMs), Number(stat.mtimeMs)),
  };
}

export type ResultCache = {
  /** Where this corpus' entries live. */
  folder: string;
  /** The key of `file`'s text when it was last processed, if the cache knows it. */
  knownKey(file: string): string | undefined;
  /** The known key of `file`, when `stat` shows the file untouched since that key was taken. */
  unchangedKey(file: string, stat: FileStat | undefined): string | undefined;
  /** The result stored under `key`, or undefined when it is missing or damaged. */
  read(key: string): StoredResult | undefined;
  /** Writes `result` into this build's pack. */
  store(key: string, result: StoredResult): void;
  /**
   * Puts this build's pack in place and records each file's state as the index; entries no file
   * has any more are dropped. Once only. `checkedAt` is when the stats were taken.
   */
  commit(files: ReadonlyMap<string, FileState>, checkedAt: number): CacheStats;
  stats: CacheStats;
};

export type CacheOptions = {
  /** Folder of the cache, shared by every corpus. */
  dir: string;
  /** Absolute path of the corpus. */
  root: string;
  /** The processing options: another limit gives another result. */
  options: ProcessOptions;
  /** Identifies the code that processes files (the worker bundle's content hash). */
  codeVersion: string;
  /** Ignore what is cached (it is still rewritten, for the next build). */
  force?: boolean;
};

/** Where an entry lies: pack name, offset, length. */
type Location = [pack: string, offset: number, length: number];
/** A file's key and, when it can be trusted, its stat signature. */
type IndexedFile = [key: string, signature: string | null];
type Index = { files: Map<string, IndexedFile>; entries: Map<string, Location> };

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export function openResultCache({
  dir,
  root,
  options,
  codeVersion,
  force = false,
}: CacheOptions): ResultCache {
  const corpusFolder = path.join(dir, hash(path.resolve(root)));
  // Node's own parts decide results too: its URL parser (ada), its Unicode tables (ICU).
  const { v8: engine, icu, unicode, ada } = process.versions as Record<string, string | undefined>;
  const runtime = [process.version, engine, icu, unicode, ada];
  const version = hash(
    JSON.stringify([FORMAT, codeVersion, runtime, options, Object.keys(options)]),
  );
  const folder = path.join(corpusFolder, version);
  const indexFile = path.join(folder, 'index.json');
  const packFile = (name: string) => path.join(folder, `${name}.pack`);
  const index: Index = force ? { files: new Map(), entries: new Map() } : readIndex(indexFile);
  const stats: CacheStats = { reused: 0, unread: 0, damaged: 0, written: 0 };
  const open = new Map<string, number>();
  // This build's pack, written as results come (holding them until the commit would cost as much
  // memory again as the corpus' results), renamed into place at the commit.
  const name = randomBytes(8).toString('hex');
  const temporary = `${packFile(name)}.${process.pid}.tmp`;
  const fresh = new Map<string, Location>();
  let out: number | undefined;
  let outBytes = 0;

  function append(key: string, bytes: Buffer): void {
    if (out === undefined) {
      mkdirSync(folder, { recursive: true });
      out = openSync(temporary, 'w');
    }
    writeSync(out, bytes);
    fresh.set(key, [name, outBytes, bytes.length]);
    outBytes += bytes.length;
  }

  function readAt([pack, offset, length]: Location): Buffer | undefined {
    try {
      let fd = open.get(pack);
      if (fd === undefined) open.set(pack, (fd = openSync(packFile(pack), 'r')));
      const bytes = Buffer.alloc(length);
      return readSync(fd, bytes, 0, length, offset) === length ? bytes : undefined;
    } catch {
      return undefined;
    }
  }

  function closePacks(): void {
    for (const fd of open.values()) closeSync(fd);
    open.clear();
  }

  return {
    folder,
    stats,
    knownKey: (file) => index.files.get(file)?.[0],

    unchangedKey(file, stat) {
      const known = index.files.get(file);
      if (!known || known[1] === null || !stat) return undefined;
      return stat.signature === known[1] ? known[0] : undefined;
    },

    read(key) {
      const location = index.entries.get(key);
      const bytes = location && readAt(location);
      const result = bytes && decodeEntry(bytes, key);
      if (result) stats.reused++;
      else stats.damaged++;
      return result;
    },

    store(key, result) {
      if (stats.error !== undefined) return;
      try {
        append(key, encodeEntry(key, result));
      } catch (error) {
        stats.error = messageOf(error);
      }
    },

    commit(files, checkedAt) {
      try {
        if (stats.error === undefined) commitFiles(files, checkedAt);
      } catch (error) {
        stats.error = messageOf(error);
      } finally {
        closePacks();
        if (out !== undefined) closeSync(out);
        out = undefined;
        if (stats.error !== undefined) {
          try {
            rmSync(temporary, { force: true });
          } catch {
            // Never written.
          }
        }
      }
      return { ...stats };
    },
  };

  function commitFiles(files: ReadonlyMap<string, FileState>, checkedAt: number): void {
    // Other versions of the code never read this corpus' entries again, unless a build of
    // another checkout sharing node_modules is writing there now.
    for (const other of listNames(corpusFolder)) {
      const otherFolder = path.join(corpusFolder, other);
      if (other !== version && !writing(otherFolder)) {
        rmSync(otherFolder, { recursive: true, force: true });
      }
    }
    mkdirSync(folder, { recursive: true });
    const wanted = new Set([...files.values()].map((state) => state.key));
    const entries = new Map<string, Location>();
    const live = new Map<string, number>();
    const size = new Map<string, number>();
    for (const [key, location] of index.entries) {
      const [pack, offset, length] = location;
      size.set(pack, Math.max(size.get(pack) ?? 0, offset + length));
      if (!wanted.has(key) || fresh.has(key)) continue;
      entries.set(key, location);
      live.set(pack, (live.get(pack) ?? 0) + length);
    }
    for (const [key, location] of fresh) {
      if (!wanted.has(key)) continue;
      entries.set(key, location);
      stats.written++;
    }
    // What is left of packs mostly unused, and of small packs, moves into this build's pack:
    // a build a minute adds a pack a minute, which would otherwise pile up.
    const total = [...live.values()].reduce((sum, bytes) => sum + bytes, 0);
    const merged = (pack: string) =>
      (live.get(pack) ?? 0) < MIN_LIVE_SHARE * (size.get(pack) ?? 0) ||
      (size.get(pack) ?? 0) < SMALL_PACK_SHARE * total;
    for (const [key, location] of entries) {
      const [pack] = location;
      if (pack === name || !merged(pack)) continue;
      const bytes = readAt(location);
      if (bytes && decodeEntry(bytes, key)) {
        append(key, bytes);
        entries.set(key, fresh.get(key) as Location);
      } else {
        entries.delete(key);
      }
    }
    closePacks();
    if (out !== undefined) {
      closeSync(out);
      out = undefined;
      renameSync(temporary, packFile(name));
    }
    const used = new Set([...entries.values()].map(([pack]) => pack));
    for (const file of listNames(folder)) {
      const unused = file.endsWith('.pack') && !used.has(file.slice(0, -'.pack'.length));
      // A pack a killed build left half-written.
      const abandoned = file.endsWith('.tmp') && !recent(path.join(folder, file));
      if (unused || abandoned) rmSync(path.join(folder, file), { force: true });
    }
    const indexed = new Map<string, IndexedFile>();
    for (const [file, { key, stat }] of files) {
      const settled = stat !== undefined && stat.changedMs < checkedAt - RACY_MS;
      indexed.set(file, [key, settled ? stat.signature : null]);
    }
    writeAtomically(
      indexFile,
      JSON.stringify({
        files: Object.fromEntries(indexed),
        entries: Object.fromEntries(entries),
      }),
    );
    index.files = indexed;
    index.entries = entries;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Written to within the last hour (a build's pack grows while it runs). */
function recent(file: string): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs < IN_USE_MS;
  } catch {
    return false;
  }
}

/** Whether a build seems to be writing into a cache folder now: it has a recent `.tmp` pack. */
function writing(folder: string): boolean {
  return listNames(folder).some((file) => file.endsWith('.tmp') && recent(path.join(folder, file)));
}

function listNames(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isLocation = (value: unknown): value is Location =>
  Array.isArray(value) &&
  value.length === 3 &&
  isText(value[0]) &&
  Number.isSafeInteger(value[1]) &&
  Number.isSafeInteger(value[2]);
const isIndexedFile = (value: unknown): value is IndexedFile =>
  Array.isArray(value) &&
  value.length === 2 &&
  isText(value[0]) &&
  (isText(value[1]) || value[1] === null);

/** The index of the last build; empty when there is none or it cannot be read. */
function readIndex(file: string): Index {
  const empty: Index = { files: new Map(), entries: new Map() };
  try {
    const { files, entries } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    if (typeof files !== 'object' || files === null) return empty;
    if (typeof entries !== 'object' || entries === null) return empty;
    return {
      files: new Map(Object.entries(files).filter((entry) => isIndexedFile(entry[1]))) as Map<
        string,
        IndexedFile
      >,
      entries: new Map(Object.entries(entries).filter((entry) => isLocation(entry[1]))) as Map<
        string,
        Location
      >,
    };
  } catch {
    return empty;
  }
}

/** A concurrent build never reads half a file: it sees the old one or the new one. */
function writeAtomically(file: string, bytes: Buffer | string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}

export function encodeEntry(key: string, result: StoredResult): Buffer {
  const payload = v8.serialize(result);
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt32LE(crc32(payload), 4);
  header.writeUInt32LE(payload.length, 8);
  header.write(key, 12, KEY_BYTES, 'hex');
  return Buffer.concat([header, payload]);
}

const STATUSES: readonly unknown[] = ['accepted', 'skipped', 'rejected'];

/** The result in an entry, or undefined when the entry is not `key`'s, written intact. */
export function decodeEntry(bytes: Buffer, key: string): StoredResult | undefined {
  if (bytes.length < HEADER_BYTES || !bytes.subarray(0, 4).equals(MAGIC)) return undefined;
  if (bytes.toString('hex', 12, HEADER_BYTES) !== key) return undefined;
  const payload = bytes.subarray(HEADER_BYTES);
  if (bytes.readUInt32LE(8) !== payload.length || bytes.readUInt32LE(4) !== crc32(payload)) {
    return undefined;
  }
  try {
    const result = v8.deserialize(payload) as Partial<StoredResult> | null;
    return result && STATUSES.includes(result.status) ? (result as StoredResult) : undefined;
  } catch {
    return undefined;
  }
}
