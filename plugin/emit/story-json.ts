import {
  STORY_MORE_SHOWN,
  type RelatedStory,
  type Story,
  type StoryArticleRef,
  type StoryRef,
  type StoryStanding,
} from '../../api/contract.ts';
import {
  linkedRelatedJson,
  type CorpusModel,
  type PublishedArticle,
  type PublishedStory,
} from '../model/corpus-model.ts';
import { describeMember } from '../model/describe-member.ts';
import { storyCoverage } from '../model/story-coverage.ts';

/**
 * The JSON of stories: feed items (the lead's summary with its story), the story part of an article
 * file, and Full coverage files. Keys in contract order, so the same corpus gives the same bytes.
 */

const feedItemCache = new WeakMap<PublishedStory, string>();

/** A story appears on up to ~45 list pages: serialize its item once. */
export function feedItemJson(story: PublishedStory): string {
  let json = feedItemCache.get(story);
  if (json === undefined) {
    json = JSON.stringify({ ...story.lead.summary, story: story.ref });
    feedItemCache.set(story, json);
  }
  return json;
}

function articleRef({ summary }: PublishedArticle): StoryArticleRef {
  return {
    slug: summary.slug,
    title: summary.title,
    publishedAt: summary.publishedAt,
    provider: summary.provider,
  };
}

/** An article's story: the story's ref, and up to STORY_MORE_SHOWN of its other articles. */
export function articleStory(
  story: PublishedStory,
  article: PublishedArticle,
): StoryRef & { more: StoryArticleRef[] } {
  const more = story.members
    .filter((member) => member.article !== article)
    .slice(0, STORY_MORE_SHOWN)
    .map((member) => articleRef(member.article));
  return { ...story.ref, more };
}

/** Why a story stands where it does in Top stories: its lead's terms, its coverage, its places. */
export function storyStanding(model: CorpusModel, story: PublishedStory): StoryStanding {
  return {
    lead: story.lead.rank,
    coverageTerm: story.coverageTerm,
    score: story.score,
    places: model.placesOf(story),
  };
}

/** Whether a story has a Full coverage file: one of a single article is that article. */
export function hasStoryFile(story: PublishedStory): boolean {
  return story.members.length > 1;
}

export function storyJson(model: CorpusModel, story: PublishedStory): string {
  const describe = (article: PublishedArticle) => ({
    slug: article.summary.slug,
    title: article.summary.title,
    provider: article.summary.provider,
  });
  const lead = describe(story.lead);
  const bySlug = new Map(
    story.members.map(({ article }) => [article.summary.slug, describe(article)]),
  );
  const coverage = storyCoverage(
    story.members.map(({ article }) => ({
      title: article.summary.title,
      related: JSON.parse(linkedRelatedJson(model, article.stored)) as RelatedStory[],
      canonicalUrls: article.stored.relatedCanonicalUrls,
    })),
    new Set(bySlug.keys()),
  );
  const body: Story = {
    ...story.ref,
    lead: story.lead.summary.slug,
    articles: story.members.map(({ article, link }) => ({
      ...article.summary,
      why: describeMember(link, lead, bySlug),
    })),
    coverage,
  };
  return JSON.stringify(body);
}
