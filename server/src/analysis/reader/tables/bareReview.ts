/**
 * Table 四 without its header: section 四 holding the row of fifteen figures and nothing to name its
 * columns — what a PDF-to-Markdown converter leaves when it drops a table's header rows
 * (「| 0 | 1 | 0 | 3 | 4 | 0 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 1 | 2 |」 under the heading). The form fixes
 * the fifteen columns' order, so a line of exactly fifteen cells there is the table's row. Read only
 * where the header reader found no table 四 in the section, and only a line of cells alone: a line with
 * words on it is prose or another table's row, and a line of some other count of figures before it
 * leaves the section's figures in doubt (no table is read then).
 */
import { REVIEW_COLUMNS, REVIEW_WIDTH } from '../../form/schema';
import type { ReviewTable } from '../../types';
import type { Token } from '../tokens/token';
import { toCell } from './fitRow';
import { readCell } from '../tokens/numbers';

export function readBareReview(tokens: readonly Token[]): ReviewTable | undefined {
  for (let i = 0; i < tokens.length; ) {
    const line = tokens[i].line;
    let j = i;
    let words = false;
    let values = 0;
    for (; j < tokens.length && tokens[j].line === line; j++) {
      if (tokens[j].kind === 'text') words = true;
      else if (tokens[j].kind === 'value') values++;
    }
    if (!words && values > 0) {
      let cells = tokens.slice(i, j);
      // A figure a line, as a PDF's text gives the row under a header it scrambled (pdftotext without -layout): the
      // section's lines of figures alone from here, fifteen figures in all (found by a researcher's audit: 「读不出数字」 of
      // fifteen zeros under the header's pieces).
      if (cells.length < REVIEW_WIDTH) cells = figureLines(tokens, i) ?? cells;
      // (Blank cells count only where the line's separators make them cells: 「|  |」, tabs.)
      if (cells.length !== REVIEW_WIDTH) return undefined;
      const span = { start: cells[0].span.start, end: cells[cells.length - 1].span.end };
      return { kind: 'review', span, header: { start: span.start, end: span.start }, cells: cells.map(toCell), found: values, unheaded: true };
    }
    i = j;
  }
  return undefined;
}

/**
 * The figures of the lines of figures alone from token `i` on (to the first line with words): fifteen, and certain in the
 * form's order — all alike (fifteen zeros: in any order the same), or each group's four adding up to its 总计 with a figure
 * other than 0 among them. Else undefined: fifteen figures that could stand in another order are no reading.
 */
function figureLines(tokens: readonly Token[], i: number): Token[] | undefined {
  const cells: Token[] = [];
  for (let j = i; j < tokens.length && tokens[j].kind !== 'text'; j++) {
    if (tokens[j].kind !== 'value') return undefined;
    cells.push(tokens[j]);
    if (cells.length > REVIEW_WIDTH) return undefined;
  }
  if (cells.length !== REVIEW_WIDTH) return undefined;
  const v = cells.map((t) => {
    const c = t.cell ?? readCell(t.raw);
    return c.kind === 'number' ? c.value : undefined;
  });
  if (v.some((x) => x === undefined || !Number.isInteger(x))) return undefined;
  if (v.every((x) => x === v[0])) return cells;
  const w = REVIEW_COLUMNS.length;
  for (let g = 0; g < REVIEW_WIDTH; g += w) {
    let sum = 0;
    for (let k = g; k < g + w - 1; k++) sum += v[k]!;
    if (sum !== v[g + w - 1]) return undefined;
  }
  return cells;
}
