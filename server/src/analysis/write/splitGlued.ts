/**
 * One reading of a glued run written with its cell boundaries: a space wherever two of its figures
 * meet inside a word (「5416」 read as 5|4|16 becomes 「5 4 16」), which the reader then reads as
 * written, with nothing left to infer. Only spaces are inserted: every digit stays as it is written
 * (full-width or not, signs and all), and a boundary that already falls on a space needs nothing.
 */
import { CHAR_CLASS, SPACE } from '../reader/text/charClass';
import { isThousandsComma } from '../reader/glued/readRun';
import type { Span, TextEdit } from '../types';

/** The reader's spaces (no-break, ideographic, zero-width and the rest): what parts its words. */
const isSpace = (c: number) => (CHAR_CLASS[c] & SPACE) !== 0;
/** A sign opens a figure of its own (「3-2015」 is 3 then -2015: the 2019 form's 本年增/减), as the tokenizer reads it. */
const isSign = (c: number) => c === 0x2d || c === 0xff0d || c === 0x2b || c === 0xff0b || c === 0x51cf || c === 0x6e1b || c === 0x589e; // (and 减 減 增)

/**
 * The insertions that write `raw` (the run's text, at `run`) as the reading whose figures take
 * `lengths` digits each; undefined when the lengths are no reading of it (a figure would cross a
 * space, or the characters do not add up).
 */
export function splitEdits(run: Span, raw: string, lengths: readonly number[]): TextEdit[] | undefined {
  const cuts: number[] = [];
  let k = 0;
  let i = 0;
  while (i < raw.length) {
    if (isSpace(raw.charCodeAt(i))) {
      i++;
      continue;
    }
    // A word: to the next space or sign; its own sign belongs to its first figure.
    let p = isSign(raw.charCodeAt(i)) ? i + 1 : i;
    let end = p;
    while (end < raw.length && !isSpace(raw.charCodeAt(end)) && !isSign(raw.charCodeAt(end))) end++;
    while (p < end) {
      if (k >= lengths.length || lengths[k] <= 0) return undefined;
      // (A figure's thousands commas are inside it, not among its digits: 「1,117」 is four digits — runWords.)
      for (let d = lengths[k++]; d > 0; p++) {
        if (p >= end) return undefined;
        if (!isThousandsComma(raw.charCodeAt(p))) d--;
      }
      if (p < end) cuts.push(p);
    }
    i = end;
  }
  if (k !== lengths.length) return undefined;
  return cuts.map((c) => ({ span: { start: run.start + c, end: run.start + c }, newText: ' ' }));
}
