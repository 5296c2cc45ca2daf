import { describe, expect, it } from 'vitest';
import { formatDateRange, formatDay, formatWhen } from './format-date';

const now = Date.parse('2026-11-23T12:00:00.000Z');

describe('formatWhen', () => {
  it('says how long ago within a week, in the largest whole unit', () => {
    expect(formatWhen('2026-11-23T11:59:30.000Z', now)).toBe('just now');
    expect(formatWhen('2026-11-23T11:15:00.000Z', now)).toBe('45 minutes ago');
    expect(formatWhen('2026-11-23T09:00:00.000Z', now)).toBe('3 hours ago');
    expect(formatWhen('2026-11-22T09:00:00.000Z', now)).toBe('yesterday');
    expect(formatWhen('2026-11-17T09:00:00.000Z', now)).toBe('6 days ago');
  });

  // Noon UTC is the same calendar day from UTC−11 to UTC+11, whatever the reader's zone.
  it('gives the date beyond a week, with the year when it is another year', () => {
    expect(formatWhen('2026-11-09T12:00:00.000Z', now)).toBe('Nov 9');
    expect(formatWhen('2020-11-18T12:00:00.000Z', now)).toBe('Nov 18, 2020');
  });

  it('gives nothing for a date it cannot read', () => {
    expect(formatWhen('not a date', now)).toBe('');
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

describe('formatDay', () => {
  it('names the day in full, and nothing for a date it cannot read', () => {
    expect(formatDay('2020-11-18T12:00:00.000Z')).toBe('Wednesday, November 18, 2020');
    expect(formatDay('not a date')).toBe('');
  });
});
