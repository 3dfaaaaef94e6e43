/**
 * The tokens of a segment after an edit inside it, from its tokens before: only the lines the edit
 * touched are cut again. Tokens never cross a line break and a line is cut on its own, so the
 * tokens of the other lines are the same ones, moved: those before the edit stay where they are,
 * those after it move by the edit's length, its line breaks and its pieces. What the table readers
 * cache on a token (its fold, its matching key) is of its own text, so it is kept with it.
 *
 * Equal to `tokenize` of the new text (the property tests compare whole analyses), except that
 * piece numbers may leave different gaps: readers only ever compare two tokens' pieces for equality.
 */
import { isOpeningSpace } from './scan/figureEnd';
import { lineKind, tokenizeLines } from './tokenize';
import { BARE_PAGE } from './pageMargins';
import { nextLineStart } from '../text/lines';
import type { Token } from './token';
import type { SegmentFold } from '../text/normalize';
import type { ScriptScan } from '../text/script';

export interface SegmentEdit {
  /** The segment's text before the edit, and its tokens (moved and reused: the caller gives them up). */
  before: string;
  tokens: Token[];
  /** before[start, end) was replaced by `inserted` characters (offsets relative to the segment). */
  start: number;
  end: number;
  inserted: number;
  /** The script counts of `before` (its parse's). */
  script: ScriptScan;
}

/**
 * Which tokens an edit cut again (retokenize): tokens[0, from) are the same as before, in place;
 * the old tokens from `oldAfter` on are the same ones moved to `oldAfter + moved`, by `delta`
 * characters. The readers that read after an edit from what they read before (readApplications)
 * take up their reading where it read nothing at or after `from`, and stop where it reads from
 * the moved tokens only.
 */
export interface TokenCut {
  from: number;
  oldAfter: number;
  moved: number;
  delta: number;
}

const isBreak = (c: number) => c === 10 || c === 13;

/**
 * `text` is the segment after the edit, tokenized from `from` (after its heading) as `tokenize`
 * does; the edit lies at or after `from`. The tokens given are moved into the result.
 */
export function retokenize(text: string, from: number, edit: SegmentEdit, fold: SegmentFold | undefined, cut?: TokenCut): Token[] {
  const { before, tokens, start, end } = edit;
  const delta = edit.inserted - (end - start);
  // Cut again from the start of the last line with text before the edit: the break before it stays
  // whole whatever is inserted (a `\n` typed after a `\r` would make one break of two lines).
  let p = start - 1;
  // (An edit in the spaces that open a line is at its start: a line's tokens may read the next line's first words —
  // a row's list number at its end, tokenize.ts numberEnd —, so the line before is cut again too.)
  let o = p;
  while (o >= from && isOpeningSpace(before.charCodeAt(o))) o--;
  if (o < from || isBreak(before.charCodeAt(o))) p = o;
  while (p >= from && isBreak(before.charCodeAt(p))) p--;
  while (p >= from && !isBreak(before.charCodeAt(p))) p--;
  const a = Math.max(from, p + 1);
  // … to the end of the first line with text after it: the break after that is the same one.
  let q = end;
  while (q < before.length && isBreak(before.charCodeAt(q))) q++;
  while (q < before.length && !isBreak(before.charCodeAt(q))) q++;
  // (And past empty lines to a lone tab after them: whether it stands for a blank cell depends on the line before them,
  // which the edit may have made or unmade a lone tab — tokenize.ts afterTabLine. Tested in the new text, where the lines
  // after the edit are the same.)
  for (let r = q + delta; ; ) {
    let s = r;
    while (s < text.length && isBreak(text.charCodeAt(s))) s++;
    if (s === r && r < text.length) break;
    let e = s;
    while (e < text.length && !isBreak(text.charCodeAt(e))) e++;
    const kind = lineKind(text, s, e);
    if (kind === 'tab') q = e - delta;
    if (kind !== 'empty' || e >= text.length || s === e) break;
    r = e;
  }
  // (And a page's bare number on the line right after: it is a margin where the line before it is empty — pageMargins.ts — which
  // the edit may have made or unmade; kept, a figure typed and deleted again on that line left it a row's figure — found by a
  // random hunt of edits.)
  if (q + delta < text.length) {
    const s = nextLineStart(text, q + delta);
    // (Read no further than a page number's line may be long: the next line may be a page's one line of a megabyte.)
    let e = s;
    while (e < text.length && e - s <= 80 && !isBreak(text.charCodeAt(e))) e++;
    if (e - s <= 80 && BARE_PAGE.test(text.slice(s, e))) q = e - delta;
  }
  const b = q; // in `before`; b + delta in `text`

  let k = 0;
  while (k < tokens.length && tokens[k].span.start < a) k++;
  let m = k;
  // (A blank cell at the end of the last line is an empty span at b: it is of that line.)
  while (m < tokens.length && tokens[m].span.start <= b) m++;

  const out: Token[] = tokens.slice(0, k);
  for (let i = 0; i < k; i++) tokens[i].move(0, 0, 0, fold);
  const state = { pieces: k ? tokens[k - 1].piece + 1 : 0, line: breaksBetween(text, from, a), col: 0, floor: from };
  const firstLine = state.line;
  const cutAt = out.length;
  tokenizeLines(text, a, b + delta, out, state);
  for (let i = cutAt; i < out.length; i++) out[i].segment = fold;
  if (cut) {
    cut.from = k;
    cut.oldAfter = m;
    cut.moved = out.length - m;
    cut.delta = delta;
  }
  if (m < tokens.length) {
    // The lines after: moved by what the edit added, in characters, breaks and pieces.
    const lines = firstLine + breaksBetween(text, a, b + delta) - (firstLine + breaksBetween(before, a, b));
    const pieces = state.pieces - tokens[m].piece;
    for (let i = m; i < tokens.length; i++) {
      const t = tokens[i];
      t.move(delta, lines, pieces, fold);
      out.push(t);
    }
  }
  return out;
}

/** How many line breaks text[a, b) holds, counted as `tokenize` does (`\r\n` is one). */
function breaksBetween(text: string, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (i + 1 < b && text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}
