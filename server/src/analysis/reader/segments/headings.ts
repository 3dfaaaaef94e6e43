/**
 * Section headings, wherever they stand. A heading is a heading by its numeral and its words, not
 * by its position: 「三、收到和处理政府信息公开申请情况」 is one at a line start, after a full stop, after
 * a table's last figure (「…行政事业性收费12.5三、收到和处理…」) or after a colon (「…如下：二、主动公开…」)
 * — scraped pages lose their line breaks. 「一、」 opening a table row label (一、本年新收…,
 * 四、结转下年度继续办理) is not a heading: its words are not a section's words.
 *
 * Whether a heading stands at offset p depends only on the text in [p − BEHIND, p + AHEAD): that
 * bounded window is what lets the incremental parser re-scan only around an edit.
 */
import { CHAR_CLASS, isRowEdge, SEPARATOR } from '../text/charClass';
import { foldChars, LOOKALIKE } from '../text/normalize';
import { LOOKALIKE_PAIRS } from '../text/tables/lookalikes.generated';
import { glossEnd } from '../text/gloss';
import type { SectionId, Span } from '../../types';

export interface HeadingHit extends Span {
  section: SectionId;
  text: string;
}

/** How far before and after a numeral the decision looks (UTF-16 units). */
export const BEHIND = 17;
/** How far after the numeral its words are looked for (past any span markup: spanMarkupEnd). */
const WORDS_AHEAD = 110;
/** The most span markup between a numeral and its words that is passed over (two spans' attributes of a styled page). */
const MARKUP = 320;
export const AHEAD = WORDS_AHEAD + MARKUP;
/** A heading alone on its line may carry extra words (「五、存在的主要问题和改进措施」): up to this many characters. */
const SHORT_HEADING = 40;
/** A section's table's first words, in the fold: table 二's first block title or header, table 三's and table 四's headers. */
const TABLE_OPENING = /^[ \u3000]*(?:第二十条|信息内容|\(?本列数据|申请人情况|行政复议|行政诉讼)/;
const WORDS = 64;

/** 一 … 六 → section 1 … 6, by code unit (a flat table: it is looked up for every character of a document). */
const NUMERAL = new Uint8Array(0x10000);
for (const [c, n] of [[0x4e00, 1], [0x4e8c, 2], [0x4e09, 3], [0x56db, 4], [0x4e94, 5], [0x516d, 6]]) NUMERAL[c] = n;
// (And what looks like one: 「⼀、总体情况」, a Kangxi radical where a PDF's font shares the glyph — normalize.ts.)
for (let i = 0; i + 1 < LOOKALIKE_PAIRS.length; i += 2) NUMERAL[LOOKALIKE_PAIRS.charCodeAt(i)] ||= NUMERAL[LOOKALIKE_PAIRS.charCodeAt(i + 1)];

/**
 * Each section's words (normalised: simplified script, no spaces, ASCII punctuation). The match
 * ends where the heading ends when it runs on into the body.
 */
const WORDS_RE: Record<SectionId, RegExp> = {
  // (「一、总体情况」「一、总体工作情况」「一、政务公开工作总体情况」「一、2023年政府信息公开工作总体情况」「一、工作概况」.)
  1: /^(?:\d{4}年度?)?(?:政府信息(?:与政务)?公开|政务公开)?(?:工作)?(?:的)?(?:总体(?:工作)?情况|总体概况|基本情况|(?:年度)?工作概[述况]|概述|概况)/,
  2: /^(?:政府信息)?主动公开.{0,10}?情况/,
  3: /^(?:(?:收到|受理)(?:和|及|与|、)?(?:处理|办理|答复).{0,12}?申请.{0,4}?情况|依申请公开.{0,10}?情况|(?:政府信息公开)?申请(?:的)?(?:受理|处理|办理)?(?:的)?情况)/,
  4: /^.{0,14}?(?:复议|诉讼)(?:.{0,14}?情况)?/,
  // (What is done about the problems is named many ways: 改进情况, 改进措施, 整改; or the next year's plan,
  // joined to the problems by 及/和/与 — 「问题及明年工作计划」「不足和下一步工作打算」 — not a list item's
  // 「五、对反映的问题，安排专人回访」.)
  // (「五、当前存在的突出问题」 names the problems alone: 「存在的」 before them says it is the section, not a list's item.)
  5: /^(?:.{0,18}?(?:(?:问题|不足|差距).{0,16}?(?:改进|措施|整改|对策)(?:情况|措施|工作|方向)?|(?:问题|不足|差距)(?:以及|及|和|与|、)(?:下一步|下步|明年|下一?年度?|来年|今后)?(?:的)?(?:工作)?(?:打算|计划|安排|思路|方向))|(?:\d{4}年度?)?(?:当前|目前|工作中)?存在的(?:主要|突出)?(?:问题|不足))/,
  // (其它: a spelling many agencies use; 「六、需要说明的其他事项与附表」, the words the other way round.)
  6: /^(?:其[他它](?:需要|需)?(?:报告|说明)?(?:的)?(?:事项|情况)|(?:需要|需)(?:报告|说明)的?其[他它](?:事项|情况))/,
};

/** The form's own words of each section (normalised), the only ones taken after a numeral with no 、. */
export const FORM_WORDS: Record<SectionId, string> = {
  1: '总体情况',
  2: '主动公开政府信息情况',
  3: '收到和处理政府信息公开申请情况',
  4: '政府信息公开行政复议、行政诉讼情况',
  5: '存在的主要问题及改进情况',
  6: '其他需要报告的事项',
};
/** Where a sentence or a line ends (or the text starts): 。；！？ and closing brackets. */
const isSentenceEnd = (c: number) => c === 0 || c === 10 || c === 13 || c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0xff1f || c === 0xff09 || c === 0x29;

/** Whether the words after 「N、」 name section N (normalised text); the length of the match if they do. */
export function headingWordsMatch(section: SectionId, w: string): number {
  const m = WORDS_RE[section].exec(w);
  if (!m) return 0;
  if (section === 4 && /结转|办理结果/.test(w.slice(0, 10))) return 0;
  if (section === 5 && !/(?:改进|措施|整改|对策|打算|计划|安排|思路|方向)/.test(w.slice(0, 30)) && !/^(?:\d{4}年度?)?(?:当前|目前|工作中)?存在的/.test(w)) return 0;
  return m[0].length;
}

/**
 * What follows a heading's words in a table of contents: words of its title, a leader — a tab, dots, an
 * ellipsis or two spaces and more (not one space: 「一、总体情况 1」 could be anything) — and a page number.
 */
const TOC_PAGE = /^[^。；;，,：:\d０-９]{0,30}?(?:\t|[…·]|[\s\u3000.．_\-—]{2,})[\s\u3000.·…．_\-—]*[0-9０-９]{1,3}$/;

const isLineBreak = (c: number) => c === 10 || c === 13;
const isSpace = (c: number) => c === 0x20 || c === 0x3000 || c === 0xa0 || c === 0x09;
/** What may stand before a heading on its own line: spaces, Markdown heading, quote, emphasis and table marks (「|」「│」…). */
const isLinePrefix = (c: number) => isSpace(c) || c === 0x23 /* # */ || c === 0x3e /* > */ || c === 0x2a /* * */ || isRowEdge(c);
/**
 * After the numeral: 、 . ．, optionally after one space; or a comma as some write it (「一，总体情况」 — a
 * section said missing that was there, found by a review): the words after it must name the section all the same.
 */
/** 「；」「;」「，」「,」「、」「等」: what follows a heading's words in a list of them or a sentence, never the heading itself. */
const IN_SENTENCE_AFTER = new Set([0xff1b, 0x3b, 0xff0c, 0x2c, 0x3001, 0x7b49 /* 等 */]);
/** Quotation marks and title marks before a heading's numeral: 「“」「"」「『」「《」 (not 「「」, which some pages set headings in). */
const QUOTE_BEFORE = new Set([0x201c, 0x22, 0x300e, 0x300a, 0x2018]);
const isComma = (c: number) => c === 0xff0c || c === 0x2c;
const isSeparator = (c: number) => c === 0x3001 || c === 0x2e || c === 0xff0e || isComma(c);
/**
 * Whether only spaces and a line's prefix marks (isLinePrefix) stand between the line's start and `at` — or, given `within`,
 * fill the `within` characters before it (a numeral that far past any words is set apart as a line's start is, a PDF's
 * columns: what a heading is decided by lies within BEHIND of its numeral, so that an edit's window sees it all).
 */
export function opensLine(text: string, at: number, within = Infinity): boolean {
  for (let i = at - 1, stop = Math.max(-1, at - 1 - within); i > stop; i--) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) return true;
    if (!isLinePrefix(c)) return false;
  }
  return true;
}

