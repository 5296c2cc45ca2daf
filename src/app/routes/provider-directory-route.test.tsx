import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { providerInfo } from '../../test/fixtures';
import { mockApi } from '../../test/mock-api';
import { createTestQueryClient, renderRoutes } from '../../test/render-with-providers';
import {
  Component,
  createProviderDirectoryLoader,
  ErrorBoundary,
} from './provider-directory-route';

afterEach(() => {
  vi.restoreAllMocks();
});

function renderDirectory() {
  const queryClient = createTestQueryClient();
  return renderRoutes(
    [
      {
        path: '/providers',
        loader: createProviderDirectoryLoader(queryClient),
        Component,
        ErrorBoundary,
      },
    ],
    { route: '/providers', queryClient },
  );
}

const PROVIDERS = [
  providerInfo({
    domain: 'coastline-radio.example',
    name: 'Coastline Public Radio',
    logo: { url: '/logos/coastline-radio.example.svg', width: 64, height: 64 },
    count: 8,
  }),
  providerInfo({ domain: 'riverbend-gazette.example', name: 'Riverbend Gazette', count: 5 }),
  providerInfo({ domain: 'ember-weekly.example', name: 'Ember Weekly', count: 1 }),
];

describe('the outlets directory', () => {
  it('lists every outlet with its story count, largest first, each linking to its page', async () => {
    // Out of order, as no API sends it: the page still puts the largest first.
    mockApi({ '/api/providers.json': [PROVIDERS[1], PROVIDERS[2], PROVIDERS[0]] });
    renderDirectory();

    expect(await screen.findByRole('heading', { level: 1, name: 'All outlets' })).toBeVisible();
    expect(document.title).toMatch(/^All outlets/);
    const rows = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(
      rows.map((row) => [
        within(row).getByRole('link').getAttribute('href'),
        within(row).getByText(/\bstor(y|ies)$/).textContent,
      ]),
    ).toEqual([
      ['/providers/coastline-radio.example', '8 stories'],
      ['/providers/riverbend-gazette.example', '5 stories'],
      ['/providers/ember-weekly.example', '1 story'],
    ]);
    for (const provider of PROVIDERS) {
      expect(screen.getByRole('link', { name: provider.name })).toBeVisible();
    }
    expect(screen.getByRole('link', { name: 'All topics' })).toHaveAttribute('href', '/topics');
  });

  it("shows each outlet's logo, or its monogram when it has none", async () => {
    mockApi({ '/api/providers.json': PROVIDERS });
    renderDirectory();

    const radio = await screen.findByRole('link', { name: 'Coastline Public Radio' });
    expect(within(radio).getByRole('presentation')).toHaveAttribute(
      'src',
      '/logos/coastline-radio.example.svg',
    );
    const gazette = screen.getByRole('link', { name: 'Riverbend Gazette' });
    expect(within(gazette).queryByRole('presentation')).toBeNull();
    expect(within(gazette).getByText('RG')).toBeInTheDocument();
  });
});
