/**
 * A figure written over another of a different length, in a cell padded with spaces up to its closing
 * separator (a pipe, a drawn table's vertical line), takes or gives as many of those spaces as keep the
 * separator where it was, one space kept before it: 「│ 27  │」 set to 272 is 「│ 272 │」, not 「│ 272  │」,
 * which put a drawn table's borders out of line (found by a review of --fix on a text browser's dump).
 * Made where an edit meets the text it applies to — a code action, fix-all —, as the checks that make the
 * edits see the cell, not the line around it.
 */
import type { TextEdit } from '../analysis/types';

const FIGURE = /^[0-9０-９,，.]+$/;
const CLOSES_CELL = /[|｜│┃║]/;

export function keepWidths(text: string, edits: readonly TextEdit[]): TextEdit[] {
  let out: TextEdit[] | undefined;
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    const kept = keepWidth(text, e);
    if (kept !== e) (out ??= edits.slice())[i] = kept;
  }
  return out ?? (edits as TextEdit[]);
}

function keepWidth(text: string, e: TextEdit): TextEdit {
  const { start, end } = e.span;
  const grow = e.newText.length - (end - start);
  if (!grow || end <= start || !FIGURE.test(e.newText) || !FIGURE.test(text.slice(start, end))) return e;
  let k = end;
  while (k < text.length && text.charCodeAt(k) === 0x20) k++;
  if (k >= text.length || !CLOSES_CELL.test(text[k])) return e;
  if (grow > 0) {
    const take = Math.min(grow, k - end - 1);
    return take > 0 ? { span: { start, end: end + take }, newText: e.newText } : e;
  }
  return { span: { start, end }, newText: e.newText + ' '.repeat(-grow) };
}
