import { useCallback, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ProviderRef } from '../../api/contract';
import { isSafeImageUrl } from '../lib/is-safe-url';
import './provider-badge.css';

type ProviderBadgeProps = {
  provider: ProviderRef;
  /** Link the badge to the outlet's page. */
  link?: boolean;
  size?: 'sm' | 'md' | 'lg';
  /**
   * Show only the logo or monogram, where a row of outlets must stay compact: the badge is then
   * an image named by the outlet (its name also shows on hover), never a link.
   */
  markOnly?: boolean;
};

/** An outlet's logo (or monogram) and name; optionally a link to its page. */
export function ProviderBadge({
  provider,
  link = false,
  size = 'sm',
  markOnly = false,
}: ProviderBadgeProps) {
  const mark = <ProviderMark provider={provider} maxLetters={size === 'sm' ? 2 : 3} />;
  const className = `provider-badge provider-badge--${size}`;
  if (markOnly) {
    return (
      <span className={className} role="img" aria-label={provider.name} title={provider.name}>
        {mark}
      </span>
    );
  }
  const content = (
    <>
      {mark}
      <span className="provider-badge__name">{provider.name}</span>
    </>
  );
  // A related report's outlet may have no key (its host could not name one): nothing to link to.
  return link && provider.domain !== '' ? (
    <Link className={className} to={`/providers/${encodeURIComponent(provider.domain)}`}>
      {content}
    </Link>
  ) : (
    <span className={className}>{content}</span>
  );
}

/** How a logo turned out: `loaded`, or `failed` (an error, a 404, a page that is not an image). */
type LogoOutcome = { url: string; loaded: boolean };

/**
 * The outlet's monogram, with its logo drawn over it once the logo has loaded. Until then the logo
 * is invisible, so a logo that fails, is not an image or never answers shows the monogram, never
 * an empty square; both fill the same box, so nothing moves when one replaces the other.
 */
function ProviderMark({ provider, maxLetters }: { provider: ProviderRef; maxLetters: number }) {
  const url = provider.logo?.url;
  const logo = isSafeImageUrl(url) ? url : undefined;
  // Keyed by URL, so a badge reused for another outlet tries that outlet's logo.
  const [outcome, setOutcome] = useState<LogoOutcome | null>(null);
  const settle = useCallback((settledUrl: string, loaded: boolean) => {
    setOutcome((current) =>
      current?.url === settledUrl && current.loaded === loaded
        ? current
        : { url: settledUrl, loaded },
    );
  }, []);
  // The load or error event fires once: an image that settled before React listened for it (it
  // failed while the page was still rendering, or came from the cache) never reports it. Ask the
  // image itself when it mounts.
  const readSettledImage = useCallback(
    (img: HTMLImageElement | null) => {
      if (!img || !logo || !img.complete) return;
      if (img.naturalWidth > 0) settle(logo, true);
      // A broken image is complete with no width; so may be an SVG without a size in some browsers,
      // which decode() tells apart.
      else if (typeof img.decode === 'function') {
        img.decode().then(
          () => settle(logo, true),
          () => settle(logo, false),
        );
      } else settle(logo, false);
    },
    [logo, settle],
  );

  const state = logoState(logo, outcome);
  // A three-letter acronym is unreadable in the small badge of a card: two letters there.
  // By code point, so a letter outside the Basic Multilingual Plane is never cut in half.
  const letters = [...initials(provider.name, provider.domain)].slice(0, maxLetters).join('');
  return (
    <span className="provider-badge__mark">
      {state !== 'loaded' && (
        <span
          className="provider-badge__monogram"
          style={{ backgroundColor: monogramColor(provider.domain) }}
          data-letters={[...letters].length}
          aria-hidden="true"
        >
          {letters}
        </span>
      )}
      {logo && (state === 'loading' || state === 'loaded') && (
        <img
          key={logo}
          ref={readSettledImage}
          className="provider-badge__logo"
          // Inline, so a logo that has not loaded stays invisible even before the stylesheet applies.
          style={state === 'loaded' ? undefined : { opacity: 0 }}
          src={logo}
          alt=""
          width={provider.logo?.width ?? 64}
          height={provider.logo?.height ?? 64}
          loading="lazy"
          decoding="async"
          onLoad={() => settle(logo, true)}
          onError={() => settle(logo, false)}
        />
      )}
    </span>
  );
}

function logoState(
  logo: string | undefined,
  outcome: LogoOutcome | null,
): 'none' | 'loading' | 'loaded' | 'failed' {
  if (!logo) return 'none';
  if (outcome?.url !== logo) return 'loading';
  return outcome.loaded ? 'loaded' : 'failed';
}

/**
 * "Associated Press" -> "AP", "reuters.com" -> "RC", an acronym as itself: "CNN", "CBS News" -> "CBS".
 * Only letters and digits count (any script), so markup or symbols in a name never show up:
 * "Hostile <img> Times" -> "HI". A name without any gives the domain's first letter or digit.
 */
export function initials(name: string, domain = ''): string {
  const acronym = /^([A-Z]{2,3})\b/.exec(name.trim())?.[1];
  if (acronym) return acronym;
  const firstLetters = name
    .replace(/^the\s+/i, '')
    .split(/[\s.\-_/]+/)
    .map((word) => LETTER_OR_DIGIT.exec(word)?.[0])
    .filter((letter) => letter !== undefined);
  const letters = firstLetters.length > 0 ? firstLetters : [LETTER_OR_DIGIT.exec(domain)?.[0]];
  return letters.slice(0, 2).join('').toUpperCase() || '?';
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * A stable colour per domain. Dark enough (lightness 28%) that white initials pass WCAG AA on
 * every hue, in both themes.
 */
function monogramColor(domain: string): string {
  let hash = 0;
  for (const char of domain) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `hsl(${hash % 360} 55% 28%)`;
}
