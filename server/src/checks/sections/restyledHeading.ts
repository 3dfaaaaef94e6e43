/**
 * A section heading numbered in another style than the form's 「一、」: 「1.总体情况」「１．」「（一）总体情况」
 * 「第一章 总体情况」「Ⅰ、」, Markdown's 「1. **总体情况**」「### 1、总体情况」, or no numbering at all (「【总体情况】」,
 * 「总体情况」 alone on its line). The reader knows a heading by the form's numeral, so the section reads as
 * missing; section-missing then names the heading as written and offers the form's numbering (a review saw
 * six 「缺少…部分」 said of a report whose six sections were all there, numbered 1. to 6.).
 * Taken only where it is certainly a heading: the whole of its line (Markdown's marks aside), its words the
 * section's own and nothing after them, its number — where it has one — the section's, and outside tables.
 */
import { headingWordsMatch } from '../../analysis/reader/segments/headings';
import { foldChars } from '../../analysis/reader/text/normalize';
import { readCell } from '../../analysis/reader/tokens/numbers';
import type { DocFacts } from '../../analysis/model/facts';
import type { SectionId, Span } from '../../analysis/types';

const NUMERALS = '一二三四五六';
const ROMAN = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', 'Ⅵ'];
/** How far past the heading before the place is searched. */
const REACH = 20_000;
/**
 * A line: Markdown's marks, a numbering of another style (1: digits; 2: a numeral in brackets; 3: 第N章;
 * 4: a Roman numeral; 5: 【), then the words up to the line's end.
 */
