/**
 * Where a missing section heading belongs, and how to write it so it looks like the others. A
 * section's content does not vanish with its heading: it trails the previous section, most often
 * right after that section's table (the sub-headings （一）… and text of the missing section), or
 * starts where a list of sub-headings begins again at （一）. The heading goes before that content.
 */
import { signingDate } from '../../analysis/reader/segments/signingDate';
import { TABLE_SECTION } from '../../analysis/form/schema';
import type { DocFacts } from '../../analysis/model/facts';
import { lineEndAt, lineStartAt, nextLineStart, prevLineStart } from '../../analysis/reader/text/lines';
import type { SectionId } from '../../analysis/types';
import { eolOf } from '../../analysis/write/eol';

export interface Placement {
  /** Offset of the insertion. */
  at: number;
  /** The text to insert: line breaks around the heading as the document writes them. */
  insert: string;
  /** Where the section's content starts (the heading goes before it). */
  content: number;
}

const isBlank = (s: string) => /^[ \t\u3000]*$/.test(s);

/** Start offsets of the lines of text[from, to). */
function lineStarts(text: string, from: number, to: number): number[] {
  const out = [from];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) out.push(i + 1);
  }
  return out;
}

/** How many blank lines the document usually puts before and after a section heading. */
function blankStyle(f: DocFacts): { before: number; after: number } {
  const before: number[] = [];
  const after: number[] = [];
  // (Lines found by any line break, a lone CR too: by LF alone a document of CRs was one line.)
  for (const h of f.headings) {
    const ls = lineStartAt(f.text, h.span.start);
    if (!isBlank(f.text.slice(ls, h.span.start))) continue; // a heading glued inside a line
    let n = 0;
    for (let p = ls; p > 0 && n < 3; n++) {
      const prev = prevLineStart(f.text, p);
      if (!isBlank(f.text.slice(prev, lineEndAt(f.text, prev)))) break;
      p = prev;
    }
    if (ls > 0) before.push(n);
    let m = 0;
    let q = lineEndAt(f.text, h.span.end);
    while (q < f.length && m < 3) {
      const next = nextLineStart(f.text, q);
      if (next >= f.length) break;
      const end = lineEndAt(f.text, next);
      if (!isBlank(f.text.slice(next, end))) break;
      m++;
      q = end;
    }
    after.push(m);
  }
  return { before: mode(before), after: mode(after) };
}
function mode(xs: number[]): number {
  const count = new Map<number, number>();
  for (const x of xs) count.set(x, (count.get(x) ?? 0) + 1);
  let best = 0;
  let n = -1;
  for (const [x, c] of count) if (c > n || (c === n && x < best)) [best, n] = [x, c];
  return n < 0 ? 0 : best;
}

/** The start of the paragraph (or, inside a one-line page, the sentence) that holds offset `i`. */
function paragraphStart(text: string, from: number, i: number): number {
  let p = i;
  while (p > from && !'\n\r。；'.includes(text[p - 1])) p--;
  while (p < i && /[\s\u3000]/.test(text[p])) p++;
  return p;
}

/** After offset `i`: the next non-blank character, across line breaks. */
function nextContent(text: string, i: number, to: number): number | undefined {
  for (;;) {
    const j = text.slice(i, to).search(/[^\s|\u3000]/);
    if (j < 0) return undefined;
    // (Not a table's rule or border the table's span stops short of — a Markdown table's 「|---|---|」 with no row under
    // it yet, a grid's closing 「+-----+」: a heading inserted there broke the rule, found by a review of a writer's session.)
    const ls = Math.max(text.lastIndexOf('\n', i + j - 1), text.lastIndexOf('\r', i + j - 1)) + 1;
    let le = i + j;
    while (le < text.length && text[le] !== '\n' && text[le] !== '\r') le++;
    if (!RULE_LINE.test(text.slice(ls, le))) return i + j;
    i = le;
  }
}

/** A table's rule or border line: bars, dashes, colons, pluses, equals signs and box-drawing lines only. */
const RULE_LINE = /^[\s|｜+:：=\-—─━┄┈┼┬┴├┤┌┐└┘╋═_]*[-—─━=═][\s|｜+:：=\-—─━┄┈┼┬┴├┤┌┐└┘╋═_]*$/;

