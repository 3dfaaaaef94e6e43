/**
 * Table 三's rows that do not add up with lines of figures alone after them that no row took — a PDF's narrow cells whose
 * figures wrapped, their last digits a line below (pdftotext without -layout: 「一、本年新收…申请数 ２１ ７ ３ １８ １２ １７ ７０」,
 * 「量」, 「２」, 「４ ４ ７７」 for 212 7 3 184 124 177 707). Read as written, each such row was a false row-total error (ten in
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
    // The lines after the row's last figure's, to the next row's name's.
    for (let at = lineEndAt(text, end) + 1; at < next; at = lineEndAt(text, at) + 1) {
      if (FIGURES.test(text.slice(lineStartAt(text, at), Math.min(lineEndAt(text, at), next)))) {
        found.push(r);
        break;
      }
    }
  }
  if (found.length < FROM) return [];
  for (const r of found) r.unsure = true;
  return found;
}
