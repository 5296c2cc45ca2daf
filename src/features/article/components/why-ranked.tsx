import { useId } from 'react';
import type { RankTerms } from '../../../../api/contract';
import { describeRank, formatPoints } from '../describe-rank';

type WhyRankedProps = {
  rank: RankTerms;
};

/** A plain-language account of the story's place in "Top stories", term by term. */
export function WhyRanked({ rank }: WhyRankedProps) {
  const headingId = useId();
  return (
    <section className="why-ranked" aria-labelledby={headingId}>
      <h2 id={headingId} className="why-ranked__title">
        Why this story is here
      </h2>
      <p className="why-ranked__intro">
        Top stories are ordered by a score. Heat (how much attention a story is getting) and quality
        add points: ten times the heat earns one more point. Every day of age takes one point off.
        This story scores <strong>{formatPoints(rank.score)}</strong>.
      </p>
      <dl className="why-ranked__terms">
        {describeRank(rank).map((reason) => (
          <div key={reason.label} className="why-ranked__term">
            <dt>
              <span className="why-ranked__label">{reason.label}</span>{' '}
              <span className="why-ranked__points">
                {formatPoints(reason.points, true)}{' '}
                {Math.abs(reason.points) === 1 ? 'point' : 'points'}
              </span>
            </dt>
            <dd>{reason.detail}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
