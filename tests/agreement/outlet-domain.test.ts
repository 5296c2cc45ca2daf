import { describe, expect, it } from 'vitest';
import { toDomain } from '../../plugin/read/urls.ts';
import { normalizeDomain } from '../../api/domain.ts';

describe('the outlet key', () => {
  it.each([
    ['WWW.Reuters.com.', 'reuters.com'],
    [' www.reuters.com ', 'reuters.com'],
    ['abcnews.go.com', 'abcnews.go.com'],
    ['Harbor-Times.example', 'harbor-times.example'],
    ['www.www.example.com', 'www.example.com'],
    ['wwwexample.com', 'wwwexample.com'],
  ])('is the same in the browser and the build for %j', (typed, key) => {
    expect(normalizeDomain(typed)).toBe(key);
    expect(toDomain(typed)).toBe(key);
  });

  it("is the build's name for a story's outlet, given its URL", () => {
    expect(toDomain('https://WWW.Reuters.com./world/story')).toBe(normalizeDomain('Reuters.com'));
  });
});
