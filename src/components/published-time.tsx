import { formatFullDate, formatWhen } from '../lib/format-date';

type PublishedTimeProps = {
  /** ISO 8601. */
  dateTime: string;
  className?: string;
};

/** "3 hours ago" within a week, "Nov 18, 2020" beyond; the full date and time on hover. */
export function PublishedTime({ dateTime, className }: PublishedTimeProps) {
  return (
    <time className={className} dateTime={dateTime} title={formatFullDate(dateTime)}>
      {formatWhen(dateTime)}
    </time>
  );
}
