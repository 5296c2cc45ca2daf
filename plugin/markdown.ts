import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Article bodies: markdown -> HTML (marked) -> allowlist sanitizer (sanitize-html). Editors' raw
 * HTML passes through marked untouched, so the sanitizer is the only guard and it is an allowlist:
 * prose tags only, http(s)/mailto links, http(s) images. Built once per module (per worker).
 */

const marked = new Marked({ gfm: true, breaks: false, async: false });

const EXTERNAL_LINK = { rel: 'noopener noreferrer', target: '_blank' };
const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

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
    // A link whose target is not allowed would stay an <a> without href, styled as a link that
    // goes nowhere: unwrap it to its text (span is not allowed, so only the text survives).
    a: (tagName, attribs) =>
      SAFE_HREF.test(attribs.href ?? '')
        ? { tagName, attribs: { ...attribs, ...EXTERNAL_LINK } }
        : { tagName: 'span', attribs: {} },
  },
  // An image whose src was unsafe (data:, javascript:, relative) would be an empty <img>: drop it.
  exclusiveFilter: (frame) => frame.tag === 'img' && !/^https?:\/\//i.test(frame.attribs.src ?? ''),
};

export function renderMarkdown(markdown: string): string {
  if (markdown.trim() === '') return '';
  const html = marked.parse(markdown, { async: false });
  return sanitizeHtml(html, SANITIZE_OPTIONS).trim();
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

/** Plain text of sanitized HTML (tags out, common entities decoded, whitespace collapsed). */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
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

/** The first paragraph's text, cut on a word boundary near `max` characters. */
export function excerptFromHtml(bodyHtml: string, max = 200): string {
  const paragraph = /<p>([\s\S]*?)<\/p>/.exec(bodyHtml);
  const text = htmlToText(paragraph ? (paragraph[1] ?? '') : bodyHtml);
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > max / 2 ? cut.slice(0, boundary) : text.slice(0, max)).replace(/[\s,;:.–—-]+$/, '')}…`;
}
