/**
 * Reading one glued run as a row's cells. Exactly one way to split it (one digit per cell, or
 * half-glued words that allow only one split): the cells are read, and every rule can then be
 * checked on them. Otherwise the row's own sums choose: one reading left, it is read — marked as
 * chosen by those sums, which are then no evidence; several, the row stays open (the table may
 * settle it with its column rules, or report it as ambiguous); none, it cannot be read.
 */
import type { Token } from '../tokens/token';
import type { Cell, Inference, RowGlue, Span } from '../../types';
import { markSizes, splitRun, type RunWord, type SplitOptions, type SumRule } from './splitRun';

/** Readings kept for an ambiguous row (enough to show, and to try against the table's column rules). */
export const MAX_READINGS = 24;

export interface GluedRow {
  glue: RowGlue;
  /** The cells, when the run was read; otherwise `unknown` cells covering the run. */
  cells: Cell[];
}

/** A thousands comma, half- or full-width. */
export const isThousandsComma = (c: number) => c === 0x2c || c === 0xff0c;
const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);

/**
 * The digit words of a run (their tokens are all value tokens made of digits, with an optional sign, and maybe
 * thousands commas). Two tokens a comma apart, the second opening with three digits or more, are one word with
 * its comma: a page that writes 「1,117」 glued to the next cells gives 「1,117241874592061,975」.
 */
export function runWords(text: string, tokens: readonly Token[]): RunWord[] {
  const words: RunWord[] = [];
  let last: Token | undefined;
  for (const t of tokens) {
    if (t.marks) {
      words.push({ start: t.span.start, digits: t.raw, marks: true });
      last = undefined;
      continue;
    }
    const prev = words[words.length - 1];
    const joined = last !== undefined && prev !== undefined && !prev.marks && t.span.start === last.span.end + 1 && isThousandsComma(text.charCodeAt(last.span.end)) && leadingDigits(t.raw) >= 3;
    const negative = !joined && /^[-－减減]/.test(t.raw);
    const from = joined ? 0 : /^[-+－减減增]/.test(t.raw) ? 1 : 0;
    let digits = '';
    let offsets: number[] | undefined;
    for (let i = from; i < t.raw.length; i++) {
      const c = t.raw.charCodeAt(i);
      if (!isDigit(c)) {
        if (isThousandsComma(c)) offsets ??= Array.from({ length: digits.length }, (_, k) => t.span.start + from + k);
        continue;
      }
      offsets?.push(t.span.start + i);
      digits += String.fromCharCode(c >= 0xff10 ? c - 0xfee0 : c);
    }
    last = t;
    if (joined) {
      prev.offsets ??= Array.from({ length: prev.digits.length }, (_, k) => prev.start + (prev.negative ? 1 : 0) + k);
      for (let k = 0; k < digits.length; k++) prev.offsets.push(offsets ? offsets[k] : t.span.start + k);
      prev.digits += digits;
      continue;
    }
    const w: RunWord = { start: t.span.start, digits };
    if (negative) w.negative = true;
    if (offsets) w.offsets = offsets;
    words.push(w);
  }
  return words;
}

/** How many digits a token's text opens with. */
function leadingDigits(raw: string): number {
  let n = 0;
  while (n < raw.length && isDigit(raw.charCodeAt(n))) n++;
  return n;
}

export function runSpan(tokens: readonly Token[]): Span {
  return { start: tokens[0].span.start, end: tokens[tokens.length - 1].span.end };
}

/** The cells of one reading, each with the exact range of its digits. */
export function readingCells(text: string, words: readonly RunWord[], lengths: readonly number[], values: readonly number[], how: Inference): Cell[] {
  const cells: Cell[] = [];
  let w = 0;
  let at = 0; // digits used of word w
  for (let k = 0; k < lengths.length; k++) {
    while (w < words.length && at >= words[w].digits.length) {
      w++;
      at = 0;
    }
    const word = words[w];
    if (word.marks) {
      const start = word.start + at;
      cells.push({ kind: 'none', span: { start, end: start + lengths[k] }, raw: text.slice(start, start + lengths[k]), inferred: how });
      at += lengths[k];
      continue;
    }
    const signed = word.negative && at === 0;
    const lead = word.start + (word.negative ? 1 : 0);
    const where = (i: number) => (word.offsets ? word.offsets[i] : lead + i);
    const start = signed ? word.start : where(at);
    const end = where(at + lengths[k] - 1) + 1;
    cells.push({ kind: 'number', span: { start, end }, raw: text.slice(start, end), value: values[k], inferred: how });
    at += lengths[k];
  }
  return cells;
}

export function unknownCells(text: string, run: Span, width: number): Cell[] {
  const raw = text.slice(run.start, run.end);
  return Array.from({ length: width }, () => ({ kind: 'unknown' as const, span: { ...run }, raw }));
}

