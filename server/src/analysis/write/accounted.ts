/**
 * What a table written back keeps of the text it replaces: every word character — ideographs, letters,
 * digits — of the table's tokens, counted. Punctuation, spaces, separators and what the tokenizer never
 * makes a cell of (a drawn table's borders, page marks, a running title) are not counted: the writer
 * writes its own. The formatter uses the count two ways: a group label a narrow column cut into pieces
 * (「三、本」「年度办」「理结果」 beside the rows, 「不予公」「开」 beside a label's lines) is written whole when its
 * characters are among those no row claimed, and a table whose writing would lose a word character
 * is not written at all.
 */
import { tokenize } from '../reader/tokens/tokenize';
import type { Span } from '../types';

/** A count of word characters (by code unit; a surrogate pair counts as its two halves). */
export type CharCount = Map<number, number>;

const isWordChar = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xff10 && c <= 0xff19) || (c >= 0xd800 && c <= 0xdfff);

export function addChars(count: CharCount, s: string, sign = 1): void {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (isWordChar(c)) count.set(c, (count.get(c) ?? 0) + sign);
  }
}

/** The word characters of the tokens of text[span]. */
export function spanChars(text: string, span: Span): CharCount {
  const count: CharCount = new Map();
  for (const t of tokenize(text, span.start, span.end)) addChars(count, t.raw);
  return count;
}

/** Whether `count` holds every word character of `s` (as many times). */
export function holds(count: CharCount, s: string): boolean {
  const need: CharCount = new Map();
  addChars(need, s);
  for (const [c, n] of need) if ((count.get(c) ?? 0) < n) return false;
  return true;
}

/** Whether any word character is left in `count` (more of it written over than written back). */
export function anyLeft(count: CharCount): boolean {
  for (const n of count.values()) if (n > 0) return true;
  return false;
}
