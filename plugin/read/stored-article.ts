import type { ContentProblem, ImageRef, ProviderRef, RelatedStory } from '../../api/contract.ts';
import type { ArticleRecord, ProcessResult, RelatedCandidate } from './article-record.ts';

/**
 * An accepted article as the corpus keeps it between processing and emission. Related coverage is
 * the bulk of a record (hundreds of objects per file in real data), so it is held as one JSON
 * string, serialized once (in the worker that produced it) in a fixed key order, plus the
 * canonical URLs needed to link items to corpus articles. Thousands of small strings cost far less
 * memory and GC time than millions of small objects, and emission only re-parses the few lists
 * that link into the corpus.
 */
export type StoredArticle = Omit<ArticleRecord, 'related'> & {
  /**
   * JSON of `RelatedStory[]` without `slug`, each item's provider as the file states it; each
   * item's keys end with the story links.
   */
  relatedJson: string;
  /** Canonical URL of each related item, in the same order. */
  relatedCanonicalUrls: string[];
  /**
   * Three offsets into `relatedJson` per item: where its provider object starts and ends, and where
   * its closing brace is. The corpus step splices in the corpus' own provider and the item's slug
   * there, without parsing the list again.
   */
  relatedSpans: Uint32Array;
};

export type StoredResult =
  | { status: 'accepted'; article: StoredArticle; warnings: ContentProblem[] }
  | { status: 'skipped'; reason: string; warnings: ContentProblem[] }
  | { status: 'rejected'; errors: ContentProblem[]; warnings: ContentProblem[] };

export function imageRef(image: ImageRef): ImageRef {
  const out: ImageRef = { url: image.url };
  if (image.width !== undefined) out.width = image.width;
  if (image.height !== undefined) out.height = image.height;
  return out;
}

export function providerRef(provider: ProviderRef): ProviderRef {
  const out: ProviderRef = { domain: provider.domain, name: provider.name };
  if (provider.logo) out.logo = imageRef(provider.logo);
  return out;
}

/** Builds a related story with its keys in one fixed order, so output bytes never depend on input. */
export function relatedStory(item: RelatedCandidate): Omit<RelatedStory, 'slug'> {
  return {
    title: item.title,
    excerpt: item.excerpt,
    ...(item.publishedAt !== undefined && { publishedAt: item.publishedAt }),
    provider: providerRef(item.provider),
    ...(item.image && { image: imageRef(item.image) }),
    quality: item.quality,
    webUrl: item.webUrl,
    ...(item.ampWebUrl !== undefined && { ampWebUrl: item.ampWebUrl }),
    ...(item.cdnAmpWebUrl !== undefined && { cdnAmpWebUrl: item.cdnAmpWebUrl }),
  };
}

/**
 * Serializes related stories (keys in `relatedStory` order) and notes where each item's provider
 * object and closing brace are.
 */
export function serializeRelated(related: readonly RelatedCandidate[]): {
  json: string;
  spans: Uint32Array;
} {
  const spans = new Uint32Array(related.length * 3);
  let json = '[';
  related.forEach((item, i) => {
    const { provider, ...rest } = relatedStory(item);
    // `relatedStory` puts provider right after title, excerpt and publishedAt.
    const { title, excerpt, publishedAt, ...tail } = rest;
    const head = JSON.stringify({
      title,
      excerpt,
      ...(publishedAt !== undefined && { publishedAt }),
    });
    if (i > 0) json += ',';
    json += `${head.slice(0, -1)},"provider":`;
    spans[i * 3] = json.length;
    json += JSON.stringify(provider);
    spans[i * 3 + 1] = json.length;
    // `tail` always holds quality and webUrl, so it is never `{}`.
    json += `,${JSON.stringify(tail).slice(1, -1)}`;
    spans[i * 3 + 2] = json.length;
    json += '}';
  });
  return { json: `${json}]`, spans };
}

export function storeArticle(record: ArticleRecord): StoredArticle {
  const { related, ...rest } = record;
  const { json, spans } = serializeRelated(related);
  return {
    ...rest,
    relatedJson: json,
    relatedCanonicalUrls: related.map((item) => item.canonicalUrl),
    relatedSpans: spans,
  };
}

export function storeResult(result: ProcessResult): StoredResult {
  return result.status === 'accepted'
    ? { status: 'accepted', article: storeArticle(result.record), warnings: result.warnings }
    : result;
}
