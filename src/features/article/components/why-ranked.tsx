import { useId } from 'react';
import { TOLD_PLACES, type StoryStanding } from '../../../../api/contract';
import { describeLift, describePlace, describeReasons, formatPoints } from '../describe-standing';

type WhyRankedProps = {
  standing: StoryStanding;
  /** Outlets that report the story. */
  outletCount: number;
};

/**
 * Where the story stands in Top stories and what put it there, in plain words; the arithmetic for
 * the curious behind a disclosure.
 */
export function WhyRanked({ standing, outletCount }: WhyRankedProps) {
  const headingId = useId();
  const reasons = describeReasons(standing, outletCount);
  const lift = describeLift(standing, outletCount);
  return (
    <section className="why-ranked" aria-labelledby={headingId}>
      <h2 id={headingId} className="why-ranked__title">
        Why this story is here
      </h2>
      {standing.places.length > 0 ? (
        <ul className="why-ranked__places" aria-label="Its place in Top stories">
          {standing.places.map((place) => (
            <li key={place.window}>{describePlace(place)}</li>
          ))}
        </ul>
      ) : (
        <p className="why-ranked__places">
          Not among the first {TOLD_PLACES} of Top stories in any window.
        </p>
      )}
      {lift && <p className="why-ranked__lift">{lift}</p>}
      <dl className="why-ranked__terms">
        {reasons.map((reason) => (
          <div key={reason.label} className="why-ranked__term">
            <dt>{reason.label}</dt>
            <dd>{reason.detail}</dd>
          </div>
        ))}
      </dl>
      <details className="why-ranked__sum">
        <summary>How the score adds up</summary>
        <p>
          Top stories of a window are ordered by a score: the logarithm of the heat, of the quality
          and of the number of outlets, added up, so ten times the heat earns one more point. Age
          only decides which windows a story is in.
        </p>
        <p className="why-ranked__arithmetic">
          {reasons
            .map((reason) => `${reason.label.toLowerCase()} ${formatPoints(reason.points)}`)
            .join(' + ')}{' '}
          = <strong>{formatPoints(standing.score)}</strong>
        </p>
      </details>
    </section>
  );
}
