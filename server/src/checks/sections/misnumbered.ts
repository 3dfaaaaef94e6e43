/**
 * A section heading with the wrong numeral: 「六、存在的主要问题及改进措施」 where the report, having put a
 * section of its own in fifth place (「五、信息处理费收取情况」), numbers the problems section 六. The reader
 * knows a heading by its numeral and words together, so the section reads as missing; section-missing then
 * says which heading it is and offers to renumber it. Looked for only where the missing section belongs
 * (between the headings around it), and only when a section is missing. Also a heading whose numeral is
 * written as a list's (「三是收到和处理政府信息公开申请情况」) or lost (「、主动公开政府信息情况」 at a line's
 * start, a page's numeral dropped by its scraper).
 */
import { FORM_WORDS, headingWordsMatch, opensLine } from '../../analysis/reader/segments/headings';
import { foldChars } from '../../analysis/reader/text/normalize';
import type { DocFacts } from '../../analysis/model/facts';
import type { SectionId, Span } from '../../analysis/types';

/** The numerals a section heading may be written under (the form's six, and those a report's own sections push them to). */
export const NUMERALS = '一二三四五六七八九十';
/**
 * 「N、」 not part of a longer numeral (第四、, 十四、). Anywhere: a one-line page runs its headings on after a
 * table's figures and units (「…0元 四、收到和处理…」); the section's own words after it are what decide.
 */
// (Spaces before a numeral lost counted up to a line's indent: unbounded, a page of 300,000 spaces was read back over at
// each of them — 13 s; found by an adversarial text.)
// (And the lookbehind after the mark, so that it is tried only where a mark stands.)
const CANDIDATE = /(?<![第十一二三四五六七八九])([一二三四五六七八九十])([、.．]|是)|()([、.．])(?<=(?:^|[\r\n])[ \t\u3000]{0,80}[、.．])/g;
/** How far past the heading before the place is searched (a one-line page of many reports is one long line). */
const REACH = 20_000;

export interface Misnumbered {
  /** The heading's numeral (where it goes, when it has none). */
  numeral: Span;
  /** What the fix writes there: the numeral, and 「、」 where 「是」 stood. */
  newText: string;
  /** The heading as written (its numeral and words). */
  text: string;
}

/**
 * Whether the 「N是」 at text[start, at) is section N's heading: opening its line, and its words the
 * section's, ending there — at the line's end, before a bracketed note (「(本列数据的勾稽关系为：…)」) or a
 * colon; not more words of a sentence (「二是主动公开情况良好，…」「四是依法应对行政复议。」 are a list's items).
 */
export function headingAfterShi(text: string, start: number, at: number, id: SectionId): boolean {
  for (let p = start - 1; p >= 0 && text[p] !== '\n'; p--) if (!/[ \t\u3000\u00a0\r]/.test(text[p]) || start - p > 40) return false;
  const a = shiWordsAt(text, at);
  const words = foldChars(text.slice(a, a + 64));
  const len = headingWordsMatch(id, words.s);
  if (!len) return false;
  let end = a + words.back[len - 1] + 1;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t' || text[end] === '\u3000')) end++;
  return end >= text.length || /[\r\n（(：:]/.test(text[end]);
}
/** Where the words after 「N是」 start: past a colon or spaces (「三是：收到和处理…」). */
const shiWordsAt = (text: string, at: number): number => {
  let a = at;
  while (a < text.length && /[：:\s]/.test(text[a]) && a - at < 4) a++;
  return a;
};

/**
 * A heading for section `id` under another numeral in text[from, to), if there is one: the first written in the form's
 * own words, else the first in words of its own. (「三、主动公开工作情况」, a report's own part of its account, stood above
 * 「一、主动公开政府信息情况」, the form's section under the wrong numeral: the first was named, the second passed over —
 * found by a review of a real report's PDF.)
 */
export function misnumberedHeading(f: DocFacts, id: SectionId, from: number, to: number): Misnumbered | undefined {
  let first: Misnumbered | undefined;
  for (const [found, formWords] of candidates(f, id, from, to)) {
    if (formWords) return found;
    first ??= found;
  }
  return first;
}

/** Each heading for section `id` under another numeral in text[from, to), and whether its words are the form's own. */
function* candidates(f: DocFacts, id: SectionId, from: number, to: number): Generator<[Misnumbered, boolean]> {
  const end = Math.min(to, from + REACH);
  const text = f.slice(from, end);
  CANDIDATE.lastIndex = 0;
  const right = NUMERALS[id - 1];
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const numeral = m[1] ?? '';
    const shi = m[2] === '是';
    // (Under its own numeral and 、 it would have been read: what is left is another numeral, 是, or none.)
    if (numeral === right && !shi) continue;
    // (「一是主动公开情况」 in section 一 is a list's item: 是 is taken for 、 only under the section's own numeral,
    // and with the heading's words ending there — 「二是主动公开情况良好，…」 is an item.)
    let at = m.index + m[0].length;
    if (shi && (numeral !== right || !headingAfterShi(text, m.index, at, id))) continue;
    if (shi) at = shiWordsAt(text, at);
    const words = foldChars(text.slice(at, at + 64));
    const len = headingWordsMatch(id, words.s);
    if (!len) continue;
    const numeralAt = from + m.index;
    // (Quoted as far as its words go, up to a space or a clause's punctuation: a one-line page runs the body on.)
    const written = f.slice(numeralAt, from + at + words.back[len - 1] + 1);
    // (Past the spaces after the numbering: 「、 存在的主要问题…」, OCR's, was quoted as 「、」 — found by a review.)
    let head = m[0].length;
    while (head < written.length && /[\s\u3000]/.test(written[head])) head++;
    const cut = written.slice(head).search(/[\s\u3000，。；：,;:]/);
    const heading = cut < 0 ? written : written.slice(0, cut + head);
    // (The form's words count at a line's start only: a caption 「表一、主动公开政府信息情况」 or a sentence quoting the form,
    // 「按照…附表一、主动公开政府信息情况的要求」, is no heading — found by the review of the first version.)
    const formWords = words.s.startsWith(FORM_WORDS[id]) && opensLine(text, m.index);
    // (「三是」 and a colon after it, if any, become 「三、」.)
    if (shi) yield [{ numeral: { start: numeralAt, end: from + at }, newText: right + '、', text: heading }, formWords];
    else yield [{ numeral: { start: numeralAt, end: numeralAt + numeral.length }, newText: right, text: heading }, formWords];
  }
}
