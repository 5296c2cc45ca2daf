import type { ProviderRef, RelatedStory } from '../../../api/contract';

export type OutletGroup = {
  provider: ProviderRef;
  /** Newest first; undated reports last. */
  items: RelatedStory[];
};

/** Undated reports sort as the oldest (finite, so two of them compare equal and keep their order). */
const time = (item: RelatedStory) => {
  const parsed = Date.parse(item.publishedAt ?? '');
  return Number.isNaN(parsed) ? Number.MIN_SAFE_INTEGER : parsed;
};

/**
 * A story's external coverage by outlet: the outlet with the newest report first, so the page
 * still reads newest first as a whole. The API already lists coverage newest first; sorting again
 * (stable, undated last) keeps the page right whatever order it gets.
 */
export function groupByOutlet(coverage: readonly RelatedStory[]): OutletGroup[] {
  const groups = new Map<string, OutletGroup>();
  for (const item of [...coverage].sort((a, b) => time(b) - time(a))) {
    const group = groups.get(item.provider.domain);
    if (group) group.items.push(item);
    else groups.set(item.provider.domain, { provider: item.provider, items: [item] });
  }
  return [...groups.values()];
}
