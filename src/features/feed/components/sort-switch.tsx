import { Link, useLocation } from 'react-router-dom';
import type { Sort } from '../../../../api/contract';

type SortSwitchProps = {
  sort: Sort;
};

/** "Top stories" / "Latest": links, so each order has its own URL and the back button works. */
export function SortSwitch({ sort }: SortSwitchProps) {
  const { pathname } = useLocation();
  return (
    <nav className="sort-switch" aria-label="Sort">
      <Link
        to={pathname}
        aria-current={sort === 'ranked' ? 'page' : undefined}
        className="sort-switch__option"
      >
        Top stories
      </Link>
      <Link
        to={`${pathname}?sort=latest`}
        aria-current={sort === 'latest' ? 'page' : undefined}
        className="sort-switch__option"
      >
        Latest
      </Link>
    </nav>
  );
}
