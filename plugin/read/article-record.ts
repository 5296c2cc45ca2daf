import type {
  ContentProblem,
  ImageRef,
  ProviderRef,
  RelatedStory,
  StoryLinks,
} from '../../api/contract.ts';
import type { StoryTerms } from './story-terms.ts';
import { TEXT_LIMITS } from './text-bounds.ts';

/**
 * What processing one file yields: the seam between per-file work (parse, validate, normalise,
 * clean related, render body — pure, runs in worker threads) and corpus-wide work (taxonomies,
 * linking related items to corpus slugs, ranking, emission).
 */

/** A related item after cleaning; `canonicalUrl` lets the corpus step find it among its articles. */
export type RelatedCandidate = Omit<RelatedStory, 'slug'> & { canonicalUrl: string };

export type ArticleRecord = StoryLinks & {
  /** File name without `.md`. */
  slug: string;
  /** Path relative to the corpus folder, with forward slashes. */
  file: string;
  title: string;
  excerpt: string;
  /** ISO 8601 UTC, and the same instant in ms for sorting. */
  publishedAt: string;
  publishedMs: number;
  /** Canonical forms of webUrl / ampWebUrl / cdnAmpWebUrl, for matching related items to articles. */
  canonicalUrls: string[];
  /** As the article states it; the corpus step overlays `_data/organizations`. */
  provider: ProviderRef;
  /** Cleaned topic names (trimmed, non-empty, deduplicated, file order). */
  topicNames: string[];
  image?: ImageRef;
  heat: number | null;
  quality: number | null;
  bodyHtml: string;
  readingMinutes: number;
  /** Cleaned, deduplicated, ordered and capped. */
  related: RelatedCandidate[];
  /** The words clustering recognises its story by (model/story-terms.ts). */
  storyTerms: StoryTerms;
};

export type ProcessResult =
  | { status: 'accepted'; record: ArticleRecord; warnings: ContentProblem[] }
  | { status: 'skipped'; reason: string; warnings: ContentProblem[] }
  | { status: 'rejected'; errors: ContentProblem[]; warnings: ContentProblem[] };

export type ProcessOptions = {
  /** Most related items kept per article. */
  relatedLimit: number;
  /** Larger files are rejected before parsing. */
  maxFileBytes: number;
  /** Characters of a markdown body rendered; the rest is cut, with a warning. */
  maxBodyChars: number;
};

export const DEFAULT_PROCESS_OPTIONS: ProcessOptions = {
  relatedLimit: 12,
  maxFileBytes: 2 * 1024 * 1024,
  maxBodyChars: TEXT_LIMITS.body,
};
