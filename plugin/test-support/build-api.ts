import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { newsCorpus } from '../index.ts';

/** A file the build wrote, by its path under the site with `/` separators (`api/index.json`). */
export type BuiltFile = { file: string; body: string };

/** Builds a bare site with the corpus at `contentDir` and returns every API file it wrote. */
export async function buildApi(contentDir: string): Promise<BuiltFile[]> {
  const root = await mkdtemp(path.join(tmpdir(), 'emitted-api-'));
  try {
    await writeFile(
      path.join(root, 'index.html'),
      '<!doctype html><html><body><script type="module" src="./main.js"></script></body></html>',
    );
    await writeFile(path.join(root, 'main.js'), '');
    const outDir = path.join(root, 'dist');
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [newsCorpus({ contentDir })],
      build: { outDir, emptyOutDir: true },
    });
    const entries = await readdir(path.join(outDir, 'api'), {
      recursive: true,
      withFileTypes: true,
    });
    return Promise.all(
      entries
        .filter((entry) => entry.isFile())
        .map(async (entry) => {
          const absolute = path.join(entry.parentPath, entry.name);
          const file = path.relative(outDir, absolute).split(path.sep).join('/');
          return { file, body: await readFile(absolute, 'utf8') };
        }),
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
