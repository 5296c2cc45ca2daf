import { CORE_SCHEMA, load } from 'js-yaml';
import type { ContentProblem } from '../../api/contract.ts';
import { fieldProblem } from './locate-field.ts';

/**
 * The one way the corpus's YAML is read, for articles and taxonomies alike: an article's or an
 * organization's front matter (`parseFrontMatter`) and a whole topic file (`parseYamlFile`) go
 * through the same parser, the same checks and the same errors, each with its file line. Only
 * YAML is ever parsed: the language after the opening `---` is checked first (gray-matter itself
 * would `eval` `---js` front matter).
 */

/** A file's YAML, parsed: always a mapping of fields. */
export type YamlFile = {
  data: Record<string, unknown>;
  /**
   * The YAML text as parsed, whose first line is file line 1: a whole topic file, or the front
   * matter starting right after the opening `---`. `locateFields` maps field paths into it.
   */
  matter: string;
};

export type FrontMatterFile = YamlFile & { body: string };

export type YamlResult<File> = { ok: true; file: File } | { ok: false; errors: ContentProblem[] };
export type FrontMatterResult = YamlResult<FrontMatterFile>;

const BOM = '\ufeff';
const OPENING_LINE_RE = /^---([^\r\n]*)\r?\n/;

function refusedLanguage(language: string): string {
  return `front matter in "${language}" is refused: only YAML front matter is read`;
}

/**
 * The YAML parser: js-yaml's `load` with the YAML 1.2 core schema. Chosen by measurement: on the
 * generated 10k corpus (178 MiB of front matter) it takes ~0.5 ms of CPU a file where `yaml`'s
 * `parse` or `parseDocument` take 6 to 7 ms, and every article is parsed on every build. The core
 * schema reads `yes`/`no`/`on`/`off` as text, `017` as 17 and `<<` as an ordinary key, as YAML 1.2
 * does, and has no timestamp type, so a date arrives as the text the editor wrote and `toDate`
 * (schema.ts) reads it strictly; js-yaml's timestamps would roll impossible dates over
 * (`2026-13-45` became February 2027) and map year 0 to 1900. It has no `!!js/*` or other
 * executable types either. gray-matter's own engine (js-yaml 3 `safeLoad`, default schema, YAML
 * 1.1) is not used for those reasons; the split around it is gray-matter's (see
 * `splitFrontMatter`), done here because gray-matter's wrapper costs ~25% more CPU on that corpus,
 * keeps a content-keyed cache of every file unless given options, would run any other engine named
 * after `---`, and tests every block for emptiness with a regex that is quadratic on blank lines
 * (see `isEmptyBlock`). Source positions, for the line of a field, come from `locateFields`, only
 * for files with problems.
 */