/** The heading whose numeral is at `at`, if one stands there. */
export function headingAt(text: string, at: number): HeadingHit | undefined {
  const section = NUMERAL[text.charCodeAt(at)] as SectionId | 0;
  if (!section) return undefined;
  const prev = at > 0 ? LOOKALIKE[text.charCodeAt(at - 1)] || text.charCodeAt(at - 1) : 0;
  // 「第一部分 总体情况」: the numbering some templates use, taken at a line's start only (in prose,
  // 「详见第二部分…」 refers to a part).
  const part = prev === 0x7b2c /* 第 */ && text.charCodeAt(at + 1) === 0x90e8 /* 部 */ && text.charCodeAt(at + 2) === 0x5206; /* 分 */
  let s = at + 1;
  let bare = false;
  if (part) s = at + 2;
  else {
    // (A mirror site's pinyin glosses after the numeral: 「四(si)、」「四(si)(si)、」.)
    for (let e = glossEnd(text, s); e > 0; e = glossEnd(text, s)) s = e;
    if (isSpace(text.charCodeAt(s))) s++;
    // (A comma only at a line's start: mid-line 「统一，总体情况良好」「…；四，做好…」 is a sentence's.)
    // (Looked back at most BEHIND − 1 characters: unbounded, a comma heading after twenty spaces was one after an edit read
    // the line from its spaces and none read whole — found by a random hunt of edits.)
    if (isComma(text.charCodeAt(s)) && !opensLine(text, at, BEHIND - 1)) return undefined;
    if (!isSeparator(text.charCodeAt(s))) {
      // 「…）。一总体情况2020年，…」: a page that lost the 、 — taken only with the form's own words, where a
      // sentence or a line ends.
      if (!isSentenceEnd(prev)) return undefined;
      bare = true;
      s--;
    }
    // 「第三、四季度」「十一、」: part of a longer numeral, not a heading.
    if (prev === 0x7b2c /* 第 */ || prev === 0x5341 /* 十 */) return undefined;
  }
  // Skip the separator and any spaces or emphasis after it.
  let w = s + 1;
  while (w < text.length && w < at + 8) {
    const c = text.charCodeAt(w);
    if (isSpace(c) || c === 0x2a || c === 0x3001 || c === 0x2e || c === 0xff0e || (part && (c === 0xff1a || c === 0x3a))) w++;
    else break;
  }
  // pandoc's Markdown of a page whose every run is styled puts the numeral and the words in spans of their own
  // (「[[一、]{style="…"}]{style="…"}[[总体情况]{…}]{…}」): the words come after the spans' attributes, and the
  // section was said to be missing. The window reaches past them, MARKUP characters at most (AHEAD counts them).
  const markup = !part && !bare ? spanMarkupEnd(text, w, w + MARKUP) - w : 0;
  /** (The markup is no part of the heading's name: the outline and the messages give 「一、总体情况」.) */
  const markupAt = w;
  w += markup;
  /** Where the words' window ends: WORDS_AHEAD past the numeral, and past the markup skipped. */
  const reachEnd = at + WORDS_AHEAD + markup;
  let lineEnd = w;
  while (lineEnd < text.length && lineEnd < reachEnd && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
  const { folded, back } = foldChars(text.slice(w, Math.min(lineEnd, w + WORDS)));
  let len = bare ? (folded.startsWith(FORM_WORDS[section]) ? FORM_WORDS[section].length : 0) : headingWordsMatch(section, folded);
  /** Where a heading wrapped onto a second line ends (wrappedHeading), or -1. */
  let wrapEnd = -1;
  if (!len && !bare && !part) {
    wrapEnd = wrappedHeading(text, at, w, lineEnd, section);
    if (wrapEnd > 0) len = 1;
  }
  if (!len) return undefined;
  // At a line start a short heading line is the heading; elsewhere the heading ends with its words.
  const from = part ? at - 1 : at;
  let b = from;
  while (b > 0 && at - b < BEHIND - 1 && isLinePrefix(text.charCodeAt(b - 1))) b--;
  // (A list's bullet opening the line, one: 「- 四、…」.)
  if (b > 0 && text.charCodeAt(b - 1) === 0x2d && (b === 1 || isLineBreak(text.charCodeAt(b - 2)) || isSpace(text.charCodeAt(b - 2)))) {
    let c = b - 1;
    // (Within BEHIND − 1 of the numeral, as all it reads before it: unbounded, a line break typed 20 spaces before the bullet
    // was not seen by an edit's window — found by a random hunt of edits.)
    while (c > 0 && at - c < BEHIND - 1 && isSpace(text.charCodeAt(c - 1))) c--;
    if (c === 0 || isLineBreak(text.charCodeAt(c - 1))) b = c;
  }
  const atLineStart = b === 0 || isLineBreak(text.charCodeAt(b - 1));
  if (part && !atLineStart) return undefined;
  if (wrapEnd > 0) return atLineStart ? { section, start: from, end: wrapEnd, text: text.slice(from, wrapEnd) } : undefined;
  let end: number;
  let restEnd = lineEnd;
  while (restEnd > at && (isSpace(text.charCodeAt(restEnd - 1)) || text.charCodeAt(restEnd - 1) === 0x2a || isRowEdge(text.charCodeAt(restEnd - 1)) || text.charCodeAt(restEnd - 1) === 0x23)) restEnd--;
  const lineIsShort = lineEnd < reachEnd && (lineEnd === text.length || isLineBreak(text.charCodeAt(lineEnd)));
  // (Not where what follows the words on the line is the opening of the section's table, run on after the heading by a
  // page's text that lost its line breaks — 「二、主动公开政府信息情况第二十条第（一）项」, 「四、…情况行政复议行政诉讼」: those are
  // the table's, and table 二 was said to lack its first block — found by a review of BeautifulSoup's get_text().)
  if (atLineStart && lineIsShort && restEnd - at <= SHORT_HEADING && !TABLE_OPENING.test(folded.slice(len))) end = restEnd;
  else end = w + back[len - 1] + 1;
  // A row of a table whose first cell holds the words (the pre-2019 statistics table's 「| 三、依申请公开情况 |  |  |」):
  // more cells follow on its line. A heading has at most the one separator that closes its own cell.
  let cells = 0;
  for (let i = w + back[len - 1] + 1; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (CHAR_CLASS[c] & SEPARATOR) cells++;
  }
  if (atLineStart && cells >= 2) return undefined;
  // A table of contents' entry (「一、总体情况………1」「二、主动公开政府信息情况\t3」): the heading's words, then
  // only a leader and a page number on its line. It names the section; the heading is further down.
  if (atLineStart && lineIsShort && TOC_PAGE.test(text.slice(w + back[len - 1] + 1, restEnd))) return undefined;
  // A heading named in a sentence: its words go on into a list's or a clause's punctuation (「本报告包括：一、总体情况；
  // 二、…」「详见本报告五、存在的主要问题及改进情况。」), or a quotation mark opens them (「报告“五、…”中提出的问题」) —
  // each was taken for a second heading, and the real one said to repeat it (found by a review).
  const after = text.charCodeAt(w + back[len - 1] + 1);
  if (IN_SENTENCE_AFTER.has(after) || (!atLineStart && (after === 0x3002 || QUOTE_BEFORE.has(text.charCodeAt(from - 1))))) return undefined;
  // (From the heading's words — 「四、行政复议数量 | 件 | 1」, a row whose label the heading's words open — and from its end.)
  if (statisticsRowsAfter(text, w, reachEnd) || statisticsRowsAfter(text, end, reachEnd)) return undefined;
  return { section, start: from, end, text: markup ? text.slice(from, markupAt) + text.slice(w, end) : text.slice(from, end) };
}

/**
 * What follows a row of the pre-2019 statistics table (政府信息公开情况统计表) that reads as a heading — its merged
 * row 「三、依申请公开情况」 with 「（一）收到申请数 | 件 | 18」 under it, or 「四、因政府信息公开申请提起行政复议数 | 件 | 1」
 * glued or one cell a line —, once spaces, separators and line breaks are gone: a row's label, its unit, then its figure
 * (or, after the heading's line, the unit and the figure at once) — the label a count's (「…申请数」「…数量」「…人次」「…费用」)
 * and its unit glued to its figure (the older template's 「因政府信息公开申请提起行政复议数」: labels of 15 characters and more,
 * found by the review of the second version). No heading's words run on so: a prose's count is of a thing, its figure before its unit (「制发文件207件」
 * 「行政复议案件0件」「…处理费0元。」: headings were lost so, found by the review of the first version). Taken for section 三's heading, the row cut the table, and every figure after it
 * was lost (found by a review of older reports).
 */
const UNIT = '(?:人次|万元|小时|个工作日|工作日|[条件个次元项份人家篇期场批天部套])';
const STATISTICS_ROW = new RegExp(`^(?:(?:[(（][一二三四五六七八九十]{1,2}[)）])?[^。，；,;：:、0-9()（）]{0,24}?(?:数|数量|次数|人数|人次|金额|费用|经费)${UNIT}|${UNIT})[0-9]`);
const LAYOUT = /[\s\u3000|｜│]+/g;
function statisticsRowsAfter(text: string, from: number, limit: number): boolean {
  const end = Math.min(text.length, limit, from + 60);
  // (A row ends in a figure: with no digit in reach — nearly every heading — nothing to cut, strip and fold. Only the
  // digits and their full-width forms fold to one: 20,000 heading lines spent a ninth of their reading here.)
  let digit = false;
  for (let i = from; i < end && !digit; i++) {
    const c = text.charCodeAt(i);
    digit = (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
  }
  if (!digit) return false;
  const raw = text.slice(from, end).replace(LAYOUT, '');
  return raw.length > 1 && STATISTICS_ROW.test(foldChars(raw).folded);
}

/**
 * A heading a line break cut before its words were complete (「三、收到和处理政府信息公开」 / 「申请情况」: a
 * <br> or a soft return in the page or the Word file, a narrow PDF column): where its second line ends,
 * when the two lines read together are section N's words and nothing more, both lines short and the first
 * ending no sentence; -1 otherwise. (Before, its first line was no heading and its second was taken for
 * the section's heading written without its numeral.)
 */
function wrappedHeading(text: string, at: number, w: number, lineEnd: number, section: SectionId): number {
  if (lineEnd - at > SHORT_HEADING || lineEnd >= text.length || !isLineBreak(text.charCodeAt(lineEnd))) return -1;
  let last = lineEnd;
  while (last > w && isSpace(text.charCodeAt(last - 1))) last--;
  // (A numeral alone on its line, its words all on the next: 「一、」 / 「总体情况」, each a span of a page's heading that
  // BeautifulSoup's get_text('\n') or a PDF's text puts on a line of its own — the section was said to be numbered otherwise.)
  const bare = last === w;
  if (isSentenceEnd(text.charCodeAt(last - 1)) || text.charCodeAt(last - 1) === 0xff0c /* ， */) return -1;
  let next = text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 2 : lineEnd + 1;
  // (All it reads lies within AHEAD of the numeral — at most 40 + 2 + 8 + 32 characters —, as an edit's window does: findHeadingsIn.)
  for (let k = 0; k < 8 && next < text.length && isSpace(text.charCodeAt(next)); k++) next++;
  let end = next;
  while (end < text.length && end - next <= (bare ? 30 : 20) && !isLineBreak(text.charCodeAt(end))) end++;
  if (end === next || (end < text.length && !isLineBreak(text.charCodeAt(end)))) return -1;
  // (A second line opening with a numbering of its own is the next item of a list: 「四、强化监督考核」 /
  // 「五、做好行政复议应诉」 are two items, not section 四's heading — found by a review.)
  if (opensWithNumbering(text.slice(next, Math.min(end, next + 8)))) return -1;
  while (end > next && isSpace(text.charCodeAt(end - 1))) end--;
  // (No cell of a table: a row's label and its figures are no heading, on one line or two.)
  for (let x = w; x < end; x++) if ((CHAR_CLASS[text.charCodeAt(x)] & SEPARATOR) !== 0) return -1;
  const first = foldChars(text.slice(w, lineEnd)).folded.length;
  const both = foldChars(text.slice(w, end)).folded;
  const len = headingWordsMatch(section, both);
  // (The words reach into the second line, and it holds little more than their end.)
  return len > first && both.length - len <= 2 ? end : -1;
}

/**
 * Where the words start after pandoc's span markup at `p` — the ends of spans with their attributes
 * (「]{style="…"}」) and the openings of the next (「[」) — when there is any, up to `limit`; else `p`.
 */
function spanMarkupEnd(text: string, p: number, limit: number): number {
  let q = p;
  let attributes = 0;
  while (q < limit) {
    const c = text.charCodeAt(q);
    if (c === 0x5d && text.charCodeAt(q + 1) === 0x7b) {
      let e = q + 2;
      while (e < limit && text.charCodeAt(e) !== 0x7d && !isLineBreak(text.charCodeAt(e))) e++;
      if (e >= limit || text.charCodeAt(e) !== 0x7d) break;
      q = e + 1;
      attributes++;
    } else if ((c === 0x5b || c === 0x20) && (attributes || q - p < 30)) q++;
    // (The first span's attributes open within 30 characters — an edit's window looks for them there, updateHeadings: unbounded,
    // a numeral 110 spaces before 「]{…}」 was a heading read whole and none after an edit — found by a random hunt of edits.)
    else break;
  }
  return attributes ? q : p;
}

/** Whether a text opens with a numbering of its own (「五、」「一是」「（二）」「3.」「第一」「①」): a list's item, a heading's numeral. */
export const opensWithNumbering = (s: string): boolean => OWN_NUMBERING.test(s);
const OWN_NUMBERING = /^(?:[一二三四五六七八九十]{1,3}\s*[、.．是]|[（(][一二三四五六七八九十\d０-９]{1,3}[）)]|[\d０-９]{1,2}\s*[.、．)）]|第[一二三四五六七八九十]|[\u2460-\u2473])/;

/** Headings whose numeral lies in text[from, to), scanned left to right; a heading hides the candidates inside it. */
export function findHeadings(text: string, from = 0, to = text.length): HeadingHit[] {
  const hits: HeadingHit[] = [];
  const end = Math.min(to, text.length);
  for (let i = Math.max(0, from); i < end; i++) {
    if (!NUMERAL[text.charCodeAt(i)]) continue;
    const h = headingAt(text, i);
    if (!h) continue;
    hits.push(h);
    i = h.end - 1;
  }
  return hits;
}

/** Reads [from, to) of a text that may not be held as one string (the new text during an edit). */
export type ReadText = (from: number, to: number) => string;

/**
 * Headings whose numeral lies in [from, to) of a text of `length` characters known only through
 * `read`: only the window the decision depends on is read (BEHIND before, AHEAD after, one more each
 * side so that the window's ends never pass for the text's ends or a line start).
 */
function findHeadingsIn(read: ReadText, length: number, from: number, to: number): HeadingHit[] {
  const lo = Math.max(0, from - BEHIND - 1);
  const hits = findHeadings(read(lo, Math.min(length, to + AHEAD + 1)), from - lo, to - lo);
  if (lo) for (const h of hits) (h.start += lo), (h.end += lo);
  return hits;
}

/** The index of the first heading that ends after `at` (headings are in order and do not overlap). */
function firstEndingAfter(hs: readonly HeadingHit[], at: number): number {
  let lo = 0;
  let hi = hs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hs[mid].end > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** How many headings an update left as they were at the start of the list, and moved at its end. */
export interface KeptHeadings {
  before: number;
  after: number;
}

/**
 * The headings after replacing old[start, end) with a text of `inserted` characters, given the
 * headings of the old text: only the window around the edit is read and scanned again, plus
 * whatever a heading found there hides or uncovers. `hs` is updated in place (the headings after the
 * window are moved, not copied: an edit costs the window, not the document); `read` gives the new text.
 */
export function updateHeadings(hs: HeadingHit[], read: ReadText, length: number, start: number, end: number, inserted: number, kept?: KeptHeadings): HeadingHit[] {
  const delta = inserted - (end - start);
  // (A numeral further back than WORDS_AHEAD reads up to the edit only past span markup, 「]{…}」, which stands between
  // it and the edit: looked for there, the window reaching back AHEAD only where some is — the longer window on every
  // edit cost the 99th percentile of an edit on 1 MB a tenth, for text that holds none.)
  // (The markup opens within a few characters of such a numeral — its 、, a gloss or two, spaces —: looked for before start − WORDS_AHEAD + 40.)
  const back = Math.max(0, start - AHEAD);
  const near = Math.max(0, start - WORDS_AHEAD);
  let scanStart = back < near && read(back, Math.min(start, near + 40)).includes(']{') ? back : near;
  let scanEndOld = end + BEHIND;
  // Never start or stop inside a heading: its extent hides candidates, so it is scanned again whole.
  let i0 = firstEndingAfter(hs, scanStart);
  if (i0 < hs.length && hs[i0].start < scanStart) scanStart = hs[i0].start;
  let j0 = firstEndingAfter(hs, scanEndOld);
  if (j0 < hs.length && hs[j0].start < scanEndOld) scanEndOld = hs[j0].end;
  // [i0, j0): the old headings in the window; from j0 on, the ones after it, moved to the new text.
  while (i0 > 0 && hs[i0 - 1].start >= scanStart) i0--;
  while (j0 < hs.length && hs[j0].start < scanEndOld) j0++;
  if (delta) for (let k = j0; k < hs.length; k++) (hs[k].start += delta), (hs[k].end += delta);
  const found: HeadingHit[] = [];
  let pos = scanStart;
  let limit = scanEndOld + delta;
  let drop = j0;
  for (;;) {
    const hits = findHeadingsIn(read, length, pos, limit);
    for (const h of hits) found.push(h);
    const reach = Math.max(limit, hits.length ? hits[hits.length - 1].end : limit);
    // Old headings the new ones now hide are gone; what they hid must be looked at again.
    let extent = reach;
    while (drop < hs.length && hs[drop].start < reach) extent = Math.max(extent, hs[drop++].end);
    if (extent === reach) {
      if (kept) (kept.before = i0), (kept.after = hs.length - drop);
      if (found.length <= 1000) hs.splice(i0, drop - i0, ...found);
      else {
        // (An edit can change every heading of a document — 「第」 typed before the first of a chain of
        // headings that each hide the next — and a spread of 100,000 arguments overflows the stack.)
        const tail = hs.slice(drop);
        hs.length = i0;
        for (let k = 0; k < found.length; k++) hs.push(found[k]);
        for (let k = 0; k < tail.length; k++) hs.push(tail[k]);
      }
      return hs;
    }
    pos = reach;
    limit = extent;
  }
}