const CONTACT = /[电電]话|地址|[邮郵]箱|[传傳][真]|[邮郵][编編]|[网網]址/;
const sectionOfTable = (kind: string): number | undefined => TABLE_SECTION[kind as keyof typeof TABLE_SECTION];

/** A list of sub-headings that starts again at （一） within [from, to): the second list is the missing section's. */
function listRestart(f: DocFacts, from: number, to: number): number | undefined {
  const marker = /(^|[\r\n。；;])[ \t\u3000]*[（(]([一二三四五六七八九十]{1,3})[）)]/g;
  marker.lastIndex = Math.max(0, from - 1);
  let seen = 0;
  for (let m = marker.exec(f.text); m && m.index < to; m = marker.exec(f.text)) {
    const at = m.index + m[1].length;
    if (at < from || f.tables.some((t) => at >= t.span.start && at < t.span.end)) continue;
    if (m[2] === '一' && seen) return paragraphStart(f.text, from, at);
    seen++;
  }
  return undefined;
}

/** The first sub-heading （一） within [from, to). */
function firstListItem(f: DocFacts, from: number, to: number): number | undefined {
  const m = /(^|[\n。；;])[ \t\u3000]*[（(]一[）)]/m.exec(f.text.slice(from, to));
  return m ? paragraphStart(f.text, from, from + m.index + m[1].length) : undefined;
}

/** Where the content of missing section `id` starts, or undefined when it cannot be told apart. */
function orphanStart(f: DocFacts, id: SectionId, from: number, to: number): number | undefined {
  const prev = f.headings.filter((h) => h.section < id && h.span.end <= from).pop();
  const inRegion = f.tables.filter((t) => t.span.start >= from && t.span.end <= to);
  // After the previous section's table comes the missing section's content (its own table, if any,
  // among it): the sub-headings and text that trail that table.
  const own = inRegion.find((t) => sectionOfTable(t.kind) === id);
  const prevTables = inRegion.filter((t) => prev && sectionOfTable(t.kind) === prev.section && (!own || t.span.end <= own.span.start));
  if (prevTables.length) {
    const end = own ? own.span.start : to;
    let at = nextContent(f.text, prevTables[prevTables.length - 1].span.end, end);
    // A unit the page left after the last figure (「…2832995元」) is the table's.
    if (at !== undefined && /[元件项項个個条條%]/.test(f.text[at]) && /\d/.test(f.text[at - 1] ?? '')) at = nextContent(f.text, at + 1, end);
    // The previous section going on after its table (「（二）主动公开政府信息的主要类别」) is not the
    // missing section: look for where the numbering starts again instead.
    if (at !== undefined && !/^[（(][二三四五六七八九十]{1,3}[）)]/.test(f.text.slice(at, at + 6))) return at;
    if (at !== undefined) {
      const reset = listRestart(f, at, end);
      if (reset !== undefined) return reset;
    }
  }
  // Its own table with no previous table before it: a list starting again at （一） before the
  // table, or the table itself.
  if (own) return listRestart(f, from, own.span.start) ?? own.span.start;
  // Section 一 follows the preamble: sentences about the report (「本报告…编制」「如对报告有疑问…联系」)
  // and the office's contact details.
  if (id === 1) {
    const firstItem = firstListItem(f, from, to);
    const head = f.text.slice(from, Math.min(to, from + 1500));
    let last = -1;
    for (const m of head.matchAll(/[报報]告/g)) last = m.index!;
    if (last < 0) return firstItem;
    // The end of that sentence, then of any contact details after it (a line break ends one too).
    const stop = /[。\n]/g;
    stop.lastIndex = last;
    let end = stop.exec(head)?.index ?? -1;
    while (end >= 0) {
      stop.lastIndex = end + 1;
      const next = stop.exec(head)?.index ?? -1;
      if (next < 0 || !CONTACT.test(head.slice(end + 1, next))) break;
      end = next;
    }
    const at = end < 0 ? undefined : nextContent(f.text, from + end + 1, to);
    return firstItem !== undefined && (at === undefined || firstItem < at) ? firstItem : at;
  }
  const reset = listRestart(f, from, to);
  if (reset !== undefined) return reset;
  // Section 六 reports the information-processing fees (国办函〔2020〕109号): its paragraph.
  if (id === 6) {
    const fee = f.text.slice(from, to).search(/[处處]理[费費]/);
    if (fee >= 0) return paragraphStart(f.text, from, from + fee);
  }
  return undefined;
}

