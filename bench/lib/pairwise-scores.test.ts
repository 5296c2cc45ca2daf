import { describe, expect, it } from 'vitest';
import { scorePairs } from './pairwise-scores.ts';
import { checkStoryLabels, type StoryLabels } from './story-labels.ts';

const labels = (extra: Partial<StoryLabels> = {}): StoryLabels => ({
  groups: [
    { name: 'fire', slugs: ['fire-a', 'fire-b', 'fire-c'] },
    { name: 'vote', slugs: ['vote-a', 'vote-b'] },
  ],
  ...extra,
});

describe('scorePairs', () => {
  it('scores stories that match the groups as perfect', () => {
    const scores = scorePairs(labels(), [
      ['fire-a', 'fire-b', 'fire-c'],
      ['vote-a', 'vote-b'],
      ['unlabelled'],
    ]);
    expect(scores).toMatchObject({ labelledPairs: 4, predictedPairs: 4, tp: 4, fp: 0, fn: 0 });
    expect([scores.precision, scores.recall, scores.f1]).toEqual([1, 1, 1]);
  });

  it('counts an article left out of its story as missed pairs, not wrong ones', () => {
    const scores = scorePairs(labels(), [['fire-a', 'fire-b'], ['fire-c'], ['vote-a', 'vote-b']]);
    expect(scores).toMatchObject({ tp: 2, fp: 0, fn: 2, precision: 1 });
    expect(scores.recall).toBeCloseTo(2 / 4);
    expect(scores.missed).toEqual([
      ['fire-a', 'fire-c'],
      ['fire-b', 'fire-c'],
    ]);
  });

  it('counts a decoy merged into a story as wrong pairs with every member', () => {
    const scores = scorePairs(labels({ singletons: ['decoy'] }), [
      ['fire-a', 'fire-b', 'fire-c', 'decoy'],
      ['vote-a', 'vote-b'],
    ]);
    expect(scores).toMatchObject({ predictedPairs: 7, tp: 4, fp: 3, fn: 0, recall: 1 });
    expect(scores.precision).toBeCloseTo(4 / 7);
    expect(scores.merged).toContainEqual(['fire-a', 'decoy']);
  });

  it('leaves ambiguous pairs out but still scores the pairs a group settles', () => {
    const ambiguous = [{ slugs: ['fire-a', 'fire-b', 'follow-up'], note: 'a follow-up' }];
    const merged = scorePairs(labels({ ambiguous }), [
      ['fire-a', 'fire-b', 'follow-up'],
      ['fire-c'],
      ['vote-a', 'vote-b'],
    ]);
    // follow-up/fire-a and follow-up/fire-b are open; fire-a/fire-b still counts.
    expect(merged).toMatchObject({ ambiguousPairs: 2, tp: 2, fp: 0, fn: 2 });
  });

  it('scores merges of unlisted articles only when the labels are complete', () => {
    const stories = [
      ['fire-a', 'fire-b', 'fire-c'],
      ['vote-a', 'vote-b'],
      ['other-1', 'other-2'],
    ];
    expect(scorePairs(labels(), stories).fp).toBe(0);
    const complete = scorePairs(labels({ complete: true }), stories);
    expect(complete).toMatchObject({ articles: 7, fp: 1 });
    expect(complete.merged).toEqual([['other-1', 'other-2']]);
  });

  it('reports labelled articles that are in no story (unpublished) and scores without them', () => {
    const scores = scorePairs(labels(), [['fire-a', 'fire-b'], ['vote-a']]);
    expect(scores.missing).toEqual(['fire-c', 'vote-b']);
    expect(scores).toMatchObject({ articles: 3, labelledPairs: 1, tp: 1, fn: 0 });
  });
});

describe('checkStoryLabels', () => {
  it('rejects an article in two groups and a "different" pair inside one group', () => {
    const problems = checkStoryLabels({
      groups: [
        { name: 'one', slugs: ['a', 'b'] },
        { name: 'two', slugs: ['b', 'c'] },
      ],
      different: [{ slug: 'c', from: ['b'], note: 'not the same' }],
    });
    expect(problems).toEqual([
      'b is in groups one and two',
      'c is "different" from an article of its own group two',
    ]);
  });
});
