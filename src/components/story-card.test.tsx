import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { storySummary } from '../test/fixtures';
import { renderWithProviders } from '../test/render-with-providers';
import { StoryCard } from './story-card';

describe('StoryCard', () => {
  it('titles the story with a heading whose link opens it in the reader', () => {
    renderWithProviders(<StoryCard story={storySummary()} posInSet={3} setSize={40} />);
    const article = screen.getByRole('article', { name: 'Harbor tram opens its first stretch' });
    expect(article).toHaveAttribute('aria-posinset', '3');
    expect(article).toHaveAttribute('aria-setsize', '40');
    const heading = within(article).getByRole('heading', { level: 2 });
    expect(within(heading).getByRole('link')).toHaveAttribute(
      'href',
      '/articles/2026-09-01-harbor-tram-opens',
    );
  });

  it('links the outlet badge to the outlet page and the topics to their pages', () => {
    renderWithProviders(
      <StoryCard
        story={storySummary({
          topics: [
            { slug: 'transport', name: 'Transport' },
            { slug: 'city-hall', name: 'City Hall' },
          ],
        })}
      />,
    );
    expect(screen.getByRole('link', { name: 'Harbor Times' })).toHaveAttribute(
      'href',
      '/providers/harbor-times.example',
    );
    expect(screen.getByRole('link', { name: 'Transport' })).toHaveAttribute(
      'href',
      '/topics/transport',
    );
    expect(screen.getByRole('link', { name: 'City Hall' })).toHaveAttribute(
      'href',
      '/topics/city-hall',
    );
  });

  it('shows a relative date with the full date on hover', () => {
    vi.useFakeTimers({ now: new Date('2026-09-01T11:30:00.000Z'), toFake: ['Date'] });
    try {
      renderWithProviders(<StoryCard story={storySummary()} />);
      const time = screen.getByText('3 hours ago');
      expect(time.tagName).toBe('TIME');
      expect(time).toHaveAttribute('datetime', '2026-09-01T08:30:00.000Z');
      expect(time.getAttribute('title')).toMatch(/2026/);
      expect(time.getAttribute('title')).toMatch(/September/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reserves the image size and drops the image when it fails to load', () => {
    renderWithProviders(<StoryCard story={storySummary()} eagerImage />);
    // The lead image is decorative (alt=""): its role is presentation.
    const image = screen.getByRole('presentation');
    expect(image).toHaveAttribute('width', '1200');
    expect(image).toHaveAttribute('height', '800');
    expect(image).toHaveAttribute('loading', 'eager');
    fireEvent.error(image);
    expect(screen.queryByRole('presentation')).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Harbor tram opens its first stretch' }),
    ).toBeVisible();
  });

  it('never turns an unsafe image URL into an image', () => {
    renderWithProviders(
      <StoryCard story={storySummary({ image: { url: 'javascript:alert(1)' } })} />,
    );
    expect(screen.queryByRole('presentation')).not.toBeInTheDocument();
  });

  it('renders markup in titles and excerpts as text', () => {
    renderWithProviders(
      <StoryCard
        story={storySummary({
          title: '<img src=x onerror=alert(1)> Title',
          excerpt: '<script>alert(1)</script>',
        })}
      />,
    );
    expect(
      screen.getByRole('link', { name: '<img src=x onerror=alert(1)> Title' }),
    ).toBeInTheDocument();
    expect(screen.getByText('<script>alert(1)</script>')).toBeInTheDocument();
  });

  it('signals the intent to open the story when its title is focused', () => {
    const onIntent = vi.fn();
    renderWithProviders(<StoryCard story={storySummary()} onIntent={onIntent} />);
    screen.getByRole('link', { name: 'Harbor tram opens its first stretch' }).focus();
    expect(onIntent).toHaveBeenCalledWith('2026-09-01-harbor-tram-opens');
  });
});
