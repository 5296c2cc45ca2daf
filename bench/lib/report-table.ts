/** One line of the benchmark's table. `pass` is undefined for figures without a target. */
export type Row = {
  section: string;
  measure: string;
  value: string;
  target?: string;
  pass?: boolean;
};

const status = (row: Row) => (row.pass === undefined ? '' : row.pass ? 'PASS' : 'FAIL');

/** The one table `npm run bench` prints: section | measure | value | target | result. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['section', 'measure', 'value', 'target', 'result'];
  const cells = rows.map((row) => [
    row.section,
    row.measure,
    row.value,
    row.target ?? '',
    status(row),
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...cells.map((line) => (line[i] ?? '').length)),
  );
  const line = (values: string[]) =>
    values
      .map((value, i) => value.padEnd(widths[i] ?? 0))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('-|-');
  return [line(header), rule, ...cells.map(line)].join('\n');
}
