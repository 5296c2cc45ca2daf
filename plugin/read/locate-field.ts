import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node, YAMLMap } from 'yaml';
import type { ContentProblem } from '../../api/contract.ts';

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

/**
 * Look-ups that would otherwise be repeated per problem: a map's keys, and the node each anchor
 * names. Without them, many problems in a large front matter (or behind aliases, which `yaml`
 * resolves by walking the whole document) cost quadratic time on a hostile file.
 */
type Index = {
  keys: WeakMap<object, Map<string, { node: unknown; at: Located }>>;
  anchors: Map<string, unknown>;
};

function indexOf(doc: Document): Index {
  const anchors = new Map<string, unknown>();
  // The last definition of an anchor wins: close enough for pointing at a line.
  visit(doc, {
    Node(_key, node) {
      if (node.anchor) anchors.set(node.anchor, node);
    },
  });
  return { keys: new WeakMap(), anchors };
}

function keysOf(index: Index, map: YAMLMap) {
  let keys = index.keys.get(map);
  if (keys) return keys;
  keys = new Map();
  for (const pair of map.items) {
    if (!isPair(pair)) continue;
    const pairKey = isScalar(pair.key) ? pair.key.value : pair.key;
    // js-yaml and yaml agree that keys are compared as strings here (`1:` is the key "1").
    const name = String(pairKey);
    const keyNode = pair.key as Node | null;
    const offset = keyNode?.range?.[0] ?? (pair.value as Node | null)?.range?.[0];
    // The first of duplicate keys, as a walk from the top would find.
    if (offset !== undefined && !keys.has(name))
      keys.set(name, { node: pair.value, at: { offset } });
  }
  index.keys.set(map, keys);
  return keys;
}

function child(
  index: Index,
  node: unknown,
  key: string | number,
): { node: unknown; at: Located } | null {
  const target = isAlias(node) ? index.anchors.get(node.source) : node;
  if (isMap(target)) return keysOf(index, target).get(String(key)) ?? null;
  if (isSeq(target) && typeof key === 'number') {
    const item = target.items[key] as Node | undefined;
    const offset = item?.range?.[0];
    return offset === undefined ? null : { node: item, at: { offset } };
  }
  return null;
}

export const LOCATE_MAX_CHARS = 512 * 1024;

/**
 * Returns, for each path, the file line of the deepest part of it that exists: a missing
 * `related[3].title` points at the line of `related[3]`, and a missing top-level field at the
 * first line of the mapping (of the text, when it holds nothing), so every problem of a field has
 * a line. `firstLine` is the file line the text starts on (1: front matter starts right after the
 * opening `---`, a topic file at its top).
 */
export function locateFields(
  frontMatter: string,
  paths: readonly FieldPath[],
  firstLine = 1,
): (number | undefined)[] {
  // The CST parse takes ~1 s per MB: above this, problems are reported without their lines rather
  // than let a large broken file cost seconds (real front matter stays under ~250 KB).
  if (frontMatter.length > LOCATE_MAX_CHARS) return paths.map(() => undefined);
  const lineCounter = new LineCounter();
  const doc = parseDocument(frontMatter, { lineCounter, uniqueKeys: false, strict: false });
  const index = indexOf(doc);
  return paths.map((path) => {
    let node: unknown = doc.contents;
    let found: Located = { offset: doc.contents?.range?.[0] ?? 0 };
    for (const key of path) {
      const next = child(index, node, key);
      if (!next) break;
      found = next.at;
      node = next.node;
    }
    return lineCounter.linePos(found.offset).line + firstLine - 1;
  });
}

/** A problem at a field path of a YAML text, before its line is known. */
export type FieldIssue = { path: FieldPath; message: string };

/** Problems as the report shows them: each at its field and, where the text has it, its line. */
export function locatedProblems(yamlText: string, issues: readonly FieldIssue[]): ContentProblem[] {
  const lines = locateFields(
    yamlText,
    issues.map((issue) => issue.path),
  );
  return issues.map((issue, index) => {
    const field = formatFieldPath(issue.path);
    const line = lines[index];
    return {
      ...(field && { field }),
      ...(line !== undefined && { line }),
      message: issue.message,
    };
  });
}

/** A problem of one top-level field, at its line. */
export function fieldProblem(yamlText: string, field: string, message: string): ContentProblem {
  return locatedProblems(yamlText, [{ path: [field], message }])[0] as ContentProblem;
}
