import { useSuspenseQuery } from '@tanstack/react-query';
import { useLayoutEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { apiIndexQueryOptions } from '../../../lib/get-api-index';
import './topic-nav.css';

/** Beyond this many, wide screens also get one scrolling row instead of a wall of chips. */
const MANY_TOPICS = 24;

type TopicNavProps = {
  /** The topic whose page this is, marked as the current one. */
  current?: string;
};

/** Chips linking to every topic's page; one scrollable row on phones. */
export function TopicNav({ current }: TopicNavProps) {
  const { data: index } = useSuspenseQuery(apiIndexQueryOptions());
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
        {index.topics.map((topic) => (
          <li key={topic.slug}>
            <Link
              className="topic-nav__chip"
              to={`/topics/${encodeURIComponent(topic.slug)}`}
              aria-current={topic.slug === current ? 'page' : undefined}
            >
              {topic.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
