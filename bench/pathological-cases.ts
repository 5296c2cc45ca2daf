/**
 * Hostile article files for `bench/pathological.ts`: inputs known to make markdown parsers,
 * HTML sanitizers, YAML parsers and regular expressions super-linear (cmark's pathological test
 * suite, marked's and js-yaml's reported stalls, our own reviews), each grown to a given size.
 * Deterministic: pure repetition, plus one seeded PRNG stream (`bench/prng.ts`) for the fuzz case.
 */
import { createRng } from './prng.ts';

export type HostileCase = {
  name: string;
  /** Where the attack is: the markdown body (after valid front matter) or the front matter. */
  part: 'body' | 'front matter';
  /** The variable part of the file, at most `budget` characters (all cases are ASCII). */
  make: (budget: number) => string;
};

/** `unit` as many times as fits in `budget`. */
const fill = (unit: string, budget: number) =>
  unit.repeat(Math.max(0, Math.floor(budget / unit.length)));

/** `open` n times, `middle`, `close` n times: the largest n that fits. */
function nest(open: string, middle: string, close: string, budget: number): string {
  const n = Math.max(0, Math.floor((budget - middle.length) / (open.length + close.length)));
  return open.repeat(n) + middle + close.repeat(n);
}

/** Lines from `line(i)`, i = 0, 1, ..., while they fit. */
function lines(line: (i: number) => string, budget: number): string {
  let text = '';
  for (let i = 0; ; i++) {
    const next = line(i);
    if (text.length + next.length > budget) return text;
    text += next;
  }
}

/** Markdown punctuation in a random order: a catch-all for interactions nobody listed. */
function punctuationFuzz(budget: number): string {
  const rng = createRng('pathological', 'fuzz');
  const alphabet = [
    '*',
    '_',
    '[',
    ']',
    '(',
    ')',
    '<',
    '>',
    '!',
    '`',
    '~',
    '&',
    '#',
    '-',
    '|',
    '\\',
  ];
  const filler = [' ', 'a', '\n', ':', '/', '"'];
  let text = '';
  while (text.length < budget) {
    text += rng.chance(0.8) ? rng.pick(alphabet) : rng.pick(filler);
  }
  return text;
}

const half = (budget: number) => Math.floor(budget / 2);

