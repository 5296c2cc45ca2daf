import '../../../components/skeletons.css';

/** The article layout while its data loads: same measure and blocks, so nothing jumps on arrival. */
export function ArticleSkeleton() {
  return (
    <div className="article article--loading" aria-busy="true">
      <p className="visually-hidden" role="status">
        Loading story…
      </p>
      <div className="article__main" aria-hidden="true">
        <div className="article-header">
          <span className="skeleton article-skeleton__badge" />
          <span className="skeleton article-skeleton__title" />
          <span className="skeleton article-skeleton__title article-skeleton__title--short" />
          <span className="skeleton article-skeleton__meta" />
        </div>
        <span className="skeleton article-lead-image article-skeleton__image" />
        <span className="skeleton article-skeleton__line" />
        <span className="skeleton article-skeleton__line" />
        <span className="skeleton article-skeleton__line article-skeleton__line--short" />
      </div>
    </div>
  );
}
