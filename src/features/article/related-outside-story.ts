import type { Article, RelatedStory } from '../../../api/contract';

/**
 * The related coverage left to show once "More on this story" lists the story's other articles:
 * a report that is one of those articles would otherwise appear twice on the page.
 */
export function relatedOutsideStory(article: Pick<Article, 'related' | 'story'>): RelatedStory[] {
  const listed = new Set(article.story.more.map((other) => other.slug));
  if (listed.size === 0) return article.related;
  return article.related.filter((item) => item.slug === undefined || !listed.has(item.slug));
}
