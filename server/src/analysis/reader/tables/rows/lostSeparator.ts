/**
 * A row of table 三 in cells that lost one of its separators (「| 9 | 0 | 0 | 0 | 0 0 | 9 | ||」, a page's copy or a
 * hand's edit that dropped a 「|」 or a tab): its cells then stand one to the left, the row's 总计 in 其他's place and the
 * cell after it — a layout's padding — read as a blank 总计. Read so, 其他 was a certain 9 and 总计 blank, with the
 * report blamed for the sums (found by a review; a row a cell a line that lost a cell is said short, as this one now is).
 * Such a row's total is not read: it lacks a figure (table-shape says so), and its figures are not known for the sums
 * and the export. Told by either sign, with its 总计 blank: a cell holding two figures apart by a space (「0 0」, 「2 100」),
 * or — where most of the table's rows have their 总计 — 其他 that is the sum of the five before it (the total, moved).
 */
import type { Cell, TableRow } from '../../../types';
import { APP_TOTAL_COL, APP_WIDTH } from '../../../form/schema';
import { missingCell, TWO_FIGURES } from '../fitRow';

export function lostSeparators(rows: TableRow[]): void {
  // (其他 the sum of the five only in a table whose rows have their 总计: a report that leaves 总计 blank throughout — a row
  // of 1, 0, 0, 0, 0, 1 and no total — has every cell, and its blank totals are its own, which row-total says; found by
  // the review of the first version.)
  let withFigures = 0;
  let totalled = 0;
  for (const r of rows) {
    if (r.found === 0 || r.cells.length !== APP_WIDTH) continue;
    withFigures++;
    if (r.cells[APP_TOTAL_COL].kind === 'number') totalled++;
  }
  // (The cell of two figures needs no such gate: a table whose every row lost a separator has no 总计 anywhere.)
  const totals = totalled * 2 > withFigures;
  for (const r of rows) {
    if (r.cells.length !== APP_WIDTH || r.glue || r.unsure || r.cells[APP_TOTAL_COL].kind !== 'blank') continue;
    const parts = r.cells.slice(0, APP_TOTAL_COL);
    if (!parts.some((c) => TWO_FIGURES.test(c.raw.trim())) && !(totals && totalMoved(parts))) continue;
    r.cells = [...parts, missingCell(r.cells[APP_TOTAL_COL].span.start)];
    r.found = APP_WIDTH - 1;
  }
}

/** Whether the last part is more than 0 and the sum of the five figures before it. */
function totalMoved(parts: readonly Cell[]): boolean {
  const last = parts[parts.length - 1];
  if (last.kind !== 'number' || !(Number(last.value) > 0)) return false;
  let sum = 0;
  for (let k = 0; k < parts.length - 1; k++) {
    const c = parts[k];
    if (c.kind !== 'number') return false;
    sum += Number(c.value);
  }
  return sum === last.value;
}
