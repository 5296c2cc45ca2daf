import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render-with-providers';

beforeEach(() => {
  localStorage.clear();
  // Each test starts like a fresh page load: the preference module re-reads storage.
  vi.resetModules();
});

async function loadSelect() {
  const { LinkChoiceSelect } = await import('./link-choice-select');
  return LinkChoiceSelect;
}

describe('LinkChoiceSelect', () => {
  it('offers Web, AMP and AMP cache, Web by default', async () => {
    const LinkChoiceSelect = await loadSelect();
    renderWithProviders(<LinkChoiceSelect />);
    const select = screen.getByRole('combobox', { name: 'Open stories as' });
    expect(select).toHaveValue('web');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Web',
      'AMP',
      'AMP cache',
    ]);
  });

  it('remembers the choice in localStorage for the next visit', async () => {
    const FirstVisit = await loadSelect();
    const { user, unmount } = renderWithProviders(<FirstVisit />);
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Open stories as' }),
      'AMP cache',
    );
    expect(localStorage.getItem('news-reader:open-stories-as')).toBe('ampCache');
    unmount();

    vi.resetModules();
    const NextVisit = await loadSelect();
    renderWithProviders(<NextVisit />);
    expect(screen.getByRole('combobox', { name: 'Open stories as' })).toHaveValue('ampCache');
  });
});
