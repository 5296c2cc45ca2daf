import type { ImageRef, ProviderRef } from '../../api/contract.ts';
import type { RelatedCandidate } from './article-record.ts';
import type { FrontMatterImage, FrontMatterProvider, RelatedItem } from './schema.ts';
import { canonicalUrl, hostDomain, toDomain } from './urls.ts';

/**
 * Cleans an article's related coverage. Items arrive already validated by the schema (malformed
 * ones were dropped there, with a warning). What is left here is normal in real data and silent:
 * self-references and duplicates. Real files carry hundreds of items, so everything is one pass
 * with Map/Set indexes (no pairwise comparison), then one sort.
 *
 * Duplicates: two items are one story when their canonical web URLs are equal or their normalised
 * titles are equal; this is transitive (A~B by URL, B~C by title: one story). Of a story's items
 * the best is kept: higher quality (unknown lowest), then one with an AMP link, then one with an
 * image, then the earlier publish date (the original rather than a later syndicated copy), then
 * the earlier position in the file.
 *
 * Order: quality (desc, unknown last), then date (newest first, undated last), then title, then
 * canonical URL, so the result never depends on input order beyond the tie-breaks above.
 */

export type SelfIdentity = {
  /** Canonical forms of the article's own web / AMP / AMP-cache links. */
  canonicalUrls: readonly string[];
  title: string;
};

// Curly quotes and dashes fold to ASCII first; then every run of punctuation/space is one space,
// so `Trump’s “plan” — explained.` and `Trump's "plan" - explained` compare equal.
const COMBINING_MARKS_RE = /\p{M}+/gu;
const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;

const ASCII_RE = /^[ -~]*$/;
const ASCII_NON_WORD_RE = /[^a-z0-9]+/g;

