/**
 * Table 四 without its header: section 四 holding the row of fifteen figures and nothing to name its
 * columns — what a PDF-to-Markdown converter leaves when it drops a table's header rows
 * (「| 0 | 1 | 0 | 3 | 4 | 0 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 1 | 2 |」 under the heading). The form fixes
 * the fifteen columns' order, so a line of exactly fifteen cells there is the table's row. Read only
 * where the header reader found no table 四 in the section, and only a line of cells alone: a line with
 * words on it is prose or another table's row, and a line of some other count of figures before it
 * leaves the section's figures in doubt (no table is read then).
 */
import { REVIEW_WIDTH } from '../../form/schema';
import type { ReviewTable } from '../../types';
import type { Token } from '../tokens/token';
import { toCell } from './fitRow';

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
      const cells = tokens.slice(i, j);
      // (Blank cells count only where the line's separators make them cells: 「|  |」, tabs.)
      if (cells.length !== REVIEW_WIDTH) return undefined;
      const span = { start: cells[0].span.start, end: cells[cells.length - 1].span.end };
      return { kind: 'review', span, header: { start: span.start, end: span.start }, cells: cells.map(toCell), found: values, unheaded: true };
    }
    i = j;
  }
  return undefined;
}
