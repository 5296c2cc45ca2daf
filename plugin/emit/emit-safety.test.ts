import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
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
});
