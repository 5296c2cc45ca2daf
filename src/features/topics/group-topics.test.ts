import { describe, expect, it } from 'vitest';
import { topicInfo } from '../../test/fixtures';
import { groupTopics, type TopicGroup } from './group-topics';

/** A tree as slugs: `science(space(meteors), health)`. */
function outline(groups: TopicGroup[]): string {
  return groups
    .map(({ topic, subTopics }) =>
      subTopics.length > 0 ? `${topic.slug}(${outline(subTopics)})` : topic.slug,
    )
    .join(', ');
}

describe('groupTopics', () => {
  it('puts sub-topics under their parent, keeping the largest-first order at every level', () => {
    const topics = [
      topicInfo({ slug: 'science', count: 18 }),
      topicInfo({ slug: 'economy', count: 14 }),
      topicInfo({ slug: 'climate', parent: 'science', count: 9 }),
      topicInfo({ slug: 'health', parent: 'science', count: 6 }),
      topicInfo({ slug: 'meteors', parent: 'space', count: 2 }),
      topicInfo({ slug: 'space', parent: 'science', count: 4 }),
    ];
    expect(outline(groupTopics(topics))).toBe('science(climate, health, space(meteors)), economy');
  });

  it('shows a topic whose parent is not in the list at the top level', () => {
    const topics = [
      topicInfo({ slug: 'transit', parent: 'city-life' }),
      topicInfo({ slug: 'sport' }),
    ];
    expect(outline(groupTopics(topics))).toBe('transit, sport');
  });

  it('never loses a topic to a circle of parents, nor shows one twice', () => {
    const topics = [
      topicInfo({ slug: 'economy', parent: 'trade' }),
      topicInfo({ slug: 'trade', parent: 'economy' }),
      topicInfo({ slug: 'sport', parent: 'sport' }),
    ];
    expect(outline(groupTopics(topics))).toBe('sport, economy(trade)');
  });
});
