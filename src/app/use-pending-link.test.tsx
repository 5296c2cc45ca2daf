import { screen } from '@testing-library/react';
import { Link, Outlet } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../test/render-with-providers';
import { usePendingLink } from './use-pending-link';

/** A loader that finishes when the test says so. */
function slowLoader() {
  let finish: (fail?: boolean) => void = () => {};
  const loader = () =>
    new Promise((resolve, reject) => {
      finish = (fail) => (fail ? reject(new Error('offline')) : resolve(null));
    });
  return { loader, finish: (fail?: boolean) => finish(fail) };
}

function Frame() {
  usePendingLink();
  return (
    <>
      <nav aria-label="Site">
        <Link to="/slow">Slow page</Link>
        <Link to="/slow">Slow page again</Link>
        <Link to="/broken">Broken page</Link>
      </nav>
      <Outlet />
    </>
  );
}

function renderFrame() {
  const slow = slowLoader();
  const broken = slowLoader();
  const view = renderRoutes([
    {
      path: '/',
      Component: Frame,
      children: [
        { index: true, element: <h1>Home</h1> },
        { path: 'slow', loader: slow.loader, element: <h1>Slow page</h1> },
        {
          path: 'broken',
          loader: broken.loader,
          element: <h1>Broken page</h1>,
          errorElement: <h1>Couldn’t load</h1>,
        },
      ],
    },
  ]);
  return { ...view, slow, broken };
}

describe('usePendingLink', () => {
  it('marks the link followed as busy until its page has loaded', async () => {
    const { user, slow } = renderFrame();
    await screen.findByRole('heading', { name: 'Home' });
    const link = screen.getByRole('link', { name: 'Slow page' });

    await user.click(link);
    expect(link).toHaveAttribute('aria-busy', 'true');
    // Not every link to the same place: only the one the reader followed.
    expect(screen.getByRole('link', { name: 'Slow page again' })).not.toHaveAttribute('aria-busy');

    slow.finish();
    expect(await screen.findByRole('heading', { name: 'Slow page' })).toBeInTheDocument();
    expect(link).not.toHaveAttribute('aria-busy');
  });

  it('clears the mark when the page fails to load', async () => {
    const { user, broken } = renderFrame();
    await screen.findByRole('heading', { name: 'Home' });
    const link = screen.getByRole('link', { name: 'Broken page' });

    await user.click(link);
    expect(link).toHaveAttribute('aria-busy', 'true');

    broken.finish(true);
    expect(await screen.findByRole('heading', { name: 'Couldn’t load' })).toBeInTheDocument();
    expect(link).not.toHaveAttribute('aria-busy');
  });

  it('marks nothing for a navigation no link started', async () => {
    const { router, slow } = renderFrame();
    await screen.findByRole('heading', { name: 'Home' });

    void router.navigate('/slow');
    await screen.findByRole('link', { name: 'Slow page' });
    expect(router.state.navigation.state).toBe('loading');
    expect(screen.getByRole('link', { name: 'Slow page' })).not.toHaveAttribute('aria-busy');
    slow.finish();
    expect(await screen.findByRole('heading', { name: 'Slow page' })).toBeInTheDocument();
  });
});
