import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { topicInfo } from '../../test/fixtures';
import { mockApi } from '../../test/mock-api';
import { createTestQueryClient, renderRoutes } from '../../test/render-with-providers';
import { Component, createTopicDirectoryLoader, ErrorBoundary } from './topic-directory-route';

afterEach(() => {
  vi.restoreAllMocks();
});

function renderDirectory() {
  const queryClient = createTestQueryClient();
  return renderRoutes(
    [
      {
        path: '/topics',
        loader: createTopicDirectoryLoader(queryClient),
        Component,
        ErrorBoundary,
      },
    ],
    { route: '/topics', queryClient },
  );
}

/** The directory's entry for a topic: the innermost list item holding its link. */
function entryOf(name: string): HTMLElement {
  const entries = screen
    .getAllByRole('listitem')
    .filter((item) => within(item).queryByRole('link', { name }) !== null);
  return entries.at(-1) as HTMLElement;
}

const TOPICS = [
  topicInfo({ slug: 'city-life', name: 'City Life', count: 18 }),
  topicInfo({ slug: 'science', name: 'Science', count: 18 }),
  topicInfo({ slug: 'climate', name: 'Climate & Environment', parent: 'science', count: 9 }),
  topicInfo({
    slug: 'transit',
    name: 'Transit',
    parent: 'city-life',
    count: 7,
    image: { url: '/images/harbor-tram.svg', width: 1200, height: 675 },
  }),
  topicInfo({
    slug: 'sport',
    name: 'Sport',
    count: 6,
    image: { url: '/images/stadium-lights.svg' },
  }),
  topicInfo({ slug: 'weather', name: 'Weather', parent: 'science', count: 0 }),
];

describe('the topics directory', () => {
  it('lists every topic with its story count, each linking to its page', async () => {
    mockApi({ '/api/topics.json': TOPICS });
    renderDirectory();

    expect(await screen.findByRole('heading', { level: 1, name: 'All topics' })).toBeVisible();
    expect(document.title).toMatch(/^All topics/);
    expect(screen.getByText(/^6 topics\./)).toBeInTheDocument();
    for (const topic of TOPICS) {
      const link = screen.getByRole('link', { name: topic.name });
      expect(link).toHaveAttribute('href', `/topics/${topic.slug}`);
      expect(entryOf(topic.name)).toHaveTextContent(
        `${topic.count} ${topic.count === 1 ? 'story' : 'stories'}`,
      );
    }
    expect(screen.getByRole('link', { name: 'All outlets' })).toHaveAttribute('href', '/providers');
  });

  it('heads each top-level topic and lists the topics inside it beneath', async () => {
    mockApi({ '/api/topics.json': TOPICS });
    renderDirectory();

    const headings = await screen.findAllByRole('heading', { level: 2 });
    expect(headings.map((heading) => heading.textContent)).toEqual([
      'City Life',
      'Science',
      'Sport',
    ]);
    const inScience = screen.getByRole('list', { name: 'Inside Science' });
    expect(
      within(inScience)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Climate & Environment', 'Weather']);
    expect(within(inScience).getByText('0 stories')).toBeInTheDocument();
  });

  it("shows a topic's image when it has one", async () => {
    mockApi({ '/api/topics.json': TOPICS });
    renderDirectory();

    await screen.findByRole('link', { name: 'Sport' });
    // Beside the name that says what it shows, so decorative (alt="", role presentation).
    expect(within(entryOf('Sport')).getByRole('presentation')).toHaveAttribute(
      'src',
      '/images/stadium-lights.svg',
    );
    expect(within(entryOf('Transit')).getByRole('presentation')).toHaveAttribute(
      'src',
      '/images/harbor-tram.svg',
    );
    expect(screen.getAllByRole('presentation')).toHaveLength(2);
  });

  it('offers Retry when the list cannot be loaded', async () => {
    mockApi({ '/api/topics.json': () => new Response('Server error', { status: 500 }) });
    renderDirectory();

    expect(
      await screen.findByRole('heading', { level: 1, name: "We couldn't load this page." }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeVisible();
  });
});