/** Markdown bodies. */
const BODY: [string, (budget: number) => string][] = [
  // Emphasis delimiters: the reported stall (50,000 `*` then 50,000 `_`) and its relatives.
  ['emphasis-runs', (b) => '*'.repeat(half(b)) + '_'.repeat(half(b))],
  ['emphasis-alternating', (b) => fill('*_', b)],
  ['emphasis-openers', (b) => fill('*a _a ', b)],
  ['emphasis-closers', (b) => fill('a* a_ ', b)],
  ['emphasis-mismatched', (b) => fill('*a_ ', b)],
  ['emphasis-nested', (b) => nest('*a **a ', 'b', ' a** a*', b)],
  ['emphasis-multiple-of-3', (b) => `a**b${fill('c* ', b - 4)}`],
  ['strikethrough-runs', (b) => fill('~~a ~', b)],
  // Links and images: bracket and destination runs.
  ['link-openers', (b) => fill('[', b)],
  ['link-openers-text', (b) => fill('[a', b)],
  ['link-closers', (b) => fill('a]', b)],
  ['link-destination-runs', (b) => fill('](', b)],
  ['link-bracket-paren', (b) => fill('[ (](', b)],
  ['link-unclosed-angle', (b) => fill('[a](<b', b)],
  ['link-unclosed-destination', (b) => fill('[a](b', b)],
  ['link-nested-brackets', (b) => nest('[', 'a', ']', b)],
  ['link-openers-emphasis-closers', (b) => fill('[ a_', b)],
  ['image-openers', (b) => fill('![a](', b)],
  ['reference-definitions', (b) => lines((i) => `[r${i}]: https://r.example/${i}\n[r${i}] `, b)],
  ['links-safe', (b) => fill('[story](https://news.example/a/b?c=d) ', b)],
  ['links-with-credentials', (b) => fill('[x](http://user:pass@news.example/) ', b)],
  // Blocks.
  ['blockquote-nesting', (b) => `${fill('>', b - 2)} a`],
  ['blockquote-nesting-spaced', (b) => `${fill('> ', b - 1)}a`],
  ['list-nesting-inline', (b) => `${fill('- ', b - 1)}a`],
  ['list-nesting-ordered', (b) => `${fill('1. ', b - 1)}a`],
  ['list-staircase', (b) => lines((i) => `${' '.repeat(2 * i)}- a\n`, b)],
  ['list-items', (b) => fill('- item\n', b)],
  ['table-many-empty-cells', (b) => tableAmplification(b)],
  ['heading-runs', (b) => fill('#', b)],
  // Code spans.
  ['backtick-run', (b) => fill('`', b)],
  ['backtick-alternating', (b) => fill('`a``', b)],
  ['backtick-staircase', (b) => lines((i) => `e${'`'.repeat(i + 1)}`, b)],
  // Raw HTML, for the parser and the sanitizer.
  ['html-tag-soup', (b) => fill('<a', b)],
  ['html-unclosed-attributes', (b) => fill('<a href="', b)],
  ['html-comment-openers', (b) => `</${fill('<!--', b - 2)}`],
  ['html-declarations', (b) => fill('<?<!A<![CDATA[', b)],
  ['html-nesting', (b) => fill('<blockquote><em>', b)],
  ['html-links-unsafe', (b) => fill('<a href="javascript:x">y</a>', b)],
  // Entities, escapes, autolinks, plain text.
  ['entity-runs', (b) => fill('&amp;&#35;&#x27;&nbsp;', b)],
  ['entity-broken', (b) => fill('&&#&#x&a&#1', b)],
  ['backslash-escapes', (b) => fill('\\*', b)],
  ['autolink-www', (b) => fill('www.', b)],
  ['autolink-email', (b) => fill('a@a.', b)],
  ['autolink-angle', (b) => fill('<http://a', b)],
  ['long-line', (b) => fill('a', b)],
  ['control-characters', (b) => fill('\u0000a\u0001\u007f', b)],
  ['punctuation-fuzz', punctuationFuzz],
];

/** A header of many columns over many one-cell rows: GFM pads every row to the header's width. */
function tableAmplification(budget: number): string {
  const columns = Math.min(1000, Math.floor(budget / 40));
  const head = `${'|a'.repeat(columns)}|\n${'|-'.repeat(columns)}|\n`;
  return head + fill('a\n', budget - head.length);
}

const relatedItem = (i: number, webUrl: string, extra = '') =>
  `  - title: "Related story ${i}"\n    webUrl: "${webUrl}"\n${extra}`;

/** Front matter lines added after a valid header (or replacing it, for broken YAML). */
const FRONT: [string, (budget: number) => string][] = [
  ['yaml-blank-lines-then-error', (b) => `${fill('\n', b - 4)}a: [`],
  ['yaml-spaces-then-error', (b) => `${fill(' \n', b - 4)}a: [`],
  ['yaml-comments-then-error', (b) => `${fill('# c\n', b - 4)}a: [`],
  ['yaml-flow-nesting-unclosed', (b) => `x: ${fill('[', b - 3)}`],
  ['yaml-flow-nesting', (b) => `x: ${nest('[', '', ']', b - 3)}`],
  ['yaml-flow-mapping-nesting', (b) => `x: ${fill('{a: ', b - 3)}`],
  ['yaml-block-nesting', (b) => `x:\n${fill('- ', b - 4)}a`],
  ['yaml-anchors', (b) => lines((i) => `k${i}: &a${i} v\n`, b)],
  ['yaml-aliases', (b) => `x: &a v\ny: [${fill('*a, ', b - 16)}*a]`],
  ['yaml-alias-bomb', (b) => aliasBomb(b)],
  ['yaml-many-keys', (b) => lines((i) => `k${i}: ${i}\n`, b)],
  ['yaml-related-huge', (b) => relatedList(b, (i) => `https://r${i}.example/story/${i}`)],
  ['yaml-related-unsafe-urls', (b) => relatedList(b, (i) => `javascript:alert(${i})`)],
  [
    'yaml-related-aliased-images',
    (b) =>
      `bad: &img [{url: "data:x"}]\n${relatedList(b - 40, (i) => `https://r${i}.example/`, '    images: *img\n')}`,
  ],
  [
    'yaml-url-slashes',
    (b) => `related:\n${relatedItem(0, `https://a.example/${fill('/', b - 80)}a`)}`,
  ],
  // URLs just under the 2,048-character limit, each a run of slashes before its last segment.
  [
    'yaml-related-url-slashes',
    (b) => relatedList(b, (i) => `https://r${i}.example/${'/'.repeat(2000)}a`),
  ],
  // Every problem is located in the YAML; the related list sits after many other keys.
  [
    'yaml-many-keys-then-problems',
    (b) =>
      lines((i) => `k${i}: 0\n`, half(b)) + relatedList(half(b), (i) => `javascript:alert(${i})`),
  ],
  ['yaml-long-title-spaces', (b) => `excerpt: "${fill('a  \\t ', b - 12)}"`],
  ['yaml-folded-scalar', (b) => `excerpt: >\n${fill('  a b\n', b - 12)}`],
  ['yaml-double-quoted-escapes', (b) => `excerpt: "${fill('\\t\\u00e9\\"', b - 12)}"`],
  ['yaml-topics-many', (b) => `topics:\n${lines((i) => `  - "Tópic ${i}"\n`, b - 8)}`],
  [
    'yaml-date-digits-and-spaces',
    (b) =>
      `related:\n${relatedItem(0, 'https://r.example/', `    publishedDateTime: "2020-01-01T00:00:00.${fill('1', half(b) - 80)}${fill(' ', half(b) - 80)}x"\n`)}`,
  ],
];

function relatedList(budget: number, webUrl: (i: number) => string, extra = ''): string {
  return `related:\n${lines((i) => relatedItem(i, webUrl(i), extra), budget - 9)}`;
}

/** Ten levels of ten aliases each (10^10 values once expanded), padded with a comment. */
function aliasBomb(budget: number): string {
  let yaml = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
  for (let level = 1; level < 10; level++) {
    yaml += `a${level}: &a${level} [${Array(10)
      .fill(`*a${level - 1}`)
      .join(', ')}]\n`;
  }
  return `${yaml}# ${fill('a', budget - yaml.length - 2)}`;
}

export const HOSTILE_CASES: readonly HostileCase[] = [
  ...BODY.map(([name, make]): HostileCase => ({ name, part: 'body', make })),
  ...FRONT.map(([name, make]): HostileCase => ({ name, part: 'front matter', make })),
];

const header = (name: string) =>
  `title: "Pathological ${name}"\npublishedDateTime: 2021-01-01T00:00:00Z\nwebUrl: "https://news.example/${name}"\n`;

/**
 * The whole file of a case, at most `bytes` long (UTF-8) and within a few bytes of it. Body cases
 * follow a valid front matter, so the file reaches the markdown renderer; front matter cases that
 * need a broken block replace the header, the others follow it.
 */
export function hostileFile(hostile: HostileCase, bytes: number): string {
  const head = hostile.name.endsWith('-then-error') ? '' : header(hostile.name);
  if (hostile.part === 'body') {
    const opening = `---\n${head}---\n`;
    return opening + fitBytes(hostile.make, bytes - opening.length);
  }
  const frame = `---\n${head}\n---\n`;
  return `---\n${head}${fitBytes(hostile.make, bytes - frame.length)}\n---\n`;
}

/** Shrinks the budget until the (mostly ASCII) text fits `bytes` of UTF-8. */
function fitBytes(make: (budget: number) => string, bytes: number): string {
  let budget = bytes;
  for (;;) {
    const text = make(budget);
    const over = Buffer.byteLength(text) - bytes;
    if (over <= 0) return text;
    budget -= over;
  }
}
