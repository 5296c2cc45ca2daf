import { describe, expect, it } from 'vitest';
import { formatRelative } from './format-date';

const now = Date.parse('2026-11-23T12:00:00.000Z');

describe('formatRelative', () => {
  it('says how long ago, in the largest whole unit', () => {
    expect(formatRelative('2026-11-23T11:59:30.000Z', now)).toBe('just now');
    expect(formatRelative('2026-11-23T11:15:00.000Z', now)).toBe('45 minutes ago');
    expect(formatRelative('2026-11-23T09:00:00.000Z', now)).toBe('3 hours ago');
    expect(formatRelative('2026-11-22T09:00:00.000Z', now)).toBe('yesterday');
    expect(formatRelative('2026-11-09T12:00:00.000Z', now)).toBe('2 weeks ago');
    expect(formatRelative('2026-10-12T08:00:00.000Z', now)).toBe('1 month ago');
    expect(formatRelative('2020-11-18T12:00:00.000Z', now)).toBe('6 years ago');
  });

  it('gives nothing for a date it cannot read', () => {
    expect(formatRelative('not a date', now)).toBe('');
  });
});
