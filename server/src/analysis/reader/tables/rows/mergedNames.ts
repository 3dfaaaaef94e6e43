/**
 * A table 三 row whose name follows another row's numbering on its line — 「（四）无 1.2.本机关不掌握相关政府信息」, pdftotext
 * without -layout putting two rows' names where their cells' heights meet: 「1.」 is this row's own number, 「2.」 the next
 * row's, and the figures on the lines after the name were the next row's (a figure a line, 0 9 0 7 0 8 24), this row's above it. Read as
 * its own, they were exported as 本机关不掌握's without a word (found by the review's generated texts with known figures:
 * 5 of 64). Its figures are not known (TableRow.unsure); table-shape says why.
 */
import { lineStartAt } from '../../text/lines';
import type { TableRow } from '../../../types';

/** A numbering ending the text before a row's label on its line (「1.」「1、」), and one opening the label. */
const BEFORE = /(\d{1,2})[.．、]\s*$/;
const OPENS = /^\s*(\d{1,2})[.．、]/;

export function mergedNames(rows: readonly TableRow[], text: string): void {
  for (const r of rows) {
    if (r.found === 0) continue;
    const before = BEFORE.exec(text.slice(lineStartAt(text, r.label.start), r.label.start));
    const own = before && OPENS.exec(r.labelText);
    // (The two numbers one after the other: 「1.2.」, as two rows of a group are numbered.)
    if (!before || !own || Number(own[1]) !== Number(before[1]) + 1) continue;
    // (Figures on the name's own line are its row's, as a page laid out with -layout keeps them: 「（四）无 1.2.本机关不掌握相关
    // 政府信息   0  3   0   59   94   0 156」 is （四）1.'s. Only figures on lines after it may be the next row's.)
    const first = r.cells.find((c) => c.kind !== 'missing');
    if (!first || !/[\r\n]/.test(text.slice(r.label.end, first.span.start))) continue;
    r.unsure = true;
    r.merged = `${before[1]}.${own[1]}.`;
  }
}
