import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { Article } from '../../../../api/contract';
import { ProviderBadge } from '../../../components/provider-badge';
import { formatCount } from '../../../lib/format-count';
import { formatFullDate, formatShortDate } from '../../../lib/format-date';
import { InReaderLink } from './in-reader-link';

type MoreOnThisStoryProps = {
  /** Undefined while the build does not yet group articles into stories. */
  story: Article['story'];
};

/**
 * The story's other articles in the corpus (the build picks up to STORY_MORE_SHOWN, lead first),
 * and Full coverage when there are more than that. Nothing when this article tells the story alone.
 */
export function MoreOnThisStory({ story }: MoreOnThisStoryProps) {
  const headingId = useId();
  if (story.more.length === 0) return null;
  const hasMore = story.articleCount - 1 > story.more.length;

  return (
    <section className="more-on-story" aria-labelledby={headingId}>
      <h2 id={headingId} className="more-on-story__title">
        More on this story
      </h2>
      <ul className="more-on-story__list">
        {story.more.map((article) => (
          <li key={article.slug} className="more-on-story__item">
            <div className="more-on-story__meta">
              <ProviderBadge provider={article.provider} />
              <time dateTime={article.publishedAt} title={formatFullDate(article.publishedAt)}>
                {formatShortDate(article.publishedAt)}
              </time>
            </div>
            <p className="more-on-story__headline">
              <InReaderLink slug={article.slug}>{article.title}</InReaderLink>
            </p>
          </li>
        ))}
      </ul>
      {hasMore && (
        <p className="more-on-story__all">
          <Link to={`/stories/${encodeURIComponent(story.id)}`}>
            Full coverage: {formatCount(story.articleCount, 'article')} from{' '}
            {formatCount(story.outletCount, 'outlet')}
          </Link>
        </p>
      )}
    </section>
  );
}