/** The title key duplicates and self-references are detected on; '' when there is none. */
export function normaliseTitle(title: string): string {
  // ASCII needs no Unicode folding, and its letters and digits are exactly [a-z0-9] once lowered.
  if (ASCII_RE.test(title)) {
    return title.toLowerCase().replace(/['`]/g, '').replace(ASCII_NON_WORD_RE, ' ').trim();
  }
  return title
    .normalize('NFKD')
    .replace(COMBINING_MARKS_RE, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc]/g, "'")
    .replace(/['`]/g, '')
    .replace(NON_WORD_RE, ' ')
    .trim();
}

/** Share of words two headlines must have in common to be one report (an edition, a re-titling). */
export const NEAR_IDENTICAL_TITLES = 0.8;
/** Headlines shorter than this many words must match exactly: "Live updates" is no identity. */
const MIN_WORDS_FOR_NEAR = 5;

/** The words of a title key, as a set. */
export function titleWords(titleKey: string): Set<string> {
  return new Set(titleKey === '' ? [] : titleKey.split(' '));
}

/**
 * Whether two title keys (`normaliseTitle`) name one report: equal, or long enough and sharing
 * NEAR_IDENTICAL_TITLES of their words (Reuters' India edition "...who defended security of vote"
 * of "...who defended vote").
 */
export function nearIdenticalTitles(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  if (shared === a.size && shared === b.size) return true;
  if (a.size < MIN_WORDS_FOR_NEAR || b.size < MIN_WORDS_FOR_NEAR) return false;
  return shared / (a.size + b.size - shared) >= NEAR_IDENTICAL_TITLES;
}

export function toImageRef(image: FrontMatterImage | undefined): ImageRef | undefined {
  if (!image) return undefined;
  const ref: ImageRef = { url: image.url };
  if (image.width !== undefined) ref.width = image.width;
  if (image.height !== undefined) ref.height = image.height;
  return ref;
}

/**
 * domain (fallback: host of the story's URL), name (fallback: domain, else the URL's host: a
 * report on a host that cannot key an outlet still says where it is from), logo (first image).
 */
export function toProviderRef(
  provider: FrontMatterProvider | undefined,
  webUrl: string,
): ProviderRef {
  const domain = provider?.domain ?? toDomain(webUrl) ?? '';
  const ref: ProviderRef = {
    domain,
    name: provider?.name ?? (domain || (hostDomain(webUrl) ?? '')),
  };
  const logo = toImageRef(provider?.images?.[0]);
  if (logo) ref.logo = logo;
  return ref;
}

/** AMP links equal to the web link are not AMP links; they are left out. */
export function ampLinks(
  webUrl: string,
  ampWebUrl: string | undefined,
  cdnAmpWebUrl: string | undefined,
): { ampWebUrl?: string; cdnAmpWebUrl?: string } {
  const links: { ampWebUrl?: string; cdnAmpWebUrl?: string } = {};
  if (ampWebUrl !== undefined && ampWebUrl !== webUrl) links.ampWebUrl = ampWebUrl;
  if (cdnAmpWebUrl !== undefined && cdnAmpWebUrl !== webUrl) links.cdnAmpWebUrl = cdnAmpWebUrl;
  return links;
}

type Entry = {
  candidate: RelatedCandidate;
  publishedMs: number;
  position: number;
  /** Union-find parent: entries of one story point (eventually) at one root. */
  parent: Entry | null;
  best: Entry;
};

function root(entry: Entry): Entry {
  let top = entry;
  while (top.parent) top = top.parent;
  // Path compression keeps later lookups O(1)-ish even on long chains of duplicates.
  let node = entry;
  while (node.parent && node.parent !== top) {
    const next: Entry = node.parent;
    node.parent = top;
    node = next;
  }
  return top;
}

const quality = (entry: Entry) => entry.candidate.quality ?? -1;

/** Negative when `a` is the better of two items of one story. */
function compareBest(a: Entry, b: Entry): number {
  return (
    quality(b) - quality(a) ||
    Number(b.candidate.ampWebUrl !== undefined) - Number(a.candidate.ampWebUrl !== undefined) ||
    Number(b.candidate.image !== undefined) - Number(a.candidate.image !== undefined) ||
    a.publishedMs - b.publishedMs ||
    a.position - b.position
  );
}

function compareOrder(a: Entry, b: Entry): number {
  const x = a.candidate;
  const y = b.candidate;
  return (
    quality(b) - quality(a) ||
    (b.publishedMs === Infinity ? -Infinity : b.publishedMs) -
      (a.publishedMs === Infinity ? -Infinity : a.publishedMs) ||
    (x.title < y.title ? -1 : x.title > y.title ? 1 : 0) ||
    (x.canonicalUrl < y.canonicalUrl ? -1 : x.canonicalUrl > y.canonicalUrl ? 1 : 0)
  );
}

function union(a: Entry, b: Entry): Entry {
  const ra = root(a);
  const rb = root(b);
  if (ra === rb) return ra;
  rb.parent = ra;
  if (compareBest(rb.best, ra.best) < 0) ra.best = rb.best;
  return ra;
}

function toCandidate(item: RelatedItem, canonical: string): RelatedCandidate {
  const candidate: RelatedCandidate = {
    title: item.title,
    excerpt: item.excerpt ?? '',
    webUrl: item.webUrl,
    ...ampLinks(item.webUrl, item.ampWebUrl, item.cdnAmpWebUrl),
    provider: toProviderRef(item.provider, item.webUrl),
    quality: item.quality,
    canonicalUrl: canonical,
  };
  if (item.publishedDateTime) candidate.publishedAt = item.publishedDateTime.toISOString();
  const image = toImageRef(item.images?.[0]);
  if (image) candidate.image = image;
  return candidate;
}

export function cleanRelated(
  items: readonly RelatedItem[],
  self: SelfIdentity,
  limit: number,
): RelatedCandidate[] {
  const selfUrls = new Set(self.canonicalUrls);
  const selfWords = titleWords(normaliseTitle(self.title));
  const byUrl = new Map<string, Entry>();
  const byTitle = new Map<string, Entry>();
  const entries: Entry[] = [];

  items.forEach((item, position) => {
    const canonical = canonicalUrl(item.webUrl);
    if (canonical === null || selfUrls.has(canonical)) return;
    for (const link of [item.ampWebUrl, item.cdnAmpWebUrl]) {
      const key = link === undefined ? null : canonicalUrl(link);
      if (key !== null && selfUrls.has(key)) return;
    }
    const titleKey = normaliseTitle(item.title);
    // The article itself under another address or edition is not coverage of it.
    if (nearIdenticalTitles(titleWords(titleKey), selfWords)) return;

    const entry: Entry = {
      candidate: toCandidate(item, canonical),
      publishedMs: item.publishedDateTime?.getTime() ?? Infinity,
      position,
      parent: null,
      best: null as unknown as Entry,
    };
    entry.best = entry;
    entries.push(entry);

    const sameUrl = byUrl.get(canonical);
    if (sameUrl) union(sameUrl, entry);
    else byUrl.set(canonical, entry);
    if (titleKey !== '') {
      const sameTitle = byTitle.get(titleKey);
      if (sameTitle) union(sameTitle, entry);
      else byTitle.set(titleKey, entry);
    }
  });

  const kept: Entry[] = [];
  for (const entry of entries) {
    if (entry.parent === null) kept.push(entry.best);
  }
  kept.sort(compareOrder);
  return kept.slice(0, Math.max(0, limit)).map((entry) => entry.candidate);
}
