/**
 * Table 三 rows whose blank cells the text dropped. A PDF's text, or a page copied without its empty
 * cells, keeps a row's figures and loses its blanks: 「258 12 1 1 272」 for 258|12|–|–|1|1|272, glued
 * 「2581211272」. A row of such a table read one digit a cell (「2581211」 → 2|5|8|1|2|1|1) or by its only
 * split is then a guess, and a total it breaks is no error the report made: the row cannot be read.
 */
import { readingCells, runWords, unknownCells } from '../glued/readRun';
import { splitRun } from '../glued/splitRun';
import { Token } from '../tokens/token';
import { APP_TOTAL_COL, APP_WIDTH } from '../../form/schema';
import type { ApplicationsTable, Cell, RowGlue, Span } from '../../types';

/** Whether a row's parts make its total, blanks counted as 0. */
export function addsUp(cells: readonly Cell[]): boolean {
  let sum = 0;
  for (let c = 0; c < APP_TOTAL_COL; c++) {
    const v = cells[c].kind === 'blank' ? 0 : cells[c].value;
    if (v === undefined) return false;
    sum += v;
  }
  const total = cells[APP_TOTAL_COL].kind === 'blank' ? 0 : cells[APP_TOTAL_COL].value;
  return total === sum;
}

/** Figures apart by spaces: the text kept where cells were, if not which. */
const spaced = (g: RowGlue) => /[\s\u3000]/.test(g.raw);

/**
 * Whether a run no split into the row's cells reads splits into fewer figures whose last is the sum
 * of the others (「2581211272」 → 258|12|1|1|272): cells were lost. A report's own wrong sum glued
 * (「191000019」) seldom makes one, and the cost of reading one by chance is small — rows that do not
 * add up are then said to be unreadable instead of wrong, still at their place.
 */
function addsUpWithFewer(text: string, run: Span): boolean {
  const words = runWords(text, wordsOf(text, run));
  for (let k = 2; k < APP_WIDTH; k++) {
    const parts = Array.from({ length: k - 1 }, (_, i) => i);
    if (splitRun(words, k, { rules: [{ parts, total: k - 1 }], limit: 1 }).readings.length) return true;
  }
  return false;
}

/**
 * A table with a row no split into seven cells reads, which shows that blank cells were lost — its
 * figures spaced apart (「821 35 2 1 859」, the spaces where the cells were), or glued and read in fewer
 * figures that add up (「2581211272」) in a table that writes no row of zeros — lost them in other rows too: a row of it read one digit a cell
 * or by its only split that does not add up is unreadable, not a false row-total made of its digits.
 * (A page whose cell boundaries were all lost with its zeros written (「（二）部分公开8100008」) dropped no
 * blank cell: a row of it read one digit a cell that does not add up is the report's error.)
 */
export function lostBlanks(t: ApplicationsTable, text: string): boolean {
  // (A glued row of seven written zeros, 「0000000」, shows a page that writes its zeros: a run no split reads
  // there is a wrong sum, even one that fewer figures happen to read — 「12000021」 as 1|20|0|0|0|21.)
  const zerosWritten = t.rows.some((r) => r.glue?.status === 'read' && r.glue.how === 'digits' && r.cells.every((c) => c.value === 0));
  // (On such a page a row of figures apart by spaces with as many digits as cells is one digit a cell too: no blank was
  // there to lose. 「100 0 0 00」 beside twenty rows 「0 0 0 0 0 00」 read no way that adds up, and was said unreadable for a
  // blank lost; its 总计 0 is the report's error, as the page's other years show — found by a review of real pages.)
  if (zerosWritten) {
    t.rows = t.rows.map((r) => {
      const read = r.glue?.status === 'unreadable' && spaced(r.glue) ? oneDigitACell(text, r.glue) : undefined;
      return read ? { ...r, ...read } : r;
    });
  }
  const lost = t.rows.some((r) => r.glue?.status === 'unreadable' && (spaced(r.glue) || (!zerosWritten && addsUpWithFewer(text, r.glue.run))));
  if (!lost) return false;
  t.rows = t.rows.map((r) => {
    const g = r.glue;
    if (!g || g.status !== 'read' || (g.how !== 'digits' && g.how !== 'unique')) return r;
    if (r.cells.some((c) => c.value === undefined) || addsUp(r.cells)) return r;
    return { ...r, cells: unknownCells(text, g.run, APP_WIDTH), glue: { run: g.run, raw: g.raw, status: 'unreadable', rule: 'row', blanksLost: true } };
  });
  return true;
}

/** A row whose run has as many digits as the row has cells (words of figures only), read one digit a cell; else undefined. */
function oneDigitACell(text: string, g: RowGlue): { cells: Cell[]; glue: RowGlue; found: number } | undefined {
  const words = runWords(text, wordsOf(text, g.run));
  let digits = '';
  for (const w of words) {
    if (w.marks || !/^[0-9０-９]+$/.test(w.digits)) return undefined;
    digits += w.digits;
  }
  if (digits.length !== APP_WIDTH) return undefined;
  const values = [...digits].map((d) => Number(d.normalize('NFKC')));
  return { cells: readingCells(text, words, Array(APP_WIDTH).fill(1), values, 'digits'), glue: { run: g.run, raw: g.raw, status: 'read', how: 'digits' }, found: APP_WIDTH };
}

/** The digit words of a run as value tokens (to place figures on their characters). */
export function wordsOf(text: string, run: Span): Token[] {
  const out: Token[] = [];
  const re = /[-－+]?[0-9０-９]+/g;
  const raw = text.slice(run.start, run.end);
  for (let m = re.exec(raw); m; m = re.exec(raw)) out.push(new Token('value', { start: run.start + m.index, end: run.start + m.index + m[0].length }, m[0], 0, 0));
  return out;
}
