import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../api/contract.ts';
import {
  DEFAULT_PROCESS_OPTIONS,
  type ArticleRecord,
  type ProcessResult,
} from './article-record.ts';
import { processArticle } from './process-article.ts';

const read = (name: string) =>
  readFileSync(new URL(`../__fixtures__/files/${name}`, import.meta.url), 'utf8');

function processFixture(name: string, options = DEFAULT_PROCESS_OPTIONS): ProcessResult {
  return processArticle(name, read(name), options);
}

function accepted(
  name: string,
  options = DEFAULT_PROCESS_OPTIONS,
): { record: ArticleRecord; warnings: ContentProblem[] } {
  const result = processFixture(name, options);
  if (result.status !== 'accepted') throw new Error(`${name}: ${JSON.stringify(result)}`);
  return result;
}

/** The 1-based line of the fixture that contains `text` (the n-th occurrence). */
function lineOf(name: string, text: string, occurrence = 1): number {
  const lines = read(name).split('\n');
  let seen = 0;
  const index = lines.findIndex((line) => line.includes(text) && ++seen === occurrence);
  if (index < 0) throw new Error(`${text} not in ${name}`);
  return index + 1;
}

describe('processArticle: accepted files', () => {
  it('builds the record of a file with only the required fields', () => {
    const { record, warnings } = accepted('minimal.md');
    expect(warnings).toEqual([]);
    expect(record).toEqual({
      slug: 'minimal',
      file: 'minimal.md',
      title: 'Only the required fields',
      excerpt: '',
      publishedAt: '2020-10-26T00:00:00.000Z',
      publishedMs: Date.UTC(2020, 9, 26),
      webUrl: 'http://rss.cnn.com/~r/rss/cnn_allpolitics/~3/abc/index.html',
      canonicalUrls: ['https://rss.cnn.com/~r/rss/cnn_allpolitics/~3/abc/index.html'],
      provider: { domain: 'rss.cnn.com', name: 'rss.cnn.com' },
      topicNames: [],
      heat: null,
      quality: null,
      bodyHtml: '',
      readingMinutes: 1,
      related: [],
      storyTerms: { title: 'requir field', text: '', related: '', names: '', atStart: '' },
    });
  });

  it('takes the slug from the file name, whatever folder it is in', () => {
    const result = processArticle(
      'news/2020-11-18-some-story.md',
      read('minimal.md'),
      DEFAULT_PROCESS_OPTIONS,
    );
    expect(result).toMatchObject({
      status: 'accepted',
      record: { slug: '2020-11-18-some-story', file: 'news/2020-11-18-some-story.md' },
    });
  });

  it('accepts a Buffer with a BOM and CRLF line ends', () => {
    const buffer = readFileSync(new URL('../__fixtures__/files/bom-crlf.md', import.meta.url));
    const result = processArticle('bom-crlf.md', buffer, DEFAULT_PROCESS_OPTIONS);
    if (result.status !== 'accepted') throw new Error(JSON.stringify(result));
    expect(result.record.title).toBe('Saved on Windows');
    expect(result.record.bodyHtml).toBe(
      '<p>A body written with <strong>CRLF</strong> line ends.</p>\n<p>Second paragraph.</p>',
    );
    expect(result.record.excerpt).toBe('A body written with CRLF line ends.');
  });

  it('recovers every optional problem at once, with a warning naming field and line', () => {
    const { record, warnings } = accepted('recoverable.md');
    const file = 'recoverable.md';
    expect(warnings).toEqual(
      expect.arrayContaining([
        {
          field: 'ampWebUrl',
          line: lineOf(file, 'ampWebUrl:'),
          message: expect.stringContaining('http(s) URL'),
        },
        {
          field: 'heat',
          line: lineOf(file, 'heat:'),
          message: 'must be a number >= 0 (or -1 for unknown); treated as unknown',
        },
        {
          field: 'quality',
          line: lineOf(file, 'quality:'),
          message: expect.stringContaining('number'),
        },
        {
          field: 'provider.images[0]',
          line: lineOf(file, 'data:image'),
          message: expect.stringContaining('url'),
        },
        {
          field: 'images[0].width',
          line: lineOf(file, 'width: "wide"'),
          message: expect.stringContaining('pixels'),
        },
      ]),
    );
    expect(warnings).toHaveLength(5);
    expect(record).toMatchObject({
      title: 'Recovered story',
      excerpt: 'First line of the excerpt.',
      webUrl: 'https://www.news.example/story',
      heat: null,
      quality: null,
      topicNames: ['Election'],
      provider: {
        domain: 'news.example',
        name: 'News Example',
        logo: { url: '/logos/news.svg', width: 50, height: 50 },
      },
      image: { url: 'https://img.news.example/lead.jpg', height: 600 },
    });
    // The unsafe AMP link is dropped; the cache link equal to the web link is no AMP link at all.
    expect(record.ampWebUrl).toBeUndefined();
    expect(record.cdnAmpWebUrl).toBeUndefined();
    expect(record.image?.width).toBeUndefined();
  });

  it('normalises topics: one string is a list, blanks and repeats (by slug) go', () => {
    const { record, warnings } = accepted('topics-and-metrics.md');
    expect(record.topicNames).toEqual(['Donald Trump', 'Election']);
    expect(warnings).toEqual([]);
  });

  it('reads heat -1 as unknown silently, and a zone-less date string as UTC', () => {
    const { record, warnings } = accepted('topics-and-metrics.md');
    expect(record.heat).toBeNull();
    expect(warnings).toEqual([]);
    expect(record.publishedAt).toBe('2021-01-08T15:30:00.000Z');
  });

  it('keeps the AMP links of a story and matches all of its own links', () => {
    const { record } = accepted('related-mess.md');
    expect(record.ampWebUrl).toBe('https://www.paper.example/politics/budget?id=7&outputType=amp');
    expect(record.canonicalUrls).toEqual(['https://paper.example/politics/budget?id=7']);
  });
});

