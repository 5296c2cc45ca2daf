const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

// "yesterday" reads better than "1 day ago"; "last month" is too vague, so only days are worded.
const wordedDays = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'always' });
const full = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'short' });
const short = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/** "3 hours ago", "yesterday", "2 years ago": measured from `now` (the wall clock, for display). */
export function formatRelative(iso: string, now: number = Date.now()): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const seconds = Math.round((time - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) {
      return (unit === 'day' ? wordedDays : relative).format(Math.trunc(seconds / size), unit);
    }
  }
  return 'just now';
}

/** The full date and time, shown on hover (`title`) next to a relative date. */
export function formatFullDate(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : full.format(time);
}

/** A compact calendar date, e.g. "Nov 18, 2020". */
export function formatShortDate(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : short.format(time);
}

/** The days a story spans: "Sep 3 – 5, 2026", or one date when it all happened on one day. */
export function formatDateRange(fromIso: string, toIso: string): string {
  const from = Date.parse(fromIso);
  const to = Date.parse(toIso);
  if (Number.isNaN(from) || Number.isNaN(to)) return '';
  return short.formatRange(Math.min(from, to), Math.max(from, to));
}
