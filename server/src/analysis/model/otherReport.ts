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
  /** The year it names, on its line or on the line under it (「…年度报告」 over 「（2023年度）」). */
  year: number;
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
    if (body.length >= 8 && body.length <= 80 && !SENTENCE.test(body) && looksLikeTitle(body) && !ATTACHMENT.test(body)) {
      const year = yearIn(body) ?? yearUnder(text, le);
      const start = ls + raw.indexOf(body.charAt(0));
      if (year !== undefined) lines.push({ start, end: start + body.length, text: body, year });
    }
    at = le + 1;
  }
  s.cache.titleLines = lines;
  return lines;
}

const REPORT_WORDS = ['报告', '報告', '年报', '年報'];

/**
 * How many report titles a segment holds, on lines of their own or run on (what otherReportAt looks for): counted once per
 * segment (SegmentFacts.titles), so that the document lists the few segments that hold one as it is put together. (Both
 * kinds name a report: a segment with none of its words has neither.)
 */
export function titleCount(s: Seg): number {
  const text = s.text;
  if (text.indexOf('报告') < 0 && text.indexOf('報告') < 0 && text.indexOf('年报') < 0 && text.indexOf('年報') < 0) return 0;
  return titleLines(s).length + runOnTitles(s).length;
}

/** A line of a year alone (「（2023年度）」「2023年」) under a title, past blank lines: the title's year. */
const YEAR_LINE = /^[\s\u3000]*[（(]?\s*((?:19|20)\d\d)\s*年度?\s*[）)]?[\s\u3000]*$/;
function yearUnder(text: string, le: number): number | undefined {
  const m = YEAR_LINE.exec(text.slice(le, le + 40).replace(/^[\r\n\s\u3000]*/, '').split(/[\r\n]/)[0]);
  return m ? Number(m[1]) : undefined;
}

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
function whose(text: string, year = yearIn(text)): { body: string; year: number | undefined } {
  return { body: norm(agencyOf(text) ?? ''), year };
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
  // An abbreviation keeps its name's characters in their order (「长宁区人社局」 of 「上海市长宁区人力资源和社会保障局」); two
  // names neither of which is so within the other are two bodies (「长宁区新泾镇人民政府」 after the 局's report).
  if (!within(a.body, b.body) && !within(b.body, a.body)) return false;
  return undefined;
}

/** Whether the characters of `short` stand in `long` in their order. */
function within(short: string, long: string): boolean {
  let i = 0;
  for (let k = 0; k < long.length && i < short.length; k++) if (long.charCodeAt(k) === short.charCodeAt(i)) i++;
  return i === short.length;
}

/** A line naming an attachment of the report — its tables (「…年度报告附表」「…年度报告统计表」) — is no other report's title. */
const ATTACHMENT = /(?:报告|報告|年报|年報)[》」”]?\s*(?:的)?(?:附表|附件|统计表|統計表|数据表|數據表|表格|图表|圖表|数据|數據)/;

/**
 * The first other report's title line: the last report title above a heading where the sections start again, naming
 * another body or year than `title` (or, where the titles cannot tell, heading a text that is not this report's).
 * `segments`: those that hold a report title (titleCount), in order — a segment without one adds nothing, and a document of
 * a hundred reports' sections with no title among them is not walked heading by heading at every version (a tenth of an
 * edit on 1 MB). Only the pairs of headings a title stands between are looked at.
 */
