import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import type { FeedItem, ImageRef } from '../../api/contract';
import { isSafeImageUrl } from '../lib/is-safe-url';
import { ProviderBadge } from './provider-badge';
import { StoryCardCoverage } from './story-card-coverage';
import { PublishedTime } from './published-time';
import { TopicChips } from './topic-chips';
import './story-card.css';

type StoryCardProps = {
  /** A story, shown by its lead article. */
  story: FeedItem;
  /** 1-based position in the list and the list's total, for `role="feed"`. */
  posInSet?: number;
  setSize?: number;
  /** The first cards are likely the largest paint: load their images at once. */
  eagerImage?: boolean;
  /** The reader shows interest (hover, focus) in opening the story: a chance to prefetch it. */
  onIntent?: (slug: string) => void;
  /** Topics not worth a chip on this list (`topicsNotWorthAChip`). */
  hiddenTopics?: ReadonlySet<string>;
  /**
   * The day this card opens in Latest ("Wednesday, November 18, 2020"), shown above it. Inside
   * the card, since a feed may only hold articles.
   */
  day?: string;
};

/**
 * One story of a feed, shown by its lead article: outlet, date, title (the link into the reader),
 * excerpt, topics, image, and for a story several articles tell, its outlets and Full coverage.
 */
export function StoryCard({
  story,
  posInSet,
  setSize,
  eagerImage,
  onIntent,
  hiddenTopics,
  day,
}: StoryCardProps) {
  const titleId = useId();
  const intent = onIntent ? () => onIntent(story.slug) : undefined;
  return (
    <article
      className="story-card"
      aria-labelledby={titleId}
      aria-posinset={posInSet}
      aria-setsize={setSize}
    >
      {day && <h2 className="story-card__day">{day}</h2>}
      <div className="story-card__meta">
        <ProviderBadge provider={story.provider} link />
        {/* The "·" separator is drawn by CSS, so it can hide when the time wraps to a new line. */}
        <PublishedTime className="story-card__time" dateTime={story.publishedAt} />
      </div>
      <h2 className="story-card__title" id={titleId}>
        <Link
          to={`/articles/${encodeURIComponent(story.slug)}`}
          data-story-link=""
          onPointerEnter={intent}
          onFocus={intent}
        >
          {story.title}
        </Link>
      </h2>
      {story.excerpt && <p className="story-card__excerpt">{story.excerpt}</p>}
      <TopicChips topics={story.topics} className="story-card__topics" hidden={hiddenTopics} />
      <StoryCardCoverage story={story.story} headline={story.title} />
      {story.image && <StoryImage image={story.image} eager={eagerImage} />}
    </article>
  );
}

function StoryImage({ image, eager }: { image: ImageRef; eager?: boolean }) {
  const [failed, setFailed] = useState(false);
  if (failed || !isSafeImageUrl(image.url)) return null;
  return (
    <img
      className="story-card__image"
      src={image.url}
      alt=""
      width={image.width ?? 400}
      height={image.height ?? 300}
      loading={eager ? 'eager' : 'lazy'}
      fetchPriority={eager ? 'high' : 'auto'}
      decoding="async"
      onError={() => setFailed(true)}
    />
  );
}
