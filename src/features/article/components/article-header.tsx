import type { Article } from '../../../../api/contract';
import { ProviderBadge } from '../../../components/provider-badge';
import { TopicChips } from '../../../components/topic-chips';
import { formatFullDate } from '../../../lib/format-date';

type ArticleHeaderProps = {
  article: Pick<Article, 'title' | 'provider' | 'publishedAt' | 'readingMinutes' | 'topics'>;
  titleId: string;
};

/** Outlet, title (the page's only h1), date, reading time and topics. */
export function ArticleHeader({ article, titleId }: ArticleHeaderProps) {
  return (
    <header className="article-header">
      <ProviderBadge provider={article.provider} link size="md" />
      <h1 id={titleId} className="article-header__title">
        {article.title}
      </h1>
      <p className="article-header__meta">
        <time dateTime={article.publishedAt}>{formatFullDate(article.publishedAt)}</time>
        {/* A no-break space ties the dot to the date: a wrapped line starts with the reading time. */}
        <span aria-hidden="true">{'\u00a0·'}</span>{' '}
        <span className="article-header__reading-time">{article.readingMinutes} min read</span>
      </p>
      <TopicChips
        topics={article.topics}
        className="article-header__topics"
        label="Topics of this story"
      />
    </header>
  );
}
