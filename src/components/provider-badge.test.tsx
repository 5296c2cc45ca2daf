import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render-with-providers';
import { initials, monogramColor, ProviderBadge } from './provider-badge';

const withLogo = {
  domain: 'apnews.com',
  name: 'Associated Press',
  logo: { url: '/logos/apnews.png', width: 64, height: 64 },
};

// The logo is decorative (alt=""; the outlet's name is the text), so its role is presentation.
describe('ProviderBadge', () => {
  it('shows the logo beside the outlet name', () => {
    renderWithProviders(<ProviderBadge provider={withLogo} />);
    expect(screen.getByText('Associated Press')).toBeInTheDocument();
    expect(screen.getByRole('presentation')).toHaveAttribute('src', '/logos/apnews.png');
    expect(screen.queryByText('AP')).not.toBeInTheDocument();
  });

  it('draws a monogram when the outlet has no logo', () => {
    renderWithProviders(<ProviderBadge provider={{ domain: 'reuters.com', name: 'Reuters' }} />);
    expect(screen.queryByRole('presentation')).not.toBeInTheDocument();
    expect(screen.getByText('R')).toBeInTheDocument();
  });

  it('falls back to the monogram when the logo fails to load', () => {
    renderWithProviders(<ProviderBadge provider={withLogo} />);
    fireEvent.error(screen.getByRole('presentation'));
    expect(screen.queryByRole('presentation')).not.toBeInTheDocument();
    expect(screen.getByText('AP')).toBeInTheDocument();
    expect(screen.getByText('Associated Press')).toBeInTheDocument();
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
  });

  it('can show only the mark, as an image named by the outlet', () => {
    renderWithProviders(<ProviderBadge provider={withLogo} markOnly />);
    expect(screen.getByRole('img', { name: 'Associated Press' })).toHaveAttribute(
      'title',
      'Associated Press',
    );
    expect(screen.queryByText('Associated Press')).not.toBeInTheDocument();
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

  it('gives each domain a stable colour, different domains usually different ones', () => {
    expect(monogramColor('apnews.com')).toBe(monogramColor('apnews.com'));
    expect(monogramColor('apnews.com')).not.toBe(monogramColor('reuters.com'));
  });
});
