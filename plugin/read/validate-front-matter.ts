import type { z } from 'zod';
import type { ContentProblem } from '../../api/contract.ts';
import { formatFieldPath, locateFields, type FieldPath } from './locate-field.ts';
import {
  FRONT_MATTER_REQUIRED_KEYS,
  RELATED_REQUIRED_KEYS,
  frontMatterSchema,
  type FrontMatter,
} from './schema.ts';

/**
 * Strict core, lenient extras, in one pass: the schema is strict, so one parse lists every issue
 * of the file. An issue in a required field of the article is an error (the file is rejected);
 * any other issue drops the smallest thing it spoils (a bad `related[3].webUrl` drops `related[3]`,
 * a bad `related[3].ampWebUrl` drops only that link) with a warning, and the repaired data is
 * parsed again. Files without issues (the happy path) are parsed once and never located.
 */

export type ValidationResult =
  | { ok: true; value: FrontMatter; warnings: ContentProblem[] }
  | { ok: false; errors: ContentProblem[]; warnings: ContentProblem[] };

const ROOT_REQUIRED = new Set<string>(FRONT_MATTER_REQUIRED_KEYS);
const RELATED_REQUIRED = new Set<string>(RELATED_REQUIRED_KEYS);
const IMAGE_REQUIRED = new Set(['url']);
const NONE = new Set<string>();
/** Repairs can reveal nothing new in practice; the bound only guards against a bug looping. */
const MAX_REPAIRS = 3;

/** The keys an object at `path` cannot lose without being dropped as a whole. */
function requiredKeysAt(path: FieldPath): Set<string> {
  const index = path[path.length - 1];
  const container = path[path.length - 2];
  if (typeof index !== 'number') return NONE;
  if (container === 'related' && path.length === 2) return RELATED_REQUIRED;
  if (container === 'images') return IMAGE_REQUIRED;
  return NONE;
}

/** What an issue at `path` costs: null when the file is rejected, else the path to drop. */
function dropTarget(path: FieldPath): FieldPath | null {
  let target = path;
  while (target.length > 0) {
    const key = target[target.length - 1];
    const parent = target.slice(0, -1);
    if (parent.length === 0 && typeof key === 'string' && ROOT_REQUIRED.has(key)) return null;
    if (typeof key === 'string' && requiredKeysAt(parent).has(key)) {
      target = parent;
      continue;
    }
    return target;
  }
  return null;
}

function toFieldPath(path: readonly PropertyKey[]): FieldPath {
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}

const DROPPED = Symbol('dropped');

/** Removes every target from `data` (a private copy); array items are removed without shifting
 * the indexes of the other targets, so each issue path stays valid while repairing. */
function applyDrops(data: Record<string, unknown>, targets: readonly FieldPath[]): void {
  const touchedArrays = new Set<unknown[]>();
  for (const target of targets) {
    let container: unknown = data;
    for (const key of target.slice(0, -1)) {
      container = (container as Record<string | number, unknown> | undefined)?.[key];
    }
    const last = target[target.length - 1];
    if (Array.isArray(container) && typeof last === 'number') {
      container[last] = DROPPED;
      touchedArrays.add(container);
    } else if (container !== null && typeof container === 'object' && last !== undefined) {
      delete (container as Record<string | number, unknown>)[last];
    }
  }
  for (const array of touchedArrays) {
    let write = 0;
    for (const item of array) if (item !== DROPPED) array[write++] = item;
    array.length = write;
  }
}

type Problem = { path: FieldPath; reasons: string[] };

function describe(issuePath: FieldPath, target: FieldPath, message: string): string {
  const inner = formatFieldPath(issuePath.slice(target.length));
  return inner === '' ? message : `${inner} ${message}`;
}

/** In file order, as an editor reads them (the schema's key order means nothing to them). */
function byLine(a: ContentProblem, b: ContentProblem): number {
  return (a.line ?? Infinity) - (b.line ?? Infinity) || 0;
}

