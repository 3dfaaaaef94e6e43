/** Rows a converter set a cell off: an empty line, a line's dropped last cell, a spanned column's or a line's filler read as a cell. */
import { aCellALine, missingCell } from '../fitRow';
import { addsUp } from '../lostBlanks';
import { APP_TOTAL_COL, APP_WIDTH } from '../../../form/schema';
import type { TableRow } from '../../../types';

/**
 * Rows a cell a line, each followed by an empty line before the next row's label (mutool's text of a PDF: a
 * block a row). A row whose blank cell the converter left out — six figures, then that empty line — read the
 * empty line as its seventh cell: the figures after the blank one column early, its 其他 taken for the total,
 * false row-total and column-total errors (found by a review). Where at least three rows read whole are parted
 * so and none is not, that empty line is no cell: the row's last cell is missing, and table-shape says it is short.
 */
export function partedByEmptyLines(rows: TableRow[], text: string): TableRow[] {
  let parted = 0;
  // (Every row read whole a cell a line, as far as the last but one: the last row's cells end the table.)
  for (let i = 0; i + 1 < rows.length; i++) {
    const r = rows[i];
    if (r.found !== APP_WIDTH || !aCellALine(r.cells, text)) continue;
    const gap = text.slice(r.cells[APP_WIDTH - 1].span.end, rows[i + 1].label.start);
    if (EMPTY_LINE_BETWEEN.test(gap)) parted++;
    else return rows;
  }
  if (parted < 3) return rows;
  return rows.map((r, i) => {
    const next = rows[i + 1];
    const last = r.cells[APP_WIDTH - 1];
    if (!next || r.found !== APP_WIDTH - 1 || last?.kind !== 'blank' || last.span.start !== last.span.end) return r;
    if (!r.cells.slice(0, APP_WIDTH - 1).every((c) => c.kind === 'number') || !aCellALine(r.cells.slice(0, APP_WIDTH - 1), text)) return r;
    if (!LINE_BEFORE_LABEL.test(text.slice(last.span.start, next.label.start))) return r;
    return { ...r, cells: [...r.cells.slice(0, APP_WIDTH - 1), missingCell(last.span.start)] };
  });
}
/** An empty line after the row's last cell (a group's label may follow it before the next row's). */
const EMPTY_LINE_BETWEEN = /^[ \t\u3000]*(?:\r\n|\r|\n)[ \t\u3000]*(?:\r\n|\r|\n)/;
/** The empty line's own break, then no figure up to the label (a group's label may stand between). */
const LINE_BEFORE_LABEL = /^[ \t\u3000]*(?:(?:\r\n|\r|\n)[^0-9０-９]*)?$/;

/**
 * A row whose line lost its empty last cell (a converter that leaves a row's trailing empty cell off: pandoc's
 * AsciiDoc, a pipe row trimmed by hand): read from its line's end, its cells begin one cell early — the label's
 * empty column taken for a blank 自然人, every figure one column off, its 其他 for the total (a false row-total,
 * and --fix wrote over a figure: found by a review). Where most rows whose figures fix their place start them
 * in one cell of their line, a row that starts one cell before it, with a blank there and figures that do not
 * add up so, is read from that cell: its last cell is missing, and table-shape says the row is short. (A row
 * whose blank 自然人 is real adds up as read, and is left as it is.) New rows: the open table's are the marks'.
 */
export function earlyByDroppedEnd(rows: TableRow[]): TableRow[] {
  const votes = new Map<number, number>();
  let placed = 0;
  for (const r of rows) {
    if (!r.place) continue;
    votes.set(r.place.col, (votes.get(r.place.col) ?? 0) + 1);
    placed++;
  }
  let col = -1;
  for (const [c, n] of votes) if (n >= 3 && n * 2 > placed) col = c;
  if (col < 1 || !votes.has(col - 1)) return rows;
  // (Not where rows read whole stand there too: a table whose item rows have a label cell fewer than its
  // sub-items' — Word's 「转换为文本」 of merged cells — has rows a cell before the others by its layout, and one
  // with a blank 自然人 that does not add up is a real row-total error: found by a review.)
  if (rows.some((r) => r.place?.col === col - 1 && r.found === APP_WIDTH)) return rows;
  return rows.map((r) => {
    if (r.place?.col !== col - 1 || r.place.trail !== 0 || r.cells.length !== APP_WIDTH || r.cells[0].kind !== 'blank') return r;
    if (r.cells[APP_TOTAL_COL].kind === 'blank' || addsUp(r.cells)) return r;
    const last = r.cells[APP_WIDTH - 1];
    return { ...r, cells: [...r.cells.slice(1), missingCell(last.span.end)], place: { ...r.place, col } };
  });
}

/**
 * A table whose rows are nearly all one figure short (a column lost: Word's tab table with 科研机构 deleted) and a row
 * whose label spans the group's column (一、二、四) read as a blank and six figures: that blank is the spanned column's
 * filler, not a blank 自然人 — read so, its six figures went one column off (30 exported as 商业企业, a blank cell and
 * a false row-total said: found by a review). It is one figure short as the others are (table-shape says so).
 */
export function leadOfFiller(rows: TableRow[]): TableRow[] {
  const isShort = (r: TableRow) => r.found === APP_WIDTH - 1 && r.cells.length === APP_WIDTH && r.cells[APP_WIDTH - 1].kind === 'missing';
  const short = rows.filter(isShort).length;
  const whole = rows.filter((r) => r.found === APP_WIDTH).length;
  if (short < 3 || whole * 2 > short) return rows;
  return rows.map((r) => {
    if (r.found !== APP_WIDTH - 1 || r.cells.length !== APP_WIDTH || r.cells[0].kind !== 'blank' || !r.cells.slice(1).every((c) => c.kind === 'number')) return r;
    const last = r.cells[APP_WIDTH - 1];
    return { ...r, cells: [...r.cells.slice(1), missingCell(last.span.end)] };
  });
}

/**
 * Rows one figure short in a table whose lines end in filler: where the rows read whole whose figures
 * start in the same cell of their line (rows under a group's cell start one cell further on) nearly all
 * have a blank cell or more after their seven figures (a page's table whose rows end 「| 5 | ||」), a row
 * of six figures whose last cell is the one blank closing its line lost a figure — that blank is its
 * line's filler, not a blank total. Its last cell is then missing (table-shape says the row is short)
 * instead of a blank total that row-total called 「实为 空白」 and fix-all filled with the sum of figures
 * one column off (found by a review). New rows: the open table's rows are the marks' (appMarks.ts).
 */
export function shortOfFiller(rows: TableRow[]): TableRow[] {
  const filled = new Map<number, number>();
  const bare = new Map<number, number>();
  for (const r of rows) {
    if (!r.place || r.found !== APP_WIDTH) continue;
    const m = r.place.trail > 0 ? filled : bare;
    m.set(r.place.col, (m.get(r.place.col) ?? 0) + 1);
  }
  if (!filled.size) return rows;
  const endsInFiller = (col: number) => (filled.get(col) ?? 0) >= 3 && (bare.get(col) ?? 0) * 4 <= (filled.get(col) ?? 0);
  return rows.map((r) => {
    const last = r.cells[APP_WIDTH - 1];
    // (One figure short, the blank its only one: a row with blank cells of its own — 「|  | 0 | … |  |」 — keeps them.)
    if (!r.place || r.place.trail !== 0 || r.found !== APP_WIDTH - 1 || last?.kind !== 'blank' || !endsInFiller(r.place.col)) return r;
    return { ...r, cells: [...r.cells.slice(0, APP_WIDTH - 1), missingCell(last.span.start)] };
  });
}
