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
  heading: unknown;
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
    if (body.length >= 8 && body.length <= 80 && !SENTENCE.test(body) && looksLikeTitle(body) && yearIn(body) !== undefined) {
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
 * Whether two titles are one report's: the same year, and one body's name holding the other's — with or without its
 * city (「上海市长宁区…局」「长宁区…局」), or run on from the text before it on a page whose lines were joined
 * (「…无松江区…局」: a copy of the page glued to the end of the first).
 */
function sameReport(a: { body: string; year: number | undefined }, b: { body: string; year: number | undefined }): boolean {
  return a.year === b.year && (a.body === b.body || (!!a.body && !!b.body && (a.body.includes(b.body) || b.body.includes(a.body))));
}

/**
 * The first other report's title line: in a segment after the first heading's (the first report's own title stands
 * before it), naming another body or year than `title`, where the sections start again after it.
 */
export function otherReportAt(segments: readonly Seg[], title: Title | undefined, headings: readonly Heading[]): OtherReport | undefined {
  if (!title || yearIn(title.text) === undefined) return undefined;
  const own = whose(title.text);
  const firstHeading = segments.findIndex((s) => s.heading);
  if (firstHeading < 0) return undefined;
  for (let i = firstHeading; i < segments.length; i++) {
    const s = segments[i];
    for (const l of titleLines(s)) {
      const at = s.start + l.start;
      if (at <= title.span.start || sameReport(whose(l.text), own)) continue;
      if (!restartsAfter(headings, at)) continue;
      return { span: { start: at, end: s.start + l.end }, text: l.text };
    }
  }
  return undefined;
}

/**
 * Whether the sections start again after `at`: the next heading is 一 or 二, and before the one above it (「六、」 then
 * 「一、」) — not a report's name cited on a line of its section 一, with 二 next.
 */
function restartsAfter(headings: readonly Heading[], at: number): boolean {
  let before: Heading | undefined;
  for (const h of headings) {
    if (h.span.start < at) before = h;
    else return !!before && h.section <= 2 && h.section < before.section;
  }
  return false;
}
