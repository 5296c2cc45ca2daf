import type { StoryTerms } from '../read/story-terms.ts';
import { buildVocabulary, cosine, type TermVector, type Vocabulary } from './term-vectors.ts';

/**
 * Groups the corpus's articles into stories: one entry per event across outlets. Deterministic,
 * explainable, and near-linear in the corpus (no all-pairs pass):
 *
 * 1. Candidates: pairs of articles published within CANDIDATE_WINDOW_MS of each other that share
 *    a distinctive word (an inverted index over words, walked in time order), list the same
 *    related reports, or list each other. A word found in more than COMMON_SHARE of the corpus
 *    ("Trump", "election") is not distinctive: it never makes a candidate on its own.
 * 2. Verification: TF-IDF cosine of headline (weighted double) and excerpt/lead, plus at least two
 *    shared distinctive words that are not names (what happened, not only who or where); or the
 *    evidence the data already holds (shared related reports, an article's address in the other's
 *    related coverage) backed by a weaker text similarity; or a near-identical headline from the
 *    same outlet (a copy, which collapses into its original). Two headlines whose rarest names the
 *    other article never mentions are about different people and never verified, however alike
 *    the rest ("Okafor says sorry after video surfaces", "Lindqvist says sorry...").
 * 3. Grouping: verified pairs are merged strongest first. Two stories merge only when at least
 *    `crossLinks` of the pairs across them are verified, and while a story stays within
 *    `maxStorySpanMs` and `maxStoryArticles`, so one weak link cannot glue two events together.
 *
 * A story's id is the slug of its earliest article, so it stays the same when later articles join
 * (links keep working); its lead is the best-ranked member.
 */

export type ClusterInput = {
  slug: string;
  publishedMs: number;
  /** Outlet domain. */
  outlet: string;
  /** Ranking score: the best-ranked member leads the story. */
  score: number;
  terms: StoryTerms;
  /** Canonical URLs of the article itself. */
  urls: readonly string[];
  /** Canonical URLs of its related coverage. */
  relatedUrls: readonly string[];
};

/** Why an article is in its story, relative to another member (`to`, a slug). */
export type MemberLink =
  | { kind: 'lead' }
  | { kind: 'similar'; to: string; similarity: number }
  | { kind: 'copy'; to: string; similarity: number }
  | { kind: 'shared-reports'; to: string; count: number; similarity: number }
  | { kind: 'cites'; to: string; similarity: number }
  | { kind: 'cited-by'; to: string; similarity: number };

export type StoryCluster = {
  id: string;
  lead: string;
  /** Lead first, then newest first. */
  members: { slug: string; link: MemberLink }[];
};

export const CLUSTER_RULES = {
  candidateWindowMs: 3 * 86_400_000,
  copyWindowMs: 7 * 86_400_000,
  maxStorySpanMs: 7 * 86_400_000,
  maxStoryArticles: 200,
  /** A word in more than this share of the corpus (and of at least MIN_COMMON_DF articles) is common. */
  commonShare: 0.08,
  minCommonDf: 6,
  /** Headline + text cosine that makes two articles one story, with two distinctive words shared. */
  similar: 0.18,
  /** Cosine enough when the data links the two (shared reports, or one listing the other). */
  linked: 0.22,
  /** Of the shared distinctive words, how many must not be names for text alone to join two. */
  sharedEventTerms: 2,
  /** Related reports two articles must share to count as evidence. */
  sharedReports: 2,
  /** Share of the pairs across two stories that must be verified for them to merge. */
  crossLinks: 0.5,
  /** Headline cosine of a same-outlet copy. */
  copy: 0.85,
  titleWeight: 2,
  relatedWeight: 0.5,
} as const;

type Candidate = {
  sharedTerms: number;
  /** Shared distinctive words that are not names: what happened, not who or where. */
  sharedEventTerms: number;
  sharedReports: number;
  earlierListsLater: boolean;
  laterListsEarlier: boolean;
};

