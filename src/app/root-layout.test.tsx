import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { StoryCard } from '../components/story-card';
import { stories } from '../test/fixtures';
import { renderRoutes } from '../test/render-with-providers';
import { RootLayout } from './root-layout';

function FakeFeed() {
  const list = stories(3);
  return (
    <div role="feed" aria-label="Stories">
      {list.map((story, index) => (
        <StoryCard key={story.slug} story={story} posInSet={index + 1} setSize={list.length} />
      ))}
    </div>
  );
}

function renderLayout() {
  return renderRoutes([
    {
      path: '/',
      Component: RootLayout,
      children: [
        { index: true, Component: FakeFeed },
        { path: 'articles/:slug', element: <h1>Article page</h1> },
      ],
    },
  ]);
}

beforeEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});

describe('the page frame', () => {
  it('has a banner with the home link and the reader controls', async () => {
    renderLayout();
    const banner = await screen.findByRole('banner');
    expect(screen.getByRole('link', { name: 'News reader' })).toHaveAttribute('href', '/');
    expect(banner).toContainElement(screen.getByRole('button', { name: 'Settings' }));
    expect(banner).toContainElement(screen.getByRole('button', { name: 'Dark theme' }));
  });

  it('switches to the dark theme and remembers it', async () => {
    const { user } = renderLayout();
    const toggle = await screen.findByRole('button', { name: 'Dark theme' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('news-reader:theme')).toBe('dark');
  });

  it('opens the keyboard shortcuts with ?', async () => {
    const { user } = renderLayout();
    await screen.findByRole('banner');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.keyboard('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });

  it('opens the keyboard shortcuts from the header button', async () => {
    const { user } = renderLayout();
    await user.click(await screen.findByRole('button', { name: 'Keyboard shortcuts' }));
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });

  it('moves between stories with j and k, and opens one with o', async () => {
    const { user, router } = renderLayout();
    await screen.findByRole('feed');

    await user.keyboard('j');
    expect(screen.getByRole('link', { name: 'Story number 1' })).toHaveFocus();
    await user.keyboard('jj');
    expect(screen.getByRole('link', { name: 'Story number 3' })).toHaveFocus();
    await user.keyboard('k');
    expect(screen.getByRole('link', { name: 'Story number 2' })).toHaveFocus();

    await user.keyboard('o');
    expect(await screen.findByRole('heading', { name: 'Article page' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/articles/story-2');
  });

  it('leaves letters alone while the reader types in a field', async () => {
    const { user } = renderLayout();
    await user.click(await screen.findByRole('button', { name: 'Settings' }));
    const web = screen.getByRole('radio', { name: 'Web' });
    web.focus();
    await user.keyboard('j');
    expect(web).toHaveFocus();
  });
});
