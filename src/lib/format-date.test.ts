import { describe, expect, it } from 'vitest';
import { formatDateRange, formatRelative } from './format-date';

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

describe('formatDateRange', () => {
  // Local dates, as the reader's clock shows them; noon UTC is that day from UTC−11 to UTC+11.
  // Intl puts thin spaces around the dash.
  it('says the first and last day, sharing what they have in common', () => {
    expect(formatDateRange('2026-09-03T12:00:00.000Z', '2026-09-05T12:00:00.000Z')).toBe(
      'Sep 3\u2009–\u20095, 2026',
    );
    expect(formatDateRange('2026-08-30T12:00:00.000Z', '2026-09-03T12:00:00.000Z')).toBe(
      'Aug 30\u2009–\u2009Sep 3, 2026',
    );
  });

  it('gives one date for a story of one day, and nothing for dates it cannot read', () => {
    expect(formatDateRange('2026-09-03T12:00:00.000Z', '2026-09-03T12:30:00.000Z')).toBe(
      'Sep 3, 2026',
    );
    expect(formatDateRange('not a date', '2026-09-03T13:00:00.000Z')).toBe('');
  });
});
