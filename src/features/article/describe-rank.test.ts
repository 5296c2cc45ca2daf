import { describe, expect, it } from 'vitest';
import type { RankTerms } from '../../../api/contract';
import { describeAge, describeRank, formatPoints } from './describe-rank';

const terms: RankTerms = {
  heat: 440,
  quality: 140,
  heatEstimated: false,
  qualityEstimated: false,
  ageHours: 3,
  heatTerm: 2.6444,
  qualityTerm: 2.1492,
  agePenalty: 0.125,
  score: 4.6686,
};

describe('describeRank', () => {
  it('explains known heat and quality by their values, and age as points taken off', () => {
    const [heat, quality, age] = describeRank(terms);
    expect(heat).toMatchObject({ label: 'Heat', points: 2.6444 });
    expect(heat?.detail).toMatch(/^440 — how much attention/);
    expect(quality?.detail).toMatch(/^140 — /);
    expect(age).toMatchObject({ label: 'Age', points: -0.125 });
    expect(age?.detail).toBe('Published 3 hours before the newest story in the collection');
  });

  it('names the median that stood in for an unknown value', () => {
    const [heat, quality] = describeRank({
      ...terms,
      heat: null,
      heatEstimated: true,
      heatTerm: Math.log10(1 + 1250),
      quality: null,
      qualityEstimated: true,
      qualityTerm: Math.log10(1 + 96),
    });
    expect(heat?.detail).toContain('counted as typical (the median, 1,250)');
    expect(quality?.detail).toContain('counted as typical (the median, 96)');
  });

  it('says minutes, hours or days as a person would', () => {
    expect(describeAge(0)).toMatch(/^The newest story/);
    expect(describeAge(0.5)).toMatch(/^Published 30 minutes before/);
    expect(describeAge(1)).toMatch(/^Published 1 hour before/);
    expect(describeAge(72)).toMatch(/^Published 3 days before/);
  });

  it('formats points with a real minus sign', () => {
    expect(formatPoints(-0.125, true)).toBe('−0.13');
    expect(formatPoints(2.6444, true)).toBe('+2.64');
    expect(formatPoints(4.6686)).toBe('4.67');
  });
});
