/**
 * A section heading in the section's own place, under its own numeral, in words of the report's own:
 * 「一、年度工作核心成效」 where the form has 「一、总体情况」. The reader knows a heading by its numeral
 * and words together, so the section reads as missing; section-missing then names the heading and
 * offers the form's words (not an inserted second 「一、」). Taken only where it is certainly a heading:
 * at a line's start or after a sentence's end, its words short and ending the line or running into
 * the section's first sub-heading (「…成效（一）主动公开…」) — never words that run on into a sentence.
 */
import type { DocFacts } from '../../analysis/model/facts';
import { headingWordsMatch } from '../../analysis/reader/segments/headings';
import { foldChars } from '../../analysis/reader/text/normalize';
import type { SectionId, Span } from '../../analysis/types';

const NUMERALS = '一二三四五六';
/** How far past the heading before the place is searched (a one-line page of many reports is one long line). */
const REACH = 20_000;
/** What a heading's words stop at: a line break, or the first sub-heading run on after it. */
const HEADING = /^[ \t\u3000]*([^\s，。；：,;:！？!?（(]{2,24})[ \t\u3000]*(?:\r?\n|$|[（(][一1１][）)])/;

/** What each section speaks of, in its own words (folded): a heading of sections 三 to 六 in other words still names it. */
// (Section 六 reports the fees charged (国办函〔2020〕109号): 「六、信息处理费收取情况」 is its heading in other words.)
const SUBJECT: Partial<Record<SectionId, RegExp>> = { 3: /申请/, 4: /复议|诉讼|救济/, 5: /问题|不足|改进|整改|短板|差距|打算|下一步|计划|措施|展望/, 6: /其他|其它|事项|收费|处理费|费用/ };
/** Subjects of no section of the form but 六's fees: a fee's or a complaint's section is another outline's. */
const FOREIGN = /收费|减免|投诉|举报|评议|考核/;
const aboutSection = (id: SectionId, folded: string): boolean => (id === 6 || !FOREIGN.test(folded)) && (SUBJECT[id]?.test(folded) ?? true);

export interface Reworded {
  /** The heading as written (numeral and words), which the fix replaces. */
  span: Span;
  text: string;
}

/** The heading of section `id` in words of the report's own, in text[from, to), if there is one. */
export function rewordedHeading(f: DocFacts, id: SectionId, from: number, to: number): Reworded | undefined {
  const end = Math.min(to, from + REACH);
  const text = f.text.slice(from, end);
  const numeral = NUMERALS[id - 1];
  // The numeral and 、, at a line's start or after a sentence's end (not 第一、, 十一、).
  // (The indent before it bounded: a page of 300,000 spaces was read back over at each of them.)
  // (And after the numeral, so that it is tried only where the numeral stands.)
  const candidate = new RegExp(`${numeral}[、．.](?<=(?:^|[\\r\\n。！？!?])[ \\t\\u3000]{0,80}${numeral}[、．.])`, 'g');
  /** The place found (null: one whose words are another section's heading). */
  let found: Reworded | null | undefined;
  for (let m = candidate.exec(text); m; m = candidate.exec(text)) {
    // (Not a table's own row label: 「四、结转下年度继续办理」 opens no section.)
    const at = from + m.index;
    if (f.tables.some((t) => t.span.start <= at && at < t.span.end)) continue;
    const words = HEADING.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (!words || /\d/.test(words[1])) continue;
    // (Nor another section's heading, numbered one short: 「四、存在的主要问题及改进情况」 where section 四 was left out is
    // section 五's — offered section 四's words, its rename contradicted 「应编号为“五”」 on the same line: found by a review.)
    const folded = foldChars(words[1]).s;
    const others = [1, 2, 3, 4, 5, 6].some((k) => k !== id && headingWordsMatch(k as SectionId, folded) === folded.length);
    // Two such places and neither is certainly the heading.
    if (found !== undefined) return undefined;
    // (Words of another subject are another section, not this one reworded: 「四、收费及减免情况」「五、投诉及处理情况」 — an
    // outline of the body's own or the pre-2019 one — were offered section 四's words, renaming fees as lawsuits.)
    if (!aboutSection(id, folded)) return undefined;
    const start = from + m.index;
    const stop = start + m[0].length + words[0].indexOf(words[1]) + words[1].length;
    found = others ? null : { span: { start, end: stop }, text: f.text.slice(start, stop) };
  }
  return found ?? undefined;
}