describe('processArticle: skipped and rejected files', () => {
  it('skips published: false, as Jekyll does', () => {
    expect(processFixture('unpublished.md')).toEqual({
      status: 'skipped',
      reason: 'published: false',
      warnings: [],
    });
  });

  it('reports every bad required field at once, with its line, and rejects the file', () => {
    const file = 'invalid-core.md';
    const result = processFixture(file);
    if (result.status !== 'rejected') throw new Error(JSON.stringify(result));
    expect(result.errors).toEqual([
      {
        field: 'title',
        line: lineOf(file, 'title:'),
        message: expect.stringContaining('non-empty'),
      },
      {
        field: 'publishedDateTime',
        line: lineOf(file, 'publishedDateTime:'),
        message: expect.stringContaining('date'),
      },
      {
        field: 'webUrl',
        line: lineOf(file, 'webUrl:'),
        message: expect.stringContaining('http(s) URL'),
      },
    ]);
    expect(result.warnings).toEqual([
      {
        field: 'ampWebUrl',
        line: lineOf(file, 'ampWebUrl:'),
        message: expect.stringContaining('dropped'),
      },
    ]);
  });

  it('rejects a file without a title', () => {
    const source =
      '---\npublishedDateTime: 2020-11-18T09:21:00Z\nwebUrl: "https://x.example/a"\n---\n';
    expect(processArticle('no-title.md', source, DEFAULT_PROCESS_OPTIONS)).toMatchObject({
      status: 'rejected',
      errors: [{ field: 'title', message: 'is required' }],
    });
  });

  it('rejects impossible dates rather than rolling them over', () => {
    const source =
      '---\ntitle: x\npublishedDateTime: "2021-02-30T10:00:00Z"\nwebUrl: "https://x.example/a"\n---\n';
    expect(processArticle('bad-date.md', source, DEFAULT_PROCESS_OPTIONS)).toMatchObject({
      status: 'rejected',
      errors: [{ field: 'publishedDateTime', line: 3 }],
    });
  });

  it('rejects JavaScript front matter without running it', () => {
    const result = processFixture('js-front-matter.md');
    expect(result).toMatchObject({
      status: 'rejected',
      errors: [{ line: 1, message: expect.stringContaining('refused') }],
    });
    expect(
      (globalThis as { __frontMatterWasExecuted?: boolean }).__frontMatterWasExecuted,
    ).toBeUndefined();
  });

  it('rejects a YAML syntax error with its file line', () => {
    expect(processFixture('yaml-syntax-error.md')).toMatchObject({
      status: 'rejected',
      errors: [
        {
          line: lineOf('yaml-syntax-error.md', 'excerpt:'),
          message: expect.stringContaining('YAML syntax error'),
        },
      ],
    });
  });

  it('rejects an alias bomb', { timeout: 5_000 }, () => {
    expect(processFixture('alias-bomb.md')).toMatchObject({
      status: 'rejected',
      errors: [{ message: expect.stringContaining('too many values') }],
    });
  });

  it('rejects a file over the size limit before parsing it', () => {
    const big = `---\ntitle: big\n---\n${'x'.repeat(2_000)}`;
    expect(
      processArticle('big.md', big, { ...DEFAULT_PROCESS_OPTIONS, maxFileBytes: 1_000 }),
    ).toEqual({
      status: 'rejected',
      errors: [{ message: `file is ${big.length} bytes, over the limit of 1000` }],
      warnings: [],
    });
    // Counted in bytes, not characters: 400 three-byte characters are 1,200 bytes.
    const wide = `---\ntitle: ${'€'.repeat(400)}\n---\n`;
    expect(
      processArticle('wide.md', wide, { ...DEFAULT_PROCESS_OPTIONS, maxFileBytes: 1_000 }).status,
    ).toBe('rejected');
  });
});

