import { describe, expect, it } from 'vitest';
import { DEFAULT_PROCESS_OPTIONS } from '../plugin/read/article-record.ts';
import { processArticle } from '../plugin/read/process-article.ts';
import { HOSTILE_CASES, hostileFile } from './pathological-cases.ts';

const LIMIT = DEFAULT_PROCESS_OPTIONS.maxFileBytes;

describe('pathological cases', () => {
  it('fill each file up to the size asked for, never past the file-size limit', () => {
    for (const bytes of [100 * 1024, LIMIT]) {
      for (const hostile of HOSTILE_CASES) {
        const size = Buffer.byteLength(hostileFile(hostile, bytes));
        expect(size, hostile.name).toBeLessThanOrEqual(bytes);
        // A case that stops short of the size would time less than its label says.
        expect(size, hostile.name).toBeGreaterThan(bytes * 0.95);
      }
    }
  });

  it('reach the part they attack: bodies follow valid front matter, none is refused for size', () => {
    for (const hostile of HOSTILE_CASES) {
      const file = hostileFile(hostile, 8 * 1024);
      const result = processArticle(`${hostile.name}.md`, file, DEFAULT_PROCESS_OPTIONS);
      if (hostile.part === 'body') expect(result.status, hostile.name).toBe('accepted');
      if (result.status === 'rejected') {
        expect(result.errors[0]?.message, hostile.name).not.toMatch(/over the limit/);
      }
    }
  });

  it('are the same bytes on every run', () => {
    for (const hostile of HOSTILE_CASES) {
      expect(hostileFile(hostile, 50_000)).toBe(hostileFile(hostile, 50_000));
    }
  });

  it('have unique names, usable in file names', () => {
    const names = HOSTILE_CASES.map((hostile) => hostile.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
