/**
 * Table 三 laid out by spaces, its blank cells dropped — `pdftotext -layout` of a PDF whose table leaves cells blank, a text
 * browser's dump of such a page:
 *
 *     一、本年新收政府信息公开申请数量          821  35            2    1  859
 *               （二）部分公开（区分处理的…）       3
 *
 * Read in order, 「（二）部分公开」 had one figure of seven (table-shape at every row with a blank, and a figure a column
 * off where a blank came first). Where the figures stand says which cells they are: the columns are where the table's
 * rows that have all seven put theirs. A short row is placed only where each of its figures stands over one column and
 * no other, in order, for one way of counting the line's columns — characters (pdftotext sets each character in one)
 * or display columns (a CJK character two, as a text browser lays a page out) — or for both alike. The cells it lacks
 * are blank, as the page left them; no fix writes into them (their place in the text is a guess of where).
 */
import { APP_WIDTH } from '../../../form/schema';
import { lineStartAt, unitWidth } from '../../text/lines';
import type { Cell, TableRow } from '../../../types';

/** Whether a cell holds text of its own (a figure, a mark), not one the reading made up. */
const written = (c: Cell) => c.kind !== 'missing' && c.span.end > c.span.start;

/** A row's written cells, if they stand on one line apart by spaces only, each after a space: else undefined. */
function spacedCells(r: TableRow, text: string): Cell[] | undefined {
  if (r.glue || r.unsure || r.stacked || r.byPlace) return undefined;
  const cells = r.cells.filter(written);
  if (cells.length === 0) return undefined;
  for (let k = 0; k < cells.length; k++) {
    const a = k === 0 ? r.label.end : cells[k - 1].span.end;
    const b = cells[k].span.start;
    if (b <= a || text.charCodeAt(b - 1) !== 0x20) return undefined;
    for (let i = a; i < b; i++) if (text.charCodeAt(i) !== 0x20) return undefined;
  }
  return cells;
}

/** Where text[start, end) stands on its line: [first, past last] column, counting characters or display columns. */
function columns(text: string, start: number, end: number, wide: boolean): [number, number] {
  const ls = lineStartAt(text, start);
  if (!wide) return [start - ls, end - ls];
  let col = 0;
  for (let i = ls; i < start; i++) col += unitWidth(text, i, col);
  let to = col;
  for (let i = start; i < end; i++) to += unitWidth(text, i, to);
  return [col, to];
}

/**
 * The column of each of a short row's written cells, by the columns of a full row: each cell must stand over one of that
 * row's figures and no other, the cells in order. Undefined where any does not.
 */
function placeBy(ref: readonly Cell[], cells: readonly Cell[], text: string, wide: boolean): number[] | undefined {
  const cols: number[] = [];
  const spans = ref.map((c) => columns(text, c.span.start, c.span.end, wide));
  for (const c of cells) {
    const [a, b] = columns(text, c.span.start, c.span.end, wide);
    let at = -1;
    for (let k = 0; k < spans.length; k++) {
      if (a >= spans[k][1] || b <= spans[k][0]) continue;
      if (at >= 0) return undefined;
      at = k;
    }
    if (at < 0 || (cols.length && at <= cols[cols.length - 1])) return undefined;
    cols.push(at);
  }
  return cols;
}

/**
 * A short row's columns, by the full rows nearest above and below it (a page break may set the next page's table off by
 * a few columns: the rows around it, not the whole table, say where its columns are), counting characters or display
 * columns: the one placement every reference that places all its cells gives; undefined where none does or two differ.
 */
function placeRow(refs: readonly (readonly Cell[])[], cells: readonly Cell[], text: string): number[] | undefined {
  let placed: number[] | undefined;
  for (const ref of refs)
    for (const wide of [false, true]) {
      const cols = placeBy(ref, cells, text, wide);
      if (!cols) continue;
      if (placed && placed.join() !== cols.join()) return undefined;
      placed = cols;
    }
  return placed;
}

/**
 * Whether a line among the table's rows holds a figure and no row's name or cells: figures a narrow cell wrapped onto a
 * line of their own (「94」 / 「3   0   0     0」 / 「6」), or a row's that the text moved away from it. A row short there is
 * short of those, not of blanks (placed, 「94」 was one figure and six blank cells — found on generated PDFs' text).
 */
function strayFigures(rows: readonly TableRow[], text: string): boolean {
  const owned: [number, number][] = [];
  for (const r of rows) {
    let end = r.label.end;
    for (const c of r.cells) if (written(c)) end = Math.max(end, c.span.end);
    owned.push([lineStartAt(text, r.label.start), end]);
  }
  owned.sort((a, b) => a[0] - b[0]);
  const from = owned[0][0];
  const to = owned.reduce((m, o) => Math.max(m, o[1]), 0);
  let k = 0;
  for (let ls = from; ls < to; ) {
    let le = text.indexOf('\n', ls);
    if (le < 0 || le > to) le = to;
    while (k < owned.length && owned[k][1] < ls) k++;
    let mine = false;
    for (let j = k; j < owned.length && owned[j][0] <= le; j++) if (owned[j][1] >= ls) mine = true;
    if (!mine && /[0-9０-９]/.test(text.slice(ls, le))) return true;
    ls = le + 1;
  }
  return false;
}

/** The rows with each short row's figures in their columns and blank cells where it has none; undefined where not told. */
export function placeByColumn(rows: TableRow[], text: string): TableRow[] | undefined {
  const full: (Cell[] | undefined)[] = [];
  const short = new Map<number, Cell[]>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const cells = r.found > 0 ? spacedCells(r, text) : undefined;
    if (r.found === APP_WIDTH && cells?.length === APP_WIDTH) full[i] = cells;
    else if (r.found > 0 && r.found < APP_WIDTH && cells?.length === r.found) short.set(i, cells);
  }
  if (short.size === 0 || !full.some(Boolean) || strayFigures(rows, text)) return undefined;
  const placed = new Map<number, number[]>();
  for (const [i, cells] of short) {
    const refs: Cell[][] = [];
    for (let k = i - 1; k >= 0; k--) if (full[k]) {
      refs.push(full[k]!);
      break;
    }
    for (let k = i + 1; k < rows.length; k++) if (full[k]) {
      refs.push(full[k]!);
      break;
    }
    const cols = placeRow(refs, cells, text);
    if (cols) placed.set(i, cols);
  }
  if (placed.size === 0) return undefined;
  return rows.map((r, i) => {
    const cols = placed.get(i);
    if (!cols) return r;
    const cells = short.get(i)!;
    const out: Cell[] = [];
    let at = r.label.end;
    for (let k = 0, n = 0; k < APP_WIDTH; k++) {
      if (cols[n] === k) {
        out.push(cells[n]);
        at = cells[n++].span.end;
      } else out.push({ kind: 'blank', span: { start: at, end: at }, raw: '', split: true });
    }
    const { place: _place, windows: _windows, ...rest } = r;
    return { ...rest, cells: out, found: APP_WIDTH };
  });
}
