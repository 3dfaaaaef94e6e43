/**
 * A figure written over another of a different length, in a cell padded with spaces up to its closing
 * separator (a pipe, a drawn table's vertical line), takes or gives as many of those spaces as keep the
 * separator where it was, one space kept before it: 「│ 27  │」 set to 272 is 「│ 272 │」, not 「│ 272  │」,
 * which put a drawn table's borders out of line (found by a review of --fix on a text browser's dump).
 * Only where the separator is in line with one on the line above or below (by display width: a CJK
 * character is two columns): in a row whose pipes stand where its words end (「| （一）予以公开 | 10 |」) there is
 * no line to keep, and 10 set to 5 was 「| 5  |」 (found by a review).
 * Made where an edit meets the text it applies to — a code action, fix-all —, as the checks that make the
 * edits see the cell, not the line around it.
 */
import { displayWidth } from '../analysis/write/grid';
import { lineEndAt, lineStartAt, nextLineStart, prevLineStart } from '../analysis/reader/text/lines';
import type { TextEdit } from '../analysis/types';
import { CLOSES_CELL, CROSSING, HORIZONTAL, widening, widenColumns, type Widening } from './widenColumn';

const FIGURE = /^[0-9０-９,，.]+$/;

export function keepWidths(text: string, edits: readonly TextEdit[]): TextEdit[] {
  let out: TextEdit[] | undefined;
  const wide: Widening[] = [];
  const at: number[] = [];
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    const kept = keepWidth(text, e);
    if ('grow' in kept) wide.push(kept), at.push(i);
    else if (kept !== e) (out ??= edits.slice())[i] = kept;
  }
  if (!wide.length) return out ?? (edits as TextEdit[]);
  // (A figure too wide for its cell: its column widened on every line of the table — or, where the table is not in
  // line all down, the edit as it was made.)
  const widened = widenColumns(text, wide);
  if (!widened) return out ?? (edits as TextEdit[]);
  out ??= edits.slice();
  at.forEach((i, n) => (out![i] = widened.edits[n]));
  for (const e of widened.inserted) LAYOUT.add(e), out.push(e);
  return out;
}

/** The edits keepWidths adds to widen a column: no change of a figure, not reported as one. */
const LAYOUT = new WeakSet<TextEdit>();
export const isLayoutEdit = (e: TextEdit): boolean => LAYOUT.has(e);

function keepWidth(text: string, e: TextEdit): TextEdit | Widening {
  const { start, end } = e.span;
  if (!FIGURE.test(e.newText)) return e;
  if (end <= start || !FIGURE.test(text.slice(start, end))) return /^[ \u3000]*$/.test(text.slice(start, end)) ? filledBlank(text, e) : e;
  // By display width (a full-width digit or an ideographic space is two columns): 「0　　 |」 set to 26 gives up half
  // an ideographic space's width, not a space it does not have (a report made by `new` pads with U+3000: its cells
  // came out a column wide, found by a review).
  const grow = displayWidth(e.newText) - displayWidth(text.slice(start, end));
  if (!grow) return e;
  const k = padEnd(text, end);
  if (k >= text.length || !CLOSES_CELL.test(text[k]) || !inLine(text, start, k)) return e;
  const pad = text.slice(end, k);
  // Too wide for the cell, one space kept before its border as it had one: the column widened (widenColumn.ts).
  const written = e.newText + (pad ? ' ' : '');
  if (displayWidth(written) > displayWidth(text.slice(start, k))) return widening(text, start, k, written);
  if (!pad.includes('\u3000')) {
    if (grow > 0) {
      const take = Math.min(grow, k - end - 1);
      return take > 0 ? { span: { start, end: end + take }, newText: e.newText } : e;
    }
    return { span: { start, end }, newText: e.newText + ' '.repeat(-grow) };
  }
  // Padded with ideographic spaces: the padding written again to the width it must have, one space kept before the
  // separator as it had one (or one column at least).
  const want = displayWidth(pad) - grow;
  if (want < 1) return grow > 0 && k - end > 1 ? { span: { start, end: k - 1 }, newText: e.newText } : e;
  const trailing = pad.endsWith(' ') ? 1 : 0;
  const rest = want - trailing;
  const newPad = '\u3000'.repeat(Math.floor(rest / 2)) + ' '.repeat(rest % 2) + ' '.repeat(trailing);
  return { span: { start, end: k }, newText: e.newText + newPad };
}

