/**
 * How much of one file's text the output may carry. Every summary is copied onto several list
 * pages (the feed, each of its topics, its outlet; ranked and latest), so one file with a 100,000
 * character title or 20,000 topics would multiply into gigabytes. Real headlines stay under ~150
 * characters and excerpts under ~500 (the election sample: 139 and 484 at most), so these limits
 * cut nothing an editor meant to publish; what is cut is reported as a warning.
 */
export const TEXT_LIMITS = {
  /** Characters of a title (an article's or a related story's). */
  title: 300,
  /** Characters of an excerpt. */
  excerpt: 1_000,
  /** Topics of one article; the rest are dropped. */
  topics: 20,
  /** Characters of a URL: the limit sitemaps, CDNs and older browsers share. */
  url: 2_048,
  /**
   * Characters of a markdown body rendered: about 30,000 words, ten times a long feature. It also
   * bounds the renderer's time on hostile markdown (linear, but ~3 µs a character at worst).
   */
  body: 200_000,
  /** Related stories read from one file (real files list up to a few hundred); 12 are kept. */
  relatedRead: 1_000,
} as const;

/** `text` cut on a word boundary to at most `max` characters (with the ellipsis). */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - 1;
  const cut = text.slice(0, room + 1);
  const boundary = cut.lastIndexOf(' ');
  const head = boundary > room / 2 ? cut.slice(0, boundary) : text.slice(0, room);
  return `${head.replace(/[\s,;:.–—-]+$/, '')}…`;
}

// Characters that draw nothing: white space, format and control characters, lone combining marks
// and the letters that render blank (Hangul fillers, the braille blank).
const VISIBLE_RE = /[^\s\p{Z}\p{Cf}\p{Cc}\p{M}\u115f\u1160\u3164\uffa0\u2800]/u;

/** Whether `text` shows anything at all (a zero-width-space title does not). */
export function hasVisibleText(text: string): boolean {
  return VISIBLE_RE.test(text);
}

/** A markdown body cut to `max` characters at a paragraph break where there is one near the end. */
export function cutBody(body: string, max: number): string {
  if (body.length <= max) return body;
  const paragraph = body.lastIndexOf('\n\n', max);
  return body.slice(0, paragraph > max / 2 ? paragraph : max);
}
