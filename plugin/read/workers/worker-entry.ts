import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const WORKER_SOURCE = fileURLToPath(new URL('./process-worker.ts', import.meta.url));
/** Fallback entry: registers tsx in each worker (about 0.4 s of start-up per worker). */
const TSX_ENTRY = new URL('./process-worker.mjs', import.meta.url);
/** In node_modules, so that anything the bundle still requires resolves as from plugin/. */
const CACHE_DIR = path.resolve(
  path.dirname(WORKER_SOURCE),
  '../../..',
  'node_modules',
  '.cache',
  'news-corpus',
);
// One manifest per checkout: two trees can share node_modules (a copy with a symlink), and each
// must get a bundle of its own sources.
const MANIFEST = path.join(
  CACHE_DIR,
  `process-worker-${createHash('sha256').update(WORKER_SOURCE).digest('hex').slice(0, 12)}.json`,
);

/** The bundle last written, and a hash of every file it was built from (and of rolldown's). */
type Manifest = { file: string; inputs: Record<string, string> };

let compiled: Promise<URL> | undefined;

/**
 * The worker as one plain JavaScript module with its packages inside, bundled with rolldown
 * (Vite's own bundler, so always installed alongside it). Every file processed goes through a
 * worker, so its start-up is on the path of every small build and the dev server's first edit:
 * with no TypeScript loader and no package resolution a worker answers in about half the time
 * (~0.4 s rather than ~0.8 s on a 2-core machine). The bundle is reused while none of its input
 * files changed, which takes a few ms to check instead of ~0.7 s to bundle again. Files are named
 * by content and written atomically, so concurrent builds never read a half-written one. Falls
 * back to the tsx entry if anything goes wrong.
 */
export function workerEntry(): Promise<URL> {
  compiled ??= findOrCompile().catch(() => TSX_ENTRY);
  return compiled;
}

async function findOrCompile(): Promise<URL> {
  // Its version decides the code it adds; loading rolldown itself would take ~0.2 s.
  const bundler = createRequire(import.meta.url).resolve('rolldown/package.json');
  return (await cached()) ?? (await compile(bundler));
}

async function hashOf(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex')
    .slice(0, 16);
}

async function cached(): Promise<URL | undefined> {
  let manifest: Partial<Manifest>;
  try {
    manifest = JSON.parse(await readFile(MANIFEST, 'utf8')) as Partial<Manifest>;
  } catch {
    return undefined;
  }
  const { file, inputs } = manifest;
  if (typeof file !== 'string' || typeof inputs !== 'object' || inputs === null) return undefined;
  const bundle = path.join(CACHE_DIR, path.basename(file));
  if (!existsSync(bundle)) return undefined;
  try {
    const entries = Object.entries(inputs);
    const hashes = await Promise.all(entries.map(([input]) => hashOf(input)));
    return entries.every(([, hash], i) => hashes[i] === hash) ? pathToFileURL(bundle) : undefined;
  } catch {
    // An input went away.
    return undefined;
  }
}

async function compile(bundler: string): Promise<URL> {
  const { rolldown } = await import('rolldown');
  const bundle = await rolldown({
    input: WORKER_SOURCE,
    platform: 'node',
    logLevel: 'silent',
    external: (id) => id.startsWith('node:'),
  });
  let code: string;
  let moduleIds: string[];
  try {
    const { output } = await bundle.generate({ format: 'esm' });
    ({ code, moduleIds } = output[0]);
  } finally {
    await bundle.close();
  }
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const file = `process-worker-${hash}.mjs`;
  // Rolldown's own modules (ids starting with \0) are covered by its package.json.
  const sources = [bundler, ...moduleIds.filter((id) => path.isAbsolute(id))];
  const hashes = await Promise.all(sources.map(hashOf));
  const manifest: Manifest = {
    file,
    inputs: Object.fromEntries(sources.map((id, i) => [id, hashes[i] as string])),
  };
  await mkdir(CACHE_DIR, { recursive: true });
  await writeAtomically(path.join(CACHE_DIR, file), code);
  await writeAtomically(MANIFEST, JSON.stringify(manifest));
  return pathToFileURL(path.join(CACHE_DIR, file));
}

async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

/**
 * The version of the code that processes files: the worker bundle's content hash, which changes
 * with any of its sources or packages. Undefined when the workers run from TypeScript sources
 * (the fallback), whose version nothing pins down: results are then not cached.
 */
export async function workerCodeVersion(): Promise<string | undefined> {
  const entry = await workerEntry();
  return /^process-worker-([0-9a-f]+)\.mjs$/.exec(path.basename(fileURLToPath(entry)))?.[1];
}
