/**
 * Table 三's rows whose names pdftotext without -layout put together apart from their figures, the figures of all of
 * them in one run — after the first row's name (the others' names after the figures), or after the last's (the others'
 * names stacked above it), as it reads a page's name cells out of line with the figures beside them:
 *
 *     3.其他                      3.其他
 *     0 0 5 0 0 0 5               （七）总计
 *     22 0 29 0 0 0 51            四、结转下年度继续办理
 *     1 0 0 0 0 0 1               0 0 0 0 39 0 39
 *     （七）总计                   128 0 0 147 288 100 663
 *     四、结转下年度继续办理         5 0 0 11 33 24 73
 *
 * One row had 21 figures and the others none: three rows said not to be read, in 29 of the 40 generated reports' PDFs
 * (the review's texts with known figures). The run is the rows', seven each in the form's order, where that is certain:
 * the rows the form's next ones one after another, the others with no figure of their own — as many as the run has
 * rows past its own, all above it or all after it, those after named after its last figure —, named by more than a
 * column's word (「总计」 alone is the header's cell), none of them in doubt, every row then adding up (its total the
 * sum of its six parts) and every column (（七）总计 the sum of its items) — else they are left as they were, said not
 * to be read. (The review of the first version: a 「（二）部分公开」 with （一）予以公开's
 * figures after its own gave them to the header's 「总计」.)
 */
import { APP_ROWS, APP_WIDTH, totalItems } from '../../../form/schema';
import type { Cell, TableRow } from '../../../types';
import { addsUp } from '../lostBlanks';
import { isAppHeaderCell } from '../labels';
import { foldChars } from '../../text/normalize';

/** Each row's place in the form. */
const ORDER = new Map(APP_ROWS.map((r, k) => [r.id, k] as [string, number]));

/** Gives the rows named apart from a row's run of figures their figures, where certain (in place); and drops every `over`. */
export function namesAfter(rows: TableRow[], variant: '2021' | '2019'): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const over = row.over;
    const at = ORDER.get(row.id);
    if (!over || at === undefined || row.unsure || row.glue) continue;
    const run = [...row.cells.slice(0, APP_WIDTH), ...over];
    const extra = over.length / APP_WIDTH;
    const last = over[over.length - 1].span.end;
    const figureless = (r: TableRow | undefined, place: number) => !!r && ORDER.get(r.id) === place && r.found === 0 && !r.glue && !r.over && !r.unsure && !isAppHeaderCell(foldChars(r.labelText).s);
    // All the rows without figures right before it in the form's order (names stacked above the run), and right after it
    // (named after the run) — all of them, not only as many as the run has rows past its own: one side must have exactly
    // that many, the other none. (The adversarial review of the first version: a blank row among them took another's
    // figures — a row of 3.其他 left blank gave its seven to （七）总计's, and 总计's to 3.其他, and false sums were said.)
    let before = 0;
    while (before <= extra && figureless(rows[i - 1 - before], at - 1 - before)) before++;
    let after = 0;
    while (after <= extra && figureless(rows[i + 1 + after], at + 1 + after)) after++;
    let from: number;
    if (before === extra && after === 0) from = i - extra;
    else if (after === extra && before === 0 && rows[i + extra].label.start >= last) from = i;
    else continue;
    const parts = Array.from({ length: extra + 1 }, (_, q) => run.slice(q * APP_WIDTH, (q + 1) * APP_WIDTH));
    if (!parts.every(addsUp)) continue;
    const given = rows.slice();
    for (let q = 0; q <= extra; q++) given[from + q] = { ...rows[from + q], cells: parts[q], found: APP_WIDTH };
    // And the columns then add up — （七）总计 the sum of its items, every item and the total read —: a blank row, a row
    // whose name was lost, leaves them short or over, and nothing is given (the same review: a blank row above a run
    // took the next row's figures where a name was lost below).
    if (!columnsAddUp(given, variant)) continue;
    for (let q = 0; q <= extra; q++) rows[from + q] = given[from + q];
  }
  for (let i = 0; i < rows.length; i++) {
    if (!rows[i].over) continue;
    const { over: _, ...rest } = rows[i];
    rows[i] = rest;
  }
}

/** Whether every column's （七）总计 is the sum of its items, all of them and the total read as figures (a blank is 0). */
function columnsAddUp(rows: readonly TableRow[], variant: '2021' | '2019'): boolean {
  const byId = new Map(rows.map((r) => [r.id, r] as [string, TableRow]));
  const total = byId.get('total');
  if (!total || total.found !== APP_WIDTH) return false;
  const value = (c: Cell) => (c.kind === 'number' ? c.value : c.kind === 'blank' ? 0 : undefined);
  for (let col = 0; col < APP_WIDTH; col++) {
    let sum = 0;
    for (const id of totalItems(variant)) {
      const r = byId.get(id);
      const v = r && r.found === APP_WIDTH && !r.unsure && !r.glue ? value(r.cells[col]) : undefined;
      if (v === undefined) return false;
      sum += v;
    }
    if (value(total.cells[col]) !== sum) return false;
  }
  return true;
}
