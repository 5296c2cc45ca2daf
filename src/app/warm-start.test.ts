import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiPaths } from '../../api/contract';
import { fetchedPaths, mockApi } from '../test/mock-api';
import { warmStart } from './warm-start';

const at = (url: string) => new URL(url, 'https://news.example') as unknown as Location;

describe('warmStart', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("starts an article page's story before its route code arrives", () => {
    const fetch = mockApi({});
    warmStart(new QueryClient(), at('/articles/caf%C3%A9-opens'));
    expect(fetchedPaths(fetch)).toEqual([apiPaths.article('café-opens')]);
  });

  it("starts a Full coverage page's story before its route code arrives", () => {
    const fetch = mockApi({});
    warmStart(new QueryClient(), at('/stories/2026-09-02-tram-test-runs/'));
    expect(fetchedPaths(fetch)).toEqual([apiPaths.story('2026-09-02-tram-test-runs')]);
  });

  it("starts an outlet page's list and the index, however the reader typed the domain", () => {
    const fetch = mockApi({});
    warmStart(new QueryClient(), at('/providers/WWW.Harbor-Times.example.?sort=latest'));
    expect(fetchedPaths(fetch)).toEqual([
      apiPaths.index(),
      apiPaths.list({ kind: 'provider', domain: 'harbor-times.example' }, 'latest', 1),
    ]);
  });

  it('starts the full topic or outlet list of a directory, and no index', () => {
    const fetch = mockApi({});
    warmStart(new QueryClient(), at('/topics'));
    warmStart(new QueryClient(), at('/providers/'));
    expect(fetchedPaths(fetch)).toEqual([apiPaths.topics(), apiPaths.providers()]);
  });

  it('fetches nothing for an address that is not found, nor one with a malformed escape', () => {
    const fetch = mockApi({});
    for (const url of ['/nowhere', '/topics/a/b', '/topics/%E0', '/articles/%E0', '/stories/%E0']) {
      expect(() => warmStart(new QueryClient(), at(url)), url).not.toThrow();
    }
    expect(fetchedPaths(fetch)).toEqual([]);
  });
});
