import { describe, expect, it } from 'vitest';
import { formatFieldPath, locateFields } from './locate-field.ts';

// As parseFrontMatter hands it over: the text right after the opening `---` (file line 1).
const FRONT_MATTER = [
  '',
  'title: Story',
  'images:',
  '  - url: "https://img.example/a.jpg"',
  'related:',
  '  - title: First',
  '    webUrl: "https://a.example/1"',
  '  - webUrl: "https://a.example/2"',
  '    provider: &p',
  '      name: A',
  '',
].join('\n');

describe('formatFieldPath', () => {
  it('writes paths the way editors read them', () => {
    expect(formatFieldPath(['related', 3, 'webUrl'])).toBe('related[3].webUrl');
    expect(formatFieldPath(['images', 0, 'url'])).toBe('images[0].url');
    expect(formatFieldPath(['topics'])).toBe('topics');
  });
});

describe('locateFields', () => {
  it('finds the file line of fields, list items and nested keys', () => {
    expect(
      locateFields(FRONT_MATTER, [
        ['title'],
        ['images', 0, 'url'],
        ['related', 1],
        ['related', 1, 'provider', 'name'],
      ]),
    ).toEqual([2, 4, 8, 10]);
  });

  it('falls back to the deepest part of the path that exists', () => {
    expect(
      locateFields(FRONT_MATTER, [
        ['related', 1, 'title'],
        ['related', 9],
      ]),
    ).toEqual([8, 5]);
  });

  it('points a missing field, or the whole mapping, at the first line of the fields', () => {
    const commented = `\n# Filed by the night desk\n${FRONT_MATTER.slice(1)}`;
    expect(locateFields(commented, [['missing'], [], ['missing', 0, 'url']])).toEqual([3, 3, 3]);
  });

  it('points into empty text at its first line', () => {
    expect(locateFields('', [['name']])).toEqual([1]);
    expect(locateFields('\n# nothing yet\n', [['title']], 1)).toEqual([1]);
  });

  it('counts CRLF lines the same way', () => {
    expect(locateFields(FRONT_MATTER.replace(/\n/g, '\r\n'), [['related', 1, 'webUrl']])).toEqual([
      8,
    ]);
  });
});
