// The placeholders borrow the card's own layout, so they must be styled before any route loads.
import './story-card.css';
import './skeletons.css';

type FeedSkeletonProps = {
  /** How many placeholder cards. */
  count?: number;
  /** Also draw the heading and sort switch of a feed page. */
  withHeading?: boolean;
};

/** The shape of a feed page while its stories load. Hidden from assistive tech; the region says busy. */
export function FeedSkeleton({ count = 6, withHeading = true }: FeedSkeletonProps) {
  return (
    <div className="skeleton-region" aria-busy="true">
      <p className="visually-hidden" role="status">
        Loading stories…
      </p>
      {withHeading && (
        <div className="skeleton-heading" aria-hidden="true">
          <span className="skeleton skeleton--h1" />
          <span className="skeleton skeleton--switch" />
        </div>
      )}
      {Array.from({ length: count }, (_, index) => (
        <StoryCardSkeleton key={index} />
      ))}
    </div>
  );
}

export function StoryCardSkeleton() {
  return (
    <div className="story-card" aria-hidden="true">
      <span className="skeleton skeleton--meta" style={{ gridArea: 'meta' }} />
      <span style={{ gridArea: 'title' }}>
        <span className="skeleton skeleton--title" />
        <span className="skeleton skeleton--title skeleton--short" />
      </span>
      <span style={{ gridArea: 'excerpt' }}>
        <span className="skeleton skeleton--line" />
        <span className="skeleton skeleton--line skeleton--short" />
      </span>
      <span className="skeleton story-card__image" />
    </div>
  );
}

/** A row of chip placeholders where the topic navigation will be. */
export function ChipsSkeleton() {
  return (
    <div className="skeleton-chips" aria-hidden="true">
      {Array.from({ length: 6 }, (_, index) => (
        <span key={index} className="skeleton skeleton--chip" />
      ))}
    </div>
  );
}

/** A generic page (title, lines of text) while a page that is not a feed loads. */
export function PageSkeleton() {
  return (
    <div className="skeleton-region skeleton-page" aria-busy="true">
      <p className="visually-hidden" role="status">
        Loading…
      </p>
      <div aria-hidden="true">
        <span className="skeleton skeleton--meta" />
        <span className="skeleton skeleton--h1 skeleton--wide" />
        <span className="skeleton skeleton--line" />
        <span className="skeleton skeleton--line" />
        <span className="skeleton skeleton--line skeleton--short" />
      </div>
    </div>
  );
}