/** What dropping a field means to an editor: a bad heat or quality is simply not known. */
function consequence(field: string | undefined): string {
  return field !== undefined && /(^|\.)(heat|quality)$/.test(field)
    ? 'treated as unknown'
    : 'dropped';
}

/** Turns problems into ContentProblems with file lines: one `yaml` re-parse for all of them. */
/**
 * Problems listed per file at most. A hostile file can hold tens of thousands (30,000 bad related
 * links): listing them all would bloat the report and cost seconds to locate, and an editor fixes
 * the first few and runs the check again anyway.
 */
export const MAX_PROBLEMS_LISTED = 50;

function locate(frontMatter: string, errors: Problem[], allWarnings: Problem[]) {
  const warnings = allWarnings.slice(0, MAX_PROBLEMS_LISTED);
  const all = [...errors, ...warnings];
  const lines =
    all.length > 0
      ? locateFields(
          frontMatter,
          all.map((problem) => problem.path),
        )
      : [];
  const located = all.map((problem, index): ContentProblem => {
    const line = lines[index];
    return {
      field: formatFieldPath(problem.path),
      ...(line !== undefined ? { line } : {}),
      message: problem.reasons.join('; '),
    };
  });
  return {
    errors: located.slice(0, errors.length).sort(byLine),
    warnings: located
      .slice(errors.length)
      .map((problem) => ({
        ...problem,
        message: `${problem.message}; ${consequence(problem.field)}`,
      }))
      .sort(byLine)
      .concat(
        allWarnings.length > warnings.length
          ? [
              {
                message: `and ${allWarnings.length - warnings.length} more problems like these; only the first ${MAX_PROBLEMS_LISTED} are listed`,
              },
            ]
          : [],
      ),
  };
}

type Issue = z.ZodError['issues'][number];

/** Sorts issues into errors and drops (grouped per field); returns the drops that are new. */
function collect(
  issues: readonly Issue[],
  errors: Map<string, Problem>,
  drops: Map<string, Problem>,
) {
  const added: FieldPath[] = [];
  for (const issue of issues) {
    const path = toFieldPath(issue.path);
    const target = dropTarget(path);
    const bucket = target === null ? errors : drops;
    const key = formatFieldPath(target ?? path);
    let problem = bucket.get(key);
    if (!problem) {
      problem = { path: target ?? path, reasons: [] };
      bucket.set(key, problem);
      if (target !== null) added.push(target);
    }
    problem.reasons.push(describe(path, problem.path, issue.message));
  }
  return added;
}

export function validateFrontMatter(
  data: Record<string, unknown>,
  frontMatter: string,
): ValidationResult {
  const first = frontMatterSchema.safeParse(data);
  if (first.success) return { ok: true, value: first.data, warnings: [] };

  const errors = new Map<string, Problem>();
  const drops = new Map<string, Problem>();
  let pending = collect(first.error.issues, errors, drops);

  let value: FrontMatter | null = null;
  if (errors.size === 0) {
    // A private copy (structuredClone keeps Dates): the caller's data is not repaired in place.
    const repaired = structuredClone(data);
    for (let round = 0; round < MAX_REPAIRS && pending.length > 0; round++) {
      // Paths of a later round refer to the data as repaired so far, so each drop is applied once.
      applyDrops(repaired, pending);
      const again = frontMatterSchema.safeParse(repaired);
      if (again.success) {
        value = again.data;
        break;
      }
      pending = collect(again.error.issues, errors, drops);
      if (errors.size > 0) break;
    }
  }

  const dropped = [...drops.values()];
  if (value === null) {
    // Either a required field is bad, or (a bug, never seen) repairs did not converge.
    const fatal = errors.size > 0 ? [...errors.values()] : dropped;
    return { ok: false, ...locate(frontMatter, fatal, errors.size > 0 ? dropped : []) };
  }
  return { ok: true, value, warnings: locate(frontMatter, [], dropped).warnings };
}
