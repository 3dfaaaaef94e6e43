/**
 * Formatting a table: rewrite it in a clean layout — aligned pipe rows or a Markdown table,
 * columns padded by display width — without changing any label or figure. The edit replaces the
 * table's whole lines; text sharing a line with the table is kept on its own line.
 */
import { renderGrid } from '../analysis/write/grid';
import { lineEndAt, lineStartAt } from '../analysis/reader/text/lines';
import { tableGrid } from '../analysis/write/tableGrid';
import type { Table, TextEdit } from '../analysis/types';

export type TableStyle = 'pipe' | 'markdown';

export function formatTableEdit(text: string, table: Table, style: TableStyle): TextEdit | undefined {
  const grid = tableGrid(text, table);
  if (!grid || !grid.length) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let start = table.span.start;
  let end = table.span.end;
  let before = '';
  let after = '';
  const ls = lineStartAt(text, start);
  if (/^[\s|｜]*$/.test(text.slice(ls, start))) start = ls;
  else before = eol;
  const le = lineEndAt(text, end);
  if (/^[\s|｜]*$/.test(text.slice(end, le))) end = le;
  else after = eol;
  const body = renderGrid(grid, style === 'markdown' ? 'markdown' : 'pipe', { eol, align: true, leadingPipe: true });
  const newText = before + body + after;
  return text.slice(start, end) === newText ? undefined : { span: { start, end }, newText };
}

/** Edits that format every table the range touches. */
export function formatRange(text: string, model: import('../analysis/types').ReportModel, range: { start: number; end: number }, style: TableStyle): TextEdit[] {
  const out: TextEdit[] = [];
  for (const t of [...model.preambleTables, ...model.sections.flatMap((s) => s.tables)]) {
    if (t.span.end < range.start || t.span.start > range.end) continue;
    const e = formatTableEdit(text, t, style);
    if (e) out.push(e);
  }
  return out;
}
