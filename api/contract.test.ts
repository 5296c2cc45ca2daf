import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW,
  PAGES_PER_FOLDER,
  SORTS,
  apiPaths,
  searchOfSort,
  sortFromSearch,
  topSort,
  windowOfSort,
} from './contract.ts';
import { shardOf } from './shard.ts';

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

describe('apiPaths', () => {
  it('keeps pages 1 to 1000 of a list in folder 0, and starts a folder every 1000 pages', () => {
    expect(PAGES_PER_FOLDER).toBe(1000);
    expect(apiPaths.list({ kind: 'feed' }, 'latest', 1)).toBe('/api/feed/latest/0/1.json');
    expect(apiPaths.list({ kind: 'feed' }, 'latest', 1000)).toBe('/api/feed/latest/0/1000.json');
    expect(apiPaths.list({ kind: 'feed' }, 'latest', 1001)).toBe('/api/feed/latest/1/1001.json');
    expect(apiPaths.list({ kind: 'topic', slug: 'café' }, 'top-week', 50_000)).toBe(
      '/api/topics/caf%C3%A9/top-week/49/50000.json',
    );
    expect(apiPaths.list({ kind: 'provider', domain: 'harbor-times.example' }, 'top-all', 2)).toBe(
      '/api/providers/harbor-times.example/top-all/0/2.json',
    );
  });

  it('puts an article or a story in the shard of its key, which it hashes before encoding', () => {
    expect(apiPaths.article('2026-09-02-tram-test-runs')).toBe(
      `/api/articles/${shardOf('2026-09-02-tram-test-runs')}/2026-09-02-tram-test-runs.json`,
    );
    expect(apiPaths.article('café-opens')).toBe(
      `/api/articles/${shardOf('café-opens')}/caf%C3%A9-opens.json`,
    );
    expect(apiPaths.story('100%-turnout')).toBe(
      `/api/stories/${shardOf('100%-turnout')}/100%25-turnout.json`,
    );
  });
});
