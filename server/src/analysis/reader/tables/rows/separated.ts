/**
 * Whether a row's cells stand on lines that part cells by a separator — a tab, a pipe — rather than by spaces alone: a text
 * that writes separators writes a row's cells in the row's order, whatever else it does (rows/acrossPages.ts, readReview.ts).
 */
import type { Cell } from '../../../types';
import { lineEndAt, lineStartAt } from '../../text/lines';

export function separated(text: string, cells: readonly Cell[]): boolean {
  let seen = -1;
  for (const c of cells) {
    if (c.kind === 'missing') continue;
    const ls = lineStartAt(text, c.span.start);
    if (ls === seen) continue;
    seen = ls;
    const le = lineEndAt(text, c.span.end);
    for (let i = ls; i < le; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 0x09 || ch === 0x7c || ch === 0xff5c) return true;
    }
  }
  return false;
}
