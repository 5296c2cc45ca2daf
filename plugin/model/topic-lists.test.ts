import { describe, expect, it } from 'vitest';
import { SORTS, apiPaths, type FeedItem, type Page, type TopicInfo } from '../../api/contract.ts';
import { deriveModel } from './corpus-model.ts';
import { renderApiPath } from '../emit/emit.ts';
import type { Taxonomies, TopicMeta } from '../read/taxonomies.ts';
import { resultsOf, storedArticle } from '../test-support/stored-article.ts';

/** `_data/topics`: Science over Space and Health, Space over Meteors; Sport on its own. */
const TOPICS: TopicMeta[] = [
  { file: '_data/topics/science.yaml', id: 'science', name: 'Science' },
  { file: '_data/topics/space.yaml', id: 'space', name: 'Space', parentName: 'Science' },
  { file: '_data/topics/meteors.yaml', id: 'meteors', name: 'Meteors', parentName: 'Space' },
  { file: '_data/topics/health.yaml', id: 'health', name: 'Health', parentName: 'Science' },
  { file: '_data/topics/sport.yaml', id: 'sport', name: 'Sport' },
];

const taxonomies = (topics = TOPICS): Taxonomies => ({
  topics,
  organizations: new Map(),
  rejected: [],
});

const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 8, day, hour)).toISOString();

/** A fortnight of Port Calloway news, each headline its own event. */
const ARTICLES = [
  ['lab-grows-seagrass', 'Harbor lab grows seagrass in warm water', ['Science'], 1],
  ['student-satellite-signal', 'Student satellite sends its first signal', ['Space'], 3],
  ['meteor-over-the-bay', 'Bright meteor lights up the bay at midnight', ['Meteors'], 5],
  ['flu-clinics-open', 'Flu vaccine clinics open two weeks early', ['Health'], 8],
  ['rover-team-wins', 'Rover team wins a prize for lunar soil study', ['Space', 'Science'], 12],
  ['herons-clinch-playoffs', 'Herons clinch a playoff spot in extra time', ['Sport'], 13],
  ['marathon-route', 'Marathon route moves to the waterfront', ['Sport', 'Health'], 14],
] as const;

function newsModel(topics = TOPICS) {
  const articles = ARTICLES.map(([slug, title, topicNames, day]) =>
    storedArticle(slug, {
      title,
      excerpt: title,
      topicNames: [...topicNames],
      publishedAt: at(day),
    }),
  );
  return deriveModel(resultsOf(articles), taxonomies(topics), { now: Date.parse(at(20)) });
}

type Model = ReturnType<typeof newsModel>;

function listed(model: Model, slug: string, sort: (typeof SORTS)[number]): string[] {
  const body = renderApiPath(model, apiPaths.list({ kind: 'topic', slug }, sort, 1));
  return (JSON.parse(body!) as Page<FeedItem>).items.map((item) => item.slug);
}

function topicInfo(model: Model, slug: string): TopicInfo | undefined {
  const topics = JSON.parse(renderApiPath(model, apiPaths.topics())!) as TopicInfo[];
  return topics.find((topic) => topic.slug === slug);
}

describe('topic lists', () => {
  it("list a parent topic's own stories and its sub-topics', down every level", () => {
    const model = newsModel();
    expect(listed(model, 'science', 'latest')).toEqual([
      'marathon-route',
      'rover-team-wins',
      'flu-clinics-open',
      'meteor-over-the-bay',
      'student-satellite-signal',
      'lab-grows-seagrass',
    ]);
    expect(topicInfo(model, 'science')).toMatchObject({ count: 6 });
    // Space holds Meteors, but nothing of its parent or its sibling.
    expect(listed(model, 'space', 'latest')).toEqual([
      'rover-team-wins',
      'meteor-over-the-bay',
      'student-satellite-signal',
    ]);
    expect(topicInfo(model, 'space')).toMatchObject({ parent: 'science', count: 3 });
    expect(topicInfo(model, 'meteors')).toMatchObject({ parent: 'space', count: 1 });
  });

  it('list each story once, in every order, exactly as the whole feed does', () => {
    const model = newsModel();
    const underScience = new Set(['science', 'space', 'meteors', 'health']);
    for (const sort of SORTS) {
      const feed = JSON.parse(
        renderApiPath(model, apiPaths.list({ kind: 'feed' }, sort, 1))!,
      ) as Page<FeedItem>;
      const expected = feed.items
        .filter((item) => item.topics.some((topic) => underScience.has(topic.slug)))
        .map((item) => item.slug);
      const science = listed(model, 'science', sort);
      expect(science, sort).toEqual(expected);
      expect(new Set(science).size, sort).toBe(science.length);
    }
    // The rover story is filed under both Space and Science: one entry, counted once.
    expect(listed(model, 'science', 'top-all').filter((s) => s === 'rover-team-wins')).toHaveLength(
      1,
    );
  });

  it('keep a story of a sub-topic out of unrelated topics, and cards show only its own topics', () => {
    const model = newsModel();
    expect(listed(model, 'sport', 'latest')).toEqual(['marathon-route', 'herons-clinch-playoffs']);
    const science = JSON.parse(
      renderApiPath(model, apiPaths.list({ kind: 'topic', slug: 'science' }, 'latest', 1))!,
    ) as Page<FeedItem>;
    expect(science.items[0]?.topics.map((topic) => topic.slug)).toEqual(['sport', 'health']);
  });

  it('survive a circle of parents and a self-parent, and tell the editor', () => {
    const model = newsModel([
      { file: '_data/topics/science.yaml', id: 'science', name: 'Science', parentName: 'Space' },
      { file: '_data/topics/space.yaml', id: 'space', name: 'Space', parentName: 'Science' },
      { file: '_data/topics/health.yaml', id: 'health', name: 'Health', parentName: 'Health' },
    ]);
    // Read in file order, the circle closes at Space, which loses its parent: Science stays
    // under Space.
    expect(topicInfo(model, 'space')?.parent).toBeUndefined();
    expect(topicInfo(model, 'science')).toMatchObject({ parent: 'space', count: 2 });
    expect(topicInfo(model, 'space')?.count).toBe(3);
    expect(topicInfo(model, 'health')?.parent).toBeUndefined();
    expect(listed(model, 'health', 'latest')).toEqual(['marathon-route', 'flu-clinics-open']);
    expect(model.report.warnings).toEqual([
      {
        file: '_data/topics/health.yaml',
        field: 'parent',
        message: 'a topic cannot be its own parent; "Health" is a top-level topic',
      },
      {
        file: '_data/topics/space.yaml',
        field: 'parent',
        message:
          'its parent "Science" is already below it: the parents go round in a circle; "Space" is a top-level topic',
      },
    ]);
  });
});
