/**
 * Writing a table of the document back in a clean layout — aligned pipe rows or a Markdown table,
 * columns padded by display width — without changing any label or figure: the table formatter,
 * and the repair of a table whose cell boundaries were lost. The edit replaces the table's whole
 * lines; text sharing a line with the table (a glued page's prose) is kept, on its own line.
 */
import { renderGrid } from './grid';
import { tableGrid, type GridOptions } from './tableGrid';
import { lineEndAt, lineStartAt } from '../reader/text/lines';
import type { Table, TextEdit } from '../types';

export type TableStyle = 'pipe' | 'markdown';

export function rewriteTableEdit(text: string, table: Table, style: TableStyle, o: GridOptions = {}): TextEdit | undefined {
  const g = tableGrid(text, table, o);
  if (!g || !g.grid.length) return undefined;
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
  const body = renderGrid(g.grid, style === 'markdown' ? 'markdown' : 'pipe', { eol, align: true, leadingPipe: true, verbatim: g.verbatim });
  const newText = before + body + after;
  return text.slice(start, end) === newText ? undefined : { span: { start, end }, newText };
}
