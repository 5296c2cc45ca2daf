import type { ArticleRecord, ProcessOptions, ProcessResult } from './article-record.ts';
import { excerptFromHtml, readingMinutes, renderMarkdown } from './markdown.ts';
import { parseFrontMatter } from './parse-front-matter.ts';
import { ampLinks, cleanRelated, toImageRef, toProviderRef } from './related.ts';
import { isUnpublished } from './schema.ts';
import { canonicalUrl } from './urls.ts';
import { validateFrontMatter } from './validate-front-matter.ts';

/**
 * Everything that can be done with one file alone: size check, parse (YAML only), validate and
 * recover, normalise, clean related coverage, render the body. Pure and synchronous, so it runs
 * in worker threads; the corpus step (taxonomies, linking, ranking, emission) works on its result.
 */

/** Bytes of UTF-8 `text` would take, without encoding it when the answer is obvious. */
function exceedsBytes(source: string | Buffer, max: number): number | null {
  if (typeof source !== 'string') return source.length > max ? source.length : null;
  // A UTF-16 code unit is 1 to 3 UTF-8 bytes (a surrogate pair is 4 for 2 units).
  if (source.length > max) return Buffer.byteLength(source);
  if (source.length * 3 <= max) return null;
  const bytes = Buffer.byteLength(source);
  return bytes > max ? bytes : null;
}

/** `content/2020-11-18-some-story.md` -> `2020-11-18-some-story`. */
export function slugFromFile(file: string): string {
  const name = file.slice(file.replace(/\\/g, '/').lastIndexOf('/') + 1);
  return name.replace(/\.md$/i, '');
}

export function processArticle(
  file: string,
  source: string | Buffer,
  options: ProcessOptions,
): ProcessResult {
  const tooLarge = exceedsBytes(source, options.maxFileBytes);
  if (tooLarge !== null) {
    return {
      status: 'rejected',
      errors: [{ message: `file is ${tooLarge} bytes, over the limit of ${options.maxFileBytes}` }],
      warnings: [],
    };
  }

  const parsed = parseFrontMatter(typeof source === 'string' ? source : source.toString('utf8'));
  if (!parsed.ok) return { status: 'rejected', errors: parsed.errors, warnings: [] };
  const { data, matter, body } = parsed.file;
  if (isUnpublished(data)) return { status: 'skipped', reason: 'published: false', warnings: [] };

  const validated = validateFrontMatter(data, matter);
  if (!validated.ok) {
    return { status: 'rejected', errors: validated.errors, warnings: validated.warnings };
  }
  const front = validated.value;

  const ownLinks = ampLinks(front.webUrl, front.ampWebUrl, front.cdnAmpWebUrl);
  const canonicalUrls: string[] = [];
  for (const link of [front.webUrl, ownLinks.ampWebUrl, ownLinks.cdnAmpWebUrl]) {
    const canonical = link === undefined ? null : canonicalUrl(link);
    if (canonical !== null && !canonicalUrls.includes(canonical)) canonicalUrls.push(canonical);
  }

  const bodyHtml = renderMarkdown(body);
  const excerpt = front.excerpt || (bodyHtml !== '' ? excerptFromHtml(bodyHtml) : '');
  const publishedAt = front.publishedDateTime.toISOString();

  const record: ArticleRecord = {
    slug: slugFromFile(file),
    file: file.replace(/\\/g, '/'),
    title: front.title,
    excerpt,
    publishedAt,
    publishedMs: front.publishedDateTime.getTime(),
    webUrl: front.webUrl,
    ...ownLinks,
    canonicalUrls,
    provider: toProviderRef(front.provider, front.webUrl),
    topicNames: front.topics,
    heat: front.heat,
    quality: front.quality,
    bodyHtml,
    readingMinutes: readingMinutes(bodyHtml, excerpt),
    related: cleanRelated(
      front.related ?? [],
      { canonicalUrls, title: front.title },
      options.relatedLimit,
    ),
  };
  const image = toImageRef(front.images?.[0]);
  if (image) record.image = image;
  return { status: 'accepted', record, warnings: validated.warnings };
}
