import type { ProviderInfo } from '../../../../api/contract';
import { ProviderBadge } from '../../../components/provider-badge';
import { formatStoryCount } from '../../../lib/format-count';

/** The outlet page's h1 content: its badge (logo or monogram, and name). */
export function ProviderHeading({ provider }: { provider: ProviderInfo }) {
  return <ProviderBadge provider={provider} size="lg" />;
}

/** "12 stories" under the outlet's name. */
export function ProviderCount({ provider }: { provider: ProviderInfo }) {
  return <p className="feed-header__count">{formatStoryCount(provider.count)}</p>;
}
