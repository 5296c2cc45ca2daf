import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiPaths } from '../../../api/contract';
import { apiIndex, page, providerInfo, storySummary } from '../../test/fixtures';
import { mockApi } from '../../test/mock-api';
import { createTestQueryClient, renderRoutes } from '../../test/render-with-providers';
import { Component, createProviderLoader, ErrorBoundary } from './provider-route';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The first page of Harbor Times' top stories of the week. */
const HARBOR_TIMES_PAGE = apiPaths.list(
  { kind: 'provider', domain: 'harbor-times.example' },
  'top-week',
  1,
);

function renderProvider(route: string) {
  const queryClient = createTestQueryClient();
  return renderRoutes(
    [
      {
        path: '/providers/:domain',
        loader: createProviderLoader(queryClient),
        Component,
        ErrorBoundary,
      },
    ],
    { route, queryClient },
  );
}

describe('an outlet page', () => {
  it("heads the page with the outlet's badge and its story count", async () => {
    mockApi({
      '/api/index.json': apiIndex({ providers: [providerInfo({ count: 12 })] }),
      [HARBOR_TIMES_PAGE]: page([storySummary()], 1, 1, 12),
    });
    renderProvider('/providers/harbor-times.example');

    const heading = await screen.findByRole('heading', { level: 1, name: 'Harbor Times' });
    // No logo in the API: the badge draws the outlet's monogram.
    expect(within(heading).getByText('HT')).toBeInTheDocument();
    expect(screen.getByText('12 stories')).toBeInTheDocument();
    expect(screen.getByRole('feed', { name: 'Harbor Times' })).toBeInTheDocument();
  });

  it("links to the outlet's own site in a new tab, and to every other outlet", async () => {
    mockApi({
      '/api/index.json': apiIndex({ providers: [providerInfo({ count: 12 })] }),
      [HARBOR_TIMES_PAGE]: page([storySummary()], 1, 1, 12),
    });
    renderProvider('/providers/harbor-times.example');

    const site = await screen.findByRole('link', {
      name: 'harbor-times.example (opens in a new tab)',
    });
    expect(site).toHaveAttribute('href', 'https://harbor-times.example/');
    expect(site).toHaveAttribute('target', '_blank');
    expect(site).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('link', { name: 'All outlets' })).toHaveAttribute('href', '/providers');
  });

  it('links to no site when the domain is not a bare host name', async () => {
    const odd = providerInfo({ domain: 'user@evil.example', name: 'Odd Outlet', count: 0 });
    mockApi({ '/api/index.json': apiIndex({ providers: [odd] }) });
    renderProvider('/providers/user%40evil.example');

    expect(await screen.findByRole('heading', { level: 1, name: 'Odd Outlet' })).toBeVisible();
    expect(screen.queryByRole('link', { name: /evil\.example/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'All outlets' })).toBeVisible();
  });

  it('shows the not-found page for an unknown outlet', async () => {
    mockApi({ '/api/index.json': apiIndex(), '/api/providers.json': [providerInfo()] });
    renderProvider('/providers/nowhere.example');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });
});
