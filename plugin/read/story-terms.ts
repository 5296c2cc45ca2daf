/**
 * The words a story is recognised by: what clustering compares between articles. Computed per file
 * (in the worker that processes it), so the corpus step only counts and compares.
 *
 * Text is folded (case, diacritics, curly apostrophes, possessives), split on anything that is not
 * a letter or digit, stripped of function words and short numbers, and lightly stemmed so that
 * `campaigns`, `campaigned` and `campaigning` are one term. Which words are too common to tell two
 * events apart ("Trump" in an election corpus) is decided corpus-wide, by document frequency,
 * never by a list.
 */

/**
 * Each field is its distinct terms joined by spaces: three strings per article rather than a
 * hundred small ones, which at 100,000 articles is the difference between ~60 MB and ~300 MB.
 */
export type StoryTerms = {
  /** Distinct terms of the headline. */
  title: string;
  /** Distinct terms of the excerpt and the start of the body, not already in the headline. */
  text: string;
  /**
   * Distinct terms of the headlines of its related coverage, not already above: what other
   * outlets call the same event ("Marc Short tests positive") links reports whose own words
   * differ. Weighted lower than its own words.
   */
  related: string;
  /**
   * Terms written only with a capital, at least once inside a sentence (`capitalsOf`): candidates
   * for the proper names of who or where the story is about. Two reports whose headlines name only
   * people the other never mentions are about different events, however alike the rest of their
   * words ("Stavros says sorry after video surfaces" and "Mbeki says sorry after video surfaces").
   */
  names: string;
  /** Terms written only with a capital, and only where a sentence starts. */
  atStart: string;
};

/** Terms of the excerpt and body, and of related headlines, kept at most. */
const MAX_TERMS = 60;

/** Words of the body read after the excerpt: the lead paragraphs say what the story is. */
const BODY_WORDS = 120;

const FUNCTION_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before ' +
    'being below between both but by can could did do does doing down during each few for from ' +
    'further had has have having he her here hers him his how i if in into is it its itself just ' +
    'me more most my no nor not now of off on once only or other our ours out over own same she ' +
    'should so some such than that the their theirs them then there these they this those through ' +
    'to too under until up very was we were what when where which while who whom why will with ' +
    'would you your yours says said say new'
  ).split(' '),
);

const MARKS_RE = /\p{M}+/gu;
const POSSESSIVE_RE = /['\u2019]s\b/g;
const APOSTROPHES_RE = /['\u2018\u2019\u02bc`]/g;
const WORDS_RE = /[\p{L}\p{N}]+/gu;
const DIGITS_RE = /^\d+$/;

/** `campaigning` -> `campaign`, `aides` -> `aide`, `parties` -> `party`: suffixes, not a lexicon. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.length === 4)
    return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('es') && /(ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** Case kept: names are told by their capitals. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .replace(POSSESSIVE_RE, '')
    .replace(APOSTROPHES_RE, '');
}

const isTerm = (word: string) =>
  word.length >= 2 && !FUNCTION_WORDS.has(word) && !(DIGITS_RE.test(word) && word.length < 3);

/** The distinct terms of `text`, in first-seen order. */
export function termsOf(text: string, limit = Infinity): string[] {
  const folded = fold(text).toLowerCase();
  const terms = new Set<string>();
  let words = 0;
  for (const [word] of folded.matchAll(WORDS_RE)) {
    if (++words > limit) break;
    if (isTerm(word)) terms.add(stem(word));
  }
  return [...terms];
}

const UPPER_RE = /^\p{Lu}/u;
const SENTENCE_BREAK_RE = /[.!?:;\u2014\u2013"\u201c\u201d]+\s+|\n+/u;
/** A headline with at least this share of its words capitalised is in Title Case. */
const TITLE_CASE_SHARE = 0.6;

/**
 * The terms this article writes only with a capital, in the headline, the excerpt or the lead:
 * what may be a name. `names` holds those capitalised where no sentence starts ("Vice President
 * Mike Pence"), `atStart` those seen capitalised only at the start of a sentence ("Stavros called
 * the comments..."), which proves nothing on its own ("Health experts question..."). Clustering
 * decides with the whole corpus (term-vectors.ts). A headline in Title Case says nothing by its
 * capitals and is left out.
 */
export function capitalsOf(
  title: string,
  excerpt: string,
  bodyText: string,
): { names: string[]; atStart: string[] } {
  const inside = new Set<string>();
  const atStart = new Set<string>();
  const lower = new Set<string>();
  let budget = 0;
  const read = (text: string) => {
    for (const sentence of fold(text).split(SENTENCE_BREAK_RE)) {
      let first = true;
      for (const [word] of sentence.matchAll(WORDS_RE)) {
        if (budget-- <= 0) return;
        const term = word.toLowerCase();
        const start = first;
        first = false;
        if (!isTerm(term)) continue;
        const stemmed = stem(term);
        if (!UPPER_RE.test(word)) lower.add(stemmed);
        else (start ? atStart : inside).add(stemmed);
      }
    }
  };
  const headline = [...fold(title).matchAll(WORDS_RE)]
    .map(([word]) => word)
    .filter((word) => isTerm(word.toLowerCase()));
  const capitals = headline.filter((word) => UPPER_RE.test(word)).length;
  budget = Infinity;
  if (headline.length < 3 || capitals < TITLE_CASE_SHARE * headline.length) read(title);
  read(excerpt);
  budget = BODY_WORDS;
  read(bodyText);
  return {
    names: [...inside].filter((term) => !lower.has(term)),
    atStart: [...atStart].filter((term) => !lower.has(term) && !inside.has(term)),
  };
}

export function storyTerms(
  title: string,
  excerpt: string,
  bodyText: string,
  relatedTitles: readonly string[] = [],
): StoryTerms {
  const titleTerms = termsOf(title);
  const capitals = capitalsOf(title, excerpt, bodyText);
  const seen = new Set(titleTerms);
  const text = [...termsOf(excerpt), ...termsOf(bodyText, BODY_WORDS)].filter(
    (term) => !seen.has(term),
  );
  const textTerms = [...new Set(text)].slice(0, MAX_TERMS);
  for (const term of textTerms) seen.add(term);
  const related = relatedTitles
    .flatMap((headline) => termsOf(headline))
    .filter((term) => !seen.has(term));
  return {
    title: titleTerms.join(' '),
    text: textTerms.join(' '),
    related: [...new Set(related)].slice(0, MAX_TERMS).join(' '),
    names: capitals.names.join(' '),
    atStart: capitals.atStart.join(' '),
  };
}
