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
 * the rows the form's next ones one after another, the others with no figure of their own, those after the run's row
 * named after its last figure and by more than a column's word (「总计」 alone is the header's cell), none of them in
 * doubt; one way only to take them so, and every row then adding up (its total the sum of its six parts) — else they
 * are left as they were, said not to be read. (The review of the first version: a 「（二）部分公开」 with （一）予以公开's
 * figures after its own gave them to the header's 「总计」.)
 */
import { APP_ROWS, APP_WIDTH } from '../../../form/schema';
import type { Cell, TableRow } from '../../../types';
import { addsUp } from '../lostBlanks';
import { isAppHeaderCell } from '../labels';
import { foldChars } from '../../text/normalize';

/** Each row's place in the form. */
const ORDER = new Map(APP_ROWS.map((r, k) => [r.id, k] as [string, number]));

/** Gives the rows named apart from a row's run of figures their figures, where certain (in place); and drops every `over`. */
export function namesAfter(rows: TableRow[]): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const over = row.over;
    const at = ORDER.get(row.id);
    if (!over || at === undefined || row.unsure || row.glue) continue;
    const run = [...row.cells.slice(0, APP_WIDTH), ...over];
    const extra = over.length / APP_WIDTH;
    const last = over[over.length - 1].span.end;
    const figureless = (r: TableRow | undefined, place: number) => !!r && ORDER.get(r.id) === place && r.found === 0 && !r.glue && !r.over && !r.unsure && !isAppHeaderCell(foldChars(r.labelText).s);
    // How many rows without figures stand right before it in the form's order (names above), and right after it named after the run.
    let before = 0;
    while (before < extra && figureless(rows[i - 1 - before], at - 1 - before)) before++;
    let after = 0;
    while (after < extra && figureless(rows[i + 1 + after], at + 1 + after) && rows[i + 1 + after].label.start >= last) after++;
    let chosen: number | undefined;
    let ways = 0;
    for (let p = Math.max(0, extra - after); p <= Math.min(before, extra); p++) {
      if (!Array.from({ length: extra + 1 }, (_, q) => run.slice(q * APP_WIDTH, (q + 1) * APP_WIDTH)).every(addsUp)) break;
      chosen = p;
      ways++;
    }
    if (ways !== 1 || chosen === undefined) continue;
    const from = i - chosen;
    for (let q = 0; q <= extra; q++) {
      const cells: Cell[] = run.slice(q * APP_WIDTH, (q + 1) * APP_WIDTH);
      rows[from + q] = { ...rows[from + q], cells, found: APP_WIDTH };
    }
  }
  for (let i = 0; i < rows.length; i++) {
    if (!rows[i].over) continue;
    const { over: _, ...rest } = rows[i];
    rows[i] = rest;
  }
}
