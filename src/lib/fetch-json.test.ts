import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiPaths } from '../../api/contract';
import { apiIndex, providerInfo } from '../test/fixtures';
import { mockApi } from '../test/mock-api';
import { fetchJson } from './fetch-json';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('fetchJson in development', () => {
  it('returns a file that matches its schema', async () => {
    mockApi({ [apiPaths.providers()]: [providerInfo()] });
    await expect(fetchJson(apiPaths.providers(), 'providers')).resolves.toEqual([providerInfo()]);
  });

  it('fails loudly, naming the file and the field, when the build drifted from the contract', async () => {
    const { newestAt: _dropped, ...drifted } = apiIndex();
    mockApi({ [apiPaths.index()]: { ...drifted, newest: '2026-09-30' } });
    const failure = fetchJson(apiPaths.index(), 'index');
    await expect(failure).rejects.toThrow(
      /\/api\/index\.json does not match the API contract[\s\S]*→ at newestAt/,
    );
    await expect(failure).rejects.toThrow(/Unrecognized key: "newest"/);
  });

  it('rejects a missing file, or the HTML a dev server answers for one, as not found', async () => {
    mockApi({
      [apiPaths.topics()]: () =>
        new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
    });
    for (const path of [apiPaths.topics(), apiPaths.story('nope')]) {
      await expect(fetchJson(path, 'topics')).rejects.toMatchObject({ status: 404 });
    }
  });
});
