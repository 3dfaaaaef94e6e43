/**
 * A table 三 an OCR read from a ruled table: the rule before a row's total, touching its figure, is read as a digit
 * glued on, mostly 「1」 — 「0   0    0    0     4     0 14」 for a total of 4, 「2 8 0 8 0 0 118」 for 18, 「0 0 45」 for 5.
 * Taken as written, each such row was a row-total error the report never made (179 false errors in 60 of 96 tesseract
 * texts of generated reports; in 43 of them two rows or more). Where the table shows that its text is such an OCR's —
 * another row's total with the rule still before it, 「0       0 |87」 —, a total that is a digit and then exactly its
 * row's sum cannot be told from that sum: the cell is left undetermined (not summed, compared nor exported) and
 * table-ambiguous names both readings. A typed report's total off by a leading digit has no such rule in its table,
 * and stays a row-total error.
 */
import { APP_TOTAL_COL, APP_WIDTH } from '../../../form/schema';
import type { ApplicationsTable, Cell, Span, TableRow } from '../../../types';

/** A total of a digit and then more digits (ASCII: what an OCR writes) — mostly 「1」, at times 「4」 or 「3」 for the rule. */
const LEADING_DIGIT = /^[1-9][0-9]+$/;

/**
 * A line whose last figure has an OCR's rule glued before it (「|87」「{158」「(52」), a figure before that apart by
 * spaces — among figures apart by spaces, not a table whose every cell is cut by bars (a Markdown row: 「| 0 | 13」).
 */
const RULE_BEFORE_LAST = /[0-9][)）\]」}]?[ \t\u3000]+[|｜!丨{「(\[（【/][0-9]+[ \t\u3000]*$/;
/** Bars a line of such a table has at most: the OCR saw few of its rules. */
const FEW_BARS = 4;
/** Figures apart by spaces on such a line: a row's, not a sentence's 「（办结5）」. */
const ROW_FIGURES = 4;

/** What the total would be without its leading 1, where that is exactly the sum of the row's other figures. */
function withoutRule(cells: readonly Cell[]): number | undefined {
  if (cells.length !== APP_WIDTH) return undefined;
  const total = cells[APP_TOTAL_COL];
  if (total.kind !== 'number' || total.inferred || !LEADING_DIGIT.test(total.raw)) return undefined;
  let sum = 0;
  for (let c = 0; c < APP_TOTAL_COL; c++) {
    const x = cells[c];
    if (x.kind !== 'number' || x.value === undefined || !Number.isInteger(x.value)) return undefined;
    sum += x.value;
  }
  return String(sum) === total.raw.slice(1) ? sum : undefined;
}

/** Whether the table's text shows an OCR's reading of its rules: a line with a rule glued before its last figure. */
function ocrRuled(text: string, span: Span): boolean {
  let ls = span.start;
  while (ls < span.end) {
    let le = text.indexOf('\n', ls);
    if (le < 0 || le > span.end) le = span.end;
    const line = text.slice(ls, le).replace(/\r$/, '');
    if (RULE_BEFORE_LAST.test(line) && bars(line) < FEW_BARS && (line.match(/[0-9]+/g)?.length ?? 0) >= ROW_FIGURES) return true;
    ls = le + 1;
  }
  return false;
}

function bars(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 0x7c || line.charCodeAt(i) === 0xff5c) n++;
  return n;
}

/**
 * The rows whose total may be the rule and its sum, their total cell made undetermined (`Cell.withoutRule` the
 * other reading); new row objects, the cells of the table's reading not changed in place. Returns how many.
 */
export function ruleAsDigit(table: ApplicationsTable, text: string): number {
  let candidates: number[] | undefined;
  for (let k = 0; k < table.rows.length; k++) {
    const r = table.rows[k];
    if (!r.glue && !r.unsure && withoutRule(r.cells) !== undefined) (candidates ??= []).push(k);
  }
  if (!candidates || !ocrRuled(text, table.span)) return 0;
  const rows: TableRow[] = table.rows.slice();
  for (const k of candidates) {
    const r = rows[k];
    const total = r.cells[APP_TOTAL_COL];
    const cells = r.cells.slice();
    cells[APP_TOTAL_COL] = { kind: 'unknown', span: { ...total.span }, raw: total.raw, withoutRule: withoutRule(r.cells) };
    rows[k] = { ...r, cells };
  }
  table.rows = rows;
  return candidates.length;
}
