/**
 * A table whose cells each open with a line that is a separator alone, the cell's words on the lines after it —
 * Python's html2text writes a page's table so when its cells hold paragraphs (every Word-made page's):
 *
 *     一、本年新收政府信息公开申请数量
 *
 *     |
 *
 *     821
 *
 *     |
 *
 *     (a space: the cell was blank)
 *
 * A blank cell is a separator line with nothing but spaces before the next. Read by the separators' places, a
 * row's blank cells were lost and its figures slid left (14 of table 三's 23 rows wrong on a real page, found by a
 * review). Only where every figure and word of the row stands on a line with no separator of its own: the
 * layout of a cell a line closed by its separator (「21 |」, with filler lines 「|」) is another.
 */
import { lineAround } from '../../text/lines';
import type { Token } from '../../tokens/token';

const SEPARATOR_LINE = /^[ \t\u3000]*[|｜][ \t\u3000\u00a0]*$/;
const HAS_SEPARATOR = /[|｜]/;

/**
 * The row's cells, one for each separator line (the token after it on a line of its own, else the separator
 * line's blank) — and a first cell before the first separator line where the row opens with its figure (table
 * 四's, whose row has no label: html2text writes a row's first cell with no separator before it) — or undefined
 * where the row is not written so.
 */
export function cellsAfterSeparatorLines(tokens: readonly Token[], text: string): Token[] | undefined {
  const isSeparatorLine = (t: Token) => t.kind === 'blank' && SEPARATOR_LINE.test(lineAround(text, t.span.start));
  let i = 0;
  const cells: Token[] = [];
  // (A first cell of its own: a figure on a line with no separator, a separator line right after it.)
  if (tokens.length >= 3 && !isSeparatorLine(tokens[0]) && tokens[0].kind !== 'text' && !HAS_SEPARATOR.test(lineAround(text, tokens[0].span.start)) && isSeparatorLine(tokens[1])) cells.push(tokens[i++]);
  if (tokens.length - i < 2 || !isSeparatorLine(tokens[i])) return undefined;
  let open: Token | undefined;
  let filled = false;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (isSeparatorLine(t)) {
      if (open && !filled) cells.push(open);
      open = t;
      filled = false;
      continue;
    }
    // (Words or a figure on a line of their own after the separator line; a second one in the same cell, or one on a
    // line with a separator, is some other layout.)
    if (!open || filled || HAS_SEPARATOR.test(lineAround(text, t.span.start)) || t.line === open.line) return undefined;
    cells.push(t);
    filled = true;
  }
  if (open && !filled) cells.push(open);
  return cells;
}
