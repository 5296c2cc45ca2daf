import { describe, expect, it } from 'vitest';
import { excerptFromHtml, htmlToText, readingMinutes, renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it('renders prose markdown', () => {
    expect(
      renderMarkdown('## Section\n\nSome *emphasis* and `code`.\n\n> quoted\n\n- one\n- two'),
    ).toBe(
      '<h2>Section</h2>\n<p>Some <em>emphasis</em> and <code>code</code>.</p>\n<blockquote>\n<p>quoted</p>\n</blockquote>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>',
    );
  });

  it('returns an empty string for an empty body', () => {
    expect(renderMarkdown('  \n\n ')).toBe('');
  });

  it.each([
    ['<script>alert(1)</script>', /script|alert/],
    ['<iframe src="https://evil.example"></iframe>', /iframe|evil/],
    ['<img src="https://img.example/a.png" onerror="alert(1)">', /onerror|alert/],
    ['[x](javascript:alert(1))', /javascript|alert/],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', /javascript|alert/i],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', /data:|alert/],
    ['![x](data:image/png;base64,AAAA)', /data:|<img/],
    ['<img src="//evil.example/x.png">', /evil|<img/],
    ['<svg onload="alert(1)"><circle/></svg>', /svg|alert/],
    ['<form action="https://evil.example"><input name="q"></form>', /form|input/],
    ['<p style="background:url(javascript:alert(1))">x</p>', /style|javascript/],
  ])('strips %s', (markdown, forbidden) => {
    expect(renderMarkdown(markdown)).not.toMatch(forbidden);
  });

  it('opens links in a new tab without an opener', () => {
    expect(renderMarkdown('[site](https://news.example/)')).toBe(
      '<p><a href="https://news.example/" rel="noopener noreferrer" target="_blank">site</a></p>',
    );
  });

  it('keeps the text of a link whose target is unsafe, but not the dead link', () => {
    expect(renderMarkdown('Read [the filing](javascript:alert(1)) now.')).toBe(
      '<p>Read the filing now.</p>',
    );
    expect(renderMarkdown('<a href="/relative">here</a>')).toBe('<p>here</p>');
  });

  it('demotes headings below the page title', () => {
    expect(renderMarkdown('# Top\n\n##### Deep')).toBe('<h2>Top</h2>\n<h4>Deep</h4>');
  });
});

describe('reading time and excerpt', () => {
  it('counts about 230 words a minute, never less than one minute', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(readingMinutes(renderMarkdown(words(690)), '')).toBe(3);
    expect(readingMinutes(renderMarkdown(words(10)), '')).toBe(1);
    expect(readingMinutes('', words(500))).toBe(2);
    expect(readingMinutes('', '')).toBe(1);
  });

  it('decodes entities when turning HTML into text', () => {
    expect(htmlToText('<p>Fish &amp; chips &lt;3 &#8212; &#x27;yes&#x27;</p>')).toBe(
      "Fish & chips <3 — 'yes'",
    );
  });

  it('keeps a short first paragraph whole and cuts a long one on a word boundary', () => {
    expect(
      excerptFromHtml('<h2>Head</h2><p>Short <em>first</em> paragraph.</p><p>Second.</p>'),
    ).toBe('Short first paragraph.');
    const long = `<p>${'lorem ipsum '.repeat(40)}</p>`;
    const excerpt = excerptFromHtml(long);
    expect(excerpt).toMatch(/^(lorem ipsum )+lorem( ipsum)?…$/);
    expect(excerpt.length).toBeLessThanOrEqual(201);
  });
});
