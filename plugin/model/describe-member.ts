import type { MemberLink } from './cluster-stories.ts';

/**
 * Why an article is in its story, in a reader's words: what the clustering found between it and
 * the lead, or the member it joined through ("Headline and summary 78% like the Reuters report").
 */

export type DescribedArticle = { slug: string; title: string; provider: { name: string } };

const percent = (similarity: number) => `${Math.round(similarity * 100)}%`;

export function describeMember(
  link: MemberLink,
  lead: DescribedArticle,
  bySlug: ReadonlyMap<string, DescribedArticle>,
): string {
  if (link.kind === 'lead') return 'The best-ranked report of the story: it leads it.';
  const name = bySlug.get(link.to)?.provider.name;
  const isLead = link.to === lead.slug;
  const whose = isLead ? "the lead's" : `the ${name ?? 'other'} report`;
  const report = isLead ? 'the lead' : `the ${name ?? 'other'} report`;
  switch (link.kind) {
    case 'similar':
      return `Headline and summary ${percent(link.similarity)} like ${whose}.`;
    case 'copy':
      return `A copy from the same outlet: headline ${percent(link.similarity)} like ${whose}.`;
    case 'shared-reports':
      return `Lists ${link.count} of the same reports as ${report}, and its text is ${percent(link.similarity)} alike.`;
    case 'cites':
      return `Lists ${report} in its related coverage, and its text is ${percent(link.similarity)} alike.`;
    case 'cited-by':
      return `Listed in the related coverage of ${report}, and its text is ${percent(link.similarity)} alike.`;
  }
}
