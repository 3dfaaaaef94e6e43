/**
 * Writing a table of the document back in a clean layout — aligned pipe rows or a Markdown table,
 * columns padded by display width — without changing any label or figure: the table formatter,
 * and the repair of a table whose cell boundaries were lost. The edit replaces the table's whole
 * lines; text sharing a line with the table (a glued page's prose) is kept, on its own line.
 */
import { renderGrid } from './grid';
import { tableGrid, type GridOptions } from './tableGrid';
import { lineEndAt, lineStartAt } from '../reader/text/lines';
import { isDrawnBorder, onlyRowEdges } from '../reader/text/charClass';
import type { Table, TextEdit } from '../types';
import { eolOf } from './eol';

export type TableStyle = 'pipe' | 'markdown';

/** The units a table's last figure may carry glued after it. */
const UNIT_AFTER = /^(?:万元|元|件|个|條|条|项|項|次)/;

/**
 * A drawn table's border lines right above (below) its first (last) line — 「┌──┬──┐」, 「+----+」 — go
 * with it: written back as pipe rows, the table keeps no piece of its drawing.
 */
function aboveBorders(text: string, ls: number): number {
  while (ls > 0) {
    const prevEnd = text.charCodeAt(ls - 1) === 10 && text.charCodeAt(ls - 2) === 13 ? ls - 2 : ls - 1;
    const prevStart = lineStartAt(text, prevEnd);
    if (prevEnd <= prevStart || !isDrawnBorder(text, prevStart, prevEnd)) break;
    ls = prevStart;
  }
  return ls;
}
function belowBorders(text: string, le: number): number {
  while (le < text.length) {
    const nextStart = text.charCodeAt(le) === 13 && text.charCodeAt(le + 1) === 10 ? le + 2 : le + 1;
    const nextEnd = lineEndAt(text, nextStart);
    if (nextEnd <= nextStart || !isDrawnBorder(text, nextStart, nextEnd)) break;
    le = nextEnd;
  }
  return le;
}

export function rewriteTableEdit(text: string, table: Table, style: TableStyle, o: GridOptions = {}): TextEdit | undefined {
  const g = tableGrid(text, table, o);
  if (!g || !g.grid.length) return undefined;
  const eol = o.eol ?? eolOf(text);
  let start = table.span.start;
  let end = table.span.end;
  let before = '';
  let after = '';
  const ls = lineStartAt(text, start);
  if (onlyRowEdges(text, ls, start)) start = aboveBorders(text, ls);
  else before = eol;
  let grid = g.grid;
  let verbatim = g.verbatim;
  // A unit glued after the table's last figure (「…政府集中采购6251000元三、收到…」) is that figure's: it stays
  // with it, not carried to the next line with the prose that follows.
  const unit = UNIT_AFTER.exec(text.slice(end, end + 2));
  if (unit) {
    end += unit[0].length;
    const last = grid.length - 1;
    verbatim = new Map(verbatim);
    grid = grid.map((r) => [...r]);
    const row = verbatim.get(last);
    if (row !== undefined) verbatim.set(last, row + unit[0]);
    else {
      let k = grid[last].length - 1;
      while (k > 0 && !grid[last][k]) k--;
      grid[last][k] += unit[0];
    }
  }
  const le = lineEndAt(text, end);
  if (onlyRowEdges(text, end, le)) end = belowBorders(text, le);
  else after = eol;
  const body = renderGrid(grid, style === 'markdown' ? 'markdown' : 'pipe', { eol, align: true, leadingPipe: true, verbatim });
  const newText = before + body + after;
  return text.slice(start, end) === newText ? undefined : { span: { start, end }, newText };
}
