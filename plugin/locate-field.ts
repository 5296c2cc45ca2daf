import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';

/**
 * Maps field paths (`['related', 3, 'webUrl']`) to file lines. Only called for files that have
 * problems: it re-parses the front matter with `yaml`'s CST-preserving parser, which keeps source
 * ranges that js-yaml's fast parse (the happy path) does not.
 */

export type FieldPath = readonly (string | number)[];

/** `['related', 3, 'webUrl']` -> `related[3].webUrl`. */
export function formatFieldPath(path: FieldPath): string {
  let text = '';
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
  }
  return text;
}

type Located = { offset: number };

function child(
  doc: Document,
  node: unknown,
  key: string | number,
): { node: unknown; at: Located } | null {
  const target = isAlias(node) ? node.resolve(doc) : node;
  if (isMap(target)) {
    for (const pair of target.items) {
      if (!isPair(pair)) continue;
      const pairKey = isScalar(pair.key) ? pair.key.value : pair.key;
      // js-yaml and yaml agree that keys are compared as strings here (`1:` is the key "1").
      if (String(pairKey) !== String(key)) continue;
      const keyNode = pair.key as Node | null;
      const offset = keyNode?.range?.[0] ?? (pair.value as Node | null)?.range?.[0];
      return offset === undefined ? null : { node: pair.value, at: { offset } };
    }
    return null;
  }
  if (isSeq(target) && typeof key === 'number') {
    const item = target.items[key] as Node | undefined;
    const offset = item?.range?.[0];
    return offset === undefined ? null : { node: item, at: { offset } };
  }
  return null;
}

/**
 * Returns, for each path, the file line of the deepest part of it that exists: a missing
 * `related[3].title` points at the line of `related[3]`. `firstLine` is the file line the front
 * matter text starts on (1: it starts right after the opening `---`).
 */
export function locateFields(
  frontMatter: string,
  paths: readonly FieldPath[],
  firstLine = 1,
): (number | undefined)[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(frontMatter, { lineCounter, uniqueKeys: false, strict: false });
  return paths.map((path) => {
    let node: unknown = doc.contents;
    let found: Located | null = null;
    for (const key of path) {
      const next = child(doc, node, key);
      if (!next) break;
      found = next.at;
      node = next.node;
    }
    return found ? lineCounter.linePos(found.offset).line + firstLine - 1 : undefined;
  });
}
