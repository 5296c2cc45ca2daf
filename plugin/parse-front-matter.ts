import matter from 'gray-matter';
import type { ContentProblem } from '../api/contract.ts';

/**
 * Splits a file into its YAML front matter (parsed) and markdown body. Only YAML is ever parsed:
 * gray-matter would otherwise `eval` `---js` front matter, so every other engine is replaced by one
 * that refuses, and the language after the opening `---` is checked before gray-matter runs.
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

function refuse(language: string) {
  return () => {
    throw new RefusedLanguageError(language);
  };
}

class RefusedLanguageError extends Error {
  constructor(language: string) {
    super(`front matter in "${language}" is refused: only YAML front matter is read`);
  }
}

/**
 * Passed on every call: the engines override, and (because options are present) gray-matter skips
 * its content-keyed cache, which would otherwise keep every file of a 100k corpus in memory.
 * The YAML engine stays gray-matter's own: js-yaml's `safeLoad` (no `!!js/*` types).
 */
const MATTER_OPTIONS = {
  language: 'yaml',
  engines: {
    js: refuse('js'),
    javascript: refuse('javascript'),
    coffee: refuse('coffee'),
    coffeescript: refuse('coffeescript'),
    cson: refuse('cson'),
    json: refuse('json'),
    toml: refuse('toml'),
  },
};

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
      errors: [{ line: 1, message: new RefusedLanguageError(language).message }],
    };
  }
  if (!/\r?\n---[ \t]*(\r?\n|$)/.test(text.slice(opening[0].length - 1))) {
    return {
      ok: false,
      errors: [{ line: 1, message: 'front matter is not closed: add a "---" line after it' }],
    };
  }

  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, MATTER_OPTIONS);
  } catch (error) {
    if (error instanceof RefusedLanguageError) {
      return { ok: false, errors: [{ line: 1, message: error.message }] };
    }
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
    file: { data: data as Record<string, unknown>, matter: parsed.matter, body: parsed.content },
  };
}