/**
 * A blank cell filled (writeCell puts the figure after the cell's first space, over as much of its padding as the
 * figure needs): where the figure is too wide for the cell in a drawn table — 「│   │」 given 272, a text browser's
 * table at 80 columns — the cell is written 「 272 」 and its column widened; it was 「│ 272│」, out of line (found by a
 * review). A figure that fits is the edit as it was made.
 */
function filledBlank(text: string, e: TextEdit): TextEdit | Widening {
  const { start, end } = e.span;
  const k = padEnd(text, end);
  if (k >= text.length || !CLOSES_CELL.test(text[k])) return e;
  // A figure that fits is given spaces for the columns its cell would stand short of the lines around: those of an
  // ideographic space it is written over (two columns), and those of a figure deleted before (「填 0」 in a report made by
  // `new` whose 0 was deleted left the cell two columns narrower than the others, found by a writer's trial).
  if (displayWidth(e.newText) <= displayWidth(text.slice(start, k))) {
    const lost = displayWidth(text.slice(start, end)) - displayWidth(e.newText);
    for (let short = 0; short <= MAX_SHORT; short++) {
      if (!inLine(text, start, k, short)) continue;
      return lost + short > 0 ? { span: e.span, newText: e.newText + ' '.repeat(lost + short) } : e;
    }
    return e;
  }
  if (!inLine(text, start, k)) return e;
  return widening(text, start, k, e.newText + (k > start ? ' ' : ''));
}

/** The most columns a blank cell's closing separator is looked for to the right of where it stands (a figure deleted). */
const MAX_SHORT = 3;

/** Where the spaces and ideographic spaces from `at` end. */
function padEnd(text: string, at: number): number {
  let k = at;
  while (k < text.length && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x3000)) k++;
  return k;
}

/**
 * Whether the cell's closing separator at `at` (`short` columns further right: where it would stand but for what the cell
 * lost), and its opening one before `start` if it has one, stand in the display columns of separators on the line above
 * or below — both on one line: a header's run of empty cells (「| ||||||」) has a pipe at most columns, and in line with
 * one of them by chance is no drawn table.
 */
function inLine(text: string, start: number, at: number, short = 0): boolean {
  // (Lines by any break: a drawn table in a document of lone CRs is one too.)
  const ls = lineStartAt(text, at);
  let open = start - 1;
  while (open >= ls && !CLOSES_CELL.test(text[open])) open--;
  const cols = [displayWidth(text.slice(ls, at)) + short];
  if (open >= ls) cols.push(displayWidth(text.slice(ls, open)));
  const above = ls >= 1 ? prevLineStart(text, ls) : -1;
  const le = lineEndAt(text, at);
  return (above >= 0 && cols.every((c) => separatorAt(text, above, c))) || (le < text.length && cols.every((c) => separatorAt(text, nextLineStart(text, le), c)));
}

/** Whether the line starting at `ls` has a separator at display column `col`. */
function separatorAt(text: string, ls: number, col: number): boolean {
  let w = 0;
  for (let i = ls; i < text.length && w <= col; ) {
    const c = text.codePointAt(i) as number;
    if (c === 0x0a || c === 0x0d) return false;
    const ch = String.fromCodePoint(c);
    if (w === col) return CLOSES_CELL.test(ch) || (CROSSING.test(ch) && !HORIZONTAL.test(ch));
    w += displayWidth(ch);
    i += ch.length;
  }
  return false;
}
