import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useMarkKeyboardUse } from './use-mark-keyboard-use';

function Page() {
  useMarkKeyboardUse();
  return (
    <label>
      Search <input type="search" />
    </label>
  );
}

const root = document.documentElement;

beforeEach(() => {
  delete root.dataset.keyboardUsed;
});

describe('useMarkKeyboardUse', () => {
  it('marks the page once a key is pressed', async () => {
    const user = userEvent.setup();
    render(<Page />);
    expect(root).not.toHaveAttribute('data-keyboard-used');

    await user.keyboard('j');
    expect(root).toHaveAttribute('data-keyboard-used');
  });

  it('does not count typing into a field, as an on-screen keyboard does', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'tram');
    expect(root).not.toHaveAttribute('data-keyboard-used');
  });
});
