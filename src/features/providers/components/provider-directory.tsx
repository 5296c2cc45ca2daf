import type { ProviderInfo } from '../../../../api/contract';
import { ProviderBadge } from '../../../components/provider-badge';
import { formatStoryCount } from '../../../lib/format-count';
import '../../../components/directory-grid.css';
import './provider-directory.css';

type ProviderDirectoryProps = {
  /** Every outlet (`/api/providers.json`). */
  providers: readonly ProviderInfo[];
};

/** Every outlet, largest first: its badge (logo or monogram) linking to its page, and its count. */
export function ProviderDirectory({ providers }: ProviderDirectoryProps) {
  // The API lists them largest first already; a stable sort keeps its order for equal counts.
  const largestFirst = [...providers].sort((a, b) => b.count - a.count);
  return (
    <ul className="directory-grid provider-directory">
      {largestFirst.map((provider) => (
        <li key={provider.domain} className="directory-grid__card provider-directory__item">
          <ProviderBadge provider={provider} link size="md" />
          <span className="provider-directory__count">{formatStoryCount(provider.count)}</span>
        </li>
      ))}
    </ul>
  );
}
