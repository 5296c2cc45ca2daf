import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCorpusFile } from './read-corpus-file.ts';

let site: string;
let corpus: string;

beforeEach(() => {
  site = mkdtempSync(path.join(tmpdir(), 'read-corpus-file-'));
  corpus = path.join(site, 'corpus');
  mkdirSync(path.join(corpus, 'news'), { recursive: true });
  writeFileSync(path.join(site, 'secret.txt'), 'secret');
  writeFileSync(path.join(corpus, 'news', 'story.md'), 'a story');
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

describe('readCorpusFile', () => {
  it('reads a regular file inside the corpus, and a link that stays inside', () => {
    symlinkSync(path.join(corpus, 'news', 'story.md'), path.join(corpus, 'news', 'alias.md'));
    expect(readCorpusFile(corpus, 'news/story.md', 100)).toEqual({ ok: true, text: 'a story' });
    expect(readCorpusFile(corpus, 'news/alias.md', 100)).toEqual({ ok: true, text: 'a story' });
  });

  it('refuses a link that leads outside the corpus, without reading it', () => {
    symlinkSync(path.join(site, 'secret.txt'), path.join(corpus, 'news', 'leak.md'));
    expect(readCorpusFile(corpus, 'news/leak.md', 100)).toEqual({
      ok: false,
      message: 'is a symbolic link that leads outside the corpus; not read',
    });
  });

  it('refuses a folder, and a named pipe without waiting for a writer', () => {
    mkdirSync(path.join(corpus, 'news', 'folder.md'));
    execFileSync('mkfifo', [path.join(corpus, 'news', 'pipe.md')]);
    expect(readCorpusFile(corpus, 'news/folder.md', 100)).toMatchObject({ ok: false });
    expect(readCorpusFile(corpus, 'news/pipe.md', 100)).toEqual({
      ok: false,
      message: 'is not a regular file; not read',
    });
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(readCorpusFile(corpus, 'news/story.md', 3)).toEqual({
      ok: false,
      message: 'file is 7 bytes, over the limit of 3',
    });
  });
});
