import { Link } from 'react-router-dom';
import type { ProviderInfo } from '../../../../api/contract';
import { ExternalIcon } from '../../../components/external-icon';
import { ProviderBadge } from '../../../components/provider-badge';
import { formatStoryCount } from '../../../lib/format-count';
import { isHttpUrl } from '../../../lib/is-safe-url';
import './provider-heading.css';

/** The outlet page's h1 content: its badge (logo or monogram, and name). */
export function ProviderHeading({ provider }: { provider: ProviderInfo }) {
  return <ProviderBadge provider={provider} size="lg" />;
}

/** "12 stories" under the outlet's name, then its own site and the way to every other outlet. */
export function ProviderCount({ provider }: { provider: ProviderInfo }) {
  const site = outletSite(provider.domain);
  return (
    <>
      <p className="feed-header__count">{formatStoryCount(provider.count)}</p>
      <p className="provider-links">
        {site && (
          <a href={site} target="_blank" rel="noopener noreferrer">
            {provider.domain} <span className="visually-hidden">(opens in a new tab)</span>
            <ExternalIcon size={14} />
          </a>
        )}
        <Link to="/providers">All outlets</Link>
      </p>
    </>
  );
}

/**
 * `https://{domain}/`, only when the domain makes exactly that address: the build allows only
 * host names, but a domain that carried a path, a port or credentials would be refused here too.
 */
export function outletSite(domain: string): string | undefined {
  const site = `https://${domain}/`;
  if (!isHttpUrl(site)) return undefined;
  const url = new URL(site);
  return url.hostname === domain && url.href === site ? site : undefined;
}
