import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Taxonomies live here; nothing under it is an article. */
export const DATA_DIR = '_data';

/**
 * Whether a corpus-relative path (forward slashes) names an article: a `*.md` file outside `_data/`
 * and outside hidden folders.
 */
export function isArticlePath(file: string): boolean {
  if (!file.endsWith('.md') || file.startsWith('../')) return false;
  const segments = file.split('/');
  return segments[0] !== DATA_DIR && !segments.some((segment) => segment.startsWith('.'));
}

/** Every article of the corpus, as sorted corpus-relative paths with forward slashes. */
export function scanCorpus(root: string): string[] {
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    // Links, pipes and devices are listed like files: reading one refuses what is not a regular
    // file inside the corpus, with the reason, rather than skip it without a word.
    if (entry.isDirectory()) continue;
    // `parentPath` is Node >= 20.12; `path` is its older name.
    const dir = (entry as { parentPath?: string }).parentPath ?? entry.path;
    const file = path.relative(root, path.join(dir, entry.name)).split(path.sep).join('/');
    if (isArticlePath(file)) files.push(file);
  }
  return files.sort();
}
