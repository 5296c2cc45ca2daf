import { readdirSync } from 'node:fs';
import path from 'node:path';

export type LargestFolder = {
  /** Relative to the folder walked, `/`-separated; `.` for the folder itself. */
  folder: string;
  /** Files and sub-folders directly in it: what a listing of it returns. */
  entries: number;
};

/**
 * The fullest folder of a build's output. Static hosts and object stores list and serve a folder
 * of a few thousand files well and one of a hundred thousand badly, so the API keeps every folder
 * under ~10,000 entries at a million articles (api/shard.ts, PAGES_PER_FOLDER in api/contract.ts).
 * Sub-folders count: `api/providers/` with one folder per outlet is as long a listing as files.
 */
export function largestFolder(root: string): LargestFolder {
  let largest: LargestFolder = { folder: '.', entries: 0 };
  const pending = [root];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    const entries = readdirSync(dir, { withFileTypes: true });
    if (entries.length > largest.entries) {
      const folder = path.relative(root, dir).split(path.sep).join('/') || '.';
      largest = { folder, entries: entries.length };
    }
    for (const entry of entries) {
      if (entry.isDirectory()) pending.push(path.join(dir, entry.name));
    }
  }
  return largest;
}
