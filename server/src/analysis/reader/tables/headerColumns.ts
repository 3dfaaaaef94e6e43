/**
 * The order of table 三's seven figure columns as its header gives them — taken only where the header
 * is written in cells that say it for certain: every header line that names a column has as many cells
 * as the others (a grid with its merged cells kept as empty ones: Markdown, a spreadsheet's copy), each
 * of the seven names stands in a cell of its own, counted from the line's end as the figures are, and no
 * two in one place. A table that puts 总计 first, or 法人或其他组织 before 自然人, is then read in its own
 * order instead of the form's: its figures went to the wrong columns, with false sums said (found by a
 * review). Anywhere else — a page whose copy dropped the merged cells, a PDF's text, glued figures — the
 * header says nothing of the order, and the form's is kept.
 */
import { foldChars } from '../text/normalize';
import type { Span } from '../../types';

/** The form's columns, in its order, as the fold writes them (one script, no spaces). */
const NAMES: readonly (readonly string[])[] = [['自然人'], ['商业企业'], ['科研机构'], ['社会公益组织'], ['法律服务机构'], ['其他', '其它'], ['总计', '合计']];
const WIDTH = NAMES.length;
const SEPARATOR = /[|｜│┃\t]/;
/** A line that ends with a border (a pipe, spaces after it). */
const BORDER_END = /[|｜│┃][ \u3000]*$/;

/** The column of the form a cell names, or -1. */
function named(cell: string): number {
  const f = foldChars(cell).s.replace(/[*_]/g, '');
  return NAMES.findIndex((n) => n.includes(f));
}

/**
 * For each figure position of the rows (left to right), the form's column it holds — where the header
 * certainly gives an order other than the form's; undefined where it is the form's or cannot be told.
 */
export function headerOrder(text: string, header: Span): number[] | undefined {
  // (Whole lines: the header's span ends at its last word, before the line's closing cells.)
  let from = header.start;
  while (from > 0 && text[from - 1] !== '\n') from--;
  let to = header.end;
  while (to < text.length && text[to] !== '\n' && text[to] !== '\r') to++;
  const at: number[] = new Array(WIDTH).fill(-1);
  let cells = -1;
  for (const line of text.slice(from, to).split(/\r?\n/)) {
    if (!SEPARATOR.test(line)) {
      // A line of words (申请人情况, a note) names no column in a cell; one that names one outside cells says nothing certain.
      if (NAMES.some((n) => n.some((w) => foldChars(line).s.includes(w)))) return undefined;
      continue;
    }
    const parts = line.split(SEPARATOR);
    // (A closing border is no cell: 「| a | b |」. A tab closing a line is one: a spreadsheet's copy ends
    // a header line with its merged cells' empty ones, 「总计⇥自然人⇥法人或其他组织⇥⇥⇥⇥」.)
    if (parts.length > 1 && parts[parts.length - 1].trim() === '' && BORDER_END.test(line)) parts.pop();
    const names = parts.map(named);
    if (!names.some((n) => n >= 0)) continue;
    if (cells >= 0 && parts.length !== cells) return undefined;
    cells = parts.length;
    for (let i = 0; i < parts.length; i++) {
      if (names[i] < 0) continue;
      const fromEnd = parts.length - 1 - i;
      if (fromEnd >= WIDTH || at[names[i]] >= 0) return undefined;
      at[names[i]] = WIDTH - 1 - fromEnd;
    }
  }
  if (cells < WIDTH + 1 || at.some((p) => p < 0) || new Set(at).size !== WIDTH) return undefined;
  if (at.every((p, column) => p === column)) return undefined;
  const order: number[] = new Array(WIDTH);
  at.forEach((position, column) => (order[position] = column));
  return order;
}
