import { useSuspenseQuery } from '@tanstack/react-query';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { Link } from 'react-router-dom';
import type { TopicInfo } from '../../../../api/contract';
import { apiIndexQueryOptions } from '../../../lib/get-api-index';
import { groupTopics, type TopicGroup } from '../group-topics';
import './topic-nav.css';

/** Beyond this many, wide screens also get one scrolling row instead of a wall of chips. */
const MANY_TOPICS = 24;

type TopicNavProps = {
  /** The topic whose page this is, marked as the current one. */
  current?: string;
};

/**
 * Chips linking to every topic's page, sub-topics grouped after their parent (a nested list, so a
 * screen reader hears which topics are inside which), then "All topics". One scrollable row on
 * phones.
 */
export function TopicNav({ current }: TopicNavProps) {
  const { data: index } = useSuspenseQuery(apiIndexQueryOptions());
  const groups = useMemo(() => groupTopics(index.topics), [index.topics]);
  const listRef = useRef<HTMLUListElement>(null);

  // On phones the chips scroll sideways: bring the current one into view. Only the row scrolls
  // (not scrollIntoView, which could also move the page away from a restored scroll position).
  useLayoutEffect(() => {
    const list = listRef.current;
    const chip = list?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!list || !chip || list.scrollWidth <= list.clientWidth) return;
    list.scrollLeft = chip.offsetLeft - (list.clientWidth - chip.offsetWidth) / 2;
  }, [current]);

  if (index.topics.length === 0) return null;
  return (
    <nav
      className={index.topics.length > MANY_TOPICS ? 'topic-nav topic-nav--many' : 'topic-nav'}
      aria-label="Topics"
    >
      <ul className="topic-nav__list" ref={listRef}>
        {groups.map((group) => (
          <TopicItem key={group.topic.slug} group={group} current={current} />
        ))}
      </ul>
      <Link className="topic-nav__all" to="/topics">
        All topics
      </Link>
    </nav>
  );
}

type TopicItemProps = {
  group: TopicGroup<TopicInfo>;
  current?: string;
};

function TopicItem({ group: { topic, subTopics }, current }: TopicItemProps) {
  const chip = (
    <Link
      className="topic-nav__chip"
      to={`/topics/${encodeURIComponent(topic.slug)}`}
      aria-current={topic.slug === current ? 'page' : undefined}
    >
      {topic.name}
    </Link>
  );
  if (subTopics.length === 0) return <li>{chip}</li>;
  return (
    <li className="topic-nav__group">
      {chip}
      <ul className="topic-nav__sub" aria-label={`Inside ${topic.name}`}>
        {subTopics.map((sub) => (
          <TopicItem key={sub.topic.slug} group={sub} current={current} />
        ))}
      </ul>
    </li>
  );
}
