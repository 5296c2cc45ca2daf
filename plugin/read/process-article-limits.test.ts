import { describe, expect, it } from 'vitest';
import { DEFAULT_PROCESS_OPTIONS, type ProcessResult } from './article-record.ts';
import { processArticle } from './process-article.ts';
import { TEXT_LIMITS } from './text-bounds.ts';

/**
 * What one file may put into the output: names that are paths, text and topic limits, what
 * "published" means. Each case is a file an editor (or an attacker) could write.
 */

const CORE = [
  'publishedDateTime: 2026-09-10T09:00:00Z',
  'webUrl: "https://harbour-news.example/story"',
];

function process(lines: string[], file = 'news/2026-09-10-story.md'): ProcessResult {
  return processArticle(file, `---\n${lines.join('\n')}\n---\n`, DEFAULT_PROCESS_OPTIONS);
}

function accepted(lines: string[]) {
  const result = process(lines);
  if (result.status !== 'accepted') throw new Error(JSON.stringify(result));
  return result;
}

describe('file names', () => {
  it.each([
    ['news/a\\b.md', /character "\\\\"/],
    ['news/q?x=1.md', /character "\?"/],
    ['news/hash#frag.md', /character "#"/],
    ['news/.hidden.md', /starts with a dot/],
    [`news/${'x'.repeat(249)}.md`, /249 bytes long/],
  ])('rejects %j, whose name cannot be a URL and a file', (file, why) => {
    const result = process(['title: A story', ...CORE], file);
    expect(result).toMatchObject({ status: 'rejected', errors: [{ field: 'slug' }] });
    expect(result.status === 'rejected' && result.errors[0]?.message).toMatch(why);
  });
});

describe('published', () => {
  it.each([['false'], ['0'], ['no'], ['off'], ['"False"']])('holds back published: %s', (value) => {
    expect(process([`published: ${value}`, 'title: A', ...CORE])).toMatchObject({
      status: 'skipped',
    });
  });

  it.each([['true'], ['1'], ['yes'], ['']])('publishes published: %s', (value) => {
    expect(process([`published: ${value}`, 'title: A', ...CORE])).toMatchObject({
      status: 'accepted',
    });
  });

  it('rejects a value that says neither, with its line, rather than guess', () => {
    expect(process(['title: A', 'published: maybe', ...CORE])).toEqual({
      status: 'rejected',
      errors: [{ field: 'published', line: 3, message: 'must be true or false' }],
      warnings: [],
    });
  });
});

describe('text limits', () => {
  it('rejects a title that shows nothing', () => {
    expect(process(['title: "\\u200b\\u200b\\u2060"', ...CORE])).toMatchObject({
      status: 'rejected',
      errors: [{ field: 'title', message: 'must be non-empty text' }],
    });
  });

  it('cuts a title and an excerpt past their limits on a word, with a warning and the line', () => {
    const { record, warnings } = accepted([
      `title: "${'headline '.repeat(1_000)}"`,
      `excerpt: "${'summary '.repeat(1_000)}"`,
      ...CORE,
    ]);
    expect(record.title.length).toBeLessThanOrEqual(TEXT_LIMITS.title);
    expect(record.title).toMatch(/^headline headline .*headline…$/);
    expect(record.excerpt.length).toBeLessThanOrEqual(TEXT_LIMITS.excerpt);
    expect(warnings).toEqual([
      {
        field: 'title',
        line: 2,
        message: expect.stringMatching(/8999 characters long; cut to 300/),
      },
      { field: 'excerpt', line: 3, message: expect.stringMatching(/cut to 1000/) },
    ]);
  });

  it('keeps the first 20 topics of a long list, with a warning', () => {
    const topics = Array.from({ length: 500 }, (_, i) => `  - Topic ${i}`);
    const { record, warnings } = accepted(['title: A', ...CORE, 'topics:', ...topics]);
    expect(record.topicNames).toEqual(Array.from({ length: 20 }, (_, i) => `Topic ${i}`));
    expect(warnings).toEqual([
      {
        field: 'topics',
        line: 5,
        message: 'lists 500 topics; only the first 20 are kept',
      },
    ]);
  });

  it('drops a topic whose slug could not be a file name, with its line', () => {
    const { record, warnings } = accepted([
      'title: A',
      ...CORE,
      'topics:',
      '  - City',
      `  - ${'y'.repeat(300)}`,
    ]);
    expect(record.topicNames).toEqual(['City']);
    expect(warnings).toEqual([
      {
        field: 'topics[1]',
        line: 7,
        message: expect.stringMatching(/cannot be a topic: its slug is 300 bytes long.*dropped$/),
      },
    ]);
  });

  it('refuses a URL past 2,048 characters, saying so', () => {
    const long = `https://harbour-news.example/${'a'.repeat(2_100)}`;
    expect(
      process(['title: A', 'publishedDateTime: 2026-09-10T09:00:00Z', `webUrl: "${long}"`]),
    ).toMatchObject({
      status: 'rejected',
      errors: [
        {
          field: 'webUrl',
          message: expect.stringMatching(/2129 characters long, over the limit of 2048/),
        },
      ],
    });
  });

  it('rejects a story whose outlet has no domain name to be keyed by', () => {
    expect(
      process(['title: A', 'publishedDateTime: 2026-09-10T09:00:00Z', 'webUrl: "http://[::1]/x"']),
    ).toMatchObject({ status: 'rejected', errors: [{ field: 'webUrl', line: 4 }] });
  });
});

describe('body limit', () => {
  it('renders the first 200,000 characters of a body, at a paragraph break, with a warning', () => {
    const paragraph = `${'word '.repeat(199)}end.\n\n`;
    const body = paragraph.repeat(250);
    const result = processArticle(
      'news/2026-09-10-long-body.md',
      `---\ntitle: A\n${CORE.join('\n')}\n---\n${body}`,
      DEFAULT_PROCESS_OPTIONS,
    );
    if (result.status !== 'accepted') throw new Error(JSON.stringify(result));
    expect(result.warnings).toEqual([
      {
        field: 'body',
        message: `is ${body.length} characters long; only the first 200000 are shown`,
      },
    ]);
    expect(result.record.bodyHtml.match(/<p>/g)).toHaveLength(
      Math.floor(200_000 / paragraph.length),
    );
  });
});
