import { formatFullDate, formatRelative } from '../lib/format-date';

type TimeAgoProps = {
  /** ISO 8601. */
  dateTime: string;
  className?: string;
};

/** "3 hours ago", with the full date and time on hover. */
export function TimeAgo({ dateTime, className }: TimeAgoProps) {
  return (
    <time className={className} dateTime={dateTime} title={formatFullDate(dateTime)}>
      {formatRelative(dateTime)}
    </time>
  );
}
