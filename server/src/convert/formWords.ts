/**
 * The form's own wording — section headings, table labels and column headers — where it stands in a
 * text. A phrase conversion (OpenCC's Taiwan phrases, twp) rewrites words, not only characters: there
 * and back it makes 「行政查询事项」 「行政查找事项」, and the row is lost. These stretches are converted
 * character by character instead, which keeps the form's words in either script.
 */
import { ACTIVE_2019, ACTIVE_2021, APP_COLUMNS, APP_GROUPS, APP_ROWS, REVIEW_COLUMNS, REVIEW_GROUPS, SECTIONS } from '../analysis/form/schema';
import { foldChars } from '../analysis/reader/text/normalize';
import type { Span } from '../analysis/types';

/** A label's words without its numbering (「（三）8.属于行政查询事项」 → 「属于行政查询事项」). */
const NUMBERING = /^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])+/;

const EXTRA = ['政府信息', '信息内容'];

let words: string[] | undefined;
/** The form's words in simplified characters, longest first (built on first use). */
function formWords(): string[] {
  if (words) return words;
  const all = new Set<string>();
  const add = (label: string) => {
    const w = label.replace(NUMBERING, '').replace(/[（(].*$/, '');
    if (w.length >= 2) all.add(w);
  };
  for (const s of SECTIONS) add(s.official);
  for (const d of [...APP_ROWS, ...APP_GROUPS]) add(d.label);
  for (const c of [...APP_COLUMNS, ...REVIEW_COLUMNS]) add(c.label);
  for (const g of REVIEW_GROUPS) add(g.short.cn);
  for (const b of [...ACTIVE_2021, ...ACTIVE_2019]) {
    for (const r of b.rows) add(r.label);
    for (const c of b.columns) add(c.label);
  }
  // The regulation's own term, wherever it stands (the title, the 条例's name, 「收到政府信息公开申请…件」), and table
  // 二's first header cell: twp made them 「政府資訊公開」「資訊內容」 beside the headings' 「政府信息公開」, and a
  // statement of the figures so written was no longer read (found by a review).
  for (const w of EXTRA) all.add(w);
  return (words = [...all].sort((a, b) => b.length - a.length));
}

/**
 * Where the form's words stand in text[from, to), sorted and not overlapping: found in the text folded as
 * the reader folds it (traditional to simplified, widths, spaces dropped), so a word written in either script
 * or in both mixed (「行政規范性文件」, 「屬于」: a site's conversion that missed characters) is found — written in
 * one script only, a mixed label was phrase-converted and its row lost (found by a review).
 */
export function formWordSpans(text: string, from: number, to: number): Span[] {
  const found: Span[] = [];
  const f = foldChars(text.slice(from, to));
  for (const w of formWords()) {
    for (let i = f.s.indexOf(w); i >= 0; i = f.s.indexOf(w, i + w.length)) found.push({ start: from + f.back[i], end: from + f.back[i + w.length - 1] + 1 });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of found) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) last.end = s.end;
      continue;
    }
    out.push({ ...s });
  }
  return out;
}
