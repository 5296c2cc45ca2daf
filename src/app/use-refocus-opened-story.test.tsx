import { screen, waitFor } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { Link, Outlet } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { StoryCard } from '../components/story-card';
import { stories } from '../test/fixtures';
import { renderRoutes } from '../test/render-with-providers';
import { useRefocusOpenedStory } from './use-refocus-opened-story';

const byKey = (location: { key: string }) => location.key;

function Frame() {
  useRefocusOpenedStory(byKey);
  return (
    <>
      <Link to="/about">About</Link>
      <Outlet />
    </>
  );
}

/** A feed whose cards, like the virtualized list's after Back, arrive a moment after it mounts. */
function LateFeed() {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), 50);
    return () => clearTimeout(timer);
  }, []);
  const list = stories(3);
  return (
    <div role="feed" aria-label="Stories">
      {shown &&
        list.map((story, index) => (
          <StoryCard key={story.slug} story={story} posInSet={index + 1} setSize={list.length} />
        ))}
    </div>
  );
}

function renderFeed() {
  return renderRoutes([
    {
      path: '/',
      Component: Frame,
      children: [
        { index: true, Component: LateFeed },
        { path: 'articles/:slug', element: <h1>Article page</h1> },
        { path: 'topics/:slug', element: <h1>Topic page</h1> },
        { path: 'about', element: <h1>About page</h1> },
      ],
    },
  ]);
}

describe('useRefocusOpenedStory', () => {
  it('puts the focus back on the story opened, once Back has rendered its card', async () => {
    const { user, router } = renderFeed();
    await user.click(await screen.findByRole('link', { name: 'Story number 2' }));
    await screen.findByRole('heading', { name: 'Article page' });

    await router.navigate(-1);
    await waitFor(() => expect(screen.getByRole('link', { name: 'Story number 2' })).toHaveFocus());
  });

  it('focuses the very link followed from a card, such as a topic chip', async () => {
    const { user, router } = renderFeed();
    await screen.findByRole('link', { name: 'Story number 3' });
    const chip = screen.getAllByRole('link', { name: 'Transport' })[2];
    if (!chip) throw new Error('the third card has a topic chip');
    await user.click(chip);
    await screen.findByRole('heading', { name: 'Topic page' });

    await router.navigate(-1);
    await waitFor(() =>
      expect(screen.getAllByRole('link', { name: 'Transport' })[2]).toHaveFocus(),
    );
  });

  it('focuses nothing when the feed was left by a link outside its stories', async () => {
    const { user, router } = renderFeed();
    await user.click(await screen.findByRole('link', { name: 'Story number 2' }));
    await screen.findByRole('heading', { name: 'Article page' });
    await router.navigate(-1);
    await waitFor(() => expect(screen.getByRole('link', { name: 'Story number 2' })).toHaveFocus());

    const about = screen.getByRole('link', { name: 'About' });
    await user.click(about);
    await screen.findByRole('heading', { name: 'About page' });
    about.blur();
    await router.navigate(-1);
    await screen.findByRole('link', { name: 'Story number 2' });
    await new Promise((done) => setTimeout(done, 100));
    expect(document.body).toHaveFocus();
  });

  it('leaves the focus alone when the feed is reached by a new navigation, not Back', async () => {
    const { user, router } = renderFeed();
    await user.click(await screen.findByRole('link', { name: 'Story number 2' }));
    await screen.findByRole('heading', { name: 'Article page' });

    await router.navigate('/');
    await screen.findByRole('link', { name: 'Story number 2' });
    await new Promise((done) => setTimeout(done, 100));
    expect(document.body).toHaveFocus();
  });
});
