import { useId } from 'react';
import type { RelatedStory } from '../../../../api/contract';
import { Carousel } from '../../../components/carousel';
import { useLinkPreference } from '../../../lib/link-preference';
import { RelatedCard } from './related-card';

type RelatedCoverageProps = {
  stories: RelatedStory[];
};

/** Other outlets' takes on the story, as a horizontal carousel of cards. */
export function RelatedCoverage({ stories }: RelatedCoverageProps) {
  const headingId = useId();
  const [preference] = useLinkPreference();
  if (stories.length === 0) return null;

  return (
    <section className="related-coverage" aria-labelledby={headingId}>
      <Carousel
        items={stories}
        getKey={(story, index) => `${index}:${story.webUrl}`}
        renderItem={(story) => <RelatedCard story={story} preference={preference} />}
        previousLabel="Previous stories"
        nextLabel="Next stories"
        header={
          <h2 id={headingId} className="related-coverage__title">
            Related coverage
          </h2>
        }
      />
    </section>
  );
}
