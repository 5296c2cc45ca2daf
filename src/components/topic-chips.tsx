import { Link } from 'react-router-dom';
import type { TopicRef } from '../../api/contract';

type TopicChipsProps = {
  topics: TopicRef[];
  className: string;
  /** Names the list when the surrounding page does not make clear whose topics these are. */
  label?: string;
  /** Slugs of topics a chip would tell nothing about here (`topicsNotWorthAChip`). */
  hidden?: ReadonlySet<string>;
};

/** A story's topics as chips linking to each topic's feed; nothing when none is left to show. */
export function TopicChips({ topics, className, label, hidden }: TopicChipsProps) {
  const shown = hidden ? topics.filter((topic) => !hidden.has(topic.slug)) : topics;
  if (shown.length === 0) return null;
  return (
    <ul className={className} aria-label={label}>
      {shown.map((topic) => (
        <li key={topic.slug}>
          <Link className="chip" to={`/topics/${encodeURIComponent(topic.slug)}`}>
            {topic.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** A topic on at least this share of all stories is on nearly every card: its chip says nothing. */
const UBIQUITOUS_SHARE = 0.9;

/**
 * The topics whose chip would tell a reader nothing on a list's cards: the topic of the page itself
 * (every card of "Science" is about science), and a topic nearly every story of the corpus has
 * ("Election" on every card of an election archive).
 */
export function topicsNotWorthAChip(
  index: { total: number; topics: readonly { slug: string; count: number }[] } | undefined,
  pageTopic?: string,
): ReadonlySet<string> {
  const hidden = new Set<string>();
  if (pageTopic !== undefined) hidden.add(pageTopic);
  // One story has every topic it has: nothing is "nearly every story" in a corpus that small.
  if (index && index.total > 1) {
    for (const topic of index.topics) {
      if (topic.count >= UBIQUITOUS_SHARE * index.total) hidden.add(topic.slug);
    }
  }
  return hidden;
}
