import { CLUSTER_RULES } from '../../plugin/model/cluster-stories.ts';
import { buildVocabulary, cosine, type TermVector } from '../../plugin/model/term-vectors.ts';
import type { PublishedArticle } from '../../plugin/model/corpus-model.ts';

/**
 * What clustering sees between two articles, for explaining a missed pair or a wrong merge: the
 * same figures `verify` in plugin/model/cluster-stories.ts weighs (text and headline cosines,
 * shared distinctive words, shared related reports, one listing the other), computed over the same
 * published articles. A diagnostic: it decides nothing.
 */
export type PairEvidence = {
  hoursApart: number;
  sameOutlet: boolean;
  similarity: number;
  headline: number;
  /** Words both hold that are neither unique nor common (what makes a candidate). */
  sharedWords: string[];
  sharedReports: number;
  /** One lists the other in its related coverage. */
  listed: boolean;
};

export function pairEvidence(articles: readonly PublishedArticle[]) {
  const position = new Map(articles.map((article, i) => [article.summary.slug, i]));
  const terms = articles.map((article) => article.stored.storyTerms);
  const vocabulary = buildVocabulary(terms, {
    title: CLUSTER_RULES.titleWeight,
    text: 1,
    related: CLUSTER_RULES.relatedWeight,
  });
  const commonDf = Math.max(CLUSTER_RULES.minCommonDf, CLUSTER_RULES.commonShare * articles.length);
  const split = (field = '') => (field === '' ? [] : field.split(' '));
  /** Headline and text words: what candidates come from. */
  const words = (i: number) => new Set([...split(terms[i]?.title), ...split(terms[i]?.text)]);
  // Document frequency counts related headlines' words too, as the vocabulary does.
  const df = new Map<string, number>();
  for (const field of terms) {
    for (const w of new Set([...split(field.title), ...split(field.text), ...split(field.related)]))
      df.set(w, (df.get(w) ?? 0) + 1);
  }

  return (slugA: string, slugB: string): PairEvidence | undefined => {
    const a = position.get(slugA);
    const b = position.get(slugB);
    if (a === undefined || b === undefined) return undefined;
    const x = (articles[a] as PublishedArticle).stored;
    const y = (articles[b] as PublishedArticle).stored;
    const wordsB = words(b);
    const sharedWords = [...words(a)]
      .filter((w) => wordsB.has(w) && (df.get(w) ?? 0) >= 2 && (df.get(w) ?? 0) <= commonDf)
      .sort();
    const reportsB = new Set(y.relatedCanonicalUrls);
    const sharedReports = new Set(x.relatedCanonicalUrls.filter((url) => reportsB.has(url))).size;
    const listed =
      x.relatedCanonicalUrls.some((url) => y.canonicalUrls.includes(url)) ||
      y.relatedCanonicalUrls.some((url) => x.canonicalUrls.includes(url));
    return {
      hoursApart: Math.round(Math.abs(y.publishedMs - x.publishedMs) / 360_000) / 10,
      sameOutlet:
        (articles[a] as PublishedArticle).summary.provider.domain ===
        (articles[b] as PublishedArticle).summary.provider.domain,
      similarity: cosine(vocabulary.vectors[a] as TermVector, vocabulary.vectors[b] as TermVector),
      headline: cosine(vocabulary.titleVector(a), vocabulary.titleVector(b)),
      sharedWords,
      sharedReports,
      listed,
    };
  };
}
