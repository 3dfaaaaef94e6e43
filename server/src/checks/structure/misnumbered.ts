/**
 * A section heading with the wrong numeral: 「六、存在的主要问题及改进措施」 where the report, having put a
 * section of its own in fifth place (「五、信息处理费收取情况」), numbers the problems section 六. The reader
 * knows a heading by its numeral and words together, so the section reads as missing; section-missing then
 * says which heading it is and offers to renumber it. Looked for only where the missing section belongs
 * (between the headings around it), and only when a section is missing. Also a heading whose numeral is
 * written as a list's (「三是收到和处理政府信息公开申请情况」) or lost (「、主动公开政府信息情况」 at a line's
 * start, a page's numeral dropped by its scraper).
 */
import { headingWordsMatch } from '../../analysis/reader/segments/headings';
import { foldChars } from '../../analysis/reader/text/normalize';
import type { DocFacts } from '../../analysis/model/facts';
import type { SectionId, Span } from '../../analysis/types';

const NUMERALS = '一二三四五六七八九十';
/**
 * 「N、」 not part of a longer numeral (第四、, 十四、). Anywhere: a one-line page runs its headings on after a
 * table's figures and units (「…0元 四、收到和处理…」); the section's own words after it are what decide.
 */
const CANDIDATE = /(?<![第十一二三四五六七八九])([一二三四五六七八九十])([、.．]|是)|(?<=^|[\r\n][ \t\u3000]*)()([、.．])/g;
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

/** Whether text[start, …) stands at a line's start and its words from `at` run, unbroken by a clause's punctuation, to the line's end. */
export function lineOfItsOwn(text: string, start: number, at: number): boolean {
  const before = text.lastIndexOf('\n', start - 1);
  if (text.slice(before + 1, start).trim()) return false;
  const end = text.indexOf('\n', at);
  const rest = text.slice(at, end < 0 ? text.length : end).trim();
  return rest.length <= 40 && !/[，。；：,;:！？!?]/.test(rest);
}

/** A heading for section `id` under another numeral in text[from, to), if there is one. */
export function misnumberedHeading(f: DocFacts, id: SectionId, from: number, to: number): Misnumbered | undefined {
  const end = Math.min(to, from + REACH);
  const text = f.text.slice(from, end);
  CANDIDATE.lastIndex = 0;
  const right = NUMERALS[id - 1];
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const numeral = m[1] ?? '';
    const shi = m[2] === '是';
    // (Under its own numeral and 、 it would have been read: what is left is another numeral, 是, or none.)
    if (numeral === right && !shi) continue;
    // (「一是主动公开情况」 in section 一 is a list's item: 是 is taken for 、 only under the section's own numeral,
    // at a line's start, and with the heading's words the whole line — 「二是主动公开情况良好，…」 is an item.)
    const at = m.index + m[0].length;
    if (shi && (numeral !== right || !lineOfItsOwn(text, m.index, at))) continue;
    const words = foldChars(text.slice(at, at + 64));
    const len = headingWordsMatch(id, words.s);
    if (!len) continue;
    const numeralAt = from + m.index;
    // (Quoted as far as its words go, up to a space or a clause's punctuation: a one-line page runs the body on.)
    const written = f.text.slice(numeralAt, from + at + words.back[len - 1] + 1);
    const head = m[0].length;
    const cut = written.slice(head).search(/[\s\u3000，。；：,;:]/);
    const heading = cut < 0 ? written : written.slice(0, cut + head);
    if (shi) return { numeral: { start: numeralAt, end: numeralAt + 2 }, newText: right + '、', text: heading };
    return { numeral: { start: numeralAt, end: numeralAt + numeral.length }, newText: right, text: heading };
  }
  return undefined;
}
