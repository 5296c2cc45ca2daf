import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deriveModel } from '../model/corpus-model.ts';
import { apiFileTarget, writeApi } from './write-api.ts';
import { resultsOf, storedArticle } from '../test-support/stored-article.ts';

/** The writer is the second wall: whatever a name says, nothing lands outside the output. */

const sites: string[] = [];
afterEach(() => {
  for (const site of sites.splice(0)) rmSync(site, { recursive: true, force: true });
});

function freshOutDir() {
  const site = mkdtempSync(path.join(tmpdir(), 'emit-safety-'));
  sites.push(site);
  return path.join(site, 'dist');
}

describe('apiFileTarget', () => {
  it('maps an API path to its file under the output folder, decoding it as a host would', () => {
    const out = freshOutDir();
    expect(apiFileTarget(out, '/api/topics/caf%C3%A9/ranked/1.json')).toBe(
      path.join(out, 'api', 'topics', 'café', 'ranked', '1.json'),
    );
  });

  it.each([
    '/api/topics/../feed/ranked/1.json',
    '/api/topics/%2e%2e/feed/ranked/1.json',
    '/api/topics/..%2f..%2f..%2fetc/ranked/1.json',
    '/api/topics/a%5cb/ranked/1.json',
    '/api/topics/nul%00/ranked/1.json',
    '/api/topics/%E0%A4%A/ranked/1.json',
    '/api/../../outside.json',
  ])('refuses %s', (apiPath) => {
    expect(() => apiFileTarget(freshOutDir(), apiPath)).toThrow(/refusing to write/);
  });
});

describe('writeApi', () => {
  const model = () =>
    deriveModel(
      resultsOf(Array.from({ length: 30 }, (_, i) => storedArticle(`story-${i}`))),
      { topics: [], organizations: new Map(), rejected: [] },
      { now: Date.parse('2026-09-02T00:00:00Z') },
    );

  it('says how many files and bytes it wrote', async () => {
    const written = await writeApi(model(), freshOutDir());
    expect(written.files).toBeGreaterThan(30);
    expect(written.bytes).toBeGreaterThan(30 * 200);
  });

  it('stops with a clear message past its output budget, before writing on', async () => {
    const everything = await writeApi(model(), freshOutDir());
    const out = freshOutDir();
    await expect(writeApi(model(), out, { bytes: 10_000, files: 1_000 })).rejects.toThrow(
      /would exceed its output budget of 1000 files and 10 KiB .*likely hostile or broken/,
    );
    const written = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) =>
      entry.isFile(),
    );
    expect(written.length).toBeLessThan(everything.files);
  });

  /** Every file under `dir`, by relative path, with its text. */
  function tree(dir: string): Map<string, string> {
    return new Map(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const file = path.join(entry.parentPath, entry.name);
          return [path.relative(dir, file), readFileSync(file, 'utf8')];
        }),
    );
  }

  /** A build of the model, then `plant` in its output, then a build over it. */
  async function overPlanted(plant: (out: string, site: string) => void) {
    const clean = freshOutDir();
    await writeApi(model(), clean);
    const out = freshOutDir();
    await writeApi(model(), out);
    plant(out, path.dirname(out));
    await writeApi(model(), out);
    expect(tree(out)).toEqual(tree(clean));
    return out;
  }

  it('replaces a hard link planted in the output instead of writing through it', async () => {
    let outside = '';
    await overPlanted((out, site) => {
      outside = path.join(site, 'outside.txt');
      writeFileSync(outside, 'not the build’s');
      const index = path.join(out, 'api', 'index.json');
      rmSync(index);
      linkSync(outside, index);
    });
    expect(readFileSync(outside, 'utf8')).toBe('not the build’s');
  });

  it('removes a symbolic link planted in the output before writing a byte', async () => {
    let outside = '';
    await overPlanted((out, site) => {
      outside = path.join(site, 'outside');
      mkdirSync(outside);
      const articles = path.join(out, 'api', 'articles');
      rmSync(articles, { recursive: true });
      symlinkSync(outside, articles);
    });
    expect(readdirSync(outside)).toEqual([]);
  });

  it('replaces a file where a folder now goes, and a folder where a file now goes', async () => {
    await overPlanted((out) => {
      const articles = path.join(out, 'api', 'articles');
      rmSync(articles, { recursive: true });
      writeFileSync(articles, 'a file where a folder goes');
      const index = path.join(out, 'api', 'index.json');
      rmSync(index);
      mkdirSync(path.join(index, 'deep'), { recursive: true });
      writeFileSync(path.join(index, 'deep', 'x.json'), '{}');
    });
  });

  it('leaves a file whose bytes are the same untouched, and removes what the API no longer has', async () => {
    const out = await overPlanted((dir) => {
      writeFileSync(path.join(dir, 'api', 'stale.json'), '{}');
      writeFileSync(path.join(dir, 'api', 'index.json.123.tmp'), 'left by a killed build');
    });
    const index = path.join(out, 'api', 'index.json');
    const before = statSync(index);
    const again = await writeApi(model(), out);
    expect(again).toMatchObject({ written: 0, removed: 0 });
    expect(statSync(index).ino).toBe(before.ino);
  });
});
