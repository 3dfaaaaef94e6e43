/**
 * Table 三's rows that do not add up with lines of figures alone around them that no row took, or their figures over two
 * lines — a PDF's narrow cells whose figures wrapped, their last digits a line below or their first a line above
 * (pdftotext without -layout: 「一、本年新收…申请数 ２１ ７ ３ １８ １２ １７ ７０」, 「量」, 「２」, 「４ ４ ７７」 for 212 7 3 184
 * 124 177 707). Read as written, each such row was a false row-total error (ten in
 * one report of the review's generated texts with known figures) and its figures exported wrong. Where two rows or more
 * are so, the table's figures are not read with certainty: those rows are unsure (not summed, not exported), and
 * table-shape says so once. (One such row alone may be a page's number between two rows: its sum is checked as ever.)
 */
import { lineEndAt, lineStartAt } from '../../text/lines';
import { APP_WIDTH } from '../../../form/schema';
import type { TableRow } from '../../../types';
import { addsUp } from '../lostBlanks';
import { outOfShape } from '../fitRow';

/** A line of figures alone (ASCII or full-width digits, spaces between). */
const FIGURES = /^[\s\u3000]*[0-9０-９]+(?:[\s\u3000]+[0-9０-９]+)*[\s\u3000]*$/;
/** From this many such rows on, the table is said to have them. */
const FROM = 2;

/** The rows marked (none where fewer than FROM). */
export function strayFigures(rows: readonly TableRow[], text: string): TableRow[] {
  const found: TableRow[] = [];
  for (let k = 0; k + 1 < rows.length; k++) {
    const r = rows[k];
    // (Read in its shape, seven cells — a glued row's too, whose runs are fewer —, none undetermined: a row of more figures
    // than cells is said so already.)
    if (r.unsure || outOfShape(r, APP_WIDTH) || r.cells.length !== APP_WIDTH || r.cells.some((c) => c.kind === 'unknown') || addsUp(r.cells)) continue;
    const end = r.cells[APP_WIDTH - 1].span.end;
    const next = rows[k + 1].label.start;
    if (next <= end) continue;
    if (strayAfter(text, end, next) || strayAbove(text, r, k ? rows[k - 1] : undefined) || overTwoLines(r, text)) found.push(r);
  }
  if (found.length < FROM) return [];
  for (const r of found) r.unsure = true;
  return found;
}

/** Whether a line between `from`'s and `to` (the row's last figure, the next row's name) holds figures alone. */
function strayAfter(text: string, from: number, to: number): boolean {
  for (let at = lineEndAt(text, from) + 1; at < to; at = lineEndAt(text, at) + 1) {
    if (FIGURES.test(text.slice(lineStartAt(text, at), Math.min(lineEndAt(text, at), to)))) return true;
  }
  return false;
}

/**
 * Whether the line right above the row's name holds figures alone, after the row before it: a cell of two lines set in the
 * middle of its row, its first digits above the row's line and its last below (pdftotext -layout of LibreOffice's PDF:
 * 「１８４ … ２３５」 / 「一、本年新收…  １２２ ７ １９３ １８７ ０」 / 「３ … ２」 for 1843 and 2352).
 */
function strayAbove(text: string, r: TableRow, before: TableRow | undefined): boolean {
  const ls = lineStartAt(text, r.label.start);
  if (ls === 0) return false;
  const above = lineStartAt(text, ls - 1);
  const last = before?.cells[before.cells.length - 1];
  if (last && last.span.end > above) return false;
  return FIGURES.test(text.slice(above, ls - 1));
}

/**
 * Whether the row's figures stand on its name's line, two or more, and the rest on a line below: the row's line a cell of
 * two lines cut. (Not a row written a cell a line — its figures all below its name —, whose wrong sum is the report's.)
 */
function overTwoLines(r: TableRow, text: string): boolean {
  const le = lineEndAt(text, r.label.end);
  let onName = 0;
  let below = false;
  // (Figures only: a blank cell closing a line of tabs stands where the next line starts.)
  for (const c of r.cells) {
    if (c.kind !== 'number') continue;
    if (c.span.start < le) onName++;
    else below = true;
  }
  return onName >= 2 && below;
}