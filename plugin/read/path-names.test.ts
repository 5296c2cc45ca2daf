import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiPaths, type Article } from '../../api/contract.ts';
import { createCorpus } from '../model/corpus.ts';
import { renderApiPath } from '../emit/emit.ts';
import { foldName, MAX_NAME_BYTES, pathNameProblem, slugOfFile } from './path-names.ts';

describe('the path-name rule', () => {
  it.each([
    '2020-11-18-trump-fires-top-us-election-cybersecurity-official',
    'election',
    'reuters.com',
    'abcnews.go.com',
    'UPPER',
    'café-société',
    'выборы-2020',
    'under_score~tilde',
  ])('accepts %j', (name) => {
    expect(pathNameProblem(name)).toBeNull();
  });

  it.each([
    ['', /empty/],
    ['..', /starts with a dot/],
    ['.hidden', /starts with a dot/],
    ['trailing.', /ends with a dot/],
    ['../feed', /starts with a dot/],
    ['a/../../feed', /character "\/"/],
    ['a\\b', /character "\\\\"/],
    ['%2e%2e%2ffeed', /character "%"/],
    ['q?x=1', /character "\?"/],
    ['hash#frag', /character "#"/],
    ['with space', /character " "/],
    ['nul\u0000byte', /character/],
    ['c:drive', /character ":"/],
    ['con', /device name/],
    ['NUL.json', /device name/],
    ['com1', /device name/],
    ['e\u0301', /NFC/],
    ['a'.repeat(MAX_NAME_BYTES + 1), /201 bytes long, over the limit of 200/],
    ['é'.repeat(101), /202 bytes long/],
  ])('refuses %j', (name, why) => {
    expect(pathNameProblem(name)).toMatch(why);
  });

  it('folds letter case, so UPPER and upper are one name on a case-insensitive host', () => {
    expect(foldName('UPPER')).toBe(foldName('upper'));
    expect(foldName('Straße')).toBe(foldName('STRASSE'));
    expect(foldName('a')).not.toBe(foldName('b'));
  });

  it('takes the slug from the last path segment only, so a backslash stays in the name', () => {
    expect(slugOfFile('news/2020/2020-11-18-story.md')).toBe('2020-11-18-story');
    expect(slugOfFile('a\\b.md')).toBe('a\\b');
    expect(pathNameProblem(slugOfFile('a\\b.md'))).not.toBeNull();
  });
});

describe('slugs through the build', () => {
  const article = (title: string, slug: string) =>
    [
      '---',
      `title: ${JSON.stringify(title)}`,
      `excerpt: "About ${title}."`,
      'publishedDateTime: 2026-09-02T09:00:00Z',
      `webUrl: "https://harbour-news.example/${slug}"`,
      'provider:\n  name: Harbour News\n  domain: harbour-news.example',
      '---',
      '',
    ].join('\n');

  it('keeps `b.md` its own, and refuses `a\\b.md` and a second `b.md`, naming each file', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'slug-corpus-'));
    try {
      await mkdir(path.join(root, 'news', 'sub'), { recursive: true });
      await writeFile(path.join(root, 'news', 'a\\b.md'), article('Backslash story', 'backslash'));
      await writeFile(path.join(root, 'news', 'b.md'), article('Plain story', 'plain'));
      await writeFile(path.join(root, 'news', 'sub', 'b.md'), article('Nested story', 'nested'));
      const corpus = createCorpus({ root });
      await corpus.load();
      const model = corpus.model();

      const published = JSON.parse(renderApiPath(model, apiPaths.article('b')) ?? '{}') as Article;
      expect(published.title).toBe('Plain story');
      expect([...model.bySlug.keys()]).toEqual(['b']);
      const errors = (file: string) =>
        model.report.rejected.find((entry) => entry.file === file)?.errors.map((e) => e.message);
      expect(errors('news/a\\b.md')).toEqual([
        expect.stringMatching(/^the file name "a\\\\b" has the character "\\\\".*rename the file/),
      ]);
      expect(errors('news/sub/b.md')).toEqual([
        expect.stringContaining('news/sub/b.md has the same file name as news/b.md'),
      ]);

      // The dev server re-reads a saved file by its absolute path: the same rule applies.
      const saved = await corpus.update(path.join(root, 'news', 'a\\b.md'));
      expect(saved).toMatchObject({ kind: 'article', result: { status: 'rejected' } });
      expect([...corpus.model().bySlug.keys()]).toEqual(['b']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
