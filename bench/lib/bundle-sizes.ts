import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type SizedFile = { file: string; bytes: number; gzip: number };
export type BundleSizes = { entry: SizedFile[]; entryGzip: number; lazy: SizedFile[] };

/** gzip -9, the usual yardstick for "gzip size". */
export const gzipSize = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

/** Files index.html loads up front: module scripts, modulepreloads and stylesheets. */
export function entryAssets(html: string): string[] {
  const refs = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    const rel = /\brel=["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase();
    if (!isScript && rel !== 'modulepreload' && rel !== 'stylesheet') continue;
    const ref = (isScript ? /\bsrc=["']?([^"'\s>]+)/i : /\bhref=["']?([^"'\s>]+)/i).exec(tag)?.[1];
    if (ref && !/^[a-z]+:\/\//i.test(ref)) refs.add(ref.replace(/^\//, '').split('?')[0] ?? ref);
  }
  return [...refs];
}

export function bundleSizes(distDir: string): BundleSizes {
  const size = (file: string): SizedFile => {
    const data = readFileSync(path.join(distDir, file));
    return { file, bytes: data.length, gzip: gzipSize(data) };
  };
  const entryFiles = entryAssets(readFileSync(path.join(distDir, 'index.html'), 'utf8'));
  const entry = entryFiles.map(size);
  const lazy = readdirSync(path.join(distDir, 'assets'))
    .map((name) => `assets/${name}`)
    .filter((file) => /\.(js|css)$/.test(file) && !entryFiles.includes(file))
    .map(size)
    .sort((a, b) => b.gzip - a.gzip);
  return { entry, entryGzip: entry.reduce((sum, file) => sum + file.gzip, 0), lazy };
}