function parseYaml(text: string): unknown {
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
 * that delimiter minus one CR and one LF.
 */
function splitFrontMatter(text: string): { matter: string; body: string } {
  let rest = text.slice(3);
  const language = rest.slice(0, rest.search(/\r?\n/));
  if (language.trim() !== '') rest = rest.slice(language.length);
  let closeIndex = rest.indexOf('\n---');
  if (closeIndex === -1) closeIndex = rest.length;
  const matter = rest.slice(0, closeIndex);
  let body = '';
  if (closeIndex !== rest.length) {
    body = rest.slice(closeIndex + 4);
    if (body[0] === '\r') body = body.slice(1);
    if (body[0] === '\n') body = body.slice(1);
  }
  return { matter, body };
}

/**
 * A file without aliases cannot hold more values than it has characters, so only alias expansion
 * (a "billion laughs" bomb) can exceed this; aliases stay shared references after parsing, but
 * validating and serialising them would visit every expanded node.
 */
export function nodeBudget(sourceLength: number): number {
  return Math.max(100_000, 2 * sourceLength);
}

/**
 * Counts values as a tree walk would see them, field by field in the file's order, and returns
 * the field during which the count passes the budget (the one an editor must fix), else null.
 */
function fieldOverBudget(data: Record<string, unknown>, budget: number): string | null {
  let visited = 1;
  for (const field of Object.keys(data)) {
    const stack: unknown[] = [data[field]];
    while (stack.length > 0) {
      const value = stack.pop();
      if (++visited > budget) return field;
      if (value === null || typeof value !== 'object' || value instanceof Date) continue;
      if (Array.isArray(value)) {
        for (const item of value) stack.push(item);
      } else {
        for (const key in value) stack.push((value as Record<string, unknown>)[key]);
      }
    }
  }
  return null;
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

function syntaxProblem(error: unknown): ContentProblem {
  const mark = yamlMark(error);
  // The YAML text's first line is file line 1 (see YamlFile.matter), so js-yaml's 0-based line
  // within it is the 1-based file line minus one.
  return {
    ...(mark ? { line: mark.line + 1 } : {}),
    message: `YAML syntax error: ${yamlReason(error)}${mark ? ` (column ${mark.column + 1})` : ''}`,
  };
}

const fail = (problem: ContentProblem): { ok: false; errors: ContentProblem[] } => ({
  ok: false,
  errors: [problem],
});

type MappingSource = {
  /** How the problems name what must be a mapping: "front matter", "a topic file". */
  what: string;
  /** The file line a mapping would start on, for the problem when there is none. */
  firstFieldLine: number;
  /** The whole file's length, for the node budget. */
  sourceLength: number;
};

/**
 * Parses YAML that must be a mapping of fields; gray-matter's rule for an empty block (nothing
 * but blank lines and comments is `{}`) holds for whole files too. Every problem has its line.
 */
function parseMapping(
  yamlText: string,
  source: MappingSource,
): YamlResult<Record<string, unknown>> {
  // Parsing first and testing for emptiness only when nothing came back gives gray-matter's
  // result without its regex pass over every block.
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    if (!isEmptyBlock(yamlText)) return fail(syntaxProblem(error));
    data = {};
  }
  if ((data === null || data === undefined) && isEmptyBlock(yamlText)) data = {};
  if (data === null || typeof data !== 'object' || Array.isArray(data) || data instanceof Date) {
    return fail({
      line: source.firstFieldLine,
      message: `${source.what} must be a mapping of fields (key: value)`,
    });
  }
  const fields = data as Record<string, unknown>;
  const field = fieldOverBudget(fields, nodeBudget(source.sourceLength));
  if (field !== null) {
    return fail(
      fieldProblem(
        yamlText,
        field,
        'expands to too many values (YAML aliases nested like a "billion laughs" bomb): write the values out, or use fewer aliases',
      ),
    );
  }
  return { ok: true, file: fields };
}

function withoutBom(raw: string): string {
  return raw.startsWith(BOM) ? raw.slice(1) : raw;
}

/** An article's or an organization's file: YAML front matter between `---` lines, then markdown. */
export function parseFrontMatter(raw: string): FrontMatterResult {
  const text = withoutBom(raw);
  const opening = OPENING_LINE_RE.exec(text);
  if (!opening) {
    return fail({ line: 1, message: 'no front matter: the file must start with a "---" line' });
  }
  const language = (opening[1] ?? '').trim().toLowerCase();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    return fail({ line: 1, message: refusedLanguage(language) });
  }
  if (!/\r?\n---[ \t]*(\r?\n|$)/.test(text.slice(opening[0].length - 1))) {
    return fail({ line: 1, message: 'front matter is not closed: add a "---" line after it' });
  }
  const { matter, body } = splitFrontMatter(text);
  const parsed = parseMapping(matter, {
    what: 'front matter',
    firstFieldLine: 2,
    sourceLength: text.length,
  });
  return parsed.ok ? { ok: true, file: { data: parsed.file, matter, body } } : parsed;
}

/** A file that is YAML through and through (`_data/topics/*.yaml`), read as front matter is. */
export function parseYamlFile(raw: string, what = 'the file'): YamlResult<YamlFile> {
  const matter = withoutBom(raw);
  const parsed = parseMapping(matter, { what, firstFieldLine: 1, sourceLength: matter.length });
  return parsed.ok ? { ok: true, file: { data: parsed.file, matter } } : parsed;
}
