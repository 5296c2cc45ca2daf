import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, '..', '..');
const CLI = path.join(REPO, 'plugin', 'cli', 'content-check.ts');

async function check(contentDir: string) {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', CLI], {
      cwd: REPO,
      env: { ...process.env, CONTENT_DIR: contentDir },
    });
    return { code: 0, stdout };
  } catch (error) {
    const { code, stdout } = error as { code: number; stdout: string };
    return { code, stdout };
  }
}

describe('content:check', () => {
  it('prints every problem as file:line field: message, a summary, and exits 1 on rejection', async () => {
    const { code, stdout } = await check('plugin/__fixtures__/corpus-basic');
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    const broken = 'plugin/__fixtures__/corpus-basic/news/2026-09-06-broken.md';
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${broken}:\\d+ title: `)),
        expect.stringMatching(new RegExp(`^${broken}:\\d+ publishedDateTime: `)),
        expect.stringMatching(
          /^plugin\/__fixtures__\/corpus-basic\/news\/extra\/2026-09-01-tram-opens\.md slug: duplicate slug/,
        ),
      ]),
    );
    // Warnings are printed too, marked as such, and do not reject the file.
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /corpus-basic\/news\/2026-09-03-market-record\.md:7 warning: ampWebUrl: /,
        ),
      ]),
    );
    expect(lines.at(-1)).toBe('4 accepted, 1 skipped, 2 rejected, 1 warnings');
  });

  it('exits 0 on a clean corpus', async () => {
    const { code, stdout } = await check('plugin/__fixtures__/corpus-clean');
    expect(code).toBe(0);
    expect(stdout.trim()).toBe('1 accepted, 0 skipped, 0 rejected, 0 warnings');
  });
});
