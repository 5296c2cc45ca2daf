import {
  cp,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rename,
  rm,
  truncate,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRng, type Rng } from '../../bench/prng.ts';
import { createCorpus } from '../model/corpus.ts';
import { writeApi } from '../emit/write-api.ts';
import { openResultCache, type CacheStats } from './result-cache.ts';

/**
 * An incremental build (the result cache, and the previous build's output left in place) must
 * write exactly what a clean build of the same corpus writes. Random sequences of the edits an
 * editor makes, each followed by both builds, compared file by file.
 */

const DEMO = path.join(import.meta.dirname, '..', '..', 'content');
const NOW = Date.parse('2026-12-01T00:00:00Z');
const OPTIONS = { relatedLimit: 12 };

async function articlesOf(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter(
      (entry) =>
        entry.isFile() && entry.name.endsWith('.md') && !entry.parentPath.includes('_data'),
    )
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Every file under `dir`, by relative path, with its bytes. */
async function tree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, absolute), await readFile(absolute, 'utf8'));
  }
  return files;
}

type Edit = { name: string; apply: (root: string) => Promise<number> };

/** The edits an editor makes; each returns how many article files now need processing. */
function edits(rng: Rng): Edit[] {
  const file = async (root: string) => path.join(root, rng.pick(await articlesOf(root)));
  const rewrite = async (root: string, change: (text: string) => string) => {
    const target = await file(root);
    const text = await readFile(target, 'utf8');
    const changed = change(text);
    await writeFile(target, changed);
    return changed === text ? 0 : 1;
  };
  let serial = 0;
  return [
    {
      name: 'retitle',
      apply: (root) =>
        rewrite(root, (text) => text.replace(/^title: "/m, `title: "Update ${++serial}: `)),
    },
    {
      // Same length, so neither size nor (within a clock tick) time tells the edit apart.
      name: 'same-size heat',
      apply: (root) =>
        rewrite(root, (text) =>
          text.replace(
            /^heat: (-?)(\d)/m,
            (_, sign: string, digit: string) => `heat: ${sign}${(Number(digit) + 1) % 10}`,
          ),
        ),
    },
    {
      name: 'unpublish or publish',
      apply: (root) =>
        rewrite(root, (text) =>
          text.includes('published: true')
            ? text.replace('published: true', 'published: false')
            : text.replace('published: false', 'published: true'),
        ),
    },
    {
      name: 'break the YAML',
      apply: (root) => rewrite(root, (text) => text.replace(/^topics:$/m, 'topics: [unclosed')),
    },
    {
      name: 'add',
      apply: async (root) => {
        const source = await file(root);
        const text = await readFile(source, 'utf8');
        const name = `2026-11-${String(1 + (serial % 28)).padStart(2, '0')}-added-${++serial}.md`;
        await writeFile(
          path.join(root, name),
          text.replace(/^title: "/m, `title: "Added ${serial}: `),
        );
        return 1;
      },
    },
    {
      // Two files with one text: the same words, but each its own slug.
      name: 'copy verbatim',
      apply: async (root) => {
        const source = await file(root);
        await cp(source, source.replace(/\.md$/, `-copy-${++serial}.md`));
        return 1;
      },
    },
    {
      name: 'delete',
      apply: async (root) => {
        await rm(await file(root));
        return 0;
      },
    },
    {
      name: 'rename',
      apply: async (root) => {
        const source = await file(root);
        await rename(source, source.replace(/\.md$/, `-renamed-${++serial}.md`));
        return 1;
      },
    },
    {
      name: 'move into a folder',
      apply: async (root) => {
        const source = await file(root);
        const folder = path.join(root, `desk-${serial % 3}`);
        await mkdir(folder, { recursive: true });
        await rename(source, path.join(folder, `moved-${++serial}-${path.basename(source)}`));
        return 1;
      },
    },
    {
      name: 'rename a topic',
      apply: async (root) => {
        const topics = path.join(root, '_data', 'topics');
        const target = path.join(topics, rng.pick(await readdir(topics)));
        const text = await readFile(target, 'utf8');
        await writeFile(target, text.replace(/^(name: .*)$/m, `$1 ${++serial}`));
        return 0;
      },
    },
  ];
}

