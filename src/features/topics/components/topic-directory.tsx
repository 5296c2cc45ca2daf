import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ImageRef, TopicInfo } from '../../../../api/contract';
import { formatStoryCount } from '../../../lib/format-count';
import { isSafeImageUrl } from '../../../lib/is-safe-url';
import { groupTopics, type TopicGroup } from '../group-topics';
import '../../../components/directory-grid.css';
import './topic-directory.css';

type TopicDirectoryProps = {
  /** Every topic, largest first (`/api/topics.json`). */
  topics: readonly TopicInfo[];
};

/**
 * Every topic with its story count and image, each top-level topic a card (its name a heading)
 * with the topics inside it listed under it, largest first at every level.
 */
export function TopicDirectory({ topics }: TopicDirectoryProps) {
  const groups = groupTopics(topics);
  return (
    <ul className="directory-grid topic-directory">
      {groups.map(({ topic, subTopics }) => (
        <li key={topic.slug} className="directory-grid__card topic-directory__card">
          <div className="topic-directory__top">
            {topic.image && <TopicImage image={topic.image} />}
            <div>
              <h2 className="topic-directory__name">
                <TopicLink topic={topic} />
              </h2>
              <p className="topic-directory__count">{formatStoryCount(topic.count)}</p>
            </div>
          </div>
          <SubTopics parent={topic} subTopics={subTopics} />
        </li>
      ))}
    </ul>
  );
}

function SubTopics({ parent, subTopics }: { parent: TopicInfo; subTopics: TopicGroup[] }) {
  if (subTopics.length === 0) return null;
  return (
    <ul className="topic-directory__sub" aria-label={`Inside ${parent.name}`}>
      {subTopics.map(({ topic, subTopics: below }) => (
        <li key={topic.slug}>
          <span className="topic-directory__row">
            {topic.image && <TopicImage image={topic.image} small />}
            <TopicLink topic={topic} />
            <span className="topic-directory__count">{formatStoryCount(topic.count)}</span>
          </span>
          <SubTopics parent={topic} subTopics={below} />
        </li>
      ))}
    </ul>
  );
}

function TopicLink({ topic }: { topic: TopicInfo }) {
  return <Link to={`/topics/${encodeURIComponent(topic.slug)}`}>{topic.name}</Link>;
}

/** The topic's picture, beside its name (which says what it is): decorative, gone if it fails. */
function TopicImage({ image, small = false }: { image: ImageRef; small?: boolean }) {
  const [failed, setFailed] = useState(false);
  if (failed || !isSafeImageUrl(image.url)) return null;
  return (
    <img
      className={
        small ? 'topic-directory__image topic-directory__image--small' : 'topic-directory__image'
      }
      src={image.url}
      alt=""
      width={image.width ?? 96}
      height={image.height ?? 96}
      loading="lazy"
      decoding="async"
      onError={() => setFailed(true)}
    />
  );
}
