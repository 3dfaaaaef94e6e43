/**
 * A section of the report's own among the form's: 「二、政务公开工作主要任务落实情况」 after 一, the form's sections
 * after it numbered on from it (三、主动公开… to 七、其他…), or 「六、下一步改进举措」 after the problems, 其他 as 七.
 * The form's sections are all there, each a numeral on: one cause, said once at the section put in — not each later
 * heading said misnumbered, an error apiece, with fixes that would give two headings one numeral (found by a review
 * of real reports: one in five of a county's, 2020 to 2025). Where one of the form's sections after it is missing
 * (「五、信息处理费收取情况」, the problems as 六, no 其他需要报告的事项), sectionMissing says each as before: the
 * renumbering and the heading inserted then make the form's six.
 */
import type { DocFacts } from '../../analysis/model/facts';
import type { SectionId, Span } from '../../analysis/types';
import { headingWordsMatch } from '../../analysis/reader/segments/headings';
import { foldChars } from '../../analysis/reader/text/normalize';
import { NUMERALS } from './misnumbered';

/** Table 三's rows numbered as sections are: 「一、本年新收…」「二、上年结转…」「三、本年度办理结果」「四、结转下年度继续办理」. */
const TABLE_ROW = /^.[、.．][ \t\u3000]*(?:本年新收|上年结转|本年度办理结果|结转下年度|本年度辦理結果|結轉下年度)/;

/** The numeral of a heading's text (「三、主动公开…」 → 3), if it opens with one and 、. */
export function headingNumeral(text: string): number | undefined {
  const k = NUMERALS.indexOf(text[0]);
  return k >= 0 && /^[、.．]/.test(text.slice(1)) ? k + 1 : undefined;
}

export interface Inserted {
  /** The sections put in, in order (their numerals the form's sections' from `first` on). */
  headings: { span: Span; text: string }[];
}

/**
 * Whether, between `from` (the end of the heading before) and `to` (the form's section `id` under the numeral `id +
 * shift`), headings numbered `id` … `id + shift - 1` stand in order — the sections the report put in before it, each
 * where a heading stands (headingAt).
 */
export function insertedBefore(f: DocFacts, id: SectionId, shift: number, from: number, to: number): Inserted | undefined {
  if (shift < 1 || shift > 3 || to <= from) return undefined;
  const text = f.slice(from, to);
  const headings: Inserted['headings'] = [];
  let at = 0;
  for (let n = id; n < id + shift; n++) {
    const m = headingIn(f, text, from, NUMERALS[n - 1], at, text.length);
    if (!m) return undefined;
    const start = m.index;
    // (Not an item of a list the section's own text numbers from 一 — 「一、…方面」「二、依申请公开方面」 under 一、总体情况 —:
    // its first item stands between the heading and it. Found by a review.)
    if (n === id && n >= 2 && headingIn(f, text, from, NUMERALS[n - 2], 0, start)) return undefined;
    headings.push({ span: { start: from + start, end: from + start + headingWords(m[0]).length }, text: headingWords(m[0]) });
    at = start + headings[headings.length - 1].text.length;
  }
  return { headings };
}

/**
 * The first heading numbered `numeral` in text[at, end) (`text` starting at `from` in the document): not a row of table 三
 * numbered so — 「三、本年度办理结果」「四、结转下年度继续办理」 — nor any words inside a table (a section put in after table
 * 三 was never found: its 「三、」 row stood for an item before it), nor one of the form's own sections, whatever its
 * numeral (「六、存在的主要问题…」 is 五 numbered on, not put in).
 */
function headingIn(f: DocFacts, text: string, from: number, numeral: string, at: number, end: number): RegExpExecArray | undefined {
  const re = headingAt(numeral);
  re.lastIndex = at;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    if (TABLE_ROW.test(m[0]) || formSection(m[0]) || f.tables.some((t) => from + m!.index >= t.span.start && from + m!.index < t.span.end)) continue;
    return m;
  }
  return undefined;
}

/**
 * 「N、」 opening a heading: at a line's start, or on a page whose lines were lost after a sentence's end, a space, a
 * closing bracket or a table's figures (「…总计 000000000000000五、信息处理费收取情况…」) — not after 「；」「：」「，」 (a
 * sentence's list, 「…：一、加强组织领导；二、完善制度建设；三、…」: found by a review), nor an ideograph (「统一、」「十二、」).
 */
// (Nor a numeral before another, 「二、三类事项」「五、三月份」: a range of them, no heading — found by a review.)
const headingAt = (numeral: string): RegExp =>
  new RegExp(`(?<=^|[\\r\\n]|[。！？!?\\s\\u3000\\u00a0）)」”0-9０-９])${numeral}[、.．][ \\t\\u3000]*(?![一二三四五六七八九十])[\\u4e00-\\u9fff][^\\r\\n，。；：,;:]{1,40}`, 'g');

/** Whether 「N、words」 is one of the form's six sections by its words. */
function formSection(heading: string): boolean {
  const words = foldChars(heading.replace(/^[一二三四五六七八九十][、.．][ \t\u3000]*/, '')).s;
  for (let id = 1; id <= 6; id++) if (headingWordsMatch(id as SectionId, words)) return true;
  return false;
}

/**
 * A heading's words where its line runs on (a one-line page): up to 「情况」「事项」「举措」「措施」 (what section headings end
 * with), else a bracket or a space, else 20 characters.
 */
function headingWords(s: string): string {
  const end = /情[况況]|事[项項]|[举舉]措|措施/.exec(s);
  if (end && end.index + 2 <= 24) return s.slice(0, end.index + 2);
  const cut = s.search(/[（(\s\u3000]/);
  return (cut > 2 ? s.slice(0, cut) : s).slice(0, 20);
}