describe('processArticle: related coverage', () => {
  it('drops malformed items with a warning naming the item and its line', () => {
    const file = 'related-mess.md';
    const { warnings } = accepted(file);
    expect(warnings).toEqual([
      {
        field: 'related[6]',
        line: lineOf(file, 'https://epsilon.example/untitled') - 2,
        message: 'title is required; dropped',
      },
      {
        field: 'related[7]',
        line: lineOf(file, 'title: "Click here"'),
        message: expect.stringMatching(/^webUrl must be an absolute http\(s\) URL; dropped$/),
      },
      {
        field: 'related[8].ampWebUrl',
        line: lineOf(file, 'data:text/html'),
        message: expect.stringContaining('dropped'),
      },
      {
        field: 'related[9]',
        line: lineOf(file, 'just a string'),
        message: expect.stringContaining('mapping'),
      },
    ]);
  });

  it('removes self-references and duplicates by URL and by title, keeping the best, in quality then date order', () => {
    const { record } = accepted('related-mess.md');
    expect(record.related.map((item) => item.title)).toEqual([
      'Budget clears the Senate',
      'Trump\'s "plan" - explained',
      'A good story with a bad AMP link',
      'Filler story 5',
      'Filler story 2',
      'Filler story 4',
      'Filler story 1',
      'Filler story 3',
      'Filler story 0',
      'Unknown quality story',
    ]);
    const [first, second, third] = record.related;
    expect(first).toMatchObject({
      webUrl: 'https://www.alpha.example/politics/budget?id=1',
      canonicalUrl: 'https://alpha.example/politics/budget?id=1',
      ampWebUrl: 'https://amp.alpha.example/budget',
      provider: { domain: 'alpha.example', name: 'Alpha' },
      image: { url: 'https://img.alpha.example/1.jpg', width: 800, height: 450 },
      publishedAt: '2021-03-02T10:00:00.000Z',
      quality: 120,
    });
    // Same title as the Beta item; kept because it has an AMP link. No provider: its host stands in.
    expect(second?.provider).toEqual({ domain: 'gamma.example', name: 'gamma.example' });
    expect(third?.ampWebUrl).toBeUndefined();
    expect(record.related.at(-1)?.quality).toBeNull();
  });

  it('caps the list at relatedLimit, keeping the top of the order', () => {
    const { record } = accepted('related-mess.md', { ...DEFAULT_PROCESS_OPTIONS, relatedLimit: 3 });
    expect(record.related.map((item) => item.title)).toEqual([
      'Budget clears the Senate',
      'Trump\'s "plan" - explained',
      'A good story with a bad AMP link',
    ]);
  });
});

describe('processArticle: body', () => {
  it('renders the body without any script, frame, handler or unsafe URL', () => {
    const { record } = accepted('body-xss.md');
    const html = record.bodyHtml;
    expect(html).not.toMatch(
      /<script|<iframe|<style|onerror|onclick|onmouseover|style=|javascript:|data:/i,
    );
    expect(html).not.toContain('alert');
    expect(html).toContain('<h2>Heading one</h2>');
    expect(html).toContain('<h4>Small heading</h4>');
    expect(html).not.toContain('<h1');
    expect(html).toContain(
      '<a href="https://news.example/more" rel="noopener noreferrer" target="_blank">safe link</a>',
    );
    expect(html).toContain('<img src="https://img.news.example/photo.jpg" alt="A real photo" />');
    expect(html).toContain('<p>Styled paragraph</p>');
    expect(html.match(/<img/g)).toHaveLength(1);
  });

  it('derives the excerpt from the first paragraph, cut on a word boundary', () => {
    const { record } = accepted('body-xss.md');
    expect(
      record.excerpt.startsWith('The first paragraph has a safe link and a bad link and bold text'),
    ).toBe(true);
    expect(record.excerpt.endsWith('…')).toBe(true);
    expect(record.excerpt.length).toBeLessThanOrEqual(201);
    const words = read('body-xss.md');
    const lastWord = record.excerpt.slice(0, -1).split(' ').at(-1) ?? '';
    expect(words).toMatch(new RegExp(`\\b${lastWord}\\b`));
  });
});
