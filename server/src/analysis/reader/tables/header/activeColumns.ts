/**
 * The order of a table 二 block's figure columns (本年制发件数 | 本年废止件数 | 现行有效件数 …) as its column
 * header gives them, where the header is a grid that says it for certain (grid.ts): each column's name in
 * a cell of its own, counted from the line's end as the row's figures are, none twice. A block whose header
 * puts 本年废止件数 or 现行有效件数 first is then read in its own order: its figures were swapped without a
 * word (found by a review). Anywhere else the form's order is kept.
 */
import type { Span } from '../../../types';
import { foldChars } from '../../text/normalize';
import { headerGrid, orderFromLineEnds, orderOfSequence } from './grid';

/** A unit in brackets after a column's name (「采购总金额（元）」). */
const UNIT_NOTE = /^[(（][^()（）]{1,8}[)）]$/;

/**
 * For each figure position of the block's rows, the form's column it holds — where its header certainly
 * gives an order other than the form's; undefined where it is the form's or cannot be told. `header` runs
 * from the block's title to its first row.
 */
export function activeOrder(text: string, header: Span, columns: readonly { label: string }[]): number[] | undefined {
  const width = columns.length;
  if (width < 2) return undefined;
  const names = columns.map((c) => foldChars(c.label).s);
  const named = (words: string) => names.findIndex((n) => words === n || (words.startsWith(n) && UNIT_NOTE.test(words.slice(n.length))));
  const mentions = (w: string) => names.some((n) => w.includes(n));
  const lines = headerGrid(text, header.start, header.end, (w) => named(w) >= 0, mentions);
  // Written a cell a line (「信息内容 |」「本年废止件数 |」…, or without the pipes): the names in the order of their lines.
  if (!lines || lines.every((l) => l.length === 1)) return cellPerLineOrder(text, header, named, mentions, width);
  if (lines[0].length < width + 1) return undefined;
  return orderFromLineEnds(lines, named, width);
}

/**
 * A block header written a cell a line: each line that names a column is that name alone (a closing pipe
 * aside), every column named once — its order is the lines' (table 二's header has one level). Undefined
 * where a line names one among other words, or a name is missing or twice.
 */
function cellPerLineOrder(text: string, header: Span, named: (w: string) => number, mentions: (w: string) => boolean, width: number): number[] | undefined {
  let from = header.start;
  while (from > 0 && text[from - 1] !== '\n') from--;
  const seq: number[] = [];
  for (const line of text.slice(from, header.end).split(/\r?\n/)) {
    const words = foldChars(line.replace(/[|｜│┃\s\u3000]+$/, '')).s.replace(/[*_]/g, '');
    if (!mentions(words)) continue;
    const column = named(words);
    if (column < 0 || seq.includes(column)) return undefined;
    seq.push(column);
  }
  return seq.length === width ? orderOfSequence(seq, width) : undefined;
}
