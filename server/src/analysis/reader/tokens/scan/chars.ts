/**
 * Character predicates and short scans the tokenizer and its helpers share: through the character table
 * (text/charClass.ts), one load each.
 */
import { CHAR_CLASS, DIGIT, SPACE } from '../../text/charClass';

export const isSpace = (c: number): boolean => (CHAR_CLASS[c] & SPACE) !== 0;
export const isDigit = (c: number): boolean => (CHAR_CLASS[c] & DIGIT) !== 0;
/** A CJK ideograph that is in no figure, none mark or mask (all but 无、無、空): what `readCell` reads as words at once. */
export const isWordIdeograph = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff && c !== 0x65e0 && c !== 0x7121 && c !== 0x7a7a;

/** Where the spaces from `i` end; `i` itself when there are none (then nothing stands apart there). */
export function afterSpaces(text: string, i: number, b: number): number {
  let j = i;
  while (j < b && isSpace(text.charCodeAt(j))) j++;
  return j > i ? j : -1;
}

/** Whether words end right before `i` in the piece, after spaces (not a mark nor a figure: 「- - 2.其他」's marks are figures). */
export function wordsBefore(text: string, a: number, i: number): boolean {
  let k = i;
  while (k > a && isSpace(text.charCodeAt(k - 1))) k--;
  return k > a && isWordIdeograph(text.charCodeAt(k - 1));
}

/** Whether words (an ideograph of words, or a list number before one: 「3.其他」) follow `j` in the piece, after spaces. */
export function wordsAfter(text: string, j: number, b: number): boolean {
  while (j < b && isSpace(text.charCodeAt(j))) j++;
  while (j < b && (isDigit(text.charCodeAt(j)) || text.charCodeAt(j) === 0x2e || text.charCodeAt(j) === 0xff0e || text.charCodeAt(j) === 0x3001)) j++;
  return j < b && isWordIdeograph(text.charCodeAt(j));
}
