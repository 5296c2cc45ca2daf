import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from './parse-front-matter.ts';
import { toDate } from './schema.ts';
import { validateFrontMatter } from './validate-front-matter.ts';

const CORE =
  'title: Story\npublishedDateTime: 2021-01-08T15:00:00Z\nwebUrl: "https://news.example/story"\n';

function validate(yaml: string) {
  const parsed = parseFrontMatter(`---\n${yaml}---\n`);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return validateFrontMatter(parsed.file.data, parsed.file.matter);
}

function valid(yaml: string) {
  const result = validate(yaml);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('toDate', () => {
  it('reads ISO 8601 text, zone-less values as UTC', () => {
    expect(toDate('2020-11-18T09:21:00Z')?.toISOString()).toBe('2020-11-18T09:21:00.000Z');
    expect(toDate('2020-11-18T09:21:00.5+0100')?.toISOString()).toBe('2020-11-18T08:21:00.500Z');
    expect(toDate('2020-11-18 09:21')?.toISOString()).toBe('2020-11-18T09:21:00.000Z');
    expect(toDate('2020-11-18')?.toISOString()).toBe('2020-11-18T00:00:00.000Z');
  });

  it.each([
    ['yesterday'],
    ['2021-02-30'],
    ['2021-13-01T00:00:00Z'],
    ['2021-01-01T25:00:00Z'],
    ['2026-13-45T99:99:99Z'],
    ['2020-11-18T09:21:60Z'],
    ['0000-01-01T00:00:00Z'],
    ['1799-12-31T23:59:59Z'],
    ['2999-01-01'],
    ['1605691260000'],
    [1605691260000],
    [new Date('2020-11-18T09:21:00Z')],
    [null],
  ])('refuses %j', (value) => {
    expect(toDate(value)).toBeNull();
  });

  it('accepts the first and last plausible years', () => {
    expect(toDate('1800-01-01')?.toISOString()).toBe('1800-01-01T00:00:00.000Z');
    expect(toDate('2100-12-31T23:59:59Z')?.toISOString()).toBe('2100-12-31T23:59:59.000Z');
  });
});

describe('dates in the front matter', () => {
  it('rejects a timestamp that would roll over, naming the field and its line', () => {
    const result = validate(
      'title: A story\npublishedDateTime: 2026-13-45T99:99:99Z\nwebUrl: "https://a.example/x"\n',
    );
    expect(result).toMatchObject({
      ok: false,
      errors: [
        {
          field: 'publishedDateTime',
          line: 3,
          message: expect.stringContaining('must be a real date and time'),
        },
      ],
    });
  });
});

describe('validateFrontMatter', () => {
  it('tolerates unknown fields and strips them', () => {
    const { value, warnings } = valid(
      `${CORE}category: news\ntype: article\noriginalUrl: "http://x"\nsecured: "blob"\nisCached: true\n`,
    );
    expect(warnings).toEqual([]);
    expect(value).not.toHaveProperty('secured');
    expect(value).not.toHaveProperty('category');
  });

  it('reads heat and quality: -1, missing and null are unknown silently; bad values warn', () => {
    expect(valid(`${CORE}heat: -1\nquality: 0\n`)).toMatchObject({
      value: { heat: null, quality: 0 },
      warnings: [],
    });
    expect(valid(CORE)).toMatchObject({ value: { heat: null, quality: null }, warnings: [] });
    expect(valid(`${CORE}heat:\n`)).toMatchObject({ value: { heat: null }, warnings: [] });
    const bad = valid(`${CORE}heat: "440"\nquality: -7\n`);
    expect(bad.value).toMatchObject({ heat: null, quality: null });
    expect(bad.warnings.map((warning) => [warning.field, warning.line])).toEqual([
      ['heat', 5],
      ['quality', 6],
    ]);
  });

  it('collects problems of many fields and items in one pass', () => {
    const result = validate(
      'title: ""\npublishedDateTime: 2021-01-08T15:00:00Z\nwebUrl: "ftp://x.example/a"\n' +
        'ampWebUrl: "javascript:void(0)"\nrelated:\n' +
        '  - title: ok\n    webUrl: "https://a.example/1"\n' +
        '  - webUrl: "https://a.example/2"\n' +
        '  - title: bad amp\n    webUrl: "https://a.example/3"\n    ampWebUrl: "//a.example/amp"\n',
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'title', line: 2, message: 'must be non-empty text' },
        { field: 'webUrl', line: 4, message: 'must be an absolute http(s) URL' },
      ],
      warnings: [
        { field: 'ampWebUrl', line: 5, message: 'must be an absolute http(s) URL; dropped' },
        { field: 'related[1]', line: 9, message: 'title is required; dropped' },
        {
          field: 'related[2].ampWebUrl',
          line: 12,
          message: 'must be an absolute http(s) URL; dropped',
        },
      ],
    });
  });

  it('drops only the spoilt part of an item and keeps the rest', () => {
    const { value, warnings } = valid(
      `${CORE}related:\n  - title: kept\n    webUrl: "https://a.example/1"\n    publishedDateTime: "soon"\n` +
        '    images:\n      - url: "javascript:x"\n      - url: "https://img.example/ok.jpg"\n        width: 0\n' +
        '    provider:\n      name: A\n      domain: "not a domain"\n',
    );
    expect(value.related).toEqual([
      {
        title: 'kept',
        webUrl: 'https://a.example/1',
        quality: null,
        images: [{ url: 'https://img.example/ok.jpg' }],
        provider: { name: 'A' },
      },
    ]);
    expect(warnings.map((warning) => warning.field)).toEqual([
      'related[0].publishedDateTime',
      'related[0].images[0]',
      'related[0].images[1].width',
      'related[0].provider.domain',
    ]);
  });

  it('treats empty values of optional fields as missing, silently', () => {
    const { value, warnings } = valid(
      `${CORE}excerpt:\nampWebUrl: ""\ncdnAmpWebUrl:\nprovider:\nimages:\nrelated:\ntopics:\n`,
    );
    expect(warnings).toEqual([]);
    expect(value).toMatchObject({
      topics: [],
      excerpt: undefined,
      ampWebUrl: undefined,
      related: undefined,
    });
  });

  it('reads a single image mapping as a list and a wrong-shaped list field as absent', () => {
    const { value, warnings } = valid(
      `${CORE}images:\n  url: "https://img.example/a.jpg"\nrelated: "none"\ntopics:\n  a: b\n`,
    );
    expect(value.images).toEqual([{ url: 'https://img.example/a.jpg' }]);
    expect(value.related).toBeUndefined();
    expect(value.topics).toEqual([]);
    expect(warnings.map((warning) => [warning.field, warning.line])).toEqual([
      ['related', 7],
      ['topics', 8],
    ]);
  });

  it('reads an unquoted number as a title', () => {
    expect(
      valid('title: 1984\npublishedDateTime: 2021-01-08\nwebUrl: "https://x.example/"\n').value
        .title,
    ).toBe('1984');
  });
});
