/**
 * URL slugs for topics and names: `Donald Trump` -> `donald-trump`, `Café Société` -> `cafe-societe`.
 * Latin diacritics are folded to ASCII; letters of other scripts are kept (lowercased) rather than
 * dropped, so a non-Latin topic still gets a usable, non-empty slug.
 */

// Letters NFKD does not decompose into a base letter plus a combining mark.
const SPECIAL_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

const SPECIAL_RE = /[ßæœøđðłþı]/g;
const COMBINING_MARKS_RE = /\p{M}+/gu;
// Apostrophes join a word (`Biden's` -> `bidens`), they do not split it.
const APOSTROPHES_RE = /['\u2018\u2019\u02bc`]/g;
const SEPARATORS_RE = /[^\p{L}\p{N}]+/gu;
const EDGE_HYPHENS_RE = /^-+|-+$/g;

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS_RE, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (letter) => SPECIAL_FOLDS[letter] ?? letter)
    .replace(APOSTROPHES_RE, '')
    .replace(SEPARATORS_RE, '-')
    .replace(EDGE_HYPHENS_RE, '');
}
