/**
 * Whether a scope's words stand before a table, in the line or two over it — 「（一）全区汇总情况」「（二）区政府本级情况」: a
 * government's report with its region's table and its own. Read in the table's segment (a fact of it, kept with it), so
 * that a document check asks no text of the whole document.
 */

/** Words that name a scope of the figures: the region's or the body's own. */
const SCOPE = /全区|全市|全县|全省|全州|全旗|全盟|汇总|本级|本机关|本部门|机关本级|所属|下属|各单位|各部门|乡镇|街道/;
/** How far before a table its scope's words are looked for: a sub-heading's line or two. */
const BEFORE = 80;

export function scopeBefore(text: string, start: number): boolean {
  return SCOPE.test(text.slice(Math.max(0, start - BEFORE), start));
}

/**
 * Whether a line of words stands in text[from, to) — between two tables: a sub-heading naming another body's table
 * (「（二）区就业促进中心」), another year's (「（二）2022年度」), a paragraph — so that the second is no copy pasted right
 * after the first. Two ideographs on a line that holds no separator of cells; the last 400 characters only (a copy
 * follows its original).
 */
export function wordsBetween(text: string, from: number, to: number): boolean {
  const gap = text.slice(Math.max(from, to - 400), to);
  return gap.split('\n').some((line) => !/[|｜\t]/.test(line) && /[\u4e00-\u9fff][^\n]*[\u4e00-\u9fff]/.test(line));
}

/** A heading's numbering before its words: 「（二）」「二、」「2.」「(2)」. */
const NUMBERING = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、.．])\s*/;
/** The longest line taken for a scope's heading: a sentence of prose that names 全市 is no heading. */
const HEADING_MAX = 30;

/**
 * The words of the scope's heading over a table — 「市局本级情况」 of 「（二）市局本级情况」 —: the last line in reach
 * (`scopeBefore`'s) with a scope's words, its numbering and a closing colon left out; undefined where none, or where
 * that line is longer than a heading (a message names the table otherwise).
 */
export function scopeWords(text: string, start: number): string | undefined {
  const from = Math.max(0, start - BEFORE);
  const window = text.slice(from, start);
  let last = -1;
  for (const m of window.matchAll(new RegExp(SCOPE.source, 'g'))) last = m.index!;
  if (last < 0) return undefined;
  const at = from + last;
  const lineStart = Math.max(text.lastIndexOf('\n', at) + 1, 0);
  const nl = text.indexOf('\n', at);
  const line = text.slice(lineStart, nl < 0 ? text.length : nl).replace(/[#*|\s]+/g, ' ').trim().replace(NUMBERING, '').replace(/[：:]$/, '').trim();
  return line && line.length <= HEADING_MAX ? line : undefined;
}

/**
 * A government's report with its region's table and its own in one section — 「（一）全区汇总情况」 then 「（二）区政府本级
 * 情况」 —: which tables of a kind beside the first are another scope's, so that a figure of the prose or last year's
 * carried over may be theirs. Only a table a scope's words stand before (`scopeBefore`): two tables 三 with
 * nothing between them are a table pasted twice, one copy stale, whose mismatches are said (found by the review of the
 * first version, which took every second table for another scope's).
 */
export function otherScopes<T extends { kind: string; offset: number; scoped?: boolean }>(f: { tables: readonly T[] }, first: T | undefined): T[] {
  if (!first) return [];
  return f.tables.filter((t) => t !== first && t.kind === first.kind && t.offset === first.offset && t.scoped);
}
