/**
 * Converting a report between scripts, safely. Only runs of Han characters are handed to the
 * converter, so digits, ASCII, punctuation, table separators and line ends cannot change; within
 * a run, only the characters that differ are replaced, so the edits touch nothing else (cursor,
 * folding and diagnostics elsewhere stay put). Protected terms (configured; none by default) and
 * web addresses are left as written.
 */
import type { Span, TextEdit } from '../analysis/types';
import { isHanAt } from './han';
import { phraseEdits, type PhraseTable } from './phrases';
import { lineEndAt } from '../analysis/reader/text/lines';
import { tableCover } from '../analysis/reader/segments/tableCover';
import { webAddresses } from '../analysis/reader/text/webAddress';
import { variantEdits } from './variants';

export type ConvertFn = (s: string) => string;

/** Nothing is protected unless configured: a conversion asked for converts the whole text, titles too. */
export const DEFAULT_PROTECT: string[] = [];

/** Spans of text[from, to) that must not be converted: literal terms, or patterns 「open*close」. */
export function protectedSpans(text: string, protect: readonly string[], from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  const slice = text.slice(from, to);
  for (const p of protect) {
    if (!p) continue;
    const star = p.indexOf('*');
    if (star > 0 && star < p.length - 1) {
      const open = p.slice(0, star);
      const close = p.slice(star + 1);
      let i = slice.indexOf(open);
      let eol = -1; // the end of the line of the last opening looked at (openings only move forward)
      while (i >= 0) {
        const j = slice.indexOf(close, i + open.length);
        if (j < 0) break; // no close after this opening: none after any later one either
        // A pattern stays within one line: an unclosed 《 does not protect the rest of the report.
        // The first close after it is on a later line, so it is for every later opening on this
        // line too: the search goes on from the next line (linear, however many openings are unclosed).
        if (eol < i) eol = lineEndAt(slice, i);
        if (eol < j) {
          i = slice.indexOf(open, eol);
          continue;
        }
        out.push({ start: from + i, end: from + j + close.length });
        i = slice.indexOf(open, j + close.length);
      }
    } else {
      for (let i = slice.indexOf(p); i >= 0; i = slice.indexOf(p, i + p.length)) out.push({ start: from + i, end: from + i + p.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const HAN_RUN = /[\p{Script=Han}]+/gu;

/** text[from, to) without the protected spans (sorted). */
function unprotected(from: number, to: number, protect: readonly Span[]): Span[] {
  const out: Span[] = [];
  let s = from;
  for (const p of protect) {
    if (p.end <= s || p.start >= to) continue;
    if (p.start > s) out.push({ start: s, end: p.start });
    s = Math.max(s, p.end);
  }
  if (s < to) out.push({ start: s, end: to });
  return out;
}

/**
 * Same-length source and result: one edit per stretch of differing characters, and only where both
 * sides are Han characters — whatever the engine did to anything else is not applied.
 */
function diffEqual(src: string, dst: string, at: number, out: TextEdit[]): void {
  const n = src.length;
  for (let i = 0; i < n; i++) {
    if (src.charCodeAt(i) === dst.charCodeAt(i)) continue;
    let a = i;
    // Whole characters: step back over the high half of a surrogate pair.
    if (a > 0 && src.charCodeAt(a) >= 0xdc00 && src.charCodeAt(a) <= 0xdfff) a--;
    let b = i + 1;
    while (b < n && (src.charCodeAt(b) !== dst.charCodeAt(b) || (src.charCodeAt(b) >= 0xdc00 && src.charCodeAt(b) <= 0xdfff))) b++;
    let k = a;
    while (k < b) {
      if (!isHanAt(src, k) || !isHanAt(dst, k)) {
        k++;
        continue;
      }
      const e0 = k;
      let differs = false;
      while (k < b && isHanAt(src, k) && isHanAt(dst, k)) {
        const c = src.charCodeAt(k);
        if (c !== dst.charCodeAt(k)) differs = true;
        k += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      }
      // (Only when something in it changed: a low surrogate stretch may be all equal.)
      if (differs || src.slice(e0, k) !== dst.slice(e0, k)) out.push({ span: { start: at + e0, end: at + k }, newText: dst.slice(e0, k) });
    }
    i = b - 1;
  }
}

/** A stretch whose converted length differs (a regional phrase of another length): converted run by run. */
function convertRuns(text: string, from: number, to: number, convert: ConvertFn, out: TextEdit[]): void {
  HAN_RUN.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = HAN_RUN.exec(slice); m; m = HAN_RUN.exec(slice)) {
    const src = m[0];
    const dst = convert(src);
    if (dst.length === src.length) diffEqual(src, dst, from + m.index, out);
    else if (dst !== src) {
      let p = 0;
      while (p < src.length && p < dst.length && src[p] === dst[p]) p++;
      let q = 0;
      while (q < src.length - p && q < dst.length - p && src[src.length - 1 - q] === dst[dst.length - 1 - q]) q++;
      out.push({ span: { start: from + m.index + p, end: from + m.index + src.length - q }, newText: dst.slice(p, dst.length - q) });
    }
  }
}

export interface ConvertOptions {
  /** Parts of the text to convert; the whole text when absent or empty. */
  ranges?: readonly Span[];
  protect?: readonly string[];
  /** Filled in: how many protected terms were kept that the conversion would have changed. */
  stats?: { kept: number };
  /** The conversion's phrase table, when it has one: the edits are then found in the same pass (phrases.ts). */
  phrases?: PhraseTable;
  /**
   * Stretches converted otherwise (the form's words, converted character by character: run.ts): a range is
   * not widened into one — read with its neighbour as one word, 「扩展政府信息」 became 「擴充套件政府資訊」, the
   * form's 政府信息 turned with it (found by a review).
   */
  apart?: readonly Span[];
  /** A conversion to simplified: variant forms neither standard writes are written as simplified too (variants.ts). */
  variants?: boolean;
}

/** The edits that convert `text` with `convert`, touching only the Han characters that change. */
export function conversionEdits(text: string, convert: ConvertFn, o: ConvertOptions = {}): TextEdit[] {
  const ranges = o.ranges?.length ? o.ranges : [{ start: 0, end: text.length }];
  const out: TextEdit[] = [];
  const apart = o.apart?.length ? tableCover(o.apart.map((span) => ({ span }))) : undefined;
  for (const asked of ranges) {
    // A part of a word is converted as the word is: 「复」 of 「重复」 is 「複」 (「重複」), alone 「復」 — a mixed-script
    // finding's fix, or a selection, converted its characters without the words around them (found by a
    // review). The Han characters around the range are read with it; only the range's own are edited.
    const r = inWords(text, asked, apart);
    if (r === asked) {
      convertRange(text, r, convert, o, out);
      continue;
    }
    const mine: TextEdit[] = [];
    convertRange(text, r, convert, o, mine);
    for (const e of mine) clipInto(e, asked, out);
  }
  return out;
}

/** How many Han characters either side of a range are read with it (a phrase of the tables is at most a few). */
const WORD_CONTEXT = 6;

/** The range widened over the Han characters that continue its first and last words (`r` itself when none do). */
function inWords(text: string, r: Span, apart?: (at: number) => boolean): Span {
  let a = r.start;
  for (let k = 0; k < WORD_CONTEXT && a > 0 && isBmpHan(text, a - 1) && !apart?.(a - 1); k++) a--;
  let b = r.end;
  for (let k = 0; k < WORD_CONTEXT && b < text.length && isBmpHan(text, b) && !apart?.(b); k++) b++;
  return a === r.start && b === r.end ? r : { start: a, end: b };
}
/** (Widened over whole characters only: a surrogate pair is never cut, nor read across.) */
const isBmpHan = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return (c < 0xd800 || c > 0xdfff) && isHanAt(s, i);
};

/**
 * An edit of the widened range, kept for what lies in the range asked for: a same-length edit is cut to it
 * character by character; one of another length (a regional phrase) is kept whole where it overlaps the range.
 */
function clipInto(e: TextEdit, asked: Span, out: TextEdit[]): void {
  if (e.span.end <= asked.start || e.span.start >= asked.end) return;
  if (e.span.start >= asked.start && e.span.end <= asked.end) {
    out.push(e);
    return;
  }
  if (e.newText.length !== e.span.end - e.span.start) {
    out.push(e);
    return;
  }
  const a = Math.max(e.span.start, asked.start);
  const b = Math.min(e.span.end, asked.end);
  out.push({ span: { start: a, end: b }, newText: e.newText.slice(a - e.span.start, b - e.span.start) });
}

/** The edits of one range (conversionEdits'). */
function convertRange(text: string, r: Span, convert: ConvertFn, o: ConvertOptions, out: TextEdit[]): void {
  const near = Math.max(0, r.start - 200);
  const prot = protectedSpans(text, o.protect ?? DEFAULT_PROTECT, near, Math.min(text.length, r.end + 200));
  if (o.stats) for (const p of prot) if (p.end > r.start && p.start < r.end && convert(text.slice(p.start, p.end)) !== text.slice(p.start, p.end)) o.stats.kept++;
  // A web address is kept as written whatever is protected: a Han character in its path (「/信息公开/」) converted breaks the link.
  const sites = webAddresses(text, near, r.end);
  for (let i = 0; i + 1 < sites.length; i += 2) prot.push({ start: sites[i], end: sites[i + 1] });
  if (sites.length) prot.sort((a, b) => a.start - b.start);
  for (const piece of unprotected(r.start, r.end, prot)) {
    const mark = out.length;
    convertPiece(text, piece, convert, o, out);
    if (o.variants) variantEdits(text, piece.start, piece.end, out, mark);
  }
}

/** The edits of one stretch that nothing protects. */
function convertPiece(text: string, piece: Span, convert: ConvertFn, o: ConvertOptions, out: TextEdit[]): void {
  if (o.phrases && phraseEdits(text, piece.start, piece.end, o.phrases, out)) return;
  const src = text.slice(piece.start, piece.end);
  const dst = convert(src);
  if (dst.length === src.length) {
    diffEqual(src, dst, piece.start, out);
    return;
  }
  // Lengths differ somewhere: line by line, and run by run on the lines that differ in length.
  let ls = piece.start;
  while (ls < piece.end) {
    let le = ls;
    while (le < piece.end && text[le] !== '\n' && text[le] !== '\r') le++;
    const line = text.slice(ls, le);
    const conv = convert(line);
    if (conv.length === line.length) diffEqual(line, conv, ls, out);
    else convertRuns(text, ls, le, convert, out);
    ls = le + 1;
  }
}
