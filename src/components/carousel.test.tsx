import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Carousel } from './carousel';

type Story = { id: string; title: string };

const stories: Story[] = Array.from({ length: 6 }, (_, index) => ({
  id: `s${index + 1}`,
  title: `Story ${index + 1}`,
}));

function renderCarousel(items: Story[] = stories) {
  return render(
    <section aria-label="Related coverage">
      <Carousel
        items={items}
        getKey={(story) => story.id}
        renderItem={(story) => <a href={`https://example.com/${story.id}`}>{story.title}</a>}
        previousLabel="Previous stories"
        nextLabel="Next stories"
      />
    </section>,
  );
}

/**
 * jsdom has no layout: give the list the geometry of a 300 px window onto 1,000 px of cards, and
 * a scrollBy that moves it instantly and reports the scroll like a browser does.
 */
function stubGeometry(track: HTMLElement, { scrollWidth = 1000, clientWidth = 300 } = {}) {
  let left = 0;
  const max = scrollWidth - clientWidth;
  Object.defineProperty(track, 'scrollWidth', { configurable: true, value: scrollWidth });
  Object.defineProperty(track, 'clientWidth', { configurable: true, value: clientWidth });
  Object.defineProperty(track, 'scrollLeft', {
    configurable: true,
    get: () => left,
    set: (value: number) => {
      left = Math.min(Math.max(value, 0), max);
    },
  });
  const scrollBy = vi.fn((options: ScrollToOptions) => {
    track.scrollLeft = left + (options.left ?? 0);
    fireEvent.scroll(track);
  });
  track.scrollBy = scrollBy as unknown as HTMLElement['scrollBy'];
  fireEvent.scroll(track);
  return scrollBy;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Carousel', () => {
  it('lists every item as a list item', () => {
    renderCarousel();
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(6);
    expect(within(list).getByRole('link', { name: 'Story 6' })).toBeInTheDocument();
  });

  it('disables both buttons when everything fits', () => {
    renderCarousel(stories.slice(0, 2));
    stubGeometry(screen.getByRole('list'), { scrollWidth: 300, clientWidth: 300 });
    expect(screen.getByRole('button', { name: 'Previous stories' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Next stories' })).toBeDisabled();
  });

  it('pages forward and back, disabling each button at its end', async () => {
    const user = userEvent.setup();
    renderCarousel();
    const scrollBy = stubGeometry(screen.getByRole('list'));
    const previous = screen.getByRole('button', { name: 'Previous stories' });
    const next = screen.getByRole('button', { name: 'Next stories' });

    expect(previous).toBeDisabled();
    expect(next).toBeEnabled();

    await user.click(next);
    expect(scrollBy).toHaveBeenLastCalledWith(expect.objectContaining({ left: 270 }));
    expect(previous).toBeEnabled();
    expect(next).toBeEnabled();

    await user.click(next);
    await user.click(next);
    expect(next).toBeDisabled();
    // Focus is not dropped to the page when the focused button becomes disabled.
    expect(previous).toHaveFocus();

    await user.click(previous);
    expect(scrollBy).toHaveBeenLastCalledWith(expect.objectContaining({ left: -270 }));
    expect(next).toBeEnabled();
  });

  it('jumps without animation when the reader prefers reduced motion', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('reduce'),
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    renderCarousel();
    const scrollBy = stubGeometry(screen.getByRole('list'));
    await user.click(screen.getByRole('button', { name: 'Next stories' }));
    expect(scrollBy).toHaveBeenLastCalledWith({ left: 270, behavior: 'auto' });
  });

  it('is operable from the keyboard: Tab walks the cards, arrow keys hop between them', async () => {
    const user = userEvent.setup();
    renderCarousel();
    stubGeometry(screen.getByRole('list'));

    await user.tab();
    expect(screen.getByRole('button', { name: 'Next stories' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Story 1' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Story 2' })).toHaveFocus();

    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('link', { name: 'Story 3' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('link', { name: 'Story 1' })).toHaveFocus();
  });
});
