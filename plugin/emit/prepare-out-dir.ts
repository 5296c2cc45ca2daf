import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { API_BASE } from '../../api/contract.ts';

/** The folder of `outDir` the API lives in. */
export const API_FOLDER = API_BASE.replace(/^\//, '');

/**
 * Whether Vite would empty `outDir` before a build: when told to, and by default when it lies
 * inside the project (Vite leaves a folder outside alone unless told, in case it holds other
 * things).
 */
export function viteWouldEmpty(
  outDir: string,
  root: string,
  emptyOutDir: boolean | null | undefined,
): boolean {
  if (emptyOutDir != null) return emptyOutDir;
  const inside = path.relative(root, outDir);
  return inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside);
}

/**
 * Empties `outDir` as Vite does (it keeps `.git`), but keeps the API folder for writeApi, which
 * rewrites only the files whose bytes change and removes the rest. Kept even in a forced build:
 * the comparison is of the bytes themselves, so trusting nothing from before costs nothing, while
 * deleting ~10,000 files and writing them again costs this machine's filesystem 2-3 times the
 * system time of writing them once (bench/README.md, "A rebuild over the previous output").
 */
export function emptyOutDirKeepingApi(outDir: string): void {
  let names: string[];
  try {
    names = readdirSync(outDir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name === '.git' || name === API_FOLDER) continue;
    rmSync(path.join(outDir, name), { recursive: true, force: true });
  }
}
