import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentReport } from '../../api/contract.ts';
import { reportSummary, skipCounts, skippedLines, skippedSummary } from './format-problems.ts';

function reportWith(skipped: ContentReport['skipped']): ContentReport {
  return {
    accepted: [{ file: 'news/kept.md', slug: 'kept' }],
    skipped,
    rejected: [],
    warnings: [],
  };
}

const DRAFTS = ['news/c-draft.md', 'news/a-draft.md', 'news/b-draft.md'].map((file) => ({
  file,
  reason: 'published: false',
}));
const SCHEDULED = { file: 'news/later.md', reason: 'scheduled: dated in the future' };

describe('skip reasons in the content report', () => {
  it('counts the skipped files per reason, most common first, worded for an editor', () => {
    const report = reportWith([SCHEDULED, ...DRAFTS]);
    expect(skippedSummary(report)).toBe(
      'skipped: 3 drafts (published: false), 1 scheduled (dated in the future)',
    );
    // The summary line itself is unchanged (the build log and scripts read it).
    expect(reportSummary(report)).toBe('1 accepted, 4 skipped, 0 rejected, 0 warnings');
  });

  it('says nothing about skipped files when none was skipped', () => {
    expect(skippedSummary(reportWith([]))).toBeNull();
    expect(skippedLines(reportWith([]))).toEqual([]);
  });

  it('groups reasons by kind, not by their exact text, and keeps an unknown reason as it is', () => {
    const report = reportWith([
      { file: 'news/x.md', reason: 'scheduled: dated in the future' },
      { file: 'news/y.md', reason: 'scheduled: dated 2099-01-01, after the build' },
      { file: 'news/z.md', reason: 'left out by hand' },
    ]);
    expect(skipCounts(report)).toEqual([
      { kind: 'scheduled (dated in the future)', count: 2 },
      { kind: 'left out by hand', count: 1 },
    ]);
    expect(skippedSummary(report)).toBe(
      'skipped: 2 scheduled (dated in the future), 1 left out by hand',
    );
  });

  it('lists every skipped file as "file: reason", in path order, shown through display', () => {
    const report = reportWith([SCHEDULED, ...DRAFTS]);
    expect(skippedLines(report, (file) => `content/${file}`)).toEqual([
      'content/news/a-draft.md: published: false',
      'content/news/b-draft.md: published: false',
      'content/news/c-draft.md: published: false',
      'content/news/later.md: scheduled: dated in the future',
    ]);
  });
});

const REPO = path.resolve(import.meta.dirname, '..', '..');
const CLI = path.join(REPO, 'plugin', 'cli', 'content-check.ts');

function article(title: string, date: string, published: boolean): string {
  return [
    '---',
    `title: ${JSON.stringify(title)}`,
    'excerpt: "What happened."',
    `publishedDateTime: ${date}`,
    `webUrl: "https://harbour.example/${title.toLowerCase().replaceAll(' ', '-')}"`,
    'provider:\n  name: Harbour News\n  domain: harbour.example',
    `published: ${published}`,
    '---',
    'A short body.',
  ].join('\n');
}

describe('content:check --verbose on a corpus with skipped files', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'content-check-skipped-'));
    mkdirSync(path.join(dir, 'news'));
    const files: Record<string, string> = {
      '2026-09-01-kept.md': article('Kept', '2026-09-01T08:00:00Z', true),
      '2026-09-02-first-draft.md': article('First draft', '2026-09-02T08:00:00Z', false),
      '2026-09-03-second-draft.md': article('Second draft', '2026-09-03T08:00:00Z', false),
      '2099-01-01-scheduled.md': article('Scheduled', '2099-01-01T08:00:00Z', true),
    };
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(path.join(dir, 'news', name), text);
    }
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function check(...args: string[]) {
    // Exit code 0 on this corpus: execFile would throw otherwise.
    return promisify(execFile)(process.execPath, ['--import', 'tsx', CLI, ...args], {
      cwd: REPO,
      env: { ...process.env, CONTENT_DIR: dir },
    });
  }

  const shown = (name: string) => path.relative(REPO, path.join(dir, 'news', name));

  it('prints the count per reason before the summary, and a hint that --verbose lists them', async () => {
    const { stdout, stderr } = await check();
    const lines = stdout.trim().split('\n');
    expect(lines.slice(-2)).toEqual([
      'skipped: 2 drafts (published: false), 1 scheduled (dated in the future)',
      '1 accepted, 3 skipped, 0 rejected, 1 warnings',
    ]);
    expect(stdout).not.toContain(`${shown('2026-09-02-first-draft.md')}: `);
    expect(stderr.trim()).toBe(
      'hint: add --verbose to list the skipped files (npm run content:check -- --verbose)',
    );
  });

  it('with --verbose, lists each skipped file with its reason and gives no hint', async () => {
    const { stdout, stderr } = await check('--verbose');
    const lines = stdout.trim().split('\n');
    expect(lines.slice(-5)).toEqual([
      `${shown('2026-09-02-first-draft.md')}: published: false`,
      `${shown('2026-09-03-second-draft.md')}: published: false`,
      `${shown('2099-01-01-scheduled.md')}: scheduled: dated in the future`,
      'skipped: 2 drafts (published: false), 1 scheduled (dated in the future)',
      '1 accepted, 3 skipped, 0 rejected, 1 warnings',
    ]);
    // The future-dated story's warning is still printed, as before.
    expect(lines[0]).toMatch(/2099-01-01-scheduled\.md warning: publishedDateTime: /);
    expect(stderr).toBe('');
  });
});
