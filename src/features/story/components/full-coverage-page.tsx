import { useId, useMemo } from 'react';
import type { Story } from '../../../../api/contract';
import { PageMeta } from '../../../components/page-meta';
import { formatCount } from '../../../lib/format-count';
import { formatDateRange } from '../../../lib/format-date';
import { useLinkPreference } from '../../../lib/link-preference';
import { groupByOutlet } from '../group-by-outlet';
import { OutletCoverage } from './outlet-coverage';
import { StoryArticleItem } from './story-article-item';
import '../story.css';

type FullCoveragePageProps = {
  story: Story;
  /** The reader points at an article of the corpus: a chance to fetch it ahead. */
  onIntent?: (slug: string) => void;
};

/**
 * Full coverage of one story: headed by its lead's headline, how widely and how long it was
 * reported, every article of the corpus that tells it, then other outlets' reports by outlet.
 */
export function FullCoveragePage({ story, onIntent }: FullCoveragePageProps) {
  const articlesId = useId();
  const coverageId = useId();
  const [preference] = useLinkPreference();
  const groups = useMemo(() => groupByOutlet(story.coverage), [story.coverage]);
  const lead = story.articles.find((article) => article.slug === story.lead) ?? story.articles[0];
  const headline = lead?.title ?? 'Full coverage';
  const outlets = formatCount(story.outletCount, 'outlet');
  const articles = formatCount(story.articleCount, 'article');

  return (
    <div className="story">
      <PageMeta
        title={`Full coverage: ${headline}`}
        description={`${headline}: ${articles} from ${outlets}, and what other outlets reported.`}
      />
      <header className="story-header">
        <p className="story-header__kicker">Full coverage</p>
        <h1 className="story-header__title">{headline}</h1>
        <p className="story-header__meta">
          {outlets} · {articles} ·{' '}
          <span className="story-header__span">
            {formatDateRange(story.firstPublishedAt, story.lastPublishedAt)}
          </span>
        </p>
      </header>

      <section className="story-section" aria-labelledby={articlesId}>
        <h2 id={articlesId} className="story-section__title">
          Articles in this story
        </h2>
        <ul className="story-articles">
          {story.articles.map((article) => (
            <li key={article.slug}>
              <StoryArticleItem article={article} onIntent={onIntent} />
            </li>
          ))}
        </ul>
      </section>

      {groups.length > 0 && (
        <section className="story-section" aria-labelledby={coverageId}>
          <h2 id={coverageId} className="story-section__title">
            Coverage by outlet
          </h2>
          {groups.map((group) => (
            <OutletCoverage
              key={group.provider.domain}
              group={group}
              preference={preference}
              onIntent={onIntent}
            />
          ))}
        </section>
      )}
    </div>
  );
}
