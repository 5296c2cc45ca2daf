import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render-with-providers';

beforeEach(() => {
  localStorage.clear();
  // Each test starts like a fresh page load: the preference module re-reads storage.
  vi.resetModules();
});

async function loadMenu() {
  const { SettingsMenu } = await import('./settings-menu');
  return SettingsMenu;
}

describe('SettingsMenu', () => {
  it('opens on the Settings button and offers Web, AMP and AMP cache, Web by default', async () => {
    const SettingsMenu = await loadMenu();
    const { user } = renderWithProviders(<SettingsMenu />);
    const button = screen.getByRole('button', { name: 'Settings' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Open stories as' })).toBeNull();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const group = screen.getByRole('group', { name: 'Open stories as' });
    for (const name of ['Web', 'AMP', 'AMP cache']) {
      expect(screen.getByRole('radio', { name })).toBeInTheDocument();
    }
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    expect(screen.getByRole('radio', { name: 'Web' })).toBeChecked();
    expect(group).toBeVisible();
  });

  it('remembers the choice in localStorage for the next visit', async () => {
    const FirstVisit = await loadMenu();
    const { user, unmount } = renderWithProviders(<FirstVisit />);
    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await user.click(screen.getByRole('radio', { name: 'AMP cache' }));
    expect(localStorage.getItem('news-reader:open-stories-as')).toBe('ampCache');
    unmount();

    vi.resetModules();
    const NextVisit = await loadMenu();
    const view = renderWithProviders(<NextVisit />);
    await view.user.click(screen.getByRole('button', { name: 'Settings' }));
    expect(screen.getByRole('radio', { name: 'AMP cache' })).toBeChecked();
  });

  it('closes with Escape, giving focus back to its button, and when the reader clicks away', async () => {
    const SettingsMenu = await loadMenu();
    const { user } = renderWithProviders(
      <>
        <SettingsMenu />
        <p>Elsewhere</p>
      </>,
    );
    const button = screen.getByRole('button', { name: 'Settings' });
    await user.click(button);
    await user.click(screen.getByRole('radio', { name: 'AMP' }));
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();

    await user.click(button);
    await user.click(screen.getByText('Elsewhere'));
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});
