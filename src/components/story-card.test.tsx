import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { storyRef, storySummary } from '../test/fixtures';
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

  describe('a story several outlets report', () => {
    const outlets = [
      { domain: 'harbor-times.example', name: 'Harbor Times' },
      { domain: 'bay-ledger.example', name: 'Bay Ledger' },
      { domain: 'calloway-post.example', name: 'Calloway Post' },
      { domain: 'port-radio.example', name: 'Port Radio' },
      { domain: 'wire.example', name: 'City Wire' },
      { domain: 'metro.example', name: 'Metro Daily' },
    ];
    const covered = storySummary({
      story: storyRef('2026-08-31-tram-test-runs', '2026-08-31T10:00:00.000Z', {
        articleCount: 9,
        outletCount: 7,
        outlets,
      }),
    });

    it('says how many outlets and articles, and shows at most five outlets', () => {
      renderWithProviders(<StoryCard story={covered} />);
      expect(screen.getByText('7 outlets · 9 articles')).toBeInTheDocument();
      const shown = screen.getByRole('list', { name: 'Outlets reporting this story' });
      expect(
        within(shown)
          .getAllByRole('img')
          .map((mark) => mark.getAttribute('aria-label')),
      ).toEqual(['Harbor Times', 'Bay Ledger', 'Calloway Post', 'Port Radio', 'City Wire']);
    });

    it('leads to Full coverage, named by the story so each card’s link is distinct', () => {
      renderWithProviders(<StoryCard story={covered} />);
      expect(
        screen.getByRole('link', { name: 'Full coverage: Harbor tram opens its first stretch' }),
      ).toHaveAttribute('href', '/stories/2026-08-31-tram-test-runs');
    });

    it('keeps the headline the one link into the story', () => {
      renderWithProviders(<StoryCard story={covered} />);
      const heading = screen.getByRole('heading', { level: 2 });
      expect(within(heading).getByRole('link')).toHaveAttribute(
        'href',
        '/articles/2026-09-01-harbor-tram-opens',
      );
      // The outlets are named, not linked: one tab stop per card besides badge, topics and Full coverage.
      expect(screen.queryByRole('link', { name: 'Bay Ledger' })).not.toBeInTheDocument();
    });
  });

  it('counts articles, without outlet marks, when one outlet ran them all', () => {
    renderWithProviders(
      <StoryCard
        story={storySummary({
          story: storyRef('2026-09-01-harbor-tram-opens', '2026-09-01T08:30:00.000Z', {
            articleCount: 2,
          }),
        })}
      />,
    );
    expect(screen.getByText('2 articles')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Outlets reporting this story' })).toBeNull();
    expect(screen.getByRole('link', { name: /^Full coverage/ })).toBeInTheDocument();
  });

  it('says nothing about coverage for a story one article tells', () => {
    renderWithProviders(<StoryCard story={storySummary()} />);
    expect(screen.queryByRole('link', { name: /Full coverage/ })).toBeNull();
    expect(screen.queryByText(/\boutlets?\b/)).toBeNull();
  });
});
