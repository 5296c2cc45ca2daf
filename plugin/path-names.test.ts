import { describe, expect, it } from 'vitest';
import { foldName, MAX_NAME_BYTES, pathNameProblem, slugOfFile } from './path-names.ts';

describe('the path-name rule', () => {
  it.each([
    '2020-11-18-trump-fires-top-us-election-cybersecurity-official',
    'election',
    'reuters.com',
    'abcnews.go.com',
    'UPPER',
    'café-société',
    'выборы-2020',
    'under_score~tilde',
  ])('accepts %j', (name) => {
    expect(pathNameProblem(name)).toBeNull();
  });

  it.each([
    ['', /empty/],
    ['..', /starts with a dot/],
    ['.hidden', /starts with a dot/],
    ['trailing.', /ends with a dot/],
    ['../feed', /starts with a dot/],
    ['a/../../feed', /character "\/"/],
    ['a\\b', /character "\\\\"/],
    ['%2e%2e%2ffeed', /character "%"/],
    ['q?x=1', /character "\?"/],
    ['hash#frag', /character "#"/],
    ['with space', /character " "/],
    ['nul\u0000byte', /character/],
    ['c:drive', /character ":"/],
    ['con', /device name/],
    ['NUL.json', /device name/],
    ['com1', /device name/],
    ['e\u0301', /NFC/],
    ['a'.repeat(MAX_NAME_BYTES + 1), /201 bytes long, over the limit of 200/],
    ['é'.repeat(101), /202 bytes long/],
  ])('refuses %j', (name, why) => {
    expect(pathNameProblem(name)).toMatch(why);
  });

  it('folds letter case, so UPPER and upper are one name on a case-insensitive host', () => {
    expect(foldName('UPPER')).toBe(foldName('upper'));
    expect(foldName('Straße')).toBe(foldName('STRASSE'));
    expect(foldName('a')).not.toBe(foldName('b'));
  });

  it('takes the slug from the last path segment only, so a backslash stays in the name', () => {
    expect(slugOfFile('news/2020/2020-11-18-story.md')).toBe('2020-11-18-story');
    expect(slugOfFile('a\\b.md')).toBe('a\\b');
    expect(pathNameProblem(slugOfFile('a\\b.md'))).not.toBeNull();
  });
});
