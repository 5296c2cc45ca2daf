import { Link } from 'react-router-dom';
import { STORY_OUTLETS_SHOWN, type StoryRef } from '../../api/contract';
import { formatCoverage } from '../lib/format-count';
import { OutletMarks } from './outlet-marks';

type StoryCardCoverageProps = {
  story: StoryRef;
  /** The story's headline: the Full coverage link names it, as a list has one such link per card. */
  headline: string;
};

/**
 * Under a card whose story has more than one article: the outlets that report it, how many, and
 * the way to Full coverage. Nothing for a story only one article tells.
 */
export function StoryCardCoverage({ story, headline }: StoryCardCoverageProps) {
  if (story.articleCount <= 1) return null;
  return (
    <div className="story-card__coverage">
      {story.outletCount > 1 && (
        <OutletMarks
          outlets={story.outlets.slice(0, STORY_OUTLETS_SHOWN)}
          label="Outlets reporting this story"
        />
      )}
      <p className="story-card__count">{formatCoverage(story)}</p>
      <Link
        className="story-card__full-coverage"
        to={`/stories/${encodeURIComponent(story.id)}`}
        aria-label={`Full coverage: ${headline}`}
      >
        Full coverage
      </Link>
    </div>
  );
}
