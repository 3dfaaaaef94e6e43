/**
 * Conversion edits in the same pass as the conversion: the text is walked once with OpenCC's phrase
 * table (longest match first, as OpenCC does) and each phrase is compared with its replacement as it
 * is found, instead of converting the whole text and diffing the result afterwards. The edits are the
 * same as the general path's (convert.ts): one per stretch of adjacent Han characters that change.
 * Whatever this pass cannot do exactly — a phrase whose replacement has another length, text that
 * OpenCC normalises first, a surrogate pair against a single unit — makes it give the stretch back to
 * the general path, with nothing emitted.
 */
import type { TextEdit } from '../analysis/types';
import { isHanAt } from './han';

/** A node of OpenCC's trie: children by code point; `trie_val` where a phrase ends. */
export type TrieNode = Map<number, TrieNode> & { trie_val?: string };

export interface PhraseTable {
  root: TrieNode;
  /** Code units that send a stretch to the general path (normalised characters, description sequences). */
  general: Uint8Array;
}

/** Appends the edits converting text[from, to) and returns true, or returns false having appended nothing. */
export function phraseEdits(text: string, from: number, to: number, table: PhraseTable, out: TextEdit[]): boolean {
  const mark = out.length;
  const { root, general } = table;
  let editStart = -1;
  let editEnd = -1;
  let editText = '';
  const flush = () => {
    if (editStart >= 0) out.push({ span: { start: editStart, end: editEnd }, newText: editText });
    editStart = -1;
  };
  const fail = () => {
    out.length = mark;
    return false;
  };
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (general[c]) return fail();
    // The longest phrase starting at i, within the stretch.
    let node = root;
    let j = i;
    let end = 0;
    let value: string | undefined;
    while (j < to) {
      const cp = text.codePointAt(j) as number;
      if (cp > 0xffff && j + 2 > to) break;
      const next = node.get(cp);
      if (next === undefined) break;
      j += cp > 0xffff ? 2 : 1;
      node = next;
      if (node.trie_val !== undefined) {
        end = j;
        value = node.trie_val;
      }
    }
    if (value === undefined) {
      // Not in the table: kept as it is (a lone surrogate or a pair cut by the stretch's end: general path).
      if (c >= 0xd800 && c <= 0xdbff) {
        if (i + 1 >= to) return fail();
        const d = text.charCodeAt(i + 1);
        i += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
      } else i++;
      flush();
      continue;
    }
    if (value.length !== end - i) return fail();
    for (let k = i; k < end; ) {
      const s = text.codePointAt(k) as number;
      const d = value.codePointAt(k - i) as number;
      const n = s > 0xffff ? 2 : 1;
      if ((d > 0xffff ? 2 : 1) !== n) return fail();
      if (s === d || !isHanAt(text, k) || !isHanAt(value, k - i)) flush();
      else if (editStart >= 0 && editEnd === k) {
        editText += value.slice(k - i, k - i + n);
        editEnd = k + n;
      } else {
        flush();
        editStart = k;
        editEnd = k + n;
        editText = value.slice(k - i, k - i + n);
      }
      k += n;
    }
    i = end;
  }
  flush();
  return true;
}
