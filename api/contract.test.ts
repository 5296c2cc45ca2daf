import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW,
  SORTS,
  searchOfSort,
  sortFromSearch,
  topSort,
  windowOfSort,
} from './contract.ts';

describe('sortFromSearch and searchOfSort', () => {
  it('reads the window of Top stories from ?t=, newest first from ?sort=latest', () => {
    expect(sortFromSearch('')).toBe(topSort(DEFAULT_WINDOW));
    expect(sortFromSearch('?t=day')).toBe('top-day');
    expect(sortFromSearch('?t=all')).toBe('top-all');
    expect(sortFromSearch('?sort=latest')).toBe('latest');
    expect(sortFromSearch('?sort=latest&t=day')).toBe('latest');
  });

  it('falls back to the default window for a window it does not know', () => {
    expect(sortFromSearch('?t=decade')).toBe(topSort(DEFAULT_WINDOW));
    expect(sortFromSearch('?t=')).toBe(topSort(DEFAULT_WINDOW));
  });

  it('writes every sort so that reading it back gives the same sort, the default as no query', () => {
    for (const sort of SORTS) expect(sortFromSearch(searchOfSort(sort))).toBe(sort);
    expect(searchOfSort(topSort(DEFAULT_WINDOW))).toBe('');
  });
});

describe('windowOfSort', () => {
  it('names the window of a top sort, and none for latest', () => {
    expect(windowOfSort('top-month')).toBe('month');
    expect(windowOfSort('latest')).toBeUndefined();
  });
});
