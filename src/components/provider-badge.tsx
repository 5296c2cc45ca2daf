import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ProviderRef } from '../../api/contract';
import { isSafeImageUrl } from '../lib/is-safe-url';
import './provider-badge.css';

type ProviderBadgeProps = {
  provider: ProviderRef;
  /** Link the badge to the outlet's page. */
  link?: boolean;
  size?: 'sm' | 'md' | 'lg';
};

/** An outlet's logo (or monogram) and name; optionally a link to its page. */
export function ProviderBadge({ provider, link = false, size = 'sm' }: ProviderBadgeProps) {
  const content = (
    <>
      <ProviderMark provider={provider} maxLetters={size === 'sm' ? 2 : 3} />
      <span className="provider-badge__name">{provider.name}</span>
    </>
  );
  const className = `provider-badge provider-badge--${size}`;
  return link ? (
    <Link className={className} to={`/providers/${encodeURIComponent(provider.domain)}`}>
      {content}
    </Link>
  ) : (
    <span className={className}>{content}</span>
  );
}

function ProviderMark({ provider, maxLetters }: { provider: ProviderRef; maxLetters: number }) {
  const logo = provider.logo?.url;
  // Remember which URL failed, so a badge reused for another outlet tries that outlet's logo.
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  if (isSafeImageUrl(logo) && failedUrl !== logo) {
    return (
      <img
        className="provider-badge__logo"
        src={logo}
        alt=""
        width={provider.logo?.width ?? 64}
        height={provider.logo?.height ?? 64}
        loading="lazy"
        decoding="async"
        onError={() => setFailedUrl(logo)}
      />
    );
  }
  // A three-letter acronym is unreadable in the small badge of a card: two letters there.
  const letters = initials(provider.name || provider.domain).slice(0, maxLetters);
  return (
    <span
      className="provider-badge__monogram"
      style={{ backgroundColor: monogramColor(provider.domain) }}
      data-letters={letters.length}
      aria-hidden="true"
    >
      {letters}
    </span>
  );
}

/** "Associated Press" -> "AP", "reuters.com" -> "RC", an acronym as itself: "CNN", "CBS News" -> "CBS". */
export function initials(name: string): string {
  const acronym = /^([A-Z]{2,3})\b/.exec(name.trim())?.[1];
  if (acronym) return acronym;
  const words = name
    .replace(/^the\s+/i, '')
    .split(/[\s.\-_/]+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  const letters = words.slice(0, 2).map((word) => [...word][0] ?? '');
  return letters.join('').toUpperCase() || '?';
}

/**
 * A stable colour per domain. Dark enough (lightness 28%) that white initials pass WCAG AA on
 * every hue, in both themes.
 */
export function monogramColor(domain: string): string {
  let hash = 0;
  for (const char of domain) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `hsl(${hash % 360} 55% 28%)`;
}
