import type { Sort } from '../../../api/contract';

/** `?sort=latest` means newest first; anything else (or nothing) is the ranked order. */
export function sortFromSearch(search: URLSearchParams | string): Sort {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return params.get('sort') === 'latest' ? 'latest' : 'ranked';
}
