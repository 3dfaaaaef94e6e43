/**
 * Converting a report between scripts, safely. Only runs of Han characters are handed to the
 * converter, so digits, ASCII, punctuation, table separators and line ends cannot change; within
 * a run, only the characters that differ are replaced, so the edits touch nothing else (cursor,
 * folding and diagnostics elsewhere stay put). Protected terms — by default the titles in 《》 —
 * are left as written.
 */
import type { Span, TextEdit } from '../analysis/types';

export type ConvertFn = (s: string) => string;

export const DEFAULT_PROTECT = ['《*》'];

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
      while (i >= 0) {
        const j = slice.indexOf(close, i + open.length);
        // A pattern stays within one line: an unclosed 《 does not protect the rest of the report.
        if (j < 0 || /[\r\n]/.test(slice.slice(i, j))) {
          i = slice.indexOf(open, i + open.length);
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

const HAN = /[\p{Script=Han}]+/gu;

/** Runs of Han characters in text[from, to), cut around protected spans. */
export function hanRuns(text: string, from: number, to: number, protect: readonly Span[]): Span[] {
  const runs: Span[] = [];
  HAN.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = HAN.exec(slice); m; m = HAN.exec(slice)) {
    let s = from + m.index;
    const e = s + m[0].length;
    for (const p of protect) {
      if (p.end <= s || p.start >= e) continue;
      if (p.start > s) runs.push({ start: s, end: p.start });
      s = Math.max(s, p.end);
    }
    if (s < e) runs.push({ start: s, end: e });
  }
  return runs;
}

/** The smallest edits turning `a` (at offset `at`) into `b`: changed characters only when lengths agree. */
function diffRun(a: string, b: string, at: number): TextEdit[] {
  if (a === b) return [];
  const ca = [...a];
  const cb = [...b];
  if (ca.length !== cb.length) {
    // A phrase of a different length (rare: regional vocabulary): replace from the first to the last difference.
    let p = 0;
    while (p < a.length && p < b.length && a[p] === b[p]) p++;
    let q = 0;
    while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
    return [{ span: { start: at + p, end: at + a.length - q }, newText: b.slice(p, b.length - q) }];
  }
  const out: TextEdit[] = [];
  let off = 0;
  for (let i = 0; i < ca.length; ) {
    if (ca[i] === cb[i]) {
      off += ca[i].length;
      i++;
      continue;
    }
    const start = off;
    let newText = '';
    while (i < ca.length && ca[i] !== cb[i]) {
      newText += cb[i];
      off += ca[i].length;
      i++;
    }
    out.push({ span: { start: at + start, end: at + off }, newText });
  }
  return out;
}

export interface ConvertOptions {
  /** Parts of the text to convert; the whole text when absent or empty. */
  ranges?: readonly Span[];
  protect?: readonly string[];
}

/** The edits that convert `text` with `convert`, touching only the characters that change. */
export function conversionEdits(text: string, convert: ConvertFn, o: ConvertOptions = {}): TextEdit[] {
  const ranges = o.ranges?.length ? o.ranges : [{ start: 0, end: text.length }];
  const out: TextEdit[] = [];
  for (const r of ranges) {
    const prot = protectedSpans(text, o.protect ?? DEFAULT_PROTECT, Math.max(0, r.start - 200), Math.min(text.length, r.end + 200));
    const runs = hanRuns(text, r.start, r.end, prot);
    if (!runs.length) continue;
    // One converter call for the whole range: runs joined by a separator the converter keeps.
    const SEP = '\n';
    const joined = runs.map((s) => text.slice(s.start, s.end)).join(SEP);
    const converted = convert(joined).split(SEP);
    if (converted.length !== runs.length) {
      for (const s of runs) out.push(...diffRun(text.slice(s.start, s.end), convert(text.slice(s.start, s.end)), s.start));
      continue;
    }
    runs.forEach((s, i) => out.push(...diffRun(text.slice(s.start, s.end), converted[i], s.start)));
  }
  return out;
}
