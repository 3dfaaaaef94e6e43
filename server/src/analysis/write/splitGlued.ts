/**
 * One reading of a glued run written with its cell boundaries: a space wherever two of its figures
 * meet inside a word (「5416」 read as 5|4|16 becomes 「5 4 16」), which the reader then reads as
 * written, with nothing left to infer. Only spaces are inserted: every digit stays as it is written
 * (full-width or not, signs and all), and a boundary that already falls on a space needs nothing.
 */
import type { Span, TextEdit } from '../types';

const SPACE = /[\s\u3000]/;
const SIGN = /[-－]/;

/**
 * The insertions that write `raw` (the run's text, at `run`) as the reading whose figures take
 * `lengths` characters each; undefined when the lengths are no reading of it (a figure would cross a
 * space, or the characters do not add up).
 */
export function splitEdits(run: Span, raw: string, lengths: readonly number[]): TextEdit[] | undefined {
  const cuts: number[] = [];
  let k = 0;
  let i = 0;
  while (i < raw.length) {
    if (SPACE.test(raw[i])) {
      i++;
      continue;
    }
    let end = i;
    while (end < raw.length && !SPACE.test(raw[end])) end++;
    // A word's sign belongs to its first figure (本年增/减 in the 2019 form).
    let p = SIGN.test(raw[i]) ? i + 1 : i;
    while (p < end) {
      if (k >= lengths.length || lengths[k] > end - p || lengths[k] <= 0) return undefined;
      p += lengths[k++];
      if (p < end) cuts.push(p);
    }
    i = end;
  }
  if (k !== lengths.length) return undefined;
  return cuts.map((c) => ({ span: { start: run.start + c, end: run.start + c }, newText: ' ' }));
}