export function otherReportAt(segments: readonly Seg[], title: Title | undefined, headings: readonly Heading[], slice: (from: number, to: number) => string): OtherReport | undefined {
  // (A title with no year is still a report's: the other's body or year tells it apart.)
  if (!title || !segments.length) return undefined;
  // The headings each title stands before (index of the first heading after it), in order.
  const pairs: number[] = [];
  for (const sg of segments) {
    for (const l of titleLines(sg)) pairs.push(headingAfter(headings, sg.start + l.start));
    for (const c of runOnTitles(sg)) pairs.push(headingAfter(headings, sg.start + c.yearAt));
  }
  pairs.sort((a, b) => a - b);
  const own = whose(title.text);
  let k = 0;
  for (let p = 0; p < pairs.length; p++) {
    const i = pairs[p];
    if (i < 1 || i >= headings.length || (p > 0 && pairs[p - 1] === i)) continue;
    const restart = headings[i];
    const before = headings[i - 1];
    // Where the sections start again (「六、」 then 「一、」): not a report's name cited in its section 一, with 二 next.
    if (restart.section > 2 || restart.section >= before.section) continue;
    // The last report title between the two headings: a list of links to other years' reports (「相关阅读」) may stand
    // above a copy's own title, which is the one that names what follows.
    let line: { at: number; end: number; text: string; year: number } | undefined;
    k = firstEndingAfter(segments, before.span.start, k);
    for (let j = k; j < segments.length && segments[j].start < restart.span.start; j++) {
      const sg = segments[j];
      for (const l of titleLines(sg)) {
        const at = sg.start + l.start;
        if (at > before.span.start && at < restart.span.start && at > title.span.start) line = { at, end: sg.start + l.end, text: l.text, year: l.year };
      }
    }
    // (No title on a line of its own: one run on from the text before it — two one-line pages joined.)
    line ??= runOnTitle(segments, k, Math.max(before.span.end, title.span.end), restart.span.start, own.body);
    if (!line) continue;
    const same = sameByTitle(whose(line.text, line.year), own);
    if (same === true) continue;
    // (Undecided by the titles — an abbreviated name, or none —: the same report again if it goes on as this one does.)
    if (same === undefined && sameText(headings, restart, slice)) continue;
    return { span: { start: line.at, end: line.end }, text: line.text };
  }
  return undefined;
}

