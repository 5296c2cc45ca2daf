import { STORY_OUTLETS_SHOWN, type ProviderRef, type StoryRef } from '../../api/contract.ts';
import { coverageTerm, storyScore } from '../../api/rank-terms.ts';
import type { MemberLink, StoryCluster } from './cluster-stories.ts';

/**
 * Stories as the API shows them: each cluster's articles with the lead first, the outlets that
 * cover it, its first and latest time, and the topics and outlets whose lists it belongs to.
 */

/** What the story model needs of a published article. */
export type StoryMemberInput = {
  slug: string;
  publishedMs: number;
  publishedAt: string;
  score: number;
  provider: ProviderRef;
  topicSlugs: readonly string[];
};

export type StoryEntry<A = StoryMemberInput> = {
  id: string;
  lead: A;
  /** Lead first, then newest first. */
  members: { article: A; link: MemberLink }[];
  ref: StoryRef;
  /** Every topic of any member: the story is listed under each. */
  topicSlugs: string[];
  /** Every outlet of a member: the story is listed under each. */
  outletDomains: string[];
  /** log10 of its outlet count (rank.ts `coverageTerm`). */
  coverageTerm: number;
  /** The lead's score plus `coverageTerm`: the story's place in Top stories. */
  score: number;
  lastMs: number;
};

function outletsOf(lead: StoryMemberInput, members: readonly StoryMemberInput[]): ProviderRef[] {
  const counts = new Map<string, { provider: ProviderRef; count: number }>();
  for (const member of members) {
    const entry = counts.get(member.provider.domain);
    if (entry) entry.count++;
    else counts.set(member.provider.domain, { provider: member.provider, count: 1 });
  }
  const leadDomain = lead.provider.domain;
  return [...counts.values()]
    .sort(
      (a, b) =>
        Number(b.provider.domain === leadDomain) - Number(a.provider.domain === leadDomain) ||
        b.count - a.count ||
        (a.provider.name < b.provider.name ? -1 : a.provider.name > b.provider.name ? 1 : 0),
    )
    .map((entry) => entry.provider);
}

/** Stories of `clusters`, whose members are looked up by slug and seen through `view`. */
export function buildStories<A>(
  clusters: readonly StoryCluster[],
  bySlug: ReadonlyMap<string, A>,
  view: (article: A) => StoryMemberInput,
): StoryEntry<A>[] {
  return clusters.map((cluster) => {
    const members = cluster.members.map(({ slug, link }) => ({
      article: bySlug.get(slug) as A,
      link,
    }));
    const articles = members.map((member) => view(member.article));
    const lead = view(bySlug.get(cluster.lead) as A);
    let firstMs = Infinity;
    let lastMs = -Infinity;
    let first = lead;
    let last = lead;
    for (const article of articles) {
      if (article.publishedMs < firstMs) [firstMs, first] = [article.publishedMs, article];
      if (article.publishedMs > lastMs) [lastMs, last] = [article.publishedMs, article];
    }
    const outlets = outletsOf(lead, articles);
    const coverage = coverageTerm(outlets.length);
    const topicSlugs = [...new Set(articles.flatMap((article) => article.topicSlugs))];
    return {
      id: cluster.id,
      lead: bySlug.get(cluster.lead) as A,
      coverageTerm: coverage,
      score: storyScore(lead.score, coverage),
      members,
      ref: {
        id: cluster.id,
        articleCount: articles.length,
        outletCount: outlets.length,
        outlets: outlets.slice(0, STORY_OUTLETS_SHOWN),
        firstPublishedAt: first.publishedAt,
        lastPublishedAt: last.publishedAt,
      },
      topicSlugs,
      outletDomains: outlets.map((outlet) => outlet.domain),
      lastMs,
    };
  });
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Top stories: the story's score, then the latest article, then id. */
export function compareRankedStories(a: StoryEntry<unknown>, b: StoryEntry<unknown>): number {
  return b.score - a.score || b.lastMs - a.lastMs || byText(a.id, b.id);
}

/** Latest: the story's newest article first (a developing story rises), then id. */
export function compareLatestStories(a: StoryEntry<unknown>, b: StoryEntry<unknown>): number {
  return b.lastMs - a.lastMs || byText(a.id, b.id);
}
