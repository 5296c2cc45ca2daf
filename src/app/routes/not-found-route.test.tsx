import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../test/render-with-providers';
import { Component } from './not-found-route';

describe('the not-found page', () => {
  it('says the page does not exist and leads back to the front page', async () => {
    const { user, router } = renderRoutes(
      [
        { path: '/', element: <h1>Front page</h1> },
        { path: '*', Component },
      ],
      { route: '/no/such/page' },
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Back to the front page' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Front page' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
  });
});
