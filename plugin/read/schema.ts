import { z } from 'zod';
import { pathNameProblem } from './path-names.ts';
import { slugify } from './slugify.ts';
import { hasVisibleText, TEXT_LIMITS } from './text-bounds.ts';
import { toDomain, toOutboundUrl, toSafeImageUrl } from './urls.ts';

/**
 * THE front-matter schema: every type of the front matter is inferred from it. It is strict (a bad
 * value is an issue) and every issue of a file comes out of one parse; `validate-front-matter.ts`
 * then decides per issue: a bad required field (`title`, `publishedDateTime`, `webUrl`) rejects
 * the file, anything else is dropped with a warning and the rest is kept. Values that are normal in
 * real data (`heat: -1`, a single topic string, an empty `ampWebUrl:`) are normalised silently.
 * Unknown fields (`category`, `type`, `originalUrl`, `secured`, `isCached`, ...) are stripped.
 */

/** A field whose raw value `parse` turns into the output, or null when it is unacceptable. */
type Message = string | ((value: unknown) => string);

function field<T>(parse: (value: unknown) => T | null, message: Message) {
  return z.unknown().transform((value, ctx): T => {
    const parsed = parse(value);
    if (parsed === null) {
      const why = typeof message === 'string' ? message : message(value);
      ctx.addIssue({ code: 'custom', message: value === undefined ? 'is required' : why });
      return z.NEVER;
    }
    return parsed;
  });
}

/** An optional field: missing, `null` (`key:` with no value) and `''` all mean "not given". */
function optional<T>(parse: (value: unknown) => T | null, message: Message) {
  return z.preprocess(
    (value) => (value === null || value === '' ? undefined : value),
    field(parse, message).optional(),
  );
}

/** Whitespace other than a single space between two non-spaces. */
const NEEDS_COLLAPSE_RE = /[^\S ]|\s\s|^\s|\s$/;

