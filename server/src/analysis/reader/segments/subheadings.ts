/**
 * Sub-headings （一）（二）… of a section, for the outline and folding: at the start of a line, and on
 * pages that lost their line breaks also mid-line — after a full stop or a heading — where the
 * sub-heading runs on into its paragraph and is cut at its first clause mark or its usual last word.
 */
import { tableCover } from './tableCover';
import type { SubHeading, Table } from '../../types';

const AT_LINE_START = /^[\s\u3000#*]*([（(][一二三四五六七八九十]{1,3}[)）])/;
const MID_LINE = /([。；;！？!?：:]\s*|\s|[0-9０-９](?=[（(]))([（(][一二三四五六七八九十]{1,3}[)）])/g;
/** Words a sub-heading usually ends with (「…平台建设情况」「…存在问题」「…改进措施」). */
const LAST_WORD = /^.{2,28}?(?:情况|问题|措施|方向)/;
const RUN_ON = 16;
const MAX = 40;

function cut(text: string, start: number, lineEnd: number, runsOn: boolean): SubHeading {
  const line = text.slice(start, lineEnd);
  let end = line.search(/[。；;|\t]/);
  if (end < 0) end = line.length;
  if (runsOn) {
    const m = LAST_WORD.exec(line.slice(0, Math.min(end, MAX)));
    // Without its usual last word, stop before a figure or after a few words.
    const digit = line.search(/[0-9０-９]/);
    end = m ? Math.min(end, m[0].length) : Math.min(end, RUN_ON, digit > 3 ? digit : RUN_ON);
  }
  end = Math.min(end, MAX);
  const raw = line.slice(0, end).replace(/[\s\u3000*]+$/, '');
  return { span: { start, end: start + raw.length }, text: raw, level: 1 };
}

/** （一）… sub-headings in text[from…], outside tables. */
export function subheadings(text: string, from: number, tables: readonly Table[]): SubHeading[] {
  return outsideTables(allSubheadings(text, from, from, text.length), tables);
}

/** The sub-headings not in a table. */
export function outsideTables(subs: readonly SubHeading[], tables: readonly Table[]): SubHeading[] {
  const inTable = tableCover(tables);
  return subs.filter((s) => !inTable(s.span.start));
}

/**
 * The sub-headings of text[from…] after an edit (text[start, start + inserted) new, `delta` longer
 * than before), from `before`, those of the text before (tables included): a sub-heading is of its
 * line alone, so only the lines the edit touched are read again; the others' are kept, moved.
 */
export function subheadingsAfterEdit(text: string, from: number, before: readonly SubHeading[], start: number, inserted: number, delta: number): SubHeading[] {
  let lo = Math.max(from, start);
  while (lo > from && !isBreak(text.charCodeAt(lo - 1))) lo--;
  let hi = start + inserted;
  while (hi < text.length && !isBreak(text.charCodeAt(hi))) hi++;
  const out: SubHeading[] = [];
  for (const s of before) if (s.span.end <= lo && s.span.start < lo) out.push(s);
  out.push(...allSubheadings(text, from, lo, hi));
  for (const s of before) if (s.span.start >= hi - delta) out.push({ span: { start: s.span.start + delta, end: s.span.end + delta }, text: s.text, level: s.level });
  return out;
}

const isBreak = (c: number) => c === 0x0a || c === 0x0d;

/** The sub-headings on the lines of text[lo, hi) (lo a line's start), tables included, in order. */
export function allSubheadings(text: string, from: number, lo: number, hi: number): SubHeading[] {
  const out: SubHeading[] = [];
  // Every sub-heading opens with a bracket: only the lines that hold one are looked at, found by
  // searching for the brackets (most lines have none, and a search is faster than a walk).
  let at = lo;
  let wide = text.indexOf('（', at);
  let narrow = text.indexOf('(', at);
  for (;;) {
    if (wide >= 0 && wide < at) wide = text.indexOf('（', at);
    if (narrow >= 0 && narrow < at) narrow = text.indexOf('(', at);
    const p = wide < 0 ? narrow : narrow < 0 ? wide : Math.min(wide, narrow);
    if (p < 0 || p >= hi) break;
    // The line holding it: from the line break before it (or where the search started, a line's
    // start) to the one after.
    let ls = p;
    while (ls > at && text.charCodeAt(ls - 1) !== 0x0a && text.charCodeAt(ls - 1) !== 0x0d) ls--;
    let le = p + 1;
    while (le < text.length && text.charCodeAt(le) !== 0x0a && text.charCodeAt(le) !== 0x0d) le++;
    const m = AT_LINE_START.exec(text.slice(ls, Math.min(le, ls + 12)));
    const first = m ? ls + m.index + m[0].length - m[1].length : -1;
    // A short line is the sub-heading; a long one is a paragraph the sub-heading runs on into.
    if (m) out.push(cut(text, first, le, le - first > MAX));
    // Mid-line: right after the section heading, or after a full stop.
    const line = text.slice(ls, le);
    if (ls === from && /^[（(][一二三四五六七八九十]{1,3}[)）]/.test(line) && first !== ls) out.push(cut(text, ls, le, true));
    MID_LINE.lastIndex = 0;
    for (let x = MID_LINE.exec(line); x; x = MID_LINE.exec(line)) {
      const start = ls + x.index + x[1].length;
      if (start === first) continue;
      out.push(cut(text, start, le, true));
    }
    at = le + 1;
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
