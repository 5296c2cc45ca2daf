import { describe, expect, it } from 'vitest';
import { formatCoverage, formatStoryCount } from './format-count';

describe('formatStoryCount', () => {
  it('says one story, or many with thousands separated', () => {
    expect(formatStoryCount(1)).toBe('1 story');
    expect(formatStoryCount(1204)).toBe('1,204 stories');
  });
});

describe('formatCoverage', () => {
  it('counts outlets, and articles too when an outlet ran more than one', () => {
    expect(formatCoverage({ outletCount: 4, articleCount: 4 })).toBe('4 outlets');
    expect(formatCoverage({ outletCount: 4, articleCount: 6 })).toBe('4 outlets · 6 articles');
  });

  it('counts articles when one outlet tells the whole story', () => {
    expect(formatCoverage({ outletCount: 1, articleCount: 2 })).toBe('2 articles');
    expect(formatCoverage({ outletCount: 1, articleCount: 1 })).toBe('1 article');
  });
});