/** Trimmed with runs of whitespace (escaped newlines in excerpts included) collapsed to one space. */
export function collapseWhitespace(text: string): string {
  // Most text is already collapsed: testing is far cheaper than rebuilding every string.
  return NEEDS_COLLAPSE_RE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

function toText(value: unknown): string | null {
  // An unquoted `title: 1984` arrives as a number; it is still the editor's text.
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' ? collapseWhitespace(value) : null;
}

/** Text that shows something: a title of zero-width spaces is as empty as no title. */
function toNonEmptyText(value: unknown): string | null {
  const text = toText(value);
  return text !== null && hasVisibleText(text) ? text : null;
}

const ISO_DATE_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * Years a news article can plausibly carry. Older or later ones are typos (`0020`, `2999`) that
 * would otherwise become the newest story of the corpus, or sort before everything else.
 */
export const PLAUSIBLE_YEARS = { from: 1800, to: 2100 } as const;

/**
 * An ISO 8601 date and time, read strictly from the text the editor wrote (YAML is parsed without
 * its timestamp type, so no value arrives pre-converted): a date or time without a zone is UTC, as
 * YAML says (JavaScript would read it as local time); impossible dates (`2020-02-30`,
 * `2026-13-45T99:99:99Z`) are refused rather than rolled over, and so are implausible years.
 */
export function toDate(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE_RE.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < PLAUSIBLE_YEARS.from || year > PLAUSIBLE_YEARS.to) return null;
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  const offset = zone === 'Z' || zone === 'z' ? 'Z' : normaliseOffset(zone);
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function normaliseOffset(zone: string): string {
  const digits = zone.slice(1).replace(':', '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
}

/** `heat`/`quality`: a number >= 0, or null for unknown. -1 is the corpus' own "unknown". */
function toMetric(value: unknown): number | null | undefined {
  if (value === undefined || value === null || value === -1) return undefined;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

// `.optional()` before the transform: a missing key is fine (unknown), the output is never undefined.
const metric = z
  .unknown()
  .optional()
  .transform((value, ctx): number | null => {
    const parsed = toMetric(value);
    if (parsed === null) {
      ctx.addIssue({ code: 'custom', message: 'must be a number >= 0 (or -1 for unknown)' });
      return z.NEVER;
    }
    return parsed ?? null;
  });

function toDimension(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}

const DIMENSION_MESSAGE = 'must be a whole number of pixels';

const imageSchema = z.object(
  {
    url: field(toSafeImageUrl, 'must be an absolute http(s) URL or a site path like /logos/x.svg'),
    width: optional(toDimension, DIMENSION_MESSAGE),
    height: optional(toDimension, DIMENSION_MESSAGE),
  },
  { error: 'must be a mapping with a url' },
);

/** A single image mapping is read as a list of one. */
const imagesSchema = z.preprocess(
  (value) => (value === null ? undefined : Array.isArray(value) ? value : [value]),
  z.array(imageSchema).optional(),
);

const providerSchema = z.preprocess(
  (value) => (value === null ? undefined : value),
  z
    .object(
      {
        name: optional(toNonEmptyText, 'must be text'),
        domain: optional(toDomain, 'must be a domain name like reuters.com'),
        images: imagesSchema,
      },
      { error: 'must be a mapping with name and domain' },
    )
    .optional(),
);

const URL_MESSAGE = (value: unknown) =>
  typeof value === 'string' && value.trim().length > TEXT_LIMITS.url
    ? `is ${value.trim().length} characters long, over the limit of ${TEXT_LIMITS.url} for a URL`
    : 'must be an absolute http(s) URL';
// Links a reader follows: safe, and without the parameters that track how they arrived.
const httpUrl = field(toOutboundUrl, URL_MESSAGE);
const optionalHttpUrl = optional(toOutboundUrl, URL_MESSAGE);
const DATE_MESSAGE = `must be a real date and time like 2020-11-18T09:21:00Z, in the years ${PLAUSIBLE_YEARS.from} to ${PLAUSIBLE_YEARS.to}`;

/**
 * A topic name; its slug becomes a folder of the API, so it must pass the path-name rule (a
 * 300-character name would make a file name no file system takes). An empty `- ` entry (null) is an
 * empty name: dropped silently later, like `- ""`.
 */
const topicName = z.unknown().transform((value, ctx): string => {
  const name = value === null ? '' : toText(value);
  if (name === null) {
    ctx.addIssue({ code: 'custom', message: 'must be text' });
    return z.NEVER;
  }
  const slug = slugify(name);
  const problem = slug === '' ? null : pathNameProblem(slug);
  if (problem !== null) {
    ctx.addIssue({ code: 'custom', message: `cannot be a topic: its slug ${problem}` });
    return z.NEVER;
  }
  return name;
});

/**
 * Topics: one string becomes a list; names are trimmed, empty ones and repeats (same slug, so
 * `Donald Trump` and `donald trump` are one topic) go, first spelling wins.
 */
const topicsSchema = z.preprocess(
  (value) => (value === null ? [] : typeof value === 'string' ? [value] : value),
  z
    .array(topicName, { error: 'must be a list of topic names' })
    .optional()
    .transform((names) => {
      const seen = new Set<string>();
      const kept: string[] = [];
      for (const name of names ?? []) {
        const slug = slugify(name);
        if (slug === '' || seen.has(slug)) continue;
        seen.add(slug);
        kept.push(name);
      }
      return kept;
    }),
);

export const RELATED_REQUIRED_KEYS = ['title', 'webUrl'] as const;

const relatedItemSchema = z.object(
  {
    title: field(toNonEmptyText, 'must be non-empty text'),
    excerpt: optional(toText, 'must be text'),
    publishedDateTime: optional(toDate, DATE_MESSAGE),
    webUrl: httpUrl,
    ampWebUrl: optionalHttpUrl,
    cdnAmpWebUrl: optionalHttpUrl,
    provider: providerSchema,
    quality: metric,
    images: imagesSchema,
  },
  { error: 'must be a mapping with title and webUrl' },
);

export const FRONT_MATTER_REQUIRED_KEYS = ['title', 'publishedDateTime', 'webUrl'] as const;

export const frontMatterSchema = z.object({
  title: field(toNonEmptyText, 'must be non-empty text'),
  excerpt: optional(toText, 'must be text'),
  publishedDateTime: field(toDate, DATE_MESSAGE),
  webUrl: httpUrl,
  ampWebUrl: optionalHttpUrl,
  cdnAmpWebUrl: optionalHttpUrl,
  provider: providerSchema,
  topics: topicsSchema,
  images: imagesSchema,
  heat: metric,
  quality: metric,
  related: z.preprocess(
    (value) => (value === null ? undefined : value),
    z.array(relatedItemSchema, { error: 'must be a list of stories' }).optional(),
  ),
});

export type FrontMatter = z.output<typeof frontMatterSchema>;
export type RelatedItem = z.output<typeof relatedItemSchema>;
export type FrontMatterImage = z.output<typeof imageSchema>;
export type FrontMatterProvider = NonNullable<z.output<typeof providerSchema>>;

const PUBLISHED_WORDS = new Set(['true', 'yes', 'on', '1']);
const UNPUBLISHED_WORDS = new Set(['false', 'no', 'off', '0']);

/**
 * `published: false` holds a file back, as in Jekyll; a missing (or empty) `published` means
 * published. Every spelling an editor may mean "hide this" by (`0`, and the YAML 1.1 words
 * `no`/`off`, strings under the YAML 1.2 core schema) hides it; a value that says neither
 * (`published: maybe`) is an error rather than a guess, so nothing is published by mistake.
 */
export function publishedState(data: Record<string, unknown>): boolean | 'invalid' {
  const value = data.published;
  if (value === undefined || value === null || value === true || value === 1) return true;
  if (value === false || value === 0) return false;
  if (typeof value !== 'string') return 'invalid';
  const word = value.trim().toLowerCase();
  if (word === '' || PUBLISHED_WORDS.has(word)) return true;
  return UNPUBLISHED_WORDS.has(word) ? false : 'invalid';
}
