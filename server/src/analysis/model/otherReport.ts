/**
 * Where another report starts in the same text: a county's report with its townships' reports appended (「附件：各乡镇
 * 2023年…」), two years' reports saved in one file. The title line of a report of another body or another year, after
 * the first report's headings began, with a section 一 or 二 heading after it. What follows it is not this report's:
 * its tables were exported as this report's (a township's 新收 3 for the county's 170, with no error), its headings
 * said duplicated and its figures compared with this report's (found by a review of a researcher's folder).
 *
 * The same report again (a page a scraper saved twice: the same body and year) is no other report — its sections are
 * said duplicated, as before.
 */
import { norm } from '../reader/text/normalize';
import { agencyOf } from '../reader/segments/agency';
import { looksLikeTitle, yearIn } from '../reader/segments/title';
import type { Heading, Span, Title } from '../types';

interface TitleLine {
  /** Offsets in the segment's text. */
  start: number;
  end: number;
  text: string;
}

interface Seg {
  start: number;
  text: string;
  cache: Record<string, unknown>;
}

export interface OtherReport {
  span: Span;
  text: string;
}

/** Sentence punctuation: a line naming a report in a sentence is no title. */
const SENTENCE = /[。，,；;！？!?：:]/;

/** The report-title lines of a segment's text, found once per segment (kept in its cache while its text is the same). */
function titleLines(s: Seg): readonly TitleLine[] {
  let lines = s.cache.titleLines as TitleLine[] | undefined;
  if (lines) return lines;
  lines = [];
  const text = s.text;
  // Only the lines that hold 报告/報告/年报/年報: searched for, not walked — each word's next place kept, and searched for
  // again only once passed (a word a text lacks is looked for once, not once a line: a million lines were quadratic).
  const next = REPORT_WORDS.map(() => -2);
  for (let at = 0; at < text.length; ) {
    const hit = nextReportWord(text, at, next);
    if (hit < 0) break;
    let ls = hit;
    while (ls > 0 && text.charCodeAt(ls - 1) !== 10 && text.charCodeAt(ls - 1) !== 13) ls--;
    let le = hit;
    while (le < text.length && text.charCodeAt(le) !== 10 && text.charCodeAt(le) !== 13) le++;
    const raw = text.slice(ls, le);
    // (Without a page's label before it, 「[相关链接] …」「【全文】…」: the same report linked from its graphic page.)
    const body = raw.trim().replace(/^[#*>\s]+|[*\s]+$/g, '').replace(/^(?:[【\[][^】\]]{1,8}[】\]]\s*)+/, '');
    if (body.length >= 8 && body.length <= 80 && !SENTENCE.test(body) && looksLikeTitle(body) && yearIn(body) !== undefined && !ATTACHMENT.test(body)) {
      const start = ls + raw.indexOf(body.charAt(0));
      lines.push({ start, end: start + body.length, text: body });
    }
    at = le + 1;
  }
  s.cache.titleLines = lines;
  return lines;
}

const REPORT_WORDS = ['报告', '報告', '年报', '年報'];

/** The first of the words at or after `from`; `next` keeps each word's next place (-1: none left, -2: not yet looked for). */
function nextReportWord(text: string, from: number, next: number[]): number {
  let best = -1;
  for (let k = 0; k < REPORT_WORDS.length; k++) {
    if (next[k] === -2 || (next[k] >= 0 && next[k] < from)) next[k] = text.indexOf(REPORT_WORDS[k], from);
    const i = next[k];
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

/** The body and the year a title names, the body folded. */
function whose(text: string): { body: string; year: number | undefined } {
  return { body: norm(agencyOf(text) ?? ''), year: yearIn(text) };
}

/**
 * Whether two titles name one report by their words: the same year, and the same body — one name the other's end, with or
 * without its city (「上海市长宁区…局」「长宁区…局」) or run on from the text before it (「…无松江区…局」: a copy glued to the
 * end of the first). Not one name the other's start: 「长宁区」 and 「长宁区新泾镇」, 「…人民政府」 and 「…人民政府办公室」 are
 * two bodies. Otherwise undecided (an abbreviation, 「长宁区人社局」; a title naming no body, as a title in two lines has
 * its second): the text under the two decides (sameText).
 */
function sameByTitle(a: { body: string; year: number | undefined }, b: { body: string; year: number | undefined }): boolean | undefined {
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  if (!a.body || !b.body) return undefined;
  if (a.body === b.body || a.body.endsWith(b.body) || b.body.endsWith(a.body)) return true;
  if (a.body.startsWith(b.body) || b.body.startsWith(a.body)) return false;
  return undefined;
}

/** A line naming an attachment of the report — its tables (「…年度报告附表」「…年度报告统计表」) — is no other report's title. */
const ATTACHMENT = /(?:报告|報告|年报|年報)[》」”]?\s*(?:的)?(?:附表|附件|统计表|統計表|数据表|數據表|表格|图表|圖表|数据|數據)/;

/**
 * The first other report's title line: the last report title above a heading where the sections start again, naming
 * another body or year than `title` (or, where the titles cannot tell, heading a text that is not this report's).
 */
export function otherReportAt(segments: readonly Seg[], title: Title | undefined, headings: readonly Heading[], slice: (from: number, to: number) => string): OtherReport | undefined {
  if (!title || yearIn(title.text) === undefined) return undefined;
  const own = whose(title.text);
  let k = 0;
  for (let i = 1; i < headings.length; i++) {
    const restart = headings[i];
    const before = headings[i - 1];
    // Where the sections start again (「六、」 then 「一、」): not a report's name cited in its section 一, with 二 next.
    if (restart.section > 2 || restart.section >= before.section) continue;
    // The last report title between the two headings: a list of links to other years' reports (「相关阅读」) may stand
    // above a copy's own title, which is the one that names what follows.
    let line: { at: number; end: number; text: string } | undefined;
    while (k < segments.length && segments[k].start + segments[k].text.length <= before.span.start) k++;
    for (let j = k; j < segments.length && segments[j].start < restart.span.start; j++) {
      const sg = segments[j];
      for (const l of titleLines(sg)) {
        const at = sg.start + l.start;
        if (at > before.span.start && at < restart.span.start && at > title.span.start) line = { at, end: sg.start + l.end, text: l.text };
      }
    }
    if (!line) continue;
    const same = sameByTitle(whose(line.text), own);
    if (same === true) continue;
    // (Undecided by the titles — an abbreviated name, or none —: the same report again if it goes on as this one does.)
    if (same === undefined && sameText(headings, restart, slice)) continue;
    return { span: { start: line.at, end: line.end }, text: line.text };
  }
  return undefined;
}

/** Whether the section the other title's report opens with reads as this report's own of the same number (a copy). */
function sameText(headings: readonly Heading[], restart: Heading, slice: (from: number, to: number) => string): boolean {
  const mine = headings.find((h) => h.section === restart.section);
  if (!mine || mine === restart) return false;
  const words = (h: Heading) => slice(h.span.end, h.span.end + 120).replace(/[\s\u3000|]+/g, '').slice(0, 40);
  const a = words(mine);
  return a.length >= 10 && a === words(restart);
}

