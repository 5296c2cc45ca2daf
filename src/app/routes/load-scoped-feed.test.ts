import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiPaths } from '../../../api/contract';
import { apiIndex } from '../../test/fixtures';
import { mockApi } from '../../test/mock-api';
import { createTestQueryClient } from '../../test/render-with-providers';
import { loadScopedFeed } from './load-scoped-feed';

afterEach(() => {
  vi.restoreAllMocks();
});

const scope = { kind: 'topic', slug: 'transport' } as const;

/** Loads a topic of `count` stories whose first list page fails with a server error. */
function loadWithBrokenList(count: number) {
  mockApi({
    '/api/index.json': apiIndex(),
    [apiPaths.list(scope, 'latest', 1)]: () => new Response('Server error', { status: 500 }),
  });
  const describeTopic = { queryKey: ['topics', 'detail', 'transport'], queryFn: () => ({ count }) };
  return loadScopedFeed(createTestQueryClient(), describeTopic, scope, 'latest');
}

describe('loading a topic or outlet page', () => {
  it("fails with the list's error when there are stories to list", async () => {
    await expect(loadWithBrokenList(3)).rejects.toThrow('HTTP 500');
  });

  it('loads an empty topic whatever happened to its list', async () => {
    await expect(loadWithBrokenList(0)).resolves.toBeNull();
  });
});
