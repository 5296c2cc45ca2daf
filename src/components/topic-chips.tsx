import { Link } from 'react-router-dom';
import type { TopicRef } from '../../api/contract';

type TopicChipsProps = {
  topics: TopicRef[];
  className: string;
  /** Names the list when the surrounding page does not make clear whose topics these are. */
  label?: string;
};

/** A story's topics as chips linking to each topic's feed; nothing when it has none. */
export function TopicChips({ topics, className, label }: TopicChipsProps) {
  if (topics.length === 0) return null;
  return (
    <ul className={className} aria-label={label}>
      {topics.map((topic) => (
        <li key={topic.slug}>
          <Link className="chip" to={`/topics/${encodeURIComponent(topic.slug)}`}>
            {topic.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
