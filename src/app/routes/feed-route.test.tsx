import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiPaths, type Sort } from '../../../api/contract';
import { apiIndex, page, stories, topicInfo } from '../../test/fixtures';
import { fetchedPaths, jsonResponse, mockApi } from '../../test/mock-api';
import { createTestQueryClient, renderRoutes } from '../../test/render-with-providers';
import { Component, createFeedLoader, ErrorBoundary } from './feed-route';
import { metaDescriptions } from '../../test/meta-descriptions';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The URL of page `n` of the whole feed in `sort` order. */
const feedPage = (sort: Sort, n: number) => apiPaths.list({ kind: 'feed' }, sort, n);

function renderFeed(route = '/') {
  const queryClient = createTestQueryClient();
  return renderRoutes(
    [{ path: '/', loader: createFeedLoader(queryClient), Component, ErrorBoundary }],
    { route, queryClient },
  );
}

function storyTitles(): string[] {
  const feed = screen.getByRole('feed');
  return within(feed)
    .getAllByRole('article')
    .map((article) => within(article).getByRole('heading', { level: 2 }).textContent ?? '');
}

describe('the feed', () => {
  it('lists the stories in the order the API ranks them, numbered against the total', async () => {
    const ranked = stories(3).reverse();
    mockApi({
      '/api/index.json': apiIndex(),
      [feedPage('top-week', 1)]: page(ranked, 1, 1, 3),
    });
    renderFeed();

    const feed = await screen.findByRole('feed', { name: 'Top stories' });
    expect(storyTitles()).toEqual(['Story number 3', 'Story number 2', 'Story number 1']);
    const articles = within(feed).getAllByRole('article');
    expect(articles[0]).toHaveAttribute('aria-posinset', '1');
    expect(articles[0]).toHaveAttribute('aria-setsize', '3');
    expect(screen.getByRole('link', { name: 'Top stories' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('shows no chip for a topic nearly every story has', async () => {
    const topics = [
      { slug: 'election', name: 'Election' },
      { slug: 'courts', name: 'Courts' },
    ];
    mockApi({
      '/api/index.json': apiIndex({
        total: 40,
        topics: [
          topicInfo({ slug: 'election', name: 'Election', count: 39 }),
          topicInfo({ slug: 'courts', name: 'Courts', count: 6 }),
        ],
      }),
      [feedPage('top-week', 1)]: page(
        stories(2).map((story) => ({ ...story, topics })),
        1,
        1,
        2,
      ),
    });
    renderFeed();

    const cards = await within(await screen.findByRole('feed')).findAllByRole('article');
    await waitFor(() => expect(within(cards[0] as HTMLElement).queryByText('Election')).toBeNull());
    for (const card of cards) {
      expect(within(card).getByRole('link', { name: 'Courts' })).toBeVisible();
      expect(within(card).queryByRole('link', { name: 'Election' })).toBeNull();
    }
  });

  it('gives the page one meta description of its own', async () => {
    mockApi({
      '/api/index.json': apiIndex(),
      [feedPage('top-week', 1)]: page(stories(1), 1, 1, 1),
    });
    renderFeed();

    await screen.findByRole('feed', { name: 'Top stories' });
    const descriptions = metaDescriptions();
    expect(descriptions).toHaveLength(1);
    expect(descriptions[0]).toMatch(/news from many outlets/i);
  });

  it('shows the latest stories with ?sort=latest', async () => {
    const fetch = mockApi({
      '/api/index.json': apiIndex(),
      [feedPage('latest', 1)]: page(stories(2), 1, 1, 2),
    });
    renderFeed('/?sort=latest');

    expect(await screen.findByRole('feed', { name: 'Latest stories' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Latest' })).toHaveAttribute('aria-current', 'page');
    expect(fetchedPaths(fetch)).not.toContain(feedPage('top-week', 1));
  });

  it('shows the top stories of the window the address names, and offers the other windows', async () => {
    const fetch = mockApi({
      '/api/index.json': apiIndex({ newestAt: '2021-05-21T18:00:00.000Z' }),
      [feedPage('top-month', 1)]: page(stories(2), 1, 1, 2),
    });
    renderFeed('/?t=month');

    expect(await screen.findByRole('feed', { name: 'Top stories' })).toBeInTheDocument();
    expect(fetchedPaths(fetch)).toContain(feedPage('top-month', 1));
    const windows = screen.getByRole('navigation', { name: 'Top stories of the past' });
    expect(
      within(windows)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Day', '/?t=day'],
      ['Week', '/'],
      ['Month', '/?t=month'],
      ['Year', '/?t=year'],
      ['All time', '/?t=all'],
    ]);
    expect(within(windows).getByRole('link', { name: 'Month' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    // An archive's windows end at its newest story, not today.
    expect(screen.getByText('to May 21, 2021')).toBeVisible();
    // Latest, and back to the same window.
    const sort = screen.getByRole('navigation', { name: 'Sort' });
    expect(within(sort).getByRole('link', { name: 'Top stories' })).toHaveAttribute(
      'href',
      '/?t=month',
    );
  });

  it('heads each day of Latest with its date, above its first story', async () => {
    // Half past noon and noon UTC are one calendar day from UTC−11 to UTC+11.
    const at = (iso: string, n: number) => {
      const [story] = stories(1, n);
      return { ...story!, story: { ...story!.story, lastPublishedAt: iso } };
    };
    mockApi({
      '/api/index.json': apiIndex(),
      [feedPage('latest', 1)]: page(
        [
          at('2020-11-18T12:30:00.000Z', 1),
          at('2020-11-18T12:00:00.000Z', 2),
          at('2020-11-17T12:00:00.000Z', 3),
        ],
        1,
        1,
        3,
      ),
    });
    renderFeed('/?sort=latest');

    await screen.findByRole('feed', { name: 'Latest stories' });
    expect(screen.queryByRole('navigation', { name: 'Top stories of the past' })).toBeNull();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Wednesday, November 18, 2020',
      'Story number 1',
      'Story number 2',
      'Tuesday, November 17, 2020',
      'Story number 3',
    ]);
  });

  it('links every topic of the index from the topic navigation', async () => {
    mockApi({
      '/api/index.json': apiIndex(),
      [feedPage('top-week', 1)]: page(stories(1), 1, 1, 1),
    });
    renderFeed();

    const nav = await screen.findByRole('navigation', { name: 'Topics' });
    expect(within(nav).getByRole('link', { name: 'Transport' })).toHaveAttribute(
      'href',
      '/topics/transport',
    );
    expect(within(nav).getByRole('link', { name: 'Science' })).toHaveAttribute(
      'href',
      '/topics/science',
    );
  });

  it('loads the next page with "Load more stories", then says when all are read', async () => {
    const fetch = mockApi({
      '/api/index.json': apiIndex(),
      [feedPage('top-week', 1)]: page(stories(20), 1, 2, 23),
      [feedPage('top-week', 2)]: page(stories(3, 21), 2, 2, 23),
    });
    const { user } = renderFeed();

    await screen.findByRole('feed', { name: 'Top stories' });
    expect(screen.queryByText('Story number 21')).not.toBeInTheDocument();
    expect(screen.queryByText(/all caught up/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more stories' }));

    // The list is virtualized: the last story is there, numbered 23 of 23.
    expect(await screen.findByRole('article', { name: 'Story number 23' })).toHaveAttribute(
      'aria-posinset',
      '23',
    );
    expect(fetchedPaths(fetch)).toContain(feedPage('top-week', 2));
    expect(screen.getByText(/all caught up/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more stories' })).not.toBeInTheDocument();
  });

  it('says the load failed and recovers with Retry', async () => {
    let attempts = 0;
    mockApi({
      '/api/index.json': apiIndex(),
      [feedPage('top-week', 1)]: () => {
        attempts += 1;
        return attempts === 1
          ? new Response('Server error', { status: 503 })
          : jsonResponse(page(stories(2), 1, 1, 2));
      },
    });
    const { user } = renderFeed();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("We couldn't load this page.");
    expect(screen.queryByRole('feed')).not.toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('feed', { name: 'Top stories' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Story number 1' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(attempts).toBe(2);
  });

  it('keeps the loaded stories and offers Retry when the next page fails', async () => {
    let attempts = 0;
    mockApi({
      '/api/index.json': apiIndex(),
      [feedPage('top-week', 1)]: page(stories(20), 1, 2, 21),
      [feedPage('top-week', 2)]: () => {
        attempts += 1;
        return attempts === 1
          ? new Response('Server error', { status: 500 })
          : jsonResponse(page(stories(1, 21), 2, 2, 21));
      },
    });
    const { user } = renderFeed();

    await user.click(await screen.findByRole('button', { name: 'Load more stories' }));
    const alert = await screen.findByRole('alert');
    expect(screen.getByRole('link', { name: 'Story number 20' })).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'Story number 21' })).toBeInTheDocument();
  });
});
