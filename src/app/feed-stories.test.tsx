import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { StoryCard } from '../components/story-card';
import { stories } from '../test/fixtures';
import { findOpenedStory, openedStory } from './feed-stories';

function renderFeed(count: number, from = 1) {
  const list = stories(count, from);
  const element = (
    <div role="feed" aria-label="Stories">
      {list.map((story, index) => (
        <StoryCard key={story.slug} story={story} posInSet={from + index} setSize={60} />
      ))}
    </div>
  );
  render(<RouterProvider router={createMemoryRouter([{ path: '/', element }])} />);
}

describe('openedStory', () => {
  it('is the story of a feed card, whichever of its links was followed', () => {
    renderFeed(2);
    const headline = screen.getByRole('link', { name: 'Story number 2' });
    expect(openedStory(headline)).toEqual({
      story: '/articles/story-2',
      link: '/articles/story-2',
    });
    const topic = screen.getAllByRole('link', { name: 'Transport' })[1];
    expect(topic && openedStory(topic)).toEqual({
      story: '/articles/story-2',
      link: '/topics/transport',
    });
  });

  it('is none for a link outside the feed', () => {
    render(<a href="/topics/transport">Transport</a>);
    expect(openedStory(screen.getByRole('link', { name: 'Transport' }))).toBeUndefined();
  });
});

describe('findOpenedStory', () => {
  it('finds the link that was followed in its card, or else the card’s headline', () => {
    renderFeed(3);
    expect(
      findOpenedStory(document, { story: '/articles/story-3', link: '/topics/transport' }),
    ).toBe(screen.getAllByRole('link', { name: 'Transport' })[2]);
    expect(findOpenedStory(document, { story: '/articles/story-2', link: '/stories/gone' })).toBe(
      screen.getByRole('link', { name: 'Story number 2' }),
    );
  });

  it('finds nothing while the card is not rendered', () => {
    renderFeed(3, 20);
    expect(
      findOpenedStory(document, { story: '/articles/story-25', link: '/articles/story-25' }),
    ).toBeNull();
  });
});
