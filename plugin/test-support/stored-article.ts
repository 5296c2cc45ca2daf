import type { RelatedCandidate } from '../read/article-record.ts';
import { storyTerms } from '../read/story-terms.ts';
import { storeArticle, type StoredArticle, type StoredResult } from '../read/stored-article.ts';

/** A valid stored article for corpus-wide tests; override what the test is about. */
export function storedArticle(
  slug: string,
  over: Partial<Parameters<typeof storeArticle>[0]> & { related?: RelatedCandidate[] } = {},
): StoredArticle {
  const publishedAt = over.publishedAt ?? '2026-09-01T12:00:00.000Z';
  const webUrl = over.webUrl ?? `https://news.example/${slug}`;
  const title = over.title ?? `Title of ${slug}`;
  const excerpt = over.excerpt ?? `Excerpt of ${slug}`;
  return storeArticle({
    slug,
    file: `news/${slug}.md`,
    title,
    excerpt,
    webUrl,
    canonicalUrls: [webUrl],
    provider: { domain: 'news.example', name: 'News Example' },
    topicNames: ['City'],
    heat: 10,
    quality: 50,
    bodyHtml: '',
    readingMinutes: 1,
    related: [],
    storyTerms: storyTerms(title, excerpt, ''),
    ...over,
    publishedAt,
    publishedMs: Date.parse(publishedAt),
  });
}

export function accepted(article: StoredArticle): StoredResult {
  return { status: 'accepted', article, warnings: [] };
}

export function resultsOf(articles: StoredArticle[]): Map<string, StoredResult> {
  return new Map(articles.map((article) => [article.file, accepted(article)]));
}
