/**
 * Table 三's rows that do not add up and whose figures stand on both sides of a page's margins (its number, a browser's
 * date and address, the running title: pageMargins.ts) — a row a page break cut, in a text that gives a page's parts in
 * the order the PDF has them, not the table's (pdftotext without -layout: 「0 0 0 0 81」, the margins, 「81 0」 for
 * 0 81 0 0 0 0 81). Read as written, the row was a false row-total error and its figures were exported in another order
 * (found by the review's generated texts with known figures). Its figures are not read with certainty: the row is unsure
 * (not summed, not exported), and table-shape says why. A row that adds up was read right: figures out of order would not.
 * Nor is a row whose cells a separator parts (a tab, a pipe): a text that writes them writes them in the row's order — a
 * tab-separated report's row cut by a page's 「- 2 -」 keeps its row-total (found by an adversarial review).
 */
import { APP_WIDTH } from '../../../form/schema';
import type { TableRow } from '../../../types';
import { CHAR_CLASS, DIGIT } from '../../text/charClass';
import { lineAfter, lineEndAt } from '../../text/lines';
import { separated } from './separated';
import { isMarginLine } from '../../tokens/pageMargins';
import { outOfShape } from '../fitRow';
import { addsUp } from '../lostBlanks';

/** The rows marked. */
export function acrossPages(rows: readonly TableRow[], text: string): TableRow[] {
  const found: TableRow[] = [];
  for (const r of rows) {
    if (r.unsure || outOfShape(r, APP_WIDTH) || r.cells.length !== APP_WIDTH || r.cells.some((c) => c.kind === 'unknown') || addsUp(r.cells)) continue;
    if (!marginBetween(text, r.cells[0].span.end, r.cells[APP_WIDTH - 1].span.start) || separated(text, r.cells)) continue;
    r.unsure = true;
    found.push(r);
  }
  return found;
}

/** Whether a whole line between offsets `from` and `to` (two cells of one row) is a page's margin. */
function marginBetween(text: string, from: number, to: number): boolean {
  // (Lines a row's figures stand on are few; a row spread over more than this many is no row a page break cut.)
  let lines = 0;
  for (let ls = lineAfter(text, from); ls < to && lines < 40; ls = lineAfter(text, ls), lines++) {
    const le = lineEndAt(text, ls);
    if (le > to || le - ls > 2048) break;
    let digit = false;
    for (let i = ls; i < le && !digit; i++) digit = (CHAR_CLASS[text.charCodeAt(i)] & DIGIT) !== 0;
    if (le > ls && isMarginLine(text, ls, le, digit, text.slice(ls, le).includes('政府'))) return true;
  }
  return false;
}
