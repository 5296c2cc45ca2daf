import { useId, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import type { RelatedStory } from '../../../../api/contract';
import { initials, ProviderBadge } from '../../../components/provider-badge';
import { formatFullDate, formatShortDate } from '../../../lib/format-date';
import { isHttpUrl } from '../../../lib/is-safe-url';
import { availableLinks, pickLink, type LinkPreference } from '../../../lib/link-preference';
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
  const external = pickLink(story, preference);
  const choices = availableLinks(story);

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
          {story.slug ? (
            <InReaderLink slug={story.slug}>{story.title}</InReaderLink>
          ) : isHttpUrl(external.href) ? (
            <a href={external.href} target="_blank" rel="noopener noreferrer">
              {story.title}
            </a>
          ) : (
            story.title
          )}
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
        {choices.length > 0 && (
          <div className="related-card__links" role="group" aria-label="Open this story as">
            {choices.map((link) => (
              <a
                key={link.kind}
                className="related-card__link"
                href={link.href}
                target="_blank"
                rel="noopener noreferrer"
              >
                {link.label}
              </a>
            ))}
          </div>
        )}
      </div>
    </article>
  );
}

/** A related story of the corpus opens in the reader; fetched on hover/focus so it opens at once. */
function InReaderLink({ slug, children }: { slug: string; children: ReactNode }) {
  const queryClient = useQueryClient();
  const prefetch = () => void queryClient.prefetchQuery(articleQueryOptions(slug));
  return (
    <Link to={`/articles/${encodeURIComponent(slug)}`} onMouseEnter={prefetch} onFocus={prefetch}>
      {children}
    </Link>
  );
}
