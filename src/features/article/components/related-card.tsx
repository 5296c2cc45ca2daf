import { useId } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { RelatedStory } from '../../../../api/contract';
import { CoverageLink } from '../../../components/coverage-link';
import { OpenAsLinks } from '../../../components/open-as-links';
import { initials, ProviderBadge } from '../../../components/provider-badge';
import { formatFullDate, formatShortDate } from '../../../lib/format-date';
import type { LinkPreference } from '../../../lib/link-preference';
import { articleQueryOptions } from '../api/get-article';
import { LeadImage } from './lead-image';

type RelatedCardProps = {
  story: RelatedStory;
  preference: LinkPreference;
};

/**
 * One story of related coverage. Its title opens it in the reader when it is in the corpus,
 * otherwise at the outlet in the preferred version; every version it has is offered below.
 */
export function RelatedCard({ story, preference }: RelatedCardProps) {
  const titleId = useId();
  const queryClient = useQueryClient();
  // A story of the corpus is fetched on hover or focus, so it opens in the reader at once.
  const prefetch = (slug: string) => void queryClient.prefetchQuery(articleQueryOptions(slug));

  return (
    <article className="related-card" aria-labelledby={titleId}>
      <LeadImage
        image={story.image}
        className="related-card__image"
        aspectRatio="16 / 9"
        placeholder={
          <span className="related-card__initials" aria-hidden="true">
            {initials(story.provider.name, story.provider.domain)}
          </span>
        }
      />
      <div className="related-card__content">
        <ProviderBadge provider={story.provider} />
        <h3 id={titleId} className="related-card__title">
          <CoverageLink story={story} preference={preference} onIntent={prefetch}>
            {story.title}
          </CoverageLink>
        </h3>
        {story.publishedAt && (
          <time
            className="related-card__date"
            dateTime={story.publishedAt}
            title={formatFullDate(story.publishedAt)}
          >
            {formatShortDate(story.publishedAt)}
          </time>
        )}
        <OpenAsLinks story={story} className="related-card__links" />
      </div>
    </article>
  );
}