/**
 * The end of the text, or where the report's signature starts there (the body's name above or before
 * its date): a section missing at the end goes before the signature, not after it.
 */
function beforeSignature(text: string, from: number): number {
  const signed = signingDate(text.slice(from), []);
  return signed && signed.signer > 0 ? from + signed.signer : text.length;
}

/**
 * Where to insert the heading of missing section `id` and the text to insert; `after`, where the heading of
 * an earlier section written under another numeral or in other words ends (sectionMissing.ts): the section
 * goes after it, not before — 六 inserted before 「六、存在的主要问题…」 (section 五 misnumbered) put the
 * sections out of order, and the renumbering then found no place (found by a review).
 */
export function placeHeading(f: DocFacts, id: SectionId, heading: string, after = 0): Placement {
  const eol = eolOf(f.text);
  const next = f.headings.find((h) => h.section > id);
  const prev = f.headings.filter((h) => h.section < id && (!next || h.span.start < next.span.start)).pop();
  const own = prev ? prev.span.end : f.title ? f.title.span.end : 0;
  const from = after > own && (!next || after < next.span.start) ? after : own;
  const to = next ? next.span.start : f.length;
  let at = orphanStart(f, id, from, to);
  const signature = at === undefined && !next ? beforeSignature(f.text, from) : undefined;
  if (at === undefined) at = next ? next.span.start : signature!;
  // A glued page runs the table's last figures into the prose: 「…0 0 1 2023年，我局…」 — the year is the prose's.
  if (/^[年度]/.test(f.text.slice(at, at + 1)) && /(?:19|20)\d\d$/.test(f.text.slice(at - 4, at))) at -= 4;
  const ls = lineStartAt(f.text, at);
  // At the end of a table's last line (its rule or a row, the text ending there): on a line of its own, not glued to
  // the table as on a one-line page (「|---|---|五、…」 — found by a review of a writer's session).
  const line = f.text.slice(ls, at);
  // (A blank line between: Markdown reads a line right under a table's row as one more row of it.)
  if ((at === f.length || /[\r\n]/.test(f.text[at])) && (RULE_LINE.test(line) || /[|｜+]\s*$/.test(line))) return { at, insert: eol + eol + heading + (at === f.length ? eol : ''), content: at };
  // Inside a line (a one-line page): the heading goes in as the page writes headings, inline.
  if (!isBlank(f.text.slice(ls, at))) {
    // A page that spaces its inline headings (「…。 一、总体情况 2023年…」) keeps one space each side.
    const spaced = /[ \u3000]{2}$/.test(f.text.slice(at - 2, at));
    // Before a signature, a line break after the heading: glued to it, the body's name would read as the
    // heading's words and the signature be lost (its year check with it).
    if (signature !== undefined && at === signature && at < f.length) return { at: spaced ? at - 1 : at, insert: heading + eol, content: at };
    return { at: spaced ? at - 1 : at, insert: heading, content: at };
  }
  if (at === f.length && f.length && !/[\r\n]$/.test(f.text)) return { at, insert: eol + heading + eol, content: at };
  // The blank lines already before this line count towards the style's; the rest are added.
  const style = blankStyle(f);
  let blanks = 0;
  let start = ls;
  const starts = lineStarts(f.text, from, ls).filter((s) => s === 0 || f.text[s - 1] === '\n' || f.text[s - 1] === '\r').reverse();
  for (const s of starts.slice(1)) {
    if (!isBlank(f.text.slice(s, lineEndAt(f.text, s)))) break;
    blanks++;
    start = s;
  }
  // Keep `style.before` blank lines above the heading: insert after them when there are more.
  const insertLine = blanks > style.before ? lineStarts(f.text, start, ls)[style.before] ?? ls : ls;
  const surplus = Math.max(0, blanks - style.before);
  const above = Math.max(0, style.before - blanks);
  const below = Math.max(0, style.after - surplus);
  return { at: insertLine, insert: eol.repeat(above) + heading + eol + eol.repeat(below), content: at };
}
