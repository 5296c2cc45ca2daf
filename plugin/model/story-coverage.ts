import type { RelatedStory } from '../../api/contract.ts';
import { nearIdenticalTitles, normaliseTitle, titleWords } from '../read/related.ts';

/**
 * A story's external coverage: the union of its articles' related reports, each report once. Two
 * items are one report when their canonical URLs are equal or their headlines near-identical (an
 * outlet's other edition); of those, the first kept wins (members come lead first, and each list is
 * already ordered best first). A report that is an article of the story itself, by link or by
 * headline, is left out: it is listed with the story's articles. Newest first, undated last.
 */

export type CoverageSource = {
  /** The member's own headline. */
  title: string;
  /** Its related reports as the API shows them (slugs set where they are corpus articles). */
  related: readonly RelatedStory[];
  /** The canonical URL of each related report, in the same order. */
  canonicalUrls: readonly string[];
};

/** Most reports one story page lists. */
export const COVERAGE_LIMIT = 120;

export function storyCoverage(
  sources: readonly CoverageSource[],
  memberSlugs: ReadonlySet<string>,
): RelatedStory[] {
  const seenUrls = new Set<string>();
  const seenTitles: Set<string>[] = sources.map((source) =>
    titleWords(normaliseTitle(source.title)),
  );
  const kept: RelatedStory[] = [];
  for (const source of sources) {
    source.related.forEach((item, index) => {
      if (item.slug !== undefined && memberSlugs.has(item.slug)) return;
      const url = source.canonicalUrls[index] as string;
      if (seenUrls.has(url)) return;
      seenUrls.add(url);
      const words = titleWords(normaliseTitle(item.title));
      if (seenTitles.some((seen) => nearIdenticalTitles(seen, words))) return;
      seenTitles.push(words);
      kept.push(item);
    });
  }
  return kept
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
    .slice(0, COVERAGE_LIMIT);
}