/** The index of the first heading that starts after `at` (headings.length if none does). */
function headingAfter(headings: readonly Heading[], at: number): number {
  let lo = 0;
  let hi = headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid].span.start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first segment from `from` on that ends after `at` (segments lie end to end, in order): found by halving — walked
 * one by one, every segment of a document of a hundred reports was read at every version (a sixth of an edit's time).
 */
function firstEndingAfter(segments: readonly Seg[], at: number, from: number): number {
  let lo = from;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].start + segments[mid].text.length <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the section the other title's report opens with reads as this report's own of the same number (a copy). */
function sameText(headings: readonly Heading[], restart: Heading, slice: (from: number, to: number) => string): boolean {
  const mine = headings.find((h) => h.section === restart.section);
  if (!mine || mine === restart) return false;
  const words = (h: Heading) => slice(h.span.end, h.span.end + 120).replace(/[\s\u3000|]+/g, '').slice(0, 40);
  const a = words(mine);
  return a.length >= 10 && a === words(restart);
}

/**
 * A report's title run on in a line of text (「…未收取信息处理费长宁区新泾镇人民政府2023年政府信息公开工作年度报告本年度报告根据…」,
 * as a page's text extraction joins two pages): its year and the disclosure words, the body's name before them back to the
 * sentence's end or the line's start — from where a place the first report's name holds starts (「长宁区」), else after the
 * last space — and that name ending as a body's does (not 「编制完成2020年度…报告」, a sentence of section 一). The first
 * such title between the two headings: the others are its own section 一's words.
 */
const RUN_ON = /((?:19|20)\d\d\s*年度?\s*(?:政府|政务)?(?:信息|資訊|资讯)?(?:公开|公開)(?:工作)?(?:年度)?(?:报告|報告|年报|年報))/g;
const BODY_END = /(?:局|委|委员会|委員會|办|辦|办公室|辦公室|厅|廳|部|院|会|會|所|室|处|處|中心|公司|站|队|隊|馆|館|政府|镇|鎮|乡|鄉|街道|办事处|辦事處|署|集团|集團|大学|大學|学院|學院|学校|學校|医院|醫院|区|區|县|縣|市|省|旗)$/;
/** What follows a report's title: the line's end, or its opening words, heading or table of contents. */
const REPORT_OPENS = /^(?:[\s\u3000]*(?:[\r\n]|$)|[\s\u3000]*(?:根据|根據|依据|依據|按照|本报告|本報告|本年度|为|為|前言|目录|目錄|[一1１][、．.]|[（(][一1][）)]|【|\[))/;
const DOING = /[发發公][布佈]|[编編][制製]|印[发發]|[报報]送|制定|形成|完成|向社[会會]/;
interface RunOn {
  /** Offsets in the segment's text: where the name may start (back to the sentence's end), the year, the title's end. */
  from: number;
  yearAt: number;
  end: number;
  year: number;
}

/**
 * The places in a segment's text where a report's title may run on (RUN_ON, with what follows it a report's opening), found
 * once per segment and kept in its cache: looked for at every version, the whole stretch between two headings was searched
 * again after every edit (facts() on 1 MB went from 0.25 to 0.7 ms).
 */
function runOnTitles(s: Seg): readonly RunOn[] {
  let found = s.cache.runOnTitles as RunOn[] | undefined;
  if (found) return found;
  found = [];
  const text = s.text;
  for (const m of text.matchAll(RUN_ON)) {
    const yearAt = m.index!;
    const end = yearAt + m[1].length;
    const after = text.slice(end, end + 8);
    // (A title ends its line or opens the report's text (「…年度报告根据《条例》…」「…报告 一、总体情况」): not 「…报告中发现的问题」,
    // a sentence of section 六 — found by a review; nor a sentence naming the report, 「…年度报告。」.)
    if (!REPORT_OPENS.test(after) || SENTENCE.test(after.charAt(0)) || /[、》」”]/.test(after.charAt(0)) || ATTACHMENT.test(m[1] + after)) continue;
    let from = yearAt;
    while (from > 0 && yearAt - from < 40 && !/[\r\n。，,；;！？!?：:）)」》】\]|]/.test(text[from - 1])) from--;
    // (Nor an attachment's label 「附件：…年度报告」 over the report's own tables.)
    if (/[附][件表][\s\u3000]*[:：]?[\s\u3000]*$/.test(text.slice(Math.max(0, from - 6), from))) continue;
    // (A body's name holds no figure: a signature's date before it — 「…局 2024年1月29日 平潭…局2023年…」 — is the first report's.)
    for (let k = yearAt - 1; k >= from; k--) {
      if (!/[0-9０-９]/.test(text[k])) continue;
      from = /[日号號]/.test(text[k + 1] ?? '') ? k + 2 : k + 1;
      break;
    }
    found.push({ from, yearAt, end, year: Number(/\d{4}/.exec(m[1])![0]) });
  }
  s.cache.runOnTitles = found;
  return found;
}

/** The first title run on in (lo, hi) of the segments from the k-th, its name cut where the first report's place starts. */
function runOnTitle(segments: readonly Seg[], k: number, lo: number, hi: number, ownBody: string): { at: number; end: number; text: string; year: number } | undefined {
  for (let j = k; j < segments.length && segments[j].start < hi; j++) {
    const sg = segments[j];
    for (const c of runOnTitles(sg)) {
      const yearAt = sg.start + c.yearAt;
      if (yearAt <= lo || sg.start + c.end > hi) continue;
      let from = Math.max(sg.start + c.from, lo);
      let name = sg.text.slice(from - sg.start, c.yearAt).replace(/[\s\u3000]*(?:[关關][于於])?[\s\u3000]*$/, '');
      const place = placeStart(name, ownBody);
      const cut = place >= 0 ? place : Math.max(name.search(/[\s\u3000][^\s\u3000]*$/) + 1, 0);
      [from, name] = [from + cut, name.slice(cut)];
      if (name.length < 2 || !BODY_END.test(name) || DOING.test(name)) continue;
      return { at: from, end: sg.start + c.end, text: sg.text.slice(from - sg.start, c.end), year: c.year };
    }
  }
  return undefined;
}

/** Where in `name` a place named in `ownBody` starts (its 省/市/区/县/州/旗/镇 name, two characters or more), or -1. */
function placeStart(name: string, ownBody: string): number {
  let best = -1;
  for (const p of ownBody.matchAll(/[\u4e00-\u9fff]{2,6}?[省市区县州旗镇]/g)) {
    const i = name.indexOf(p[0]);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}
