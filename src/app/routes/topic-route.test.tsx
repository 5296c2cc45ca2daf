import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiPaths, type Sort } from '../../../api/contract';
import { apiIndex, page, stories, topicInfo } from '../../test/fixtures';
import { fetchedPaths, mockApi } from '../../test/mock-api';
import { createTestQueryClient, renderRoutes } from '../../test/render-with-providers';
import { Component, createTopicLoader, ErrorBoundary } from './topic-route';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The URL of the first page of the Transport topic in `sort` order. */
const transportPage = (sort: Sort) => apiPaths.list({ kind: 'topic', slug: 'transport' }, sort, 1);

function renderTopic(route: string) {
  const queryClient = createTestQueryClient();
  return renderRoutes(
    [{ path: '/topics/:slug', loader: createTopicLoader(queryClient), Component, ErrorBoundary }],
    { route, queryClient },
  );
}

describe('a topic page', () => {
  it("shows the topic's stories under its name, marked current in the topic navigation", async () => {
    mockApi({
      '/api/index.json': apiIndex(),
      [transportPage('top-week')]: page(stories(2), 1, 1, 2),
    });
    renderTopic('/topics/transport');

    expect(await screen.findByRole('heading', { level: 1, name: 'Transport' })).toBeVisible();
    expect(screen.getByRole('feed', { name: 'Transport' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    const nav = screen.getByRole('navigation', { name: 'Topics' });
    expect(within(nav).getByRole('link', { name: 'Transport' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Science' })).not.toHaveAttribute('aria-current');
  });

  it("shows each card's other topics as chips, but not the page's own", async () => {
    const both = [
      { slug: 'transport', name: 'Transport' },
      { slug: 'science', name: 'Science' },
    ];
    mockApi({
      '/api/index.json': apiIndex(),
      [transportPage('top-week')]: page(
        stories(2).map((story) => ({ ...story, topics: both })),
        1,
        1,
        2,
      ),
    });
    renderTopic('/topics/transport');

    const cards = await within(await screen.findByRole('feed')).findAllByRole('article');
    for (const card of cards) {
      expect(within(card).getByRole('link', { name: 'Science' })).toBeVisible();
      expect(within(card).queryByRole('link', { name: 'Transport' })).toBeNull();
    }
  });

  it('says when a window has no story, and where to look wider', async () => {
    mockApi({
      '/api/index.json': apiIndex(),
      [transportPage('top-week')]: page([], 1, 1, 0),
    });
    renderTopic('/topics/transport');

    expect(await screen.findByText(/No stories in the past week\./)).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Show the top stories of the past month' }),
    ).toHaveAttribute('href', '/topics/transport?t=month');
  });

  it('keeps the sort switch on the topic', async () => {
    mockApi({
      '/api/index.json': apiIndex(),
      [transportPage('latest')]: page(stories(1), 1, 1, 1),
    });
    renderTopic('/topics/transport?sort=latest');

    const sort = await screen.findByRole('navigation', { name: 'Sort' });
    expect(within(sort).getByRole('link', { name: 'Latest' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(sort).getByRole('link', { name: 'Top stories' })).toHaveAttribute(
      'href',
      '/topics/transport',
    );
  });

  it('says so when a topic has no stories (topics the index leaves out come from topics.json)', async () => {
    const fetch = mockApi({
      '/api/index.json': apiIndex(),
      '/api/topics.json': [topicInfo(), topicInfo({ slug: 'weather', name: 'Weather', count: 0 })],
    });
    renderTopic('/topics/weather');

    expect(await screen.findByRole('heading', { level: 1, name: 'Weather' })).toBeVisible();
    expect(screen.getByText('No stories about Weather yet.')).toBeInTheDocument();
    expect(screen.queryByRole('feed')).not.toBeInTheDocument();
    expect(fetchedPaths(fetch)).toContain('/api/topics.json');
  });

  it('shows the not-found page for an unknown topic', async () => {
    mockApi({ '/api/index.json': apiIndex(), '/api/topics.json': [topicInfo()] });
    renderTopic('/topics/no-such-topic');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to the front page' })).toHaveAttribute(
      'href',
      '/',
    );
  });
});
