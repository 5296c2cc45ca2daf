import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiIndex, topicInfo } from '../../../test/fixtures';
import { mockApi } from '../../../test/mock-api';
import { renderWithProviders } from '../../../test/render-with-providers';
import { TopicNav } from './topic-nav';

afterEach(() => {
  vi.restoreAllMocks();
});

const TOPICS = [
  topicInfo({ slug: 'science', name: 'Science', count: 18 }),
  topicInfo({ slug: 'economy', name: 'Economy', count: 14 }),
  topicInfo({ slug: 'climate', name: 'Climate', parent: 'science', count: 9 }),
  topicInfo({ slug: 'space', name: 'Space', parent: 'science', count: 4 }),
];

describe('the topic bar', () => {
  it('lists sub-topics inside their parent, then links to all topics', async () => {
    mockApi({ '/api/index.json': apiIndex({ topics: TOPICS }) });
    renderWithProviders(<TopicNav current="space" />);

    const nav = await screen.findByRole('navigation', { name: 'Topics' });
    const inside = within(nav).getByRole('list', { name: 'Inside Science' });
    expect(
      within(inside)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Climate', 'Space']);
    expect(within(inside).getByRole('link', { name: 'Space' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    // Every chip, then the directory, in reading (and Tab) order.
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Science', 'Climate', 'Space', 'Economy', 'All topics']);
    expect(within(nav).getByRole('link', { name: 'All topics' })).toHaveAttribute(
      'href',
      '/topics',
    );
  });
});
