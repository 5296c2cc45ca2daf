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

  it.each([
    ['[the filing](http://user:pass@court.example/filing)', 'user:pass in a markdown link'],
    ['<a href="https://bank.example@evil.example/">the filing</a>', 'a user name in an HTML link'],
    ['<a href="https://court.example/a&#10;b">the filing</a>', 'a control character'],
    ['[the filing](ftp://court.example/filing)', 'another scheme'],
    ['<a href="//court.example/filing">the filing</a>', 'a protocol-relative link'],
  ])('unwraps %s (%s) to its text', (markdown) => {
    expect(renderMarkdown(`See ${markdown}.`)).toBe('<p>See the filing.</p>');
  });

  it('keeps mailto links', () => {
    expect(renderMarkdown('[Write to us](mailto:desk@news.example?subject=Tip)')).toBe(
      '<p><a href="mailto:desk@news.example?subject=Tip" rel="noopener noreferrer" target="_blank">Write to us</a></p>',
    );
  });

  it('links to the address as the URL parser reads it', () => {
    expect(renderMarkdown('[site](HTTPS://News.Example)')).toContain(
      '<a href="https://news.example/" ',
    );
  });

  it('drops images whose address is refused, keeps the others', () => {
    for (const src of [
      'https://user:pass@img.example/a.png',
      'http://img.example@evil.example/a.png',
      'ftp://img.example/a.png',
      '/relative.png',
    ]) {
      expect(renderMarkdown(`![photo](${src})`)).not.toMatch(/<img|pass|evil/);
      expect(renderMarkdown(`<img src="${src}" alt="photo">`)).not.toMatch(/<img|pass|evil/);
    }
    expect(renderMarkdown('![photo](https://img.example/a.png)')).toBe(
      '<p><img src="https://img.example/a.png" alt="photo" /></p>',
    );
  });

  it('keeps the formatting that follows an unwrapped link', () => {
    expect(renderMarkdown('A [bad](javascript:alert(1)) link, then **bold** and *emphasis*.')).toBe(
      '<p>A bad link, then <strong>bold</strong> and <em>emphasis</em>.</p>',
    );
  });

  it('renders strikethrough, headings, code blocks and ordered lists as before', () => {
    expect(renderMarkdown('~~gone~~\n\n```ts\nconst a = 1 < 2;\n```\n\n3. three\n4. four')).toBe(
      '<p><del>gone</del></p>\n<pre><code class="language-ts">const a = 1 &lt; 2;\n</code></pre>\n<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>',
    );
  });

  it('renders runs of emphasis and link markers as the text they are', () => {
    const runs = `${'*'.repeat(50_000)}${'_'.repeat(50_000)}`;
    expect(renderMarkdown(runs)).toBe(`<p>${runs}</p>`);
    expect(renderMarkdown('[a](b'.repeat(5_000))).toBe(`<p>${'[a](b'.repeat(5_000)}</p>`);
  });

  it('drops tags nested past 100 levels of raw HTML, keeping their text', () => {
    const html = renderMarkdown(`${'<blockquote>'.repeat(500)}deep${'</blockquote>'.repeat(500)}`);
    expect(html.match(/<blockquote>/g)?.length).toBeLessThanOrEqual(100);
    expect(html).toContain('deep');
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

  it('reads text with stray angle brackets whole', () => {
    expect(htmlToText(`a ${'<'.repeat(50_000)} b`)).toBe(`a ${'<'.repeat(50_000)} b`);
    expect(excerptFromHtml(`${'<p>'.repeat(50_000)}text`)).toBe('text');
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
