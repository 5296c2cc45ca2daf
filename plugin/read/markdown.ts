import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { toOutboundUrl, toSafeHttpUrl } from './urls.ts';

/**
 * Article bodies: markdown -> HTML (markdown-it) -> allowlist sanitizer (sanitize-html). Editors'
 * raw HTML passes through markdown-it untouched, so the sanitizer is the only guard and it is an
 * allowlist: prose tags only, links to what `toSafeHttpUrl` accepts (or mailto:), images likewise.
 * Built once per module (per worker).
 *
 * markdown-it, not marked: a hostile body must not stall a build. marked is super-linear on runs
 * of delimiters (100 KB of `*` then `_` took 15-36 s; unclosed `[a](b` or `![a](` runs, minutes)
 * and overflows the stack on deep nesting; markdown-it stays linear on all of bench/pathological.ts
 * (cmark's pathological inputs among them). It stops nesting at 100 levels and drops what is
 * deeper, which only a hostile body has.
 */

const markdown = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
// Which URLs may stay is the sanitizer's decision, in one place for markdown and raw HTML alike;
// markdown-it's own filter would print a refused `[text](javascript:...)` as literal markdown.
markdown.validateLink = () => true;
// `~~struck~~` is <del>, as marked wrote it (markdown-it writes <s>, which the allowlist lacks).
markdown.renderer.rules.s_open = () => '<del>';
markdown.renderer.rules.s_close = () => '</del>';

const EXTERNAL_LINK = { rel: 'noopener noreferrer', target: '_blank' };
// An address, not a URL to parse: anything but white space, controls, invisible format characters
// (bidi overrides hide what the reader clicks) and a backslash, which browsers read as a slash.
const MAILTO_RE = /^mailto:[^\s\p{Cc}\p{Cf}\\]+$/iu;

/**
 * The href a body link keeps: what `toOutboundUrl` accepts (as it writes it, without tracking
 * parameters), or a mailto:.
 */
function safeHref(href: string | undefined): string | null {
  if (href === undefined) return null;
  return MAILTO_RE.test(href) ? href : toOutboundUrl(href);
}

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h2',
    'h3',
    'h4',
    'a',
    'em',
    'strong',
    'del',
    'blockquote',
    'ul',
    'ol',
    'li',
    'code',
    'pre',
    'hr',
    'br',
    'img',
    'figure',
    'figcaption',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    ol: ['start'],
    code: ['class'],
  },
  allowedClasses: { code: [/^language-[\w-]+$/] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Raw HTML can nest without end (markdown stops at markdown-it's 100); deeper tags are dropped
  // and their text kept, so no body hands the reader's browser 100,000 nested blockquotes.
  nestingLimit: 100,
  // Text inside these is code or styling, not prose: drop it with the tag.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
  ],
  transformTags: {
    // The article title is the page's only h1; the body's headings start one level below it.
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    // Only URLs the build trusts stay (see `safeHref`): not another scheme, a relative path, nor
    // credentials as in `https://bank.example@evil.example/`. A link or image without one loses
    // its href or src here, and `exclusiveFilter` below removes it.
    a: (tagName, attribs) => {
      const href = safeHref(attribs.href);
      return { tagName, attribs: href ? { ...attribs, href, ...EXTERNAL_LINK } : {} };
    },
    img: (tagName, attribs) => {
      const src = toSafeHttpUrl(attribs.src);
      return { tagName, attribs: src ? { ...attribs, src } : {} };
    },
  },
  // A link without a target would be styled as a link that goes nowhere: unwrap it to its text.
  // An image without a source would be an empty <img>: drop it. (Renaming the link to a tag the
  // allowlist lacks, as this once did, makes sanitize-html close the next inline tag of the same
  // depth with that name: `[x](javascript:) **bold**` came out as `<strong>bold</span>`.)
  exclusiveFilter: (frame) => {
    if (frame.tag === 'a') return frame.attribs.href ? false : 'excludeTag';
    return frame.tag === 'img' && !frame.attribs.src;
  },
};

export function renderMarkdown(body: string): string {
  if (body.trim() === '') return '';
  return sanitizeHtml(markdown.render(body), SANITIZE_OPTIONS).trim();
}

const WORDS_PER_MINUTE = 230;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * Plain text of sanitized HTML (tags out, common entities decoded, whitespace collapsed). A tag
 * holds no `<` (sanitize-html escapes it even in attributes): `<[^>]*>` would rescan to the end of
 * the text from every stray `<` of other input, `<[^<>]*>` stops at the next one.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^<>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
      if (code[0] === '#') {
        const point =
          code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
        return Number.isFinite(point) && point <= 0x10ffff ? String.fromCodePoint(point) : entity;
      }
      return ENTITIES[code.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function countWords(text: string): number {
  const words = text.match(/\S+/g);
  return words ? words.length : 0;
}

/** Whole minutes at ~230 words per minute, never less than 1. */
export function readingMinutes(bodyHtml: string, excerpt: string): number {
  const words = bodyHtml !== '' ? countWords(htmlToText(bodyHtml)) : countWords(excerpt);
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * The text of the first `<p>...</p>`, or null. Not a lazy regex: from every unclosed `<p>` it would
 * rescan to the end of the text.
 */
function firstParagraph(html: string): string | null {
  const start = html.indexOf('<p>');
  const end = start === -1 ? -1 : html.indexOf('</p>', start + 3);
  return end === -1 ? null : html.slice(start + 3, end);
}

/** The first paragraph's text, cut on a word boundary near `max` characters. */
export function excerptFromHtml(bodyHtml: string, max = 200): string {
  const text = htmlToText(firstParagraph(bodyHtml) ?? bodyHtml);
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > max / 2 ? cut.slice(0, boundary) : text.slice(0, max)).replace(/[\s,;:.–—-]+$/, '')}…`;
}