// (The marks taken whole, as an atomic group would — a lookahead's capture, then the same again —: given back one by one,
// a line of 120 marks and spaces before long words was tried 120 × 40 ways, and a 21 k-character page of text-browser
// frames took 700 ms — found by the fuzzer.)
const LINE = /(?<=^|\n)(?=([ \t\u3000#>*+\-]*))\1(?:([0-9０-９]{1,2})[.、．)）]|[（(]([一二三四五六七八九十]|[0-9０-９]{1,2})[）)]|第([一二三四五六七八九十])[章篇节]|([ⅠⅡⅢⅣⅤⅥ])[、.．]?|(【))?[ \t\u3000]*([^\r\n]{2,40}?)[ \t\u3000*】]*\r?(?=\n|$)/g;

export interface Restyled {
  /** The heading as written, numbering and words: what the fix rewrites. */
  span: Span;
  text: string;
  /** What the fix writes there: the form's numeral and 、, then the words as written. */
  newText: string;
}

/**
 * A numeral as OCR misreads one, opening a line: a character or two, not a numeral's, then 、 or a space (「人   」「=、」
 * 「入、」; a dash opening a line is a list's mark, and 「-、」 the lost numeral misnumbered.ts reads); taken only before a
 * section's words, whole.
 */
const MISREAD = /^[^\s\u3000、.．一二三四五六七八九十]{1,2}(?:[、.．][ \t\u3000]*|[ \t\u3000]+)/;

/** The number a numbering names, as a section id (0 when none). (readCell reads ASCII and full-width digits.) */
function numberOf(m: RegExpExecArray): number {
  if (m[2]) return readCell(m[2]).value ?? 0;
  if (m[3]) return NUMERALS.includes(m[3]) ? NUMERALS.indexOf(m[3]) + 1 : readCell(m[3]).value ?? 0;
  if (m[4]) return NUMERALS.indexOf(m[4]) + 1;
  if (m[5]) return ROMAN.indexOf(m[5]) + 1;
  return 0;
}

/** A line's numbering style: which kind of numbering it has (digits, a bracketed numeral, 第N章, Roman, 【, none). */
const styleOf = (m: RegExpExecArray) => (m[2] ? 2 : m[3] ? 3 : m[4] ? 4 : m[5] ? 5 : m[6] ? 6 : 0);

/** Which section's heading words a line's words are, the whole of them (0: none). */
function sectionOf(words: string): number {
  const f = foldChars(words.replace(/^\*+/, '')).s;
  for (let id = 1; id <= 6; id++) if (strictWords(id as SectionId, f)) return id;
  return 0;
}
/**
 * Whether folded words are section `id`'s heading, whole: its words and nothing of a sentence after them. (Section
 * 四's must name 情况 or both 复议 and 诉讼: 「行政诉讼」 alone on its line is a cell of table 四's header.)
 */
function strictWords(id: SectionId, f: string): boolean {
  const len = headingWordsMatch(id, f);
  if (!len || len !== f.length) return false;
  return id !== 4 || /情况/.test(f) || (/复议/.test(f) && /诉讼/.test(f));
}

/** The heading of section `id` numbered in another style in text[from, to), if there is one. */
export function restyledHeading(f: DocFacts, id: SectionId, from: number, to: number): Restyled | undefined {
  const end = Math.min(to, from + REACH);
  const text = f.text.slice(from, end);
  // Every line of the place with a numbering or none and short words: the candidates, and what they stand among.
  const lines: RegExpExecArray[] = [];
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m; m = LINE.exec(text)) {
    if (m[0].length === 0) {
      LINE.lastIndex++;
      continue;
    }
    lines.push(m);
  }
  for (let k = 0; k < lines.length; k++) {
    const m = lines[k];
    const numbered = !!(m[2] || m[3] || m[4] || m[5]);
    const isItem = (x: RegExpExecArray) => !/[\d０-９|｜\t]/.test(x[7]) && !f.tables.some((t) => t.span.start <= from + x.index && from + x.index < t.span.end);
    // (A numbering names its section: 「2.主动公开政府信息情况」 is section 二's, 「（一）主动公开情况」 an item of 一.)
    if (numbered && numberOf(m) !== id) continue;
    let words = m[7];
    // (Bold marks between the numbering and the words, 「1. **总体情况**」, are kept as written.)
    let bare = words.replace(/^\*+/, '');
    // The words are the whole line's: nothing of a sentence after them.
    if (!strictWords(id, foldChars(bare).s)) {
      // Or a numeral OCR misread, before the words whole: 「人   总体情况」「=、收到和处理…」「入、其他需要报告的事项」 (tesseract's
      // for 一、, 三、, 六、 in three of five real pages — each said 「缺少」, found by a review of OCR text).
      const g = numbered || m[6] ? null : MISREAD.exec(words);
      if (!g || !strictWords(id, foldChars(words.slice(g[0].length)).s)) continue;
      words = bare = words.slice(g[0].length);
    }
    // Not an item of a list numbered so: an earlier line of the place in the same style names no section
    // (「（一）加强组织领导」 before 「（二）主动公开情况」, items of section 一).
    // (Words only, outside tables: 「1.属于国家秘密 | 1 | 0 …」 is a row of table 三.)
    // (An item the line's number goes on from — 「2.」 before 「3.」: a list jumping from 2. to 「6.其他需要报告的事项」 is
    // one section 五's list ended, and 「（1）」「（2）」 no items 「（六）」 goes on from — said missing, found by a review.)
    if (numbered && lines.slice(0, k).some((x) => styleOf(x) === styleOf(m) && numberOf(x) === numberOf(m) - 1 && isItem(x) && !sectionOf(x[7]))) continue;
    // Not a table of contents: the next line is no other section's heading (a heading is followed by its text).
    const next = lines[k + 1];
    if (next && next.index === m.index + m[0].length + 1 && sectionOf(next[7]) > 0) continue;
    const prev = lines[k - 1];
    if (prev && m.index === prev.index + prev[0].length + 1 && sectionOf(prev[7]) > 0) continue;
    const numberingAt = from + m.index + m[1].length;
    if (f.tables.some((t) => t.span.start <= numberingAt && numberingAt < t.span.end)) continue;
    // (Neither the report's title nor a line of its own prose that happens to be the words: only a line of its own,
    // with a numbering or with nothing else on it.)
    if (f.title && f.title.span.start <= numberingAt && numberingAt < f.title.span.end) continue;
    const wordsAt = from + m.index + m[0].indexOf(words, m[1].length);
    let stop = wordsAt + words.length;
    // (The bold's closing marks are the heading's, as its opening ones: 「1. **总体情况**」 is quoted and rewritten whole.)
    const bold = words.length - bare.length;
    for (let k = 0; k < bold && f.text[stop] === '*'; k++) stop++;
    const written = f.text.slice(wordsAt, stop);
    if (m[6] && f.text[stop] === '】') stop++;
    // (The first: a page saved twice has each heading twice, and the first is this place's.)
    const numeral = NUMERALS[id - 1];
    return { span: { start: numberingAt, end: stop }, text: f.text.slice(numberingAt, stop), newText: numeral + '、' + written };
  }
  return undefined;
}
