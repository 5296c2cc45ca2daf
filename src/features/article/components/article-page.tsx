import { useId } from 'react';
import type { Article } from '../../../../api/contract';
import { PageMeta } from '../../../components/page-meta';
import { relatedOutsideStory } from '../related-outside-story';
import { ArticleBody } from './article-body';
import { ArticleHeader } from './article-header';
import { LeadImage } from './lead-image';
import { MoreOnThisStory } from './more-on-this-story';
import { ReadAtLinks } from './read-at-links';
import { RelatedCoverage } from './related-coverage';
import { WhyRanked } from './why-ranked';

type ArticlePageProps = {
  article: Article;
};

/**
 * One article: header, image, text, where to read it, why it ranks, the other articles of its
 * story, and related coverage.
 */
export function ArticlePage({ article }: ArticlePageProps) {
  const titleId = useId();
  return (
    <div className="article">
      <PageMeta
        title={article.title}
        description={article.excerpt || `${article.title}, from ${article.provider.name}.`}
      />
      <article className="article__main" aria-labelledby={titleId}>
        <ArticleHeader article={article} titleId={titleId} />
        <LeadImage image={article.image} className="article-lead-image" priority />
        {article.excerpt && <p className="article__excerpt">{article.excerpt}</p>}
        <ArticleBody bodyHtml={article.bodyHtml} />
        <ReadAtLinks article={article} />
        <WhyRanked standing={article.standing} outletCount={article.story.outletCount} />
      </article>
      <MoreOnThisStory story={article.story} />
      <RelatedCoverage stories={relatedOutsideStory(article)} />
    </div>
  );
}
