import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchFolders, type FolderWatch } from './watch-folders.ts';

describe('watchFolders', () => {
  let root: string;
  let watch: FolderWatch | undefined;
  let files: string[];
  let folderEvents: number;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'watch-'));
    await mkdir(path.join(root, 'news', 'extra'), { recursive: true });
    await writeFile(path.join(root, 'news', 'a.md'), 'a');
    files = [];
    folderEvents = 0;
    watch = watchFolders(root, {
      onFile: (absolute) => files.push(absolute),
      onFolders: () => folderEvents++,
    });
  });
  afterEach(async () => {
    watch?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('reports edited, added and deleted files in every folder of the tree', async () => {
    const edited = path.join(root, 'news', 'a.md');
    const added = path.join(root, 'news', 'extra', 'b.md');
    await writeFile(edited, 'a, edited');
    await writeFile(added, 'b');
    await vi.waitFor(() => expect(files).toEqual(expect.arrayContaining([edited, added])));
    files.length = 0;
    await unlink(edited);
    await vi.waitFor(() => expect(files).toContain(edited));
  });

  it('reports folders that appear or go, and watches the new ones', async () => {
    const folder = path.join(root, 'later');
    await mkdir(folder);
    await vi.waitFor(() => expect(folderEvents).toBeGreaterThan(0));
    const inside = path.join(folder, 'c.md');
    await writeFile(inside, 'c');
    await vi.waitFor(() => expect(files).toContain(inside));
    const seen = folderEvents;
    await rm(path.join(root, 'news'), { recursive: true });
    await vi.waitFor(() => expect(folderEvents).toBeGreaterThan(seen));
  });

  it('stops reporting once closed', async () => {
    watch?.close();
    watch = undefined;
    await writeFile(path.join(root, 'news', 'a.md'), 'after close');
    // An event would have arrived by the time a fresh watcher reports the same kind of write.
    const probe: string[] = [];
    const other = watchFolders(root, { onFile: (file) => probe.push(file), onFolders: () => {} });
    try {
      await writeFile(path.join(root, 'news', 'a.md'), 'probe');
      await vi.waitFor(() => expect(probe.length).toBeGreaterThan(0));
      expect(files).toEqual([]);
    } finally {
      other.close();
    }
  });
});
