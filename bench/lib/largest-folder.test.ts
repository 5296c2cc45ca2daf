import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { largestFolder } from './largest-folder.ts';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

function tree(files: string[]): string {
  root = mkdtempSync(path.join(tmpdir(), 'largest-folder-'));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), '{}');
  }
  return root;
}

describe('largestFolder', () => {
  it('names the folder with the most entries, however deep', () => {
    const dir = tree([
      'index.html',
      'api/index.json',
      'api/articles/3f/a.json',
      'api/articles/3f/b.json',
      'api/articles/3f/c.json',
      'api/articles/0a/d.json',
    ]);
    expect(largestFolder(dir)).toEqual({ folder: 'api/articles/3f', entries: 3 });
  });

  it('counts sub-folders as entries, as a listing does', () => {
    const dir = tree(['a/1/x', 'a/2/x', 'a/3/x', 'a/4/x', 'b/x', 'b/y']);
    expect(largestFolder(dir)).toEqual({ folder: 'a', entries: 4 });
  });
});
