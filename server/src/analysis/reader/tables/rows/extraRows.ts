/**
 * Rows of table 三 that are none of the form's, written in cells between its rows: a row an agency added (「9.其他 | 2 |
 * 0 | 0 | 0 | 0 | 0 | 2 |」 under （三）不予公开, 「其中：网上申请 | 6 | …」 under 一). Their figures are not the form's, and
 * were dropped without a word — the report then said not to add up where it counted them (found by a review). Only in
 * cells (pipes, tabs: a line of a label and five figures or more), outside every row read, and not the table's header.
 */
import type { Span, TableRow } from '../../../types';
import { APP_WIDTH } from '../../../form/schema';
import { isAppHeaderCell } from '../labels';
import { APP_GROUPS, APP_ROWS } from '../../../form/schema';
import { foldChars } from '../../text/normalize';
import { lineEndAt, lineStartAt, nextLineStart } from '../../text/lines';

const SEPARATOR = /[|｜│┃\t]/;
const FIGURE = /^(?:[0-9０-９][0-9０-９,，]*|[-—–/／]|无|無)$/;
const WORDS = /[\u4e00-\u9fff].*[\u4e00-\u9fff]/;

/**
 * Whether a name is the form's though no row of it: a group's row filled in (「（五）不予处理 | - | - | …」, 「三、本年度办理结果 | 8
 * | …」 — the agency's subtotals or dashes), or a row numbered as the reader does not read (「⑶其他」: the table says the row
 * is missing). Found by the review of the first version, which said them to be none of the form's.
 */
function formWords(label: string): boolean {
  const numbered = /^\s*[\u2460-\u249b\u3251-\u325f\u32b1-\u32bf\u2776-\u2793]/.test(label);
  const bare = foldChars(label).s.replace(/^(?:[(（][一二三四五六七八九十0-9]{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.]|[0-9]{1,2}[.、])/, '');
  // (A row of the form numbered otherwise only where its words are a row's: 「①网上申请」 is an agency's own.)
  if (numbered) return ROW_WORDS.has(foldChars(label.replace(/^\s*./, '')).s);
  return GROUP_WORDS.some((w) => bare === w || (bare.startsWith(w) && bare.length <= w.length + 2));
}
const GROUP_WORDS = [...APP_GROUPS.flatMap((g) => g.keys), '其他处理'];
/** The form's row names without their numbering, as the fold writes them. */
const ROW_WORDS = new Set(APP_ROWS.map((r) => foldChars(r.label).s.replace(/^(?:[(（][一二三四五六七八九十0-9]{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.]|[0-9]{1,2}[.、])/, '')));

export function extraRows(rows: readonly TableRow[], text: string, duplicates: readonly Span[] = []): { label: Span; labelText: string }[] {
  if (rows.length < 2) return [];
  // (The rows' places, first to last, overlapping ones merged: a line between two of them that is none of them. One walk.
  // A row written twice, its copy left out of the rows, is the form's: table-shape says it as such.)
  const places = [...rows.map((r) => ({ start: r.label.start, end: r.cells.reduce((e, c) => Math.max(e, c.span.end), r.label.end) })), ...duplicates];
  const spans: Span[] = [];
  for (const p of places.sort((a, b) => a.start - b.start)) {
    const prev = spans[spans.length - 1];
    if (prev && p.start <= prev.end) prev.end = Math.max(prev.end, p.end);
    else spans.push({ start: p.start, end: p.end });
  }
  const from = spans[0].start;
  const to = spans[spans.length - 1].end;
  const out: { label: Span; labelText: string }[] = [];
  let k = 0;
  for (let ls = lineStartAt(text, from); ls < to; ) {
    const le = lineEndAt(text, ls);
    while (k < spans.length && spans[k].end <= ls) k++;
    // (A line any row's label or figures stand on is that row's.)
    const taken = k < spans.length && spans[k].start < le;
    if (!taken && SEPARATOR.test(text.slice(ls, le))) {
      const line = text.slice(ls, le);
      const cells = line.split(SEPARATOR).map((c) => c.trim()).filter(Boolean);
      const label = cells[0];
      const figures = cells.slice(1).filter((c) => FIGURE.test(c)).length;
      if (label && WORDS.test(label) && !isAppHeaderCell(label) && !formWords(label) && figures >= APP_WIDTH - 2 && figures === cells.length - 1) {
        const start = ls + line.indexOf(label);
        out.push({ label: { start, end: start + label.length }, labelText: label });
      }
    }
    ls = nextLineStart(text, le);
  }
  return out;
}
