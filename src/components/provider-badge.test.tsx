import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render-with-providers';
import { initials, ProviderBadge } from './provider-badge';

const withLogo = {
  domain: 'apnews.com',
  name: 'Associated Press',
  logo: { url: '/logos/apnews.png', width: 64, height: 64 },
};

/** Makes every image report that it had already loaded or failed before React saw it. */
function imagesSettledBeforeMount({ naturalWidth }: { naturalWidth: number }) {
  vi.spyOn(HTMLImageElement.prototype, 'complete', 'get').mockReturnValue(true);
  vi.spyOn(HTMLImageElement.prototype, 'naturalWidth', 'get').mockReturnValue(naturalWidth);
}

/** jsdom has no HTMLImageElement.decode(); a browser's rejects for an image that is not one. */
function stubDecode(outcome: 'decodes' | 'fails') {
  Object.defineProperty(HTMLImageElement.prototype, 'decode', {
    configurable: true,
    value: () =>
      outcome === 'decodes' ? Promise.resolve() : Promise.reject(new Error('EncodingError')),
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(HTMLImageElement.prototype, 'decode');
});

// The logo is decorative (alt=""; the outlet's name is the text), so its role is presentation.
describe('ProviderBadge', () => {
  it('shows the logo beside the outlet name once it has loaded, instead of the initials', () => {
    renderWithProviders(<ProviderBadge provider={withLogo} />);
    const logo = screen.getByRole('presentation');
    expect(logo).toHaveAttribute('src', '/logos/apnews.png');
    fireEvent.load(logo);
    expect(logo).toBeVisible();
    expect(screen.queryByText('AP')).not.toBeInTheDocument();
    expect(screen.getByText('Associated Press')).toBeInTheDocument();
  });

  it('shows the initials, not an empty square, while the logo is still loading', () => {
    renderWithProviders(<ProviderBadge provider={withLogo} />);
    // A logo that never answers stays this way: the initials, and no blank box over them.
    expect(screen.getByText('AP')).toBeVisible();
    expect(screen.getByRole('presentation')).not.toBeVisible();
  });

  it('draws a monogram when the outlet has no logo', () => {
    renderWithProviders(<ProviderBadge provider={{ domain: 'reuters.com', name: 'Reuters' }} />);
    expect(screen.queryByRole('presentation')).not.toBeInTheDocument();
    expect(screen.getByText('R')).toBeVisible();
  });

  it('falls back to the monogram when the logo fails to load', () => {
    renderWithProviders(<ProviderBadge provider={withLogo} />);
    fireEvent.error(screen.getByRole('presentation'));
    expect(screen.queryByRole('presentation')).not.toBeInTheDocument();
    expect(screen.getByText('AP')).toBeVisible();
    expect(screen.getByText('Associated Press')).toBeInTheDocument();
  });

  it('shows the initials for a logo that failed before React could listen for its error', () => {
    // No error event will come: the image was already broken (complete, no width) when mounted.
    imagesSettledBeforeMount({ naturalWidth: 0 });
    renderWithProviders(<ProviderBadge provider={withLogo} />);
    expect(screen.queryByRole('presentation')).not.toBeInTheDocument();
    expect(screen.getByText('AP')).toBeVisible();
  });

  it('asks the browser to decode a logo that settled without a width, and drops it if it cannot', async () => {
    imagesSettledBeforeMount({ naturalWidth: 0 });
    stubDecode('fails');
    renderWithProviders(<ProviderBadge provider={withLogo} />);
    await waitFor(() => expect(screen.queryByRole('presentation')).not.toBeInTheDocument());
    expect(screen.getByText('AP')).toBeVisible();
  });

  it('keeps a logo that settled without a width but decodes (an SVG without a size)', async () => {
    imagesSettledBeforeMount({ naturalWidth: 0 });
    stubDecode('decodes');
    renderWithProviders(<ProviderBadge provider={withLogo} />);
    await waitFor(() => expect(screen.queryByText('AP')).not.toBeInTheDocument());
    expect(screen.getByRole('presentation')).toBeVisible();
  });

  it('shows a logo that had already loaded (from the cache) at once, without the initials', () => {
    // No load event will come either.
    imagesSettledBeforeMount({ naturalWidth: 64 });
    renderWithProviders(<ProviderBadge provider={withLogo} />);
    expect(screen.getByRole('presentation')).toBeVisible();
    expect(screen.queryByText('AP')).not.toBeInTheDocument();
  });

  it("tries the next outlet's logo when a badge whose logo failed is reused", () => {
    const { rerender } = render(<ProviderBadge provider={withLogo} />);
    fireEvent.error(screen.getByRole('presentation'));
    const reuters = {
      domain: 'reuters.com',
      name: 'Reuters',
      logo: { url: '/logos/reuters.png' },
    };
    rerender(<ProviderBadge provider={reuters} />);
    const logo = screen.getByRole('presentation');
    expect(logo).toHaveAttribute('src', '/logos/reuters.png');
    fireEvent.load(logo);
    expect(logo).toBeVisible();
    expect(screen.queryByText('R')).not.toBeInTheDocument();
  });

  it('links to the outlet page, named by the outlet', () => {
    renderWithProviders(<ProviderBadge provider={withLogo} link />);
    expect(screen.getByRole('link', { name: 'Associated Press' })).toHaveAttribute(
      'href',
      '/providers/apnews.com',
    );
  });

  it('refuses a logo URL with an unsafe scheme', () => {
    renderWithProviders(
      <ProviderBadge
        provider={{ domain: 'x.example', name: 'X', logo: { url: 'javascript:alert(1)' } }}
      />,
    );
    expect(screen.queryByRole('presentation')).not.toBeInTheDocument();
    expect(screen.getByText('X', { selector: '.provider-badge__monogram' })).toBeVisible();
  });

  it('can show only the mark, as an image named by the outlet', () => {
    renderWithProviders(<ProviderBadge provider={withLogo} markOnly />);
    expect(screen.getByRole('img', { name: 'Associated Press' })).toHaveAttribute(
      'title',
      'Associated Press',
    );
    expect(screen.queryByText('Associated Press')).not.toBeInTheDocument();
  });

  it('keeps the name of a mark-only badge whose logo fails, and shows its initials', () => {
    renderWithProviders(<ProviderBadge provider={withLogo} markOnly />);
    fireEvent.error(screen.getByRole('presentation'));
    expect(screen.getByRole('img', { name: 'Associated Press' })).toHaveTextContent('AP');
  });
});

describe('monogram', () => {
  it('takes up to two initials, skipping a leading "The", or a short acronym whole', () => {
    expect(initials('The Wall Street Journal')).toBe('WS');
    expect(initials('CBS News')).toBe('CBS');
    expect(initials('CNN')).toBe('CNN');
    expect(initials('reuters.com')).toBe('RC');
    expect(initials('  ')).toBe('?');
  });

  it('builds initials from letters and digits only, in any script', () => {
    expect(initials('Hostile <img src=x onerror="alert(1)"> Times')).toBe('HI');
    expect(initials('(Other) #outlet')).toBe('OO');
    expect(initials('« Le Monde »')).toBe('LM');
    expect(initials('Élan & Ørsted')).toBe('ÉØ');
    expect(initials('24/7 News')).toBe('27');
  });

  it("falls back to the domain's first letter when the name has no letters", () => {
    expect(initials('<>', 'hostile-times.example')).toBe('H');
    expect(initials('', 'reuters.com')).toBe('R');
    expect(initials('***', '')).toBe('?');
  });

  it('never shows a symbol in the badge of an outlet whose name holds markup', () => {
    renderWithProviders(
      <ProviderBadge
        provider={{ domain: 'hostile-times.example', name: 'Hostile <img src=x> Times' }}
      />,
    );
    expect(screen.getByText('HI')).toBeInTheDocument();
    expect(screen.queryByText(/</, { selector: '.provider-badge__monogram' })).toBeNull();
  });

  it('draws each outlet in its own colour, the same one every time', () => {
    const [ap, apAgain, reuters] = [
      ...drawnColours(['apnews.com']),
      ...drawnColours(['apnews.com']),
      ...drawnColours(['reuters.com']),
    ];
    expect(ap).toMatch(/^rgb\(/);
    expect(apAgain).toBe(ap);
    expect(reuters).not.toBe(ap);
    // Not a handful of colours shared by everyone: two hundred outlets get well over a hundred.
    const domains = Array.from({ length: 200 }, (_, i) => `outlet-${i}.example`);
    expect(new Set(drawnColours(domains)).size).toBeGreaterThan(120);
  });

  it('keeps white initials readable (WCAG AA, 4.5:1) on the colour drawn for any outlet', () => {
    const domains = [
      'apnews.com',
      'reuters.com',
      ...Array.from({ length: 200 }, (_, i) => `outlet-${i}.example`),
    ];
    const colours = drawnColours(domains);
    // The stylesheet draws the initials in white (provider-badge.css; jsdom does not load it).
    const unreadable = domains
      .map((domain, i) => ({ domain, colour: colours[i] ?? '' }))
      .map((entry) => ({ ...entry, ratio: contrastRatio(WHITE, parseRgb(entry.colour)) }))
      .filter((entry) => entry.ratio < 4.5);
    expect(unreadable).toEqual([]);
    // The outlets above are drawn in every band of 10 degrees of hue, the yellows and greens that
    // are hardest to read on too.
    const bands = new Set(colours.map((colour) => Math.floor(hueOf(parseRgb(colour)) / 10) % 36));
    expect(bands.size).toBe(36);
  });
});

/** The background colour of each outlet's monogram as the page draws it (jsdom gives rgb()). */
function drawnColours(domains: string[]): string[] {
  const { unmount } = render(
    <ul>
      {domains.map((domain) => (
        <li key={domain}>
          <ProviderBadge provider={{ domain, name: 'Some Outlet' }} />
        </li>
      ))}
    </ul>,
  );
  const colours = screen.getAllByText('SO').map((monogram) => monogram.style.backgroundColor);
  unmount();
  return colours;
}

type Rgb = [number, number, number];

const WHITE: Rgb = [1, 1, 1];

/** `rgb(32, 111, 39)` as channels 0..1. */
function parseRgb(colour: string): Rgb {
  const match = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(colour);
  if (!match) throw new Error(`not an rgb() colour: ${colour}`);
  return [Number(match[1]) / 255, Number(match[2]) / 255, Number(match[3]) / 255];
}

/** The hue of an sRGB colour, in degrees 0..360. */
function hueOf([r, g, b]: Rgb): number {
  const max = Math.max(r, g, b);
  const chroma = max - Math.min(r, g, b);
  if (chroma === 0) return 0;
  const sector =
    max === r
      ? ((g - b) / chroma + 6) % 6
      : max === g
        ? (b - r) / chroma + 2
        : (r - g) / chroma + 4;
  return sector * 60;
}

/** WCAG 2 relative luminance of an sRGB colour. */
function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
