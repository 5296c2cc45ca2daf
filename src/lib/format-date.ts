const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** Beyond a week, "12 days ago" or "5 years ago" tells a reader of an archive nothing. */
const RELATIVE_FOR_SECONDS = 7 * 24 * 3600;

// "yesterday" reads better than "1 day ago".
const wordedDays = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'always' });
const full = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'short' });
const short = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
const thisYear = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric' });

/**
 * When something was published, as a reader of news wants it: "3 hours ago", "yesterday", "5 days
 * ago" within a week of `now` (the reader's clock), the date beyond ("Nov 9", or "Nov 18, 2020" in
 * another year).
 */
export function formatWhen(iso: string, now: number = Date.now()): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const seconds = Math.round((time - now) / 1000);
  if (Math.abs(seconds) >= RELATIVE_FOR_SECONDS) {
    const sameYear = new Date(time).getFullYear() === new Date(now).getFullYear();
    return (sameYear ? thisYear : short).format(time);
  }
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) {
      return (unit === 'day' ? wordedDays : relative).format(Math.trunc(seconds / size), unit);
    }
  }
  return 'just now';
}

/** The full date and time, shown on hover (`title`) next to a shorter one. */
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

const dayFormat = new Intl.DateTimeFormat('en', { dateStyle: 'full' });

/** The reader's calendar day of a date, "Wednesday, November 18, 2020": Latest's day headings. */
export function formatDay(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : dayFormat.format(time);
}
