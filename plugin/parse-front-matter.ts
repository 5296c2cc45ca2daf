import { CORE_SCHEMA, load } from 'js-yaml';
import type { ContentProblem } from '../api/contract.ts';

/**
 * Splits a file into its YAML front matter (parsed) and markdown body. Only YAML is ever parsed:
 * the language after the opening `---` is checked first, and only gray-matter's YAML engine is
 * ever called (gray-matter itself would `eval` `---js` front matter).
 */

export type FrontMatterFile = {
  data: Record<string, unknown>;
  /** The raw front matter text, starting right after the opening `---` (on file line 1). */
  matter: string;
  body: string;
};

export type FrontMatterResult =
  { ok: true; file: FrontMatterFile } | { ok: false; errors: ContentProblem[] };

const BOM = '\ufeff';
const OPENING_LINE_RE = /^---([^\r\n]*)\r?\n/;

function refusedLanguage(language: string): string {
  return `front matter in "${language}" is refused: only YAML front matter is read`;
}

/**
 * THE YAML reader of the corpus, for articles and taxonomies alike: js-yaml's `load` with the
 * YAML 1.2 core schema. That schema has no timestamp type, so a date arrives as the text the editor
 * wrote and `toDate` (schema.ts) reads it strictly; js-yaml's timestamps would roll impossible dates
 * over (`2026-13-45` became February 2027) and map year 0 to 1900. It has no `!!js/*` or other
 * executable types either. gray-matter's own engine (js-yaml 3 `safeLoad`, default schema) is not
 * used for that reason; the split around it is gray-matter's (see `splitFrontMatter`), done here
 * because gray-matter's wrapper cost ~20% of the CPU of processing a file, keeps a content-keyed
 * cache of every file unless given options, and would run any other engine named after `---`.
 */
export function parseYaml(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA });
}

/**
 * gray-matter's test for a front matter block holding nothing but comments and blank lines, i.e.
 * `matterText.replace(/^\s*#[^\n]+/gm, '').trim() === ''`, as one linear scan: that regex retries
 * its `\s*` from every line start of a run of blank lines, so 400 KB of them took 74 s. Each
 * non-blank stretch must be a `#` with at least one more character on its line (a bare `#` line is
 * not a comment to gray-matter); the comment runs to the next `\n`.
 */
function isEmptyBlock(matterText: string): boolean {
  const whitespace = /\s*/y;
  let at = 0;
  for (;;) {
    whitespace.lastIndex = at;
    whitespace.exec(matterText);
    at = whitespace.lastIndex;
    if (at === matterText.length) return true;
    const next = matterText[at + 1];
    if (matterText[at] !== '#' || next === undefined || next === '\n') return false;
    at = matterText.indexOf('\n', at + 1);
    if (at === -1) return true;
  }
}

/**
 * gray-matter 4's split, step for step (its output is what editors' files have always meant):
 * the language after `---` is cut off, the block ends at the first `\n---`, the body starts after
 * that delimiter minus one CR and one LF; an empty (comments only) block is `{}`.
 */
function splitFrontMatter(text: string): { data: unknown; matter: string; body: string } {
  let rest = text.slice(3);
  const language = rest.slice(0, rest.search(/\r?\n/));
  if (language.trim() !== '') rest = rest.slice(language.length);
  let closeIndex = rest.indexOf('\n---');
  if (closeIndex === -1) closeIndex = rest.length;
  const matterText = rest.slice(0, closeIndex);
  let body = '';
  if (closeIndex !== rest.length) {
    body = rest.slice(closeIndex + 4);
    if (body[0] === '\r') body = body.slice(1);
    if (body[0] === '\n') body = body.slice(1);
  }
  // Parsing first and testing for emptiness only when nothing came back gives gray-matter's
  // result without its regex pass over every block.
  let data: unknown;
  try {
    data = parseYaml(matterText);
  } catch (error) {
    if (isEmptyBlock(matterText)) return { data: {}, matter: matterText, body };
    throw error;
  }
  if ((data === null || data === undefined) && isEmptyBlock(matterText)) data = {};
  return { data, matter: matterText, body };
}

/**
 * A file without aliases cannot hold more values than it has characters, so only alias expansion
 * (a "billion laughs" bomb) can exceed this; aliases stay shared references after parsing, but
 * validating and serialising them would visit every expanded node.
 */
export function nodeBudget(sourceLength: number): number {
  return Math.max(100_000, 2 * sourceLength);
}

/** Counts values as a tree walk would see them; stops (returns false) past the budget. */
function withinNodeBudget(root: unknown, budget: number): boolean {
  let visited = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (++visited > budget) return false;
    if (value === null || typeof value !== 'object' || value instanceof Date) continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else {
      for (const key in value) stack.push((value as Record<string, unknown>)[key]);
    }
  }
  return true;
}

type YamlMark = { line: number; column: number };

function yamlMark(error: unknown): YamlMark | null {
  if (typeof error !== 'object' || error === null || !('mark' in error)) return null;
  const mark = (error as { mark?: unknown }).mark;
  if (typeof mark !== 'object' || mark === null) return null;
  const { line, column } = mark as Record<string, unknown>;
  return typeof line === 'number' && typeof column === 'number' ? { line, column } : null;
}

/** js-yaml's message repeats a code excerpt over several lines; the first line is the reason. */
function yamlReason(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'reason' in error) {
    const reason = (error as { reason?: unknown }).reason;
    if (typeof reason === 'string' && reason !== '') return reason;
  }
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0] ?? message;
}

export function parseFrontMatter(raw: string): FrontMatterResult {
  const text = raw.startsWith(BOM) ? raw.slice(1) : raw;
  const opening = OPENING_LINE_RE.exec(text);
  if (!opening) {
    return {
      ok: false,
      errors: [{ line: 1, message: 'no front matter: the file must start with a "---" line' }],
    };
  }
  const language = (opening[1] ?? '').trim().toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    return {
      ok: false,
      errors: [{ line: 1, message: refusedLanguage(language) }],
    };
  }
  if (!/\r?\n---[ \t]*(\r?\n|$)/.test(text.slice(opening[0].length - 1))) {
    return {
      ok: false,
      errors: [{ line: 1, message: 'front matter is not closed: add a "---" line after it' }],
    };
  }

  let parsed: { data: unknown; matter: string; body: string };
  try {
    parsed = splitFrontMatter(text);
  } catch (error) {
    const mark = yamlMark(error);
    // The front matter string starts with the rest of line 1 (after `---`), so js-yaml's 0-based
    // line within it is the 1-based file line minus one.
    return {
      ok: false,
      errors: [
        {
          ...(mark ? { line: mark.line + 1 } : {}),
          message: `YAML syntax error: ${yamlReason(error)}${mark ? ` (column ${mark.column + 1})` : ''}`,
        },
      ],
    };
  }

  const data: unknown = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data) || data instanceof Date) {
    return {
      ok: false,
      errors: [{ line: 2, message: 'front matter must be a mapping of fields (key: value)' }],
    };
  }
  if (!withinNodeBudget(data, nodeBudget(text.length))) {
    return {
      ok: false,
      errors: [
        {
          message:
            'front matter expands to too many values (YAML aliases nested like a "billion laughs" bomb)',
        },
      ],
    };
  }
  return {
    ok: true,
    file: { data: data as Record<string, unknown>, matter: parsed.matter, body: parsed.body },
  };
}