async function packsIn(cacheDir: string): Promise<string[]> {
  return (await readdir(cacheDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.pack'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('an incremental build', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'incremental-'));
  });
  afterAll(async () => {
    vi.useRealTimers();
    await rm(work, { recursive: true, force: true });
  });

  /**
   * The build's clock, a minute later at each build: files the test wrote moments ago count as
   * settled, so the cache also trusts their sizes and times (a real build comes minutes after an
   * edit; one that comes within 2 s hashes the file again).
   */
  let clock = Date.now();
  const later = () => {
    clock += 60_000;
    vi.useFakeTimers({ toFake: ['Date'], now: clock });
  };

  /** Builds `root` into `outDir`, with the cache at `cacheDir` or none. */
  async function buildInto(root: string, outDir: string, cacheDir?: string, codeVersion = 'test') {
    later();
    const corpus = createCorpus({ root, now: NOW, ...OPTIONS });
    const cache =
      cacheDir === undefined
        ? undefined
        : openResultCache({ dir: cacheDir, root, options: corpus.processOptions, codeVersion });
    await corpus.load(cache);
    const written = await writeApi(corpus.model(), outDir);
    return { written, stats: cache?.stats as CacheStats };
  }

  async function cleanBuild(root: string, step: string) {
    const outDir = path.join(work, `clean-${step}`);
    await buildInto(root, outDir);
    const files = await tree(outDir);
    await rm(outDir, { recursive: true });
    return files;
  }

  async function demoCopy(name: string) {
    const root = path.join(work, `corpus-${name}`);
    await cp(DEMO, root, { recursive: true });
    return {
      root,
      outDir: path.join(work, `out-${name}`),
      cacheDir: path.join(work, `cache-${name}`),
      files: (await articlesOf(root)).length,
    };
  }

  it.each([1, 2, 3])(
    'writes byte for byte what a clean build writes, after each of 12 random edits (seed %i)',
    async (seed) => {
      const rng = createRng('incremental-build', seed);
      const { root, outDir, cacheDir } = await demoCopy(`random-${seed}`);
      await buildInto(root, outDir, cacheDir);
      const kinds = edits(rng);
      for (let step = 0; step < 12; step++) {
        const edit = rng.pick(kinds);
        const changed = await edit.apply(root);
        const { stats } = await buildInto(root, outDir, cacheDir);
        // Only what the edit touched was processed again.
        expect(stats.written, `${edit.name} at step ${step}`).toBe(changed);
        const incremental = await tree(outDir);
        const clean = await cleanBuild(root, `${seed}-${step}`);
        expect([...incremental.keys()].sort(), `${edit.name} at step ${step}`).toEqual(
          [...clean.keys()].sort(),
        );
        for (const [file, body] of clean) {
          expect(incremental.get(file), `${file} after ${edit.name} at step ${step}`).toBe(body);
        }
      }
    },
    60_000,
  );

  it('rewrites only the files whose bytes change, and removes what the corpus no longer has', async () => {
    const { root, outDir, cacheDir, files } = await demoCopy('touch');
    const first = await buildInto(root, outDir, cacheDir);
    const again = await buildInto(root, outDir, cacheDir);
    expect(again.written).toMatchObject({ files: first.written.files, written: 0, removed: 0 });
    // Untouched since the last build: not even read.
    expect(again.stats).toMatchObject({ reused: files, unread: files, written: 0 });

    await rm(path.join(root, '2026-09-15-ferry-fares-frozen.md'));
    const after = await buildInto(root, outDir, cacheDir);
    expect(after.written.removed).toBeGreaterThan(0);
    expect(after.written.written).toBeLessThan(after.written.files / 2);
    expect(await tree(outDir)).toEqual(await cleanBuild(root, 'touch'));
  });

  it('hashes a file again when it was written moments before the build that recorded it', async () => {
    const { root, outDir, cacheDir, files } = await demoCopy('racy');
    vi.useRealTimers();
    const corpus = createCorpus({ root, now: NOW, ...OPTIONS });
    const cache = () =>
      openResultCache({ dir: cacheDir, root, options: corpus.processOptions, codeVersion: 'test' });
    // Built right after the copy: every file's time is too close to trust.
    await corpus.load(cache());
    const file = path.join(root, '2026-09-15-ferry-fares-frozen.md');
    const text = await readFile(file, 'utf8');
    // The same size, and with a coarse clock possibly the same time.
    await writeFile(file, text.replace('quality: 70', 'quality: 71'));
    const next = cache();
    await corpus.load(next);
    expect(next.stats).toMatchObject({ unread: 0, written: 1, reused: files - 1 });
    await writeApi(corpus.model(), outDir);
    expect(await tree(outDir)).toEqual(await cleanBuild(root, 'racy'));
  });

  it('keeps a copy filed under another name from taking the place of the original', async () => {
    const { root, outDir, cacheDir } = await demoCopy('twins');
    await buildInto(root, outDir, cacheDir);
    const original = path.join(root, '2026-09-15-ferry-fares-frozen.md');
    // Filed again a day later: the same address, so the first in path order keeps the article,
    // and the second is refused as its copy.
    await cp(original, path.join(root, '2026-09-16-ferry-fares-frozen.md'));
    await buildInto(root, outDir, cacheDir);
    const { stats } = await buildInto(root, outDir, cacheDir);
    expect(stats.written).toBe(0);
    expect(await tree(outDir)).toEqual(await cleanBuild(root, 'twins'));
  });

  it.each([
    ['cut short', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length * 0.7))],
    [
      'damaged in the middle',
      (bytes: Buffer) => {
        const copy = Buffer.from(bytes);
        for (let i = Math.floor(copy.length / 2); i < copy.length / 2 + 64; i++) copy[i]! ^= 0xff;
        return copy;
      },
    ],
    ['of another format', (bytes: Buffer) => Buffer.alloc(bytes.length, 'NRC9')],
    ['empty', () => Buffer.alloc(0)],
  ])('processes files again when their cache pack is %s', async (name, damage) => {
    const { root, outDir, cacheDir, files } = await demoCopy(`damaged-${name.replace(/ /g, '-')}`);
    await buildInto(root, outDir, cacheDir);
    const packs = (await readdir(cacheDir, { recursive: true, withFileTypes: true })).filter(
      (entry) => entry.isFile() && entry.name.endsWith('.pack'),
    );
    expect(packs).toHaveLength(1);
    const pack = path.join(packs[0]!.parentPath, packs[0]!.name);
    await writeFile(pack, damage(await readFile(pack)));
    const { stats } = await buildInto(root, outDir, cacheDir);
    expect(stats.damaged).toBeGreaterThan(0);
    expect(stats).toMatchObject({ written: stats.damaged, reused: files - stats.damaged });
    expect(await tree(outDir)).toEqual(await cleanBuild(root, `damaged-${name}`));
  });

  it('processes a file again when its entry is damaged and its text still matches', async () => {
    const { root, outDir, cacheDir, files } = await demoCopy('damaged-racy');
    vi.useRealTimers();
    const corpus = createCorpus({ root, now: NOW, ...OPTIONS });
    const cache = () =>
      openResultCache({ dir: cacheDir, root, options: corpus.processOptions, codeVersion: 'test' });
    // Files written just now are hashed by the workers, which find their known keys...
    await corpus.load(cache());
    const [pack] = await packsIn(cacheDir);
    await writeFile(pack!, Buffer.alloc((await readFile(pack!)).length));
    // ...whose entries are then found damaged, and the files processed after all.
    const next = cache();
    await corpus.load(next);
    expect(next.stats).toMatchObject({ unread: 0, reused: 0, damaged: files, written: files });
    await writeApi(corpus.model(), outDir);
    expect(await tree(outDir)).toEqual(await cleanBuild(root, 'damaged-racy'));
  });

  it('keeps its packs few, however many builds add one', async () => {
    const { root, outDir, cacheDir } = await demoCopy('packs');
    await buildInto(root, outDir, cacheDir);
    const file = path.join(root, '2026-09-15-ferry-fares-frozen.md');
    const text = await readFile(file, 'utf8');
    for (let edit = 0; edit < 12; edit++) {
      await writeFile(file, text.replace(/^title: "/m, `title: "Edit ${edit}: `));
      await buildInto(root, outDir, cacheDir);
    }
    expect((await packsIn(cacheDir)).length).toBeLessThanOrEqual(2);
    expect(await tree(outDir)).toEqual(await cleanBuild(root, 'packs'));
  });

  it('goes on without the cache when it cannot write it', async () => {
    const { root, outDir, files } = await demoCopy('unwritable');
    // A file where the cache's folder should be: nothing can be written under it.
    const cacheDir = path.join(work, 'cache-is-a-file');
    await writeFile(cacheDir, '');
    const { stats } = await buildInto(root, outDir, cacheDir);
    expect(stats.error).toMatch(/ENOTDIR|EEXIST/);
    expect(stats.written).toBe(0);
    expect((await articlesOf(root)).length).toBe(files);
    expect(await tree(outDir)).toEqual(await cleanBuild(root, 'unwritable'));
  });

  it('trusts no entry of another code version, and ignores a damaged index', async () => {
    const { root, outDir, cacheDir, files } = await demoCopy('version');
    await buildInto(root, outDir, cacheDir, 'v1');
    const upgraded = await buildInto(root, outDir, cacheDir, 'v2');
    expect(upgraded.stats).toMatchObject({ reused: 0, written: files });
    // The old version's folder went with the new one's first build.
    expect(await readdir(path.join(cacheDir, (await readdir(cacheDir))[0]!))).toHaveLength(1);

    const index = (await readdir(cacheDir, { recursive: true, withFileTypes: true })).find(
      (entry) => entry.name === 'index.json',
    );
    await truncate(path.join(index!.parentPath, index!.name), 10);
    const afterDamage = await buildInto(root, outDir, cacheDir, 'v2');
    // Without the index nothing says which text a file had: each is processed again, once.
    expect(afterDamage.stats).toMatchObject({ reused: 0, written: files });
    expect(await tree(outDir)).toEqual(await cleanBuild(root, 'version'));
  });
});
