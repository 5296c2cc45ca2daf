import type { ContentProblem } from '../../api/contract.ts';
import type { ArticleRecord, ProcessOptions, ProcessResult } from './article-record.ts';
import { locatedProblems, type FieldIssue, type FieldPath } from './locate-field.ts';
import { excerptFromHtml, htmlToText, readingMinutes, renderMarkdown } from './markdown.ts';
import { storyTerms } from './story-terms.ts';
import { parseFrontMatter } from './parse-front-matter.ts';
import { pathNameProblem, slugOfFile } from './path-names.ts';
import { ampLinks, cleanRelated, toImageRef, toProviderRef } from './related.ts';
import { publishedState, type FrontMatter } from './schema.ts';
import { cutAtWord, cutBody, TEXT_LIMITS } from './text-bounds.ts';
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

/**
 * Holds the output of one file within TEXT_LIMITS: titles and excerpts are cut on a word boundary,
 * topics past the limit dropped. Returns what was cut, for warnings.
 */
function boundFrontMatter(front: FrontMatter, rawTopics: number): FieldIssue[] {
  const cuts: FieldIssue[] = [];
  const cut = (text: string, max: number, path: FieldPath) => {
    if (text.length <= max) return text;
    cuts.push({ path, message: `is ${text.length} characters long; cut to ${max}` });
    return cutAtWord(text, max);
  };
  front.title = cut(front.title, TEXT_LIMITS.title, ['title']);
  if (front.excerpt !== undefined) {
    front.excerpt = cut(front.excerpt, TEXT_LIMITS.excerpt, ['excerpt']);
  }
  if (front.topics.length > TEXT_LIMITS.topics) {
    cuts.push({
      path: ['topics'],
      message: `lists ${Math.max(rawTopics, front.topics.length)} topics; only the first ${TEXT_LIMITS.topics} are kept`,
    });
    front.topics = front.topics.slice(0, TEXT_LIMITS.topics);
  }
  // Related items are matched to the file by their position after validation dropped bad ones,
  // so they are reported together rather than with a line each.
  let relatedCuts = 0;
  for (const item of front.related ?? []) {
    const title = cutAtWord(item.title, TEXT_LIMITS.title);
    const excerpt = item.excerpt && cutAtWord(item.excerpt, TEXT_LIMITS.excerpt);
    if (title !== item.title || excerpt !== item.excerpt) relatedCuts++;
    item.title = title;
    item.excerpt = excerpt;
  }
  if (relatedCuts > 0) {
    cuts.push({
      path: ['related'],
      message: `${relatedCuts} item(s) had a title over ${TEXT_LIMITS.title} or an excerpt over ${TEXT_LIMITS.excerpt} characters; cut`,
    });
  }
  return cuts;
}

/**
 * Long lists are cut before validation, so a file of 100,000 topics or related stories costs no
 * more than the limits let through: topics to a few times what is kept (repeats and blanks are
 * dropped after this), related stories to TEXT_LIMITS.relatedRead.
 */
function capRawLists(data: Record<string, unknown>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { topics, related } = data;
  // Reported with the topics kept (boundFrontMatter), where the line is known.
  if (Array.isArray(topics)) data.topics = topics.slice(0, TEXT_LIMITS.topics * 5);
  if (Array.isArray(related) && related.length > TEXT_LIMITS.relatedRead) {
    problems.push({
      field: 'related',
      message: `lists ${related.length} stories; only the first ${TEXT_LIMITS.relatedRead} are read`,
    });
    data.related = related.slice(0, TEXT_LIMITS.relatedRead);
  }
  return problems;
}

function rejected(errors: ContentProblem[], warnings: ContentProblem[] = []): ProcessResult {
  return { status: 'rejected', errors, warnings };
}

export function processArticle(
  file: string,
  source: string | Buffer,
  options: ProcessOptions,
): ProcessResult {
  const slug = slugOfFile(file);
  const slugProblem = pathNameProblem(slug);
  if (slugProblem !== null) {
    return rejected([
      {
        field: 'slug',
        message: `the file name ${JSON.stringify(slug)} ${slugProblem}: it names the article's URL and API file, so rename the file`,
      },
    ]);
  }
  const tooLarge = exceedsBytes(source, options.maxFileBytes);
  if (tooLarge !== null) {
    return rejected([
      { message: `file is ${tooLarge} bytes, over the limit of ${options.maxFileBytes}` },
    ]);
  }

  const parsed = parseFrontMatter(typeof source === 'string' ? source : source.toString('utf8'));
  if (!parsed.ok) return rejected(parsed.errors);
  const { data, matter, body } = parsed.file;
  const published = publishedState(data);
  if (published === 'invalid') {
    return rejected(
      locatedProblems(matter, [{ path: ['published'], message: 'must be true or false' }]),
    );
  }
  if (!published) return { status: 'skipped', reason: 'published: false', warnings: [] };

  const rawTopics = Array.isArray(data.topics) ? data.topics.length : 0;
  const listCuts = capRawLists(data);
  const validated = validateFrontMatter(data, matter);
  if (!validated.ok) return rejected(validated.errors, validated.warnings);
  const front = validated.value;
  const cuts = boundFrontMatter(front, rawTopics);
  const warnings = [
    ...listCuts,
    ...validated.warnings,
    ...(cuts.length > 0 ? locatedProblems(matter, cuts) : []),
  ];

  const provider = toProviderRef(front.provider, front.webUrl);
  if (provider.domain === '') {
    return rejected(
      locatedProblems(matter, [
        {
          path: ['webUrl'],
          message:
            'has no domain name to key its outlet by (an IP address or localhost); give provider.domain',
        },
      ]),
      warnings,
    );
  }

  const ownLinks = ampLinks(front.webUrl, front.ampWebUrl, front.cdnAmpWebUrl);
  const canonicalUrls: string[] = [];
  for (const link of [front.webUrl, ownLinks.ampWebUrl, ownLinks.cdnAmpWebUrl]) {
    const canonical = link === undefined ? null : canonicalUrl(link);
    if (canonical !== null && !canonicalUrls.includes(canonical)) canonicalUrls.push(canonical);
  }

  if (body.length > options.maxBodyChars) {
    warnings.push({
      field: 'body',
      message: `is ${body.length} characters long; only the first ${options.maxBodyChars} are shown`,
    });
  }
  const bodyHtml = renderMarkdown(cutBody(body, options.maxBodyChars));
  const related = cleanRelated(
    front.related ?? [],
    { canonicalUrls, title: front.title },
    options.relatedLimit,
  );
  const excerpt = front.excerpt || (bodyHtml !== '' ? excerptFromHtml(bodyHtml) : '');
  const publishedAt = front.publishedDateTime.toISOString();

  const record: ArticleRecord = {
    slug,
    file,
    title: front.title,
    excerpt,
    publishedAt,
    publishedMs: front.publishedDateTime.getTime(),
    webUrl: front.webUrl,
    ...ownLinks,
    canonicalUrls,
    provider,
    topicNames: front.topics,
    heat: front.heat,
    quality: front.quality,
    bodyHtml,
    readingMinutes: readingMinutes(bodyHtml, excerpt),
    related,
    storyTerms: storyTerms(
      front.title,
      excerpt,
      htmlToText(bodyHtml),
      related.map((item) => item.title),
    ),
  };
  const image = toImageRef(front.images?.[0]);
  if (image) record.image = image;
  return { status: 'accepted', record, warnings };
}
