import { useId } from 'react';
import { CoverageLink } from '../../../components/coverage-link';
import { OpenAsLinks } from '../../../components/open-as-links';
import { ProviderBadge } from '../../../components/provider-badge';
import { formatFullDate, formatShortDate } from '../../../lib/format-date';
import type { LinkPreference } from '../../../lib/link-preference';
import type { OutletGroup } from '../group-by-outlet';

type OutletCoverageProps = {
  group: OutletGroup;
  preference: LinkPreference;
  onIntent?: (slug: string) => void;
};

/**
 * One outlet's reports on the story, newest first. Each title opens the report the reader's
 * preferred way (inside the reader when it is an article of the corpus); every version it has is
 * one click away below it.
 */
export function OutletCoverage({ group, preference, onIntent }: OutletCoverageProps) {
  const headingId = useId();
  return (
    <section className="outlet-coverage" aria-labelledby={headingId}>
      <h3 id={headingId} className="outlet-coverage__outlet">
        <ProviderBadge provider={group.provider} size="md" />
      </h3>
      <ul className="outlet-coverage__items">
        {group.items.map((item, index) => (
          <li key={`${index}:${item.webUrl}`} className="coverage-item">
            <p className="coverage-item__title">
              <CoverageLink story={item} preference={preference} onIntent={onIntent}>
                {item.title}
              </CoverageLink>
            </p>
            <div className="coverage-item__meta">
              {item.publishedAt && (
                <time dateTime={item.publishedAt} title={formatFullDate(item.publishedAt)}>
                  {formatShortDate(item.publishedAt)}
                </time>
              )}
              <OpenAsLinks story={item} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
