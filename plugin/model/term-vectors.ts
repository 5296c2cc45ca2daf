import type { StoryTerms } from '../read/story-terms.ts';

/**
 * TF-IDF vectors of articles for clustering, with terms interned to integers: at 100,000 articles
 * that is millions of entries, and typed arrays of ids and weights cost a fraction of maps of
 * strings. Document frequency counts an article once per term, whichever fields hold it.
 */

export type TermVector = {
  /** Term ids, ascending. */
  ids: Int32Array;
  /** Weights, unit length overall. */
  weights: Float32Array;
};

export type Weights = { title: number; text: number; related: number };

export type Vocabulary = {
  /** Articles holding each term id. */
  df: Int32Array;
  /** The distinct title and text term ids of each article (what candidates come from). */
  own: Int32Array[];
  vectors: TermVector[];
  /** Without the related headlines: for judging evidence that comes from the related lists. */
  ownVector: (position: number) => TermVector;
  titleVector: (position: number) => TermVector;
  /**
   * The headline's proper names, as term ids: its terms the article writes only with a capital,
   * that at most 1 article in 5 holding them writes in lower case, and that at least half of the
   * others capitalise inside a sentence.
   */
  names: Int32Array[];
  /** Inverse document frequency of a term id. */
  idf: (id: number) => number;
  /** Whether a term id is a proper name in this corpus. */
  isName: (id: number) => boolean;
};

const split = (field: string) => (field === '' ? [] : field.split(' '));

/**
 * Term ids for the life of the process, and each article's terms as ids, cached by its terms
 * object: a dev edit derives the model again with one article changed, and re-reading the terms
 * of every other article was most of the cost of clustering (~0.4 s at 10k).
 */
const termIds = new Map<string, number>();
const interned = new WeakMap<StoryTerms, Interned>();

type Interned = {
  /** `id * 4 + field` (0 title, 1 text, 2 related), ascending. */
  keys: Int32Array;
  /** Title and text ids, for candidates. */
  own: Int32Array;
  title: Int32Array;
  /** Terms written only with a capital inside a sentence. */
  names: Int32Array;
  /** Terms written only with a capital, wherever. */
  capitalised: Int32Array;
};

/** Share of the articles holding a term that write it only with a capital, for it to be a name. */
const NAME_SHARE = 0.8;
/** Share of those that capitalise it inside a sentence. */
const INSIDE_SHARE = 0.5;

function intern(terms: StoryTerms): Interned {
  let found = interned.get(terms);
  if (found) return found;
  const idOf = (term: string) => {
    let id = termIds.get(term);
    if (id === undefined) termIds.set(term, (id = termIds.size));
    return id;
  };
  const fields = [split(terms.title), split(terms.text), split(terms.related)].map((list) =>
    list.map(idOf),
  );
  // Fields never share a term (story-terms.ts), so each id carries its field in its key.
  const keys = Int32Array.from(
    fields.flatMap((ids, field) => ids.map((id) => id * 4 + field)),
  ).sort();
  found = {
    keys,
    own: Int32Array.from([...(fields[0] ?? []), ...(fields[1] ?? [])]),
    title: Int32Array.from(fields[0] ?? []),
    names: Int32Array.from(split(terms.names), idOf),
    capitalised: Int32Array.from([...split(terms.names), ...split(terms.atStart)], idOf),
  };
  interned.set(terms, found);
  return found;
}

export function buildVocabulary(terms: readonly StoryTerms[], weights: Weights): Vocabulary {
  const items = terms.map(intern);
  const df = new Int32Array(termIds.size);
  for (const { keys } of items) for (const key of keys) df[key >> 2] = (df[key >> 2] as number) + 1;
  const ownDf = new Int32Array(termIds.size);
  const capitalDf = new Int32Array(termIds.size);
  const insideDf = new Int32Array(termIds.size);
  for (const { own, capitalised, names } of items) {
    for (const id of own) ownDf[id] = (ownDf[id] as number) + 1;
    for (const id of capitalised) capitalDf[id] = (capitalDf[id] as number) + 1;
    for (const id of names) insideDf[id] = (insideDf[id] as number) + 1;
  }
  // A name: hardly ever written in lower case, and capitalised inside sentences at least as often
  // as only where they start (a word that mostly opens sentences, "Prosecutors said...", is not).
  const isName = (id: number) =>
    (capitalDf[id] as number) >= NAME_SHARE * (ownDf[id] as number) &&
    (insideDf[id] as number) >= INSIDE_SHARE * (capitalDf[id] as number);
  const n = terms.length;
  const idf = (id: number) => Math.log(1 + n / (df[id] as number));
  const fieldWeights = [weights.title, weights.text, weights.related];

  const vector = (keys: Int32Array, fieldOf: (key: number) => number): TermVector => {
    const ids = new Int32Array(keys.length);
    const values = new Float32Array(keys.length);
    let norm = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as number;
      const weight = (fieldWeights[fieldOf(key)] as number) * idf(key >> 2);
      ids[i] = key >> 2;
      values[i] = weight;
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < values.length; i++) values[i] = (values[i] as number) / norm;
    return { ids, weights: values };
  };
  const titleVectors: TermVector[] = [];
  const ownVectors: TermVector[] = [];
  return {
    df,
    own: items.map((item) => item.own),
    names: items.map(({ title, capitalised }) =>
      title.filter((id) => capitalised.includes(id) && isName(id)),
    ),
    isName,
    idf,
    vectors: items.map((item) => vector(item.keys, (key) => key & 3)),
    // Only the article's own words: built when first asked for.
    ownVector: (position: number) =>
      (ownVectors[position] ??= vector(
        (items[position] as Interned).keys.filter((key) => (key & 3) !== 2),
        (key) => key & 3,
      )),
    // Headlines alone are compared only between reports of one outlet: built when first asked for.
    titleVector: (position: number) => {
      const title = (items[position] as Interned).title;
      return (titleVectors[position] ??= vector(
        Int32Array.from(title, (id) => id * 4).sort(),
        () => 0,
      ));
    },
  };
}

/** Cosine of two unit vectors: one merge walk over their sorted ids, rounded to 3 places. */
export function cosine(a: TermVector, b: TermVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) dot += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return Math.round(dot * 1000) / 1000;
}
