import { describe, expect, it } from 'vitest';
import { coverageTerm } from '../../api/rank-terms.ts';
import { compareRanked, inWindow, rankArticles, twoFigures, type RankInput } from './rank.ts';

const DAY = 86_400_000;
const base = Date.UTC(2021, 0, 10, 12);

function input(slug: string, over: Partial<RankInput> = {}): RankInput {
  return { slug, publishedMs: base, heat: 100, quality: 100, ...over };
}

function order(inputs: RankInput[]): string[] {
  const terms = rankArticles(inputs);
  return inputs
    .map((i) => ({ ...i, score: terms.get(i.slug)!.score }))
    .sort(compareRanked)
    .map((i) => i.slug);
}

describe('rankArticles', () => {
  it('ranks more heat higher, all else equal', () => {
    expect(order([input('cool', { heat: 10 }), input('hot', { heat: 500 })])).toEqual([
      'hot',
      'cool',
    ]);
  });

  it('ranks more quality higher, all else equal', () => {
    expect(order([input('low', { quality: 20 }), input('high', { quality: 200 })])).toEqual([
      'high',
      'low',
    ]);
  });

  it('ranks newer higher when heat and quality are equal', () => {
    expect(order([input('old', { publishedMs: base - DAY }), input('new')])).toEqual([
      'new',
      'old',
    ]);
  });

  it('treats unknown heat as the corpus median, not as negative or zero', () => {
    const inputs = [
      input('a', { heat: 10, publishedMs: base - 1 }),
      input('b', { heat: 100, publishedMs: base - 2 }),
      input('c', { heat: 1000, publishedMs: base - 3 }),
      input('unknown', { heat: null }),
    ];
    const terms = rankArticles(inputs);
    const unknown = terms.get('unknown')!;
    expect(unknown.heatEstimated).toBe(true);
    // The median of the known heats (10, 100, 1000) stood in, and says so.
    expect(unknown.heat).toBe(100);
    expect(unknown.heatTerm).toBe(terms.get('b')!.heatTerm);
    expect(terms.get('b')!.heatEstimated).toBe(false);
    // Ranked below the hot story and above the cool one, as the median would be.
    const ranked = order(inputs);
    expect(ranked.indexOf('unknown')).toBeLessThan(ranked.indexOf('a'));
    expect(ranked.indexOf('unknown')).toBeGreaterThan(ranked.indexOf('c'));
  });

  it('rounds the median that stands in to two figures, so one more article seldom moves it', () => {
    const known = [120, 180, 214, 215, 230, 260].map((heat, i) => input(`k${i}`, { heat }));
    const unknown = input('unknown', { heat: null });
    // The exact median, 214.5, becomes 210; one more article (median 214) leaves it there.
    expect(rankArticles([...known, unknown]).get('unknown')!.heat).toBe(210);
    const more = [...known, input('k6', { heat: 100 }), unknown];
    expect(rankArticles(more).get('unknown')!.heat).toBe(210);
    expect(twoFigures(1234)).toBe(1200);
    expect(twoFigures(7)).toBe(7);
    expect(twoFigures(0.25)).toBe(0.25);
    expect(twoFigures(0.256)).toBe(0.26);
  });

  it('uses zero when no article knows its heat or quality', () => {
    const terms = rankArticles([input('x', { heat: null, quality: null })]);
    expect(terms.get('x')).toMatchObject({ heatTerm: 0, qualityTerm: 0, heatEstimated: true });
  });

  it('does not weigh age: a story of last year scores as it did then', () => {
    const fresh = rankArticles([input('a', { heat: 500 })]).get('a')!;
    const old = rankArticles([input('a', { heat: 500, publishedMs: base - 365 * DAY })]).get('a')!;
    expect(old).toEqual(fresh);
  });

  it('adds the terms up to the score, which is never negative', () => {
    const t = rankArticles([
      input('a', { heat: 99, quality: 9 }),
      input('b', { publishedMs: base + DAY / 2 }),
    ]).get('a')!;
    expect(t.heatTerm).toBe(2);
    expect(t.qualityTerm).toBe(1);
    expect(t.score).toBe(3);
    const cold = rankArticles([input('c', { heat: 0, quality: 0 })]).get('c')!;
    expect(cold.score).toBe(0);
  });

  it('breaks ties by date (newer first), then by slug', () => {
    const tied = (slug: string, publishedMs: number) => ({ slug, publishedMs, score: 1.5 });
    const sorted = [tied('b', base), tied('old', base - 1), tied('a', base)].sort(compareRanked);
    expect(sorted.map((item) => item.slug)).toEqual(['a', 'b', 'old']);
    // Equal inputs give equal scores, so the slug decides.
    const same = { heat: 50, quality: 50 };
    expect(order([input('b-story', same), input('a-story', same)])).toEqual(['a-story', 'b-story']);
  });
});

describe('coverageTerm', () => {
  it('adds a point for ten outlets, and nothing for one', () => {
    expect(coverageTerm(1)).toBe(0);
    expect(coverageTerm(10)).toBe(1);
    expect(coverageTerm(4)).toBe(0.6021);
  });
});

describe('inWindow', () => {
  it('holds a story whose newest article is within the window before the newest story', () => {
    const newest = base;
    expect(inWindow(base - 23 * 3_600_000, newest, 24)).toBe(true);
    expect(inWindow(base - 25 * 3_600_000, newest, 24)).toBe(false);
    expect(inWindow(base - 3000 * DAY, newest, Infinity)).toBe(true);
  });
});