/** Index of the first entry of an ascending list greater than `value`. */
function firstAfter(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((list[mid] as number) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The evidence between two candidates (`a` the earlier), or null when it is not enough. */
function verify(
  a: number,
  b: number,
  found: Candidate,
  items: readonly ClusterInput[],
  { vectors, ownVector, titleVector, names, own: ownTerms, idf }: Vocabulary,
): Edge | null {
  const x = items[a] as ClusterInput;
  const y = items[b] as ClusterInput;
  const apart = y.publishedMs - x.publishedMs;
  const to = x.slug;
  if (x.outlet === y.outlet && apart <= CLUSTER_RULES.copyWindowMs) {
    const headline = cosine(titleVector(a), titleVector(b));
    if (headline >= CLUSTER_RULES.copy) {
      return { a, b, link: { kind: 'copy', to, similarity: headline }, strength: 2 + headline };
    }
  }
  if (apart > CLUSTER_RULES.candidateWindowMs) return null;
  if (
    aboutOthers(
      names[a] as Int32Array,
      ownTerms[b] as Int32Array,
      names[b] as Int32Array,
      ownTerms[a] as Int32Array,
      idf,
    )
  )
    return null;
  const similarity = cosine(vectors[a] as TermVector, vectors[b] as TermVector);
  // Names alone make a person's week, not one event: "Kowalczyk sues Missoula Election Commission"
  // and "Kowalczyk apologizes for remarks" share two names and nothing that happened.
  if (
    similarity >= CLUSTER_RULES.similar &&
    found.sharedTerms >= 2 &&
    found.sharedEventTerms >= CLUSTER_RULES.sharedEventTerms
  ) {
    return { a, b, link: { kind: 'similar', to, similarity }, strength: 1 + similarity };
  }
  const listed = found.earlierListsLater || found.laterListsEarlier;
  if (found.sharedReports < CLUSTER_RULES.sharedReports && !listed) return null;
  // Evidence from the related lists is judged on the articles' own words: with the related
  // headlines counted, an article that lists another already holds that one's headline.
  const own = cosine(ownVector(a), ownVector(b));
  if (own < CLUSTER_RULES.linked) return null;
  if (found.sharedReports >= CLUSTER_RULES.sharedReports) {
    return {
      a,
      b,
      link: { kind: 'shared-reports', to, count: found.sharedReports, similarity: own },
      strength: own,
    };
  }
  if (listed) {
    // The link says what the later article, `b`, has to do with `a`.
    const kind = found.laterListsEarlier ? 'cites' : 'cited-by';
    return { a, b, link: { kind, to, similarity: own }, strength: own };
  }
  return null;
}

/**
 * Whether two headlines are about different people or places: each names, more than it names
 * anyone the other mentions, someone the other never mentions (names weighed by rarity). "Attack
 * ads against mayor Lachance hit Eau Claire airwaves" and "...against congressman Whitacre hit Eau
 * Claire airwaves" are two events; "Pence hits campaign trail amid WH virus outbreak" and "At least
 * 5 people in Pence's orbit, including chief of staff Marc Short..." may be one, and the evidence
 * decides.
 */
function aboutOthers(
  namesA: Int32Array,
  wordsB: Int32Array,
  namesB: Int32Array,
  wordsA: Int32Array,
  idf: (id: number) => number,
): boolean {
  if (namesA.length === 0 || namesB.length === 0) return false;
  // The rarest name of a headline is whom it is about: "Lachance", not "Eau Claire".
  const elsewhere = (names: Int32Array, words: Int32Array) => {
    let rarest = names[0] as number;
    for (const id of names) if (idf(id) > idf(rarest)) rarest = id;
    return !words.includes(rarest);
  };
  return elsewhere(namesA, wordsB) && elsewhere(namesB, wordsA);
}

type Edge = { a: number; b: number; link: Exclude<MemberLink, { kind: 'lead' }>; strength: number };

export function clusterStories(inputs: readonly ClusterInput[]): StoryCluster[] {
  const n = inputs.length;
  // Time order makes windows contiguous in every posting list.
  const order = inputs
    .map((_, i) => i)
    .sort((x, y) => compareTime(inputs[x] as ClusterInput, inputs[y] as ClusterInput));
  const items = order.map((i) => inputs[i] as ClusterInput);

  const vocabulary = buildVocabulary(
    items.map((item) => item.terms),
    {
      title: CLUSTER_RULES.titleWeight,
      text: 1,
      related: CLUSTER_RULES.relatedWeight,
    },
  );
  const commonDf = Math.max(CLUSTER_RULES.minCommonDf, CLUSTER_RULES.commonShare * n);

  // Posting lists (positions in time order) of distinctive words, of related reports, and of
  // each article's own addresses.
  const postings = new Map<number, number[]>();
  vocabulary.own.forEach((ids, position) => {
    for (const id of ids) {
      const df = vocabulary.df[id] as number;
      if (df < 2 || df > commonDf) continue;
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push(position);
    }
  });
  const listers = new Map<string, number[]>();
  items.forEach((item, position) => {
    for (const url of new Set(item.relatedUrls)) {
      let list = listers.get(url);
      if (!list) listers.set(url, (list = []));
      list.push(position);
    }
  });
  const ownerOf = new Map<string, number>();
  items.forEach((item, position) =>
    item.urls.forEach((url) => ownerOf.has(url) || ownerOf.set(url, position)),
  );

  const edges: Edge[] = [];
  // One article at a time, against the later articles of its window: memory stays linear.
  for (let a = 0; a < n; a++) {
    const found = new Map<number, Candidate>();
    const candidate = (b: number) => {
      let entry = found.get(b);
      if (!entry) {
        entry = {
          sharedTerms: 0,
          sharedEventTerms: 0,
          sharedReports: 0,
          earlierListsLater: false,
          laterListsEarlier: false,
        };
        found.set(b, entry);
      }
      return entry;
    };
    const later = (list: readonly number[], windowMs: number, visit: (b: number) => void) => {
      const limit = (items[a] as ClusterInput).publishedMs + windowMs;
      for (let j = firstAfter(list, a); j < list.length; j++) {
        const b = list[j] as number;
        if ((items[b] as ClusterInput).publishedMs > limit) break;
        visit(b);
      }
    };
    for (const id of vocabulary.own[a] as Int32Array) {
      const list = postings.get(id);
      if (!list) continue;
      const eventTerm = !vocabulary.isName(id);
      later(list, CLUSTER_RULES.copyWindowMs, (b) => {
        const entry = candidate(b);
        entry.sharedTerms++;
        if (eventTerm) entry.sharedEventTerms++;
      });
    }
    const item = items[a] as ClusterInput;
    for (const url of new Set(item.relatedUrls)) {
      later(
        listers.get(url) ?? [],
        CLUSTER_RULES.candidateWindowMs,
        (b) => candidate(b).sharedReports++,
      );
      const owner = ownerOf.get(url);
      if (owner !== undefined && owner > a) candidate(owner).earlierListsLater = true;
    }
    for (const url of item.urls) {
      later(listers.get(url) ?? [], CLUSTER_RULES.candidateWindowMs, (b) => {
        candidate(b).laterListsEarlier = true;
      });
    }
    for (const [b, evidence] of found) {
      const edge = verify(a, b, evidence, items, vocabulary);
      if (edge) edges.push(edge);
    }
  }
  edges.sort((e, f) => f.strength - e.strength || e.a - f.a || e.b - f.b);

  // Grouping, strongest evidence first, within the span and size limits.
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const first = Float64Array.from(items, (item) => item.publishedMs);
  const last = Float64Array.from(items, (item) => item.publishedMs);
  const size = new Int32Array(n).fill(1);
  const membersOf = new Map<number, number[]>();
  const verified = new Set(edges.map((edge) => edge.a * n + edge.b));
  const linkedShare = (ra: number, rb: number) => {
    const xs = membersOf.get(ra) ?? [ra];
    const ys = membersOf.get(rb) ?? [rb];
    let links = 0;
    for (const x of xs) {
      for (const y of ys) if (verified.has(x < y ? x * n + y : y * n + x)) links++;
    }
    return links / (xs.length * ys.length);
  };
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  for (const edge of edges) {
    const ra = root(edge.a);
    const rb = root(edge.b);
    if (ra === rb) continue;
    const span =
      Math.max(last[ra] as number, last[rb] as number) -
      Math.min(first[ra] as number, first[rb] as number);
    if (span > CLUSTER_RULES.maxStorySpanMs) continue;
    if ((size[ra] as number) + (size[rb] as number) > CLUSTER_RULES.maxStoryArticles) continue;
    // Two stories become one only when most of their articles vouch for each other: one link
    // between two events must not glue them.
    if (linkedShare(ra, rb) < CLUSTER_RULES.crossLinks) continue;
    const [big, small] = (size[ra] as number) >= (size[rb] as number) ? [ra, rb] : [rb, ra];
    membersOf.set(big, [...(membersOf.get(big) ?? [big]), ...(membersOf.get(small) ?? [small])]);
    membersOf.delete(small);
    parent[small] = big;
    size[big] = (size[big] as number) + (size[small] as number);
    first[big] = Math.min(first[big] as number, first[small] as number);
    last[big] = Math.max(last[big] as number, last[small] as number);
  }

  const groups = new Map<number, number[]>();
  for (let position = 0; position < n; position++) {
    const top = root(position);
    let group = groups.get(top);
    if (!group) groups.set(top, (group = []));
    group.push(position);
  }
  const edgesOf = new Map<number, Edge[]>();
  for (const edge of edges) {
    for (const end of [edge.a, edge.b]) {
      let list = edgesOf.get(end);
      if (!list) edgesOf.set(end, (list = []));
      list.push(edge);
    }
  }

  const stories: StoryCluster[] = [];
  for (const group of groups.values()) {
    // `group` is in time order: its first member names the story.
    const id = (items[group[0] as number] as ClusterInput).slug;
    const lead = group.reduce((best, position) =>
      compareLead(items[position] as ClusterInput, items[best] as ClusterInput) < 0
        ? position
        : best,
    );
    const members = group
      .map((position) => ({
        slug: (items[position] as ClusterInput).slug,
        link:
          position === lead
            ? ({ kind: 'lead' } as const)
            : linkOf(position, lead, group, edgesOf, items),
        position,
      }))
      .sort((p, q) =>
        p.position === lead ? -1 : q.position === lead ? 1 : q.position - p.position,
      )
      .map(({ slug, link }) => ({ slug, link }));
    stories.push({ id, lead: (items[lead] as ClusterInput).slug, members });
  }
  return stories.sort((s, t) => (s.id < t.id ? -1 : s.id > t.id ? 1 : 0));
}

function compareTime(a: ClusterInput, b: ClusterInput): number {
  return a.publishedMs - b.publishedMs || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** The lead: best score, then the newer, then by slug. */
function compareLead(a: ClusterInput, b: ClusterInput): number {
  return (
    b.score - a.score ||
    b.publishedMs - a.publishedMs ||
    (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)
  );
}

/**
 * Why `position` is in the story: its own evidence with the lead when there is some, else the
 * strongest evidence with any member (the one through which it joined, or a better one).
 */
function linkOf(
  position: number,
  lead: number,
  group: readonly number[],
  edgesOf: ReadonlyMap<number, Edge[]>,
  items: readonly ClusterInput[],
): Exclude<MemberLink, { kind: 'lead' }> {
  const members = new Set(group);
  const mine = (edgesOf.get(position) ?? []).filter(
    (edge) => members.has(edge.a) && members.has(edge.b),
  );
  const withLead = mine.find((edge) => edge.a === lead || edge.b === lead);
  const edge = withLead ?? mine.reduce((best, e) => (e.strength > best.strength ? e : best));
  const other = edge.a === position ? edge.b : edge.a;
  const to = (items[other] as ClusterInput).slug;
  // Links are stored from the later article's side; flip "cites" when read from the earlier one.
  let { link } = edge;
  if (edge.a === position && (link.kind === 'cites' || link.kind === 'cited-by')) {
    link = { ...link, kind: link.kind === 'cites' ? 'cited-by' : 'cites' };
  }
  return { ...link, to };
}
