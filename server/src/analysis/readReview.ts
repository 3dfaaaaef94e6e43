/**
 * Reads table 四 (行政复议、行政诉讼): a header that starts with 「行政复议」 and names 「行政诉讼」,
 * then one row of 15 figures. The header's own filler cells are not values: the figures are the
 * cells after the last header word. Seed 003 leaves the five 行政复议 cells blank: the row then has
 * exactly 15 cells and they are read in place.
 */
import { fitRow } from './fitRow';
import { isReviewHeader } from './labels';
import { REVIEW_WIDTH } from './schema';
import type { Token } from './tokens';
import type { ReviewTable } from './types';

const LOOKAHEAD = 40;

export function readReview(tokens: Token[]): ReviewTable[] {
  const tables: ReviewTable[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'text' || !/^行政(?:法)?复议/.test(t.norm) || !isReviewHeader(t.norm)) continue;
    let namesSuit = t.norm.includes('诉讼');
    for (let k = i + 1; k < Math.min(tokens.length, i + LOOKAHEAD) && !namesSuit; k++) {
      if (tokens[k].kind === 'text' && tokens[k].norm.includes('行政诉讼') && tokens[k].norm.length <= 24) namesSuit = true;
    }
    if (!namesSuit) continue;
    let lastHeader = i;
    let j = i + 1;
    for (; j < tokens.length; j++) {
      const h = tokens[j];
      if (h.kind === 'blank') continue;
      if (h.kind === 'text' && isReviewHeader(h.norm)) {
        lastHeader = j;
        continue;
      }
      break;
    }
    const cells: Token[] = [];
    let k = lastHeader + 1;
    for (; k < tokens.length && tokens[k].kind !== 'text'; k++) cells.push(tokens[k]);
    const header = { start: t.span.start, end: tokens[lastHeader].span.end };
    const fitted = fitRow(cells, REVIEW_WIDTH, header);
    const last = fitted.cells.filter((c) => c.kind !== 'missing').pop();
    tables.push({
      kind: 'review',
      span: { start: header.start, end: last ? Math.max(last.span.end, header.end) : header.end },
      header,
      cells: fitted.cells,
      found: fitted.found,
    });
    i = k - 1;
  }
  return tables;
}
