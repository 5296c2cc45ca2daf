import { describe, expect, it } from 'vitest';
import { TOPIC_DEPTH_LIMIT, topicTree, type TopicNode } from './topic-tree.ts';

const topic = (slug: string, parent?: string): TopicNode => ({
  slug,
  name: slug[0]!.toUpperCase() + slug.slice(1),
  ...(parent !== undefined && { parent, parentName: parent, file: `_data/topics/${slug}.yaml` }),
});

describe('topicTree', () => {
  it('gives each topic its lineage up to its top-level topic', () => {
    const tree = topicTree([
      topic('science'),
      topic('space', 'science'),
      topic('meteors', 'space'),
      topic('sport'),
    ]);
    expect(tree.lineage('meteors')).toEqual(['meteors', 'space', 'science']);
    expect(tree.lineage('space')).toEqual(['space', 'science']);
    expect(tree.lineage('sport')).toEqual(['sport']);
    expect(tree.warnings).toEqual([]);
  });

  it('makes a topic that is its own parent, or names no topic as parent, a top-level topic', () => {
    const tree = topicTree([topic('health', 'health'), topic('transit', 'city-life')]);
    expect(tree.parents.size).toBe(0);
    expect(tree.lineage('health')).toEqual(['health']);
    expect(tree.warnings).toEqual([
      {
        file: '_data/topics/health.yaml',
        field: 'parent',
        message: 'a topic cannot be its own parent; "Health" is a top-level topic',
      },
      {
        file: '_data/topics/transit.yaml',
        field: 'parent',
        message: 'its parent "city-life" is not a topic; "Transit" is a top-level topic',
      },
    ]);
  });

  it('cuts a circle of parents once, where it comes back round, in file order', () => {
    const tree = topicTree([
      topic('economy', 'trade'),
      topic('trade', 'ports'),
      topic('ports', 'economy'),
    ]);
    expect(tree.lineage('economy')).toEqual(['economy', 'trade', 'ports']);
    expect(tree.lineage('ports')).toEqual(['ports']);
    expect(tree.warnings.map((warning) => warning.message)).toEqual([
      'its parent "Economy" is already below it: the parents go round in a circle; "Ports" is a top-level topic',
    ]);
  });

  it(`keeps lineages at most ${TOPIC_DEPTH_LIMIT + 1} topics long`, () => {
    const chain = Array.from({ length: 20 }, (_, i) =>
      topic(`t${i}`, i > 0 ? `t${i - 1}` : undefined),
    );
    const tree = topicTree([...chain].reverse());
    for (const { slug } of chain) {
      expect(tree.lineage(slug).length).toBeLessThanOrEqual(TOPIC_DEPTH_LIMIT + 1);
    }
    expect(tree.lineage(`t${TOPIC_DEPTH_LIMIT}`)).toHaveLength(TOPIC_DEPTH_LIMIT + 1);
    expect(tree.lineage(`t${TOPIC_DEPTH_LIMIT + 1}`)).toEqual([`t${TOPIC_DEPTH_LIMIT + 1}`]);
    expect(tree.warnings[0]?.message).toBe(
      `it is more than ${TOPIC_DEPTH_LIMIT} levels below a top-level topic; "T${TOPIC_DEPTH_LIMIT + 1}" is a top-level topic`,
    );
  });
});
