import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiPaths } from '../../../api/contract';
import { coverageItem, story } from '../../features/story/test/story-fixture';
import { writeLinkPreference } from '../../lib/link-preference';
import { metaDescriptions } from '../../test/meta-descriptions';
import { fetchedPaths, jsonResponse, mockApi } from '../../test/mock-api';
import { createTestQueryClient, renderRoutes } from '../../test/render-with-providers';
import { Component, createStoryLoader, ErrorBoundary } from './story-route';

const STORY = story();

function renderStory(id = STORY.id) {
  const queryClient = createTestQueryClient();
  return renderRoutes(
    [
      { path: '/stories/:id', loader: createStoryLoader(queryClient), Component, ErrorBoundary },
      { path: '/articles/:slug', element: <h1>Article page</h1> },
      { path: '/', element: <h1>Front page</h1> },
    ],
    { route: `/stories/${id}`, queryClient },
  );
}

beforeEach(() => {
  writeLinkPreference('web');
});

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('Full coverage', () => {
  it("heads the page with the lead's headline, how widely and how long it was reported", async () => {
    mockApi({ [apiPaths.story(STORY.id)]: STORY });
    renderStory();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Harbor tram opens its first stretch' }),
    ).toBeVisible();
    expect(screen.getByText('Full coverage')).toBeInTheDocument();
    expect(screen.getByText(/^3 outlets · 3 articles ·/)).toHaveTextContent(/Sep \d/);
    expect(metaDescriptions()).toEqual([
      'Harbor tram opens its first stretch: 3 articles from 3 outlets, and what other outlets reported.',
    ]);
  });

  it('lists every article of the story, lead first, each opening in the reader', async () => {
    mockApi({ [apiPaths.story(STORY.id)]: STORY });
    renderStory();

    const section = await screen.findByRole('region', { name: 'Articles in this story' });
    const articles = within(section).getAllByRole('article');
    expect(articles.map((article) => within(article).getByRole('heading').textContent)).toEqual(
      STORY.articles.map((article) => article.title),
    );
    const second = articles[1] as HTMLElement;
    expect(within(second).getByRole('link', { name: 'Bay Ledger' })).toHaveAttribute(
      'href',
      '/providers/bay-ledger.example',
    );
    expect(within(second).getByText('Sep 5, 2026')).toHaveAttribute(
      'datetime',
      '2026-09-05T17:45:00.000Z',
    );
    expect(
      within(second).getByRole('link', {
        name: 'A week in, the tram carries more riders than planned',
      }),
    ).toHaveAttribute('href', '/articles/2026-09-05-tram-first-week');
  });

  it('says why an article was grouped into the story when asked', async () => {
    mockApi({ [apiPaths.story(STORY.id)]: STORY });
    const { user } = renderStory();

    const article = await screen.findByRole('article', {
      name: 'A week in, the tram carries more riders than planned',
    });
    const why = within(article).getByText('Headline and summary 64% like the lead’s.');
    expect(why).not.toBeVisible();
    await user.click(within(article).getByText('Why grouped'));
    expect(why).toBeVisible();
  });

  it('groups the coverage by outlet, the newest report first', async () => {
    mockApi({ [apiPaths.story(STORY.id)]: STORY });
    renderStory();

    const coverage = await screen.findByRole('region', { name: 'Coverage by outlet' });
    const groups = within(coverage).getAllByRole('region');
    expect(groups).toHaveLength(2);
    expect(groups[0]).toHaveAccessibleName('City Wire');
    expect(groups[1]).toHaveAccessibleName('Metro Daily');
    const wire = groups[0] as HTMLElement;
    expect(
      within(wire)
        .getAllByRole('listitem')
        .map((item) => within(item).getAllByRole('link')[0]?.textContent),
    ).toEqual(['Riders pack the new harbor tram', 'What the tram means for the waterfront']);
  });

  it('opens each report the way the reader chose, with every version one click away', async () => {
    writeLinkPreference('ampCache');
    mockApi({ [apiPaths.story(STORY.id)]: STORY });
    renderStory();

    const coverage = await screen.findByRole('region', { name: 'Coverage by outlet' });
    const riders = within(coverage).getByRole('link', { name: 'Riders pack the new harbor tram' });
    expect(riders).toHaveAttribute('href', coverageItem().cdnAmpWebUrl);
    expect(riders).toHaveAttribute('target', '_blank');
    expect(riders).toHaveAttribute('rel', 'noopener noreferrer');
    const wire = within(coverage).getByRole('region', { name: 'City Wire' });
    const item = within(wire).getAllByRole('listitem')[0] as HTMLElement;
    const versions = within(item).getByRole('group', { name: 'Open this story as' });
    expect(
      within(versions)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Web', coverageItem().webUrl],
      ['AMP', coverageItem().ampWebUrl],
      ['AMP cache', coverageItem().cdnAmpWebUrl],
    ]);

    // No AMP cache version: the title falls back to the web.
    expect(within(coverage).getByRole('link', { name: 'Tram fares explained' })).toHaveAttribute(
      'href',
      'https://metro.example/fares',
    );
  });

  it('opens a report that is an article of the corpus inside the reader, fetched ahead', async () => {
    const fetch = mockApi({ [apiPaths.story(STORY.id)]: STORY });
    const { user, router } = renderStory();

    const coverage = await screen.findByRole('region', { name: 'Coverage by outlet' });
    const inReader = within(coverage).getByRole('link', {
      name: 'What the tram means for the waterfront',
    });
    expect(inReader).toHaveAttribute('href', '/articles/2026-09-01-waterfront-plans');
    expect(inReader).not.toHaveAttribute('target');
    await user.hover(inReader);
    // The article's code and query options are imported lazily before the fetch starts.
    await waitFor(() =>
      expect(fetchedPaths(fetch)).toContain(apiPaths.article('2026-09-01-waterfront-plans')),
    );

    await user.click(inReader);
    expect(await screen.findByRole('heading', { name: 'Article page' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/articles/2026-09-01-waterfront-plans');
  });

  it('never turns an unsafe report URL into a link', async () => {
    mockApi({
      [apiPaths.story(STORY.id)]: story({
        coverage: [
          coverageItem({
            title: 'A report with a script for a link',
            webUrl: 'javascript:alert(1)',
            ampWebUrl: 'data:text/html,x',
            cdnAmpWebUrl: undefined,
          }),
        ],
      }),
    });
    renderStory();

    const coverage = await screen.findByRole('region', { name: 'Coverage by outlet' });
    expect(within(coverage).getByText('A report with a script for a link')).toBeInTheDocument();
    expect(within(coverage).queryAllByRole('link')).toEqual([]);
  });

  it('leaves the coverage section out when no other outlet reported the story', async () => {
    mockApi({ [apiPaths.story(STORY.id)]: story({ coverage: [] }) });
    renderStory();

    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: 'Coverage by outlet' })).toBeNull();
  });

  it('shows the not-found page for an unknown story', async () => {
    mockApi({ [apiPaths.story(STORY.id)]: STORY });
    renderStory('no-such-story');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(screen.getByText(/There is no story at this address/)).toBeInTheDocument();
  });

  it('offers Retry when loading fails, and Retry loads the story', async () => {
    let attempts = 0;
    mockApi({
      [apiPaths.story(STORY.id)]: () => {
        attempts += 1;
        return attempts === 1 ? new Response('down', { status: 503 }) : jsonResponse(STORY);
      },
    });
    const { user } = renderStory();

    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: STORY.articles[0]?.title }),
    ).toBeVisible();
  });
});
