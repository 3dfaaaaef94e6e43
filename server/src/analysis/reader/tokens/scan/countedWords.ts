/** Words that are counts with their unit (「12件」), approximate figures (「约300」), and runs of them in a line. */
import { countWithUnit, isApproximate } from '../numbers';
import { CHAR_CLASS, DIGIT, NIL } from '../../text/charClass';
import { afterSpaces, isDigit, isSpace } from './chars';

/** Whether a word starting with character `c` (of class `k`) may be an approximate figure: a digit, or 约 近 逾 超 大 将 (約 將). */
export function maybeApproximate(c: number, k: number): boolean {
  return (k & DIGIT) !== 0 || c === 0x7ea6 || c === 0x7d04 || c === 0x8fd1 || c === 0x903e || c === 0x8d85 || c === 0x5927 || c === 0x5c06 || c === 0x5c07;
}

/** Where the word at `i` ends when it is an approximate figure (isApproximate), else -1. */
export function approximateWord(text: string, i: number, b: number): number {
  let e = i;
  while (e < b && !isSpace(text.charCodeAt(e)) && e - i <= 12) e++;
  return e - i <= 12 && isApproximate(text.slice(i, e)) ? e : -1;
}

/**
 * Where a count written with its unit (「12件」「3人次」, countWithUnit) starting at `i` ends, when it is a word of
 * its own (a space or the piece's end after it); -1 otherwise.
 */
export function countedWord(text: string, i: number, b: number): number {
  let j = i;
  while (j < b && isDigit(text.charCodeAt(j))) j++;
  if (j === i || j - i > 9 || j >= b || isSpace(text.charCodeAt(j))) return -1;
  for (let e = j + 1; e <= j + 2 && e <= b; e++) {
    if (e < b && !isSpace(text.charCodeAt(e))) continue;
    return countWithUnit(text.slice(i, e)) ? e : -1;
  }
  return -1;
}

/** How many words follow `from` (the end of a count or a figure), each after spaces, that are counts, bare figures or 「无」「〇」 alone: up to 2. */
export function countedRun(text: string, from: number, b: number): number {
  let n = 0;
  for (let i = from; n < 2; n++) {
    const j = afterSpaces(text, i, b);
    if (j < 0 || j >= b) break;
    let e = countedWord(text, j, b);
    if (e < 0 && (CHAR_CLASS[text.charCodeAt(j)] & NIL) !== 0) e = j + 1 < b && !isSpace(text.charCodeAt(j + 1)) ? -1 : j + 1;
    if (e < 0) {
      e = j;
      while (e < b && isDigit(text.charCodeAt(e))) e++;
      if (e === j || (e < b && !isSpace(text.charCodeAt(e)))) break;
    }
    i = e;
  }
  return n;
}
