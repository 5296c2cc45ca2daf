import type { ContentProblem, ContentReport } from '../../api/contract.ts';

/** `file:line field: message`, the form editors' terminals and editors turn into links. */
export function formatProblem(file: string, problem: ContentProblem, warning = false): string {
  const where = problem.line !== undefined ? `${file}:${problem.line}` : file;
  const field = problem.field ? `${problem.field}: ` : '';
  return `${where} ${warning ? 'warning: ' : ''}${field}${problem.message}`;
}

/**
 * Every problem of every file, errors before warnings within a file, files in path order.
 * `display` maps a corpus-relative file to how it should be shown (e.g. relative to the cwd).
 */
export function problemLines(
  report: ContentReport,
  display: (file: string) => string = (file) => file,
): { errors: string[]; warnings: string[]; all: string[] } {
  const byFile = new Map<string, string[]>();
  const add = (file: string, line: string) => {
    const lines = byFile.get(file) ?? [];
    lines.push(line);
    byFile.set(file, lines);
  };
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const { file, errors: problems } of report.rejected) {
    for (const problem of problems) {
      const line = formatProblem(display(file), problem);
      errors.push(line);
      add(file, line);
    }
  }
  for (const { file, ...problem } of report.warnings) {
    const line = formatProblem(display(file), problem, true);
    warnings.push(line);
    add(file, line);
  }
  const all = [...byFile.keys()].sort().flatMap((file) => byFile.get(file) ?? []);
  return { errors, warnings, all };
}

export function reportSummary(report: ContentReport): string {
  return (
    `${report.accepted.length} accepted, ${report.skipped.length} skipped, ` +
    `${report.rejected.length} rejected, ${report.warnings.length} warnings`
  );
}

/**
 * The kinds of skip reason the corpus gives (`processArticle`, `corpus-model`), worded for an
 * editor. A reason is grouped by its kind, not its exact text, so that a reason carrying per-file
 * details still counts with the others of its kind; a reason of no known kind is its own kind.
 */
const SKIP_KINDS: { kind: string; matches: (reason: string) => boolean }[] = [
  { kind: 'drafts (published: false)', matches: (reason) => reason.startsWith('published: false') },
  { kind: 'scheduled (dated in the future)', matches: (reason) => reason.startsWith('scheduled') },
];

export function skipKind(reason: string): string {
  return SKIP_KINDS.find(({ matches }) => matches(reason))?.kind ?? reason;
}

/** How many files were skipped for each kind of reason, most first (ties by name). */
export function skipCounts(report: ContentReport): { kind: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { reason } of report.skipped) {
    const kind = skipKind(reason);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts]
    .map(([kind, count]) => ({ kind, count }))
    .sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

/** `skipped: 67 drafts (published: false), 1 scheduled (dated in the future)`; null when none was. */
export function skippedSummary(report: ContentReport): string | null {
  if (report.skipped.length === 0) return null;
  const counts = skipCounts(report).map(({ kind, count }) => `${count} ${kind}`);
  return `skipped: ${counts.join(', ')}`;
}

/** One `file: reason` line per skipped file, in path order, with the reason as the corpus gave it. */
export function skippedLines(
  report: ContentReport,
  display: (file: string) => string = (file) => file,
): string[] {
  return [...report.skipped]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map(({ file, reason }) => `${display(file)}: ${reason}`);
}
