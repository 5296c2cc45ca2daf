import { Link, useLocation } from 'react-router-dom';
import {
  DEFAULT_WINDOW,
  WINDOWS,
  searchOfSort,
  topSort,
  windowOfSort,
  type RankWindow,
  type Sort,
} from '../../../../api/contract';
import { formatShortDate } from '../../../lib/format-date';

type SortSwitchProps = {
  sort: Sort;
};

/**
 * "Top stories" / "Latest": links, so each order has its own URL and the back button works. Top
 * stories keeps the window it was showing.
 */
export function SortSwitch({ sort }: SortSwitchProps) {
  const { pathname } = useLocation();
  const shown = windowOfSort(sort) ?? DEFAULT_WINDOW;
  return (
    <nav className="sort-switch" aria-label="Sort">
      <Link
        to={`${pathname}${searchOfSort(topSort(shown))}`}
        aria-current={sort === 'latest' ? undefined : 'page'}
        className="sort-switch__option"
      >
        Top stories
      </Link>
      <Link
        to={`${pathname}${searchOfSort('latest')}`}
        aria-current={sort === 'latest' ? 'page' : undefined}
        className="sort-switch__option"
      >
        Latest
      </Link>
    </nav>
  );
}

const WINDOW_LABELS: Record<RankWindow, string> = {
  day: 'Day',
  week: 'Week',
  month: 'Month',
  year: 'Year',
  all: 'All time',
};

type WindowSwitchProps = {
  sort: Sort;
  /** ISO date of the corpus's newest story: where every window ends. */
  newestAt: string | null;
};

/**
 * Which stretch of time Top stories looks back over, as Reddit's `top?t=`: the most important
 * stories of the past day, week, month, year or ever, each window its own URL (`?t=month`). The
 * windows end at the newest story, which on an archive is not today: the date says so.
 */
export function WindowSwitch({ sort, newestAt }: WindowSwitchProps) {
  const { pathname } = useLocation();
  const current = windowOfSort(sort);
  if (!current) return null;
  const until = newestAt ? formatShortDate(newestAt) : '';
  return (
    <div className="window-switch">
      <nav aria-label="Top stories of the past">
        <ul className="window-switch__options">
          {WINDOWS.map((span) => (
            <li key={span}>
              <Link
                to={`${pathname}${searchOfSort(topSort(span))}`}
                aria-current={span === current ? 'page' : undefined}
                className="chip window-switch__option"
              >
                {WINDOW_LABELS[span]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {until && current !== 'all' && <p className="window-switch__until">to {until}</p>}
    </div>
  );
}