/**
 * Whether a reading of words apart by spaces splits a word that could be one figure as it stands
 * (「2 0 1 0 0 13」 for seven cells: 13 as 1|3). Only one split exists, but only if no cell is missing —
 * a row that lost a cell reads the same — so the row's own sum must choose, and a sum it then breaks is
 * no error the digits prove. (A word with a leading zero, 「00」, is no figure: its split is certain.)
 */
function splitsAFigure(words: readonly RunWord[], lengths: readonly number[]): boolean {
  if (words.length < 2) return false;
  let k = 0;
  for (const w of words) {
    let used = 0;
    let cells = 0;
    while (used < w.digits.length && k < lengths.length) {
      used += lengths[k++];
      cells++;
    }
    // (A word of marks that can only be a cell a mark is certain: 「///」.)
    if (cells > 1 && (w.marks ? markSizes(w).length > 1 : w.digits[0] !== '0')) return true;
  }
  return false;
}

/**
 * Reads a run of `width` cells. `rules` are the row's own sums (row total; table 四's group
 * totals), used only when the digits alone do not decide; `ruleName` says which they are.
 */
export function readRun(text: string, tokens: readonly Token[], width: number, rules: readonly SumRule[], ruleName: Inference, signed?: readonly boolean[]): GluedRow {
  const words = runWords(text, tokens);
  const span = runSpan(tokens);
  const raw = text.slice(span.start, span.end);
  const digits = words.reduce((n, w) => n + w.digits.length, 0);
  const base: Omit<SplitOptions, 'limit'> = signed ? { signed } : {};
  const free = splitRun(words, width, { ...base, limit: 1 });
  if (free.complete && free.readings.length === 1 && !(rules.length && splitsAFigure(words, free.readings[0].lengths))) {
    const how: Inference = digits === width ? 'digits' : 'unique';
    const r = free.readings[0];
    return { glue: { run: span, raw, status: 'read', how }, cells: readingCells(text, words, r.lengths, r.values, how) };
  }
  if (free.readings.length === 0 && free.complete) return { glue: { run: span, raw, status: 'unreadable' }, cells: unknownCells(text, span, width) };
  if (!rules.length) {
    const all = splitRun(words, width, { ...base, limit: MAX_READINGS });
    // (The digits each figure takes, for the fixes that write one reading out: table-ambiguous.)
    const glue: RowGlue = { run: span, raw, status: 'ambiguous', readings: all.readings.map((r) => r.values), more: !all.complete };
    glue.lengths = all.readings.map((r) => r.lengths);
    return { glue, cells: all.complete ? agreedCells(text, words, span, width, all.readings, 'unique') : unknownCells(text, span, width) };
  }
  const ruled = splitRun(words, width, { ...base, rules, limit: MAX_READINGS });
  if (ruled.readings.length === 0) return { glue: { run: span, raw, status: ruled.complete ? 'unreadable' : 'ambiguous', readings: [], more: !ruled.complete, rule: ruleName }, cells: unknownCells(text, span, width) };
  if (ruled.readings.length === 1 && ruled.complete) {
    const r = ruled.readings[0];
    return { glue: { run: span, raw, status: 'read', how: ruleName }, cells: readingCells(text, words, r.lengths, r.values, ruleName) };
  }
  const glue: RowGlue = { run: span, raw, status: 'ambiguous', readings: ruled.readings.map((r) => r.values), more: !ruled.complete, rule: ruleName };
  glue.lengths = ruled.readings.map((r) => r.lengths);
  return { glue, cells: ruled.complete ? agreedCells(text, words, span, width, ruled.readings, ruleName) : unknownCells(text, span, width) };
}

/**
 * The cells of a row left open by its readings (every one of them known): where all the readings give a cell the same
 * digits at the same place, the cell is read — as the readings were made, by the digits or by the row's own sums —, the
 * others unknown. A 总计 every reading ends with (「…1015」 in 9|225|638|5|128|10|1015 and 92|256|385|1|281|0|1015) is the
 * row's total whichever is true, and the column's sums can be checked on it: a 总计 column that failed the 勾稽关系 went
 * unsaid because every row of a glued table was open (found by a review of generated reports).
 */
function agreedCells(text: string, words: readonly RunWord[], span: Span, width: number, readings: readonly { lengths: number[]; values: number[] }[], how: Inference): Cell[] {
  const cells = unknownCells(text, span, width);
  if (!readings.length) return cells;
  const first = readingCells(text, words, readings[0].lengths, readings[0].values, how);
  const ends = (lengths: readonly number[]) => {
    let at = 0;
    return lengths.map((n) => (at += n));
  };
  const at0 = ends(readings[0].lengths);
  const same = at0.map(() => true);
  for (const r of readings.slice(1)) {
    const at = ends(r.lengths);
    for (let k = 0; k < width; k++) if (r.values[k] !== readings[0].values[k] || at[k] !== at0[k] || r.lengths[k] !== readings[0].lengths[k]) same[k] = false;
  }
  for (let k = 0; k < width; k++) if (same[k]) cells[k] = first[k];
  return cells;
}
