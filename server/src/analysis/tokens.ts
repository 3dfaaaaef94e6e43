/**
 * Cuts text into cell tokens, whatever the layout: pipe rows, one cell per line, tab rows,
 * Markdown tables, and labels followed by space-separated figures. Every token keeps its exact
 * source range. Line structure is deliberately forgotten: the table readers find rows by their
 * labels, which is what survives all the ways a table gets mangled on its way to a web page.
 */
import { isValueWord, looksLikeBadFigure, readCell, type CellValue } from './numbers';
import { norm } from './normalize';
import type { Span } from './types';

export interface Token {
  kind: 'text' | 'value' | 'blank';
  span: Span;
  raw: string;
  /** Normalised text (text tokens only). */
  norm: string;
  /** What the cell holds (value and blank tokens). */
  cell?: CellValue;
  /** Line number within the tokenized text (0-based). */
  line: number;
  /** Digits glued to a label with no separator (spec §4 item 6): read later by the glued-digit splitter. */
  glued?: boolean;
}

const SEPARATOR = /[|｜\t]/;
const MD_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const WORD = /[^\s\u00a0\u3000]+/g;
const MAX_LABEL = 80;

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\u00a0' || ch === '\u3000' || ch === '\t' || ch === '\u200b' || ch === '\ufeff';
}

/** Tokens of text[from, to), in order. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let lineStart = from;
  let line = 0;
  while (lineStart <= to) {
    let lineEnd = lineStart;
    while (lineEnd < to && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    const first = out.length;
    tokenizeLine(text, lineStart, lineEnd, out);
    for (let i = first; i < out.length; i++) out[i].line = line;
    if (lineEnd >= to) break;
    // CRLF is one line break.
    lineStart = text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? lineEnd + 2 : lineEnd + 1;
    line++;
  }
  return out;
}

function tokenizeLine(text: string, ls: number, le: number, out: Token[]): void {
  const line = text.slice(ls, le);
  if (line.trim() === '') return;
  if (line.includes('-') && MD_RULE.test(line)) return; // Markdown |---|---| rule
  if (!SEPARATOR.test(line)) {
    piece(text, ls, le, out);
    return;
  }
  // Split on separators, remembering each piece's range.
  const pieces: Span[] = [];
  let s = ls;
  for (let i = ls; i < le; i++) {
    if (text[i] === '|' || text[i] === '｜' || text[i] === '\t') {
      pieces.push({ start: s, end: i });
      s = i + 1;
    }
  }
  pieces.push({ start: s, end: le });
  // A leading pipe (Markdown) and a trailing pipe do not open or close a cell.
  const trimmed = line.replace(/^[ \u00a0\u3000]+|[ \u00a0\u3000]+$/g, '');
  const isBlank = (p: Span) => text.slice(p.start, p.end).trim() === '';
  if ((trimmed[0] === '|' || trimmed[0] === '｜') && pieces.length > 1 && isBlank(pieces[0])) pieces.shift();
  const last = trimmed[trimmed.length - 1];
  if ((last === '|' || last === '｜') && pieces.length > 1 && isBlank(pieces[pieces.length - 1])) pieces.pop();
  for (const p of pieces) piece(text, p.start, p.end, out);
}

/** One cell-sized piece: a blank, a value, a text, or a label followed by space-separated figures. */
function piece(text: string, ps: number, pe: number, out: Token[]): void {
  let a = ps;
  let b = pe;
  while (a < b && isSpace(text[a])) a++;
  while (b > a && isSpace(text[b - 1])) b--;
  if (a === b) {
    out.push({ kind: 'blank', span: { start: ps, end: pe }, raw: text.slice(ps, pe), norm: '', cell: { kind: 'blank' }, line: 0 });
    return;
  }
  const raw = text.slice(a, b);
  const words: Span[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(raw); m; m = WORD.exec(raw)) words.push({ start: a + m.index, end: a + m.index + m[0].length });
  // Trailing run of figures after a label (「一、本年新收… 9 0 0 0 0 0 9」) or a row of figures alone.
  let k = words.length;
  while (k > 0 && isValueWord(text.slice(words[k - 1].start, words[k - 1].end))) k--;
  if (k < words.length && (k === 0 || words[k - 1].end - a <= MAX_LABEL)) {
    if (k > 0) pushText(text, a, words[k - 1].end, out);
    for (let i = k; i < words.length; i++) pushValue(text, words[i], out);
    return;
  }
  // Digits glued to a label: 「一、本年新收政府信息公开申请数量9000009」.
  const glued = /[^\d\s.,，．。:：%％]([0-9０-９]+)$/.exec(raw);
  if (glued && raw.length <= MAX_LABEL + 40 && /[\u4e00-\u9fff]/.test(raw)) {
    const ds = b - glued[1].length;
    if (!looksLikeBadFigure(raw)) {
      pushText(text, a, ds, out);
      out.push({ kind: 'value', span: { start: ds, end: b }, raw: text.slice(ds, b), norm: '', cell: readCell(text.slice(ds, b)), glued: true, line: 0 });
      return;
    }
  }
  if (looksLikeBadFigure(raw)) {
    out.push({ kind: 'value', span: { start: a, end: b }, raw, norm: '', cell: { kind: 'invalid' }, line: 0 });
    return;
  }
  pushText(text, a, b, out);
}

function pushText(text: string, a: number, b: number, out: Token[]): void {
  const raw = text.slice(a, b);
  out.push({ kind: 'text', span: { start: a, end: b }, raw, norm: norm(raw), line: 0 });
}

function pushValue(text: string, w: Span, out: Token[]): void {
  const raw = text.slice(w.start, w.end);
  out.push({ kind: 'value', span: { ...w }, raw, norm: '', cell: readCell(raw), line: 0 });
}
