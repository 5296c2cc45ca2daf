import type { ContentProblem, ContentReport } from '../api/contract.ts';

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
