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
 * no other, in order, by each full row nearest it, counting the line's columns in characters (pdftotext sets each
 * character in one) or display columns (a CJK character two, as a text browser lays a page out); and where the table's
 * rules then fail less than with any other setting of its figures — pdftotext squeezes each line's spaces on its own, so
 * a place alone is no proof. Not where a line among the rows holds figures of no row (a wrapped cell's). The cells it
 * lacks are blank, as the page left them; no fix writes into them (their place in the text is a guess of where).
 */
import { APP_TOTAL_COL, APP_WIDTH, totalItems } from '../../../form/schema';
import { lineStartAt, unitWidth } from '../../text/lines';
import type { Cell, TableRow } from '../../../types';

/** Whether a cell holds text of its own (a figure, a mark), not one the reading made up. */
const written = (c: Cell) => c.kind !== 'missing' && c.span.end > c.span.start;

/** Whether text[a, b) is one space or more and nothing else (pdftotext lays a line out in ASCII spaces). */
export function spacesOnly(text: string, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let i = a; i < b; i++) if (text.charCodeAt(i) !== 0x20) return false;
  return true;
}

/** A row's written cells, if they stand on one line apart by spaces only, each after a space: else undefined. */
function spacedCells(r: TableRow, text: string): Cell[] | undefined {
  if (r.glue || r.unsure || r.stacked || r.byPlace) return undefined;
  const cells = r.cells.filter(written);
  if (cells.length === 0) return undefined;
  for (let k = 0; k < cells.length; k++) if (!spacesOnly(text, k === 0 ? r.label.end : cells[k - 1].span.end, cells[k].span.start)) return undefined;
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
 * columns: the one placement each reference gives (every one must place all its cells); undefined where one does not, or
 * two differ.
 */
function placeRow(refs: readonly (readonly Cell[])[], cells: readonly Cell[], text: string): number[] | undefined {
  let placed: number[] | undefined;
  for (const ref of refs) {
    // (Each reference must place it: one that cannot is a sign the columns drift — pdftotext squeezes each line's spaces on
    // its own —, and the other's placement was one column off, found by a review.)
    let by: number[] | undefined;
    for (const wide of [false, true]) {
      const cols = placeBy(ref, cells, text, wide);
      if (!cols) continue;
      if ((placed && placed.join() !== cols.join()) || (by && by.join() !== cols.join())) return undefined;
      by = cols;
    }
    if (!by) return undefined;
    placed = by;
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

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** A cell's part in the sums: its figure, 0 for a blank or a none mark, undefined where it is not known. */
function part(c: Cell | undefined): number | undefined {
  if (!c) return undefined;
  return c.kind === 'number' ? c.value : c.kind === 'blank' || c.kind === 'none' ? 0 : undefined;
}

/**
 * How many of the table's rules that can be told fail: each row's 总计 the sum of its six, and in each column Σ items =
 * （七）总计 and 一 + 二 = （七）总计 + 四 (a rule is told where each of its rows is there and its cell known).
 */
function failures(values: ReadonlyMap<string, readonly (number | undefined)[]>, items: readonly string[]): number {
  let n = 0;
  for (const v of values.values()) {
    const total = v[APP_TOTAL_COL];
    if (total !== undefined && v.slice(0, APP_TOTAL_COL).every((x) => x !== undefined) && sum(v.slice(0, APP_TOTAL_COL) as number[]) !== total) n++;
  }
  const at = (id: string, col: number) => values.get(id)?.[col];
  for (let col = 0; col < APP_WIDTH; col++) {
    const total = at('total', col);
    if (total === undefined) continue;
    const parts = items.map((id) => at(id, col));
    if (parts.every((x) => x !== undefined) && sum(parts as number[]) !== total) n++;
    const [a, b, c] = [at('new', col), at('carried', col), at('carryNext', col)];
    if (a !== undefined && b !== undefined && c !== undefined && a + b !== total + c) n++;
  }
  return n;
}

/** Every way of setting k figures in order into the seven columns (column indexes, ascending). */
function* ways(k: number, from = 0): Generator<number[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let c = from; c <= APP_WIDTH - k; c++) for (const rest of ways(k - 1, c + 1)) yield [c, ...rest];
}

/**
 * Whether the table's rules say the row's figures are where they stand: with its placement, fewer of the rules fail than
 * with any other setting of its figures that sums otherwise (a setting that differs only by which of two zero cells is
 * blank sums alike). Where no rule can be told, or another setting does as well, the figures' places are not certain:
 * pdftotext squeezes each line's spaces on its own, and a one-character 「0」 of a full row is a narrow mark to stand
 * under (found by a review: 「3 6 0 … 0 0 9」 read one column on, three false column-totals).
 */
function rulesAgree(id: string, cols: readonly number[], cells: readonly Cell[], values: Map<string, (number | undefined)[]>, items: readonly string[]): boolean {
  const vector = (at: readonly number[]) => {
    const v: (number | undefined)[] = new Array(APP_WIDTH).fill(0);
    at.forEach((col, n) => (v[col] = part(cells[n])));
    return v;
  };
  const mine = vector(cols);
  const before = values.get(id);
  values.set(id, mine);
  const best = failures(values, items);
  let agree = true;
  for (const other of ways(cells.length)) {
    const v = vector(other);
    if (v.every((x, c) => x === mine[c])) continue;
    values.set(id, v);
    if (failures(values, items) <= best) {
      agree = false;
      break;
    }
  }
  if (before) values.set(id, before);
  else values.delete(id);
  return agree;
}

/** The rows with each short row's figures in their columns and blank cells where it has none; undefined where not told. */
export function placeByColumn(rows: TableRow[], text: string, variant: '2021' | '2019'): TableRow[] | undefined {
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
  // Each placement the table's rules confirm (the other short rows as their places say).
  const values = new Map<string, (number | undefined)[]>();
  for (let i = 0; i < rows.length; i++) {
    if (values.has(rows[i].id)) continue;
    const cols = placed.get(i);
    const cells = short.get(i);
    const v: (number | undefined)[] = rows[i].found === APP_WIDTH && rows[i].cells.length === APP_WIDTH ? rows[i].cells.map(part) : new Array(APP_WIDTH).fill(undefined);
    if (cols && cells) {
      v.fill(0);
      cols.forEach((col, n) => (v[col] = part(cells[n])));
    }
    values.set(rows[i].id, v);
  }
  const items = totalItems(variant);
  for (const [i, cols] of [...placed]) if (!rulesAgree(rows[i].id, cols, short.get(i)!, values, items)) placed.delete(i);
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
