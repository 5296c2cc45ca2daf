import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { StoryArticle } from '../../../../api/contract';
import { ProviderBadge } from '../../../components/provider-badge';
import { formatFullDate, formatShortDate } from '../../../lib/format-date';

type StoryArticleItemProps = {
  article: StoryArticle;
  onIntent?: (slug: string) => void;
};

/** One article of the story: outlet, date, title (into the reader), summary, and why it is here. */
export function StoryArticleItem({ article, onIntent }: StoryArticleItemProps) {
  const titleId = useId();
  const intent = onIntent ? () => onIntent(article.slug) : undefined;
  return (
    <article className="story-article" aria-labelledby={titleId}>
      <div className="story-article__meta">
        <ProviderBadge provider={article.provider} link />
        <time dateTime={article.publishedAt} title={formatFullDate(article.publishedAt)}>
          {formatShortDate(article.publishedAt)}
        </time>
      </div>
      <h3 id={titleId} className="story-article__title">
        <Link
          to={`/articles/${encodeURIComponent(article.slug)}`}
          onPointerEnter={intent}
          onFocus={intent}
        >
          {article.title}
        </Link>
      </h3>
      {article.excerpt && <p className="story-article__excerpt">{article.excerpt}</p>}
      {article.why && (
        <details className="story-article__why">
          <summary>Why grouped</summary>
          <p>{article.why}</p>
        </details>
      )}
    </article>
  );
}
