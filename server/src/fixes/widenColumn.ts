/**
 * A figure too wide for its cell in a drawn table widens the cell's column on every line of the table, so the
 * borders stay in line. pandoc writes a wide table into a narrow grid with cells one column wide (「| 0 |」); a total
 * set to 149 there was written 「| 149|」, which put the grid out of line and made the fixed file read as a malformed
 * table (found by a review of --fix on pandoc's text). Each line of the table gets the columns it needs just before
 * its first border at or after the cell's closing border: spaces on a row's lines, the rule's own stroke on a rule
 * (「-」「=」「─」), so a cell merged across the column (a header over several) is widened at its own closing border.
 */
import { displayWidth } from '../analysis/write/grid';
import { lineEndAt, lineStartAt, nextLineStart, prevLineStart } from '../analysis/reader/text/lines';
import type { TextEdit } from '../analysis/types';

/** A cell's closing separator. */
export const CLOSES_CELL = /[|｜│┃║]/;
/** A rule's crossing a column's line goes through (「┼」「┤」, a grid table's 「+」): not its horizontal strokes. */
export const CROSSING = /[+\u2500-\u257f]/;
export const HORIZONTAL = /[─━═┄┅┈┉╌╍]/;
/** What a border is: a cell's closing separator, or a rule's crossing. */
const isBorder = (ch: string) => (CLOSES_CELL.test(ch) || CROSSING.test(ch)) && !HORIZONTAL.test(ch);
const STROKE = /[-=─━═┄┅┈┉╌╍]/;

/** A cell's edit that moves its closing border `grow` columns right, the border standing at display column `col`. */
export interface Widening {
  edit: TextEdit;
  /** Where the edited line starts. */
  lineStart: number;
  col: number;
  grow: number;
}

/** The edit that writes a cell text[start, k) — k its closing border — anew as `written`, too wide for it. */
export function widening(text: string, start: number, k: number, written: string): Widening {
  const ls = lineStartAt(text, k);
  return { edit: { span: { start, end: k }, newText: written }, lineStart: ls, col: displayWidth(text.slice(ls, k)), grow: displayWidth(written) - displayWidth(text.slice(start, k)) };
}

/**
 * The edits that widen the columns: each widened edit (in the order given) made as wide as the widest of its column
 * (two totals set in one column take the room of the wider), and an insertion on every other line of its table. Undefined where a
 * line of the table has no border at or after the column: such a table is not drawn in line, and widening it
 * would put it out of line where it was not.
 */
export function widenColumns(text: string, wide: readonly Widening[]): { edits: TextEdit[]; inserted: TextEdit[] } | undefined {
  const groups = new Map<string, Widening[]>();
  for (const w of wide) {
    const [first] = tableLines(text, w.lineStart);
    const k = `${first}:${w.col}`;
    const g = groups.get(k);
    if (g) g.push(w);
    else groups.set(k, [w]);
  }
  const inserted: TextEdit[] = [];
  const edits = wide.map((w) => w.edit);
  for (const g of groups.values()) {
    const grow = Math.max(...g.map((w) => w.grow));
    const edited = new Set(g.map((w) => w.lineStart));
    const [first, last] = tableLines(text, g[0].lineStart);
    for (let ls = first; ; ls = nextLineStart(text, lineEndAt(text, ls))) {
      if (!edited.has(ls)) {
        const at = borderFrom(text, ls, g[0].col);
        if (at < 0) return undefined;
        const stroke = strokeBefore(text, at);
        inserted.push({ span: { start: stroke?.at ?? at, end: stroke?.at ?? at }, newText: (stroke?.ch ?? ' ').repeat(grow) });
      }
      if (ls >= last) break;
    }
    for (const w of g) if (w.grow < grow) edits[wide.indexOf(w)] = { span: w.edit.span, newText: w.edit.newText + ' '.repeat(grow - w.grow) };
  }
  return { edits, inserted: atOnePlace(inserted) };
}

/**
 * Insertions at one place made one: columns widened under a cell merged across them all widen it at its one border
 * (a header's 「申请人情况」 over six columns), and an editor applies one insertion at a place, the first (two columns
 * widened left the header's line two columns short: found by a review).
 */
function atOnePlace(inserted: TextEdit[]): TextEdit[] {
  const at = new Map<number, TextEdit>();
  for (const e of inserted) {
    const same = at.get(e.span.start);
    if (same) same.newText += e.newText;
    else at.set(e.span.start, e);
  }
  return [...at.values()];
}

/**
 * The stroke a rule's border at `at` is reached by (「-----+」: 「-」), and where to insert more of it — a Markdown
 * rule's alignment colon stays next to its border (「|:---:|」 gains 「-」 before its 「:」); none on a row's line.
 */
function strokeBefore(text: string, at: number): { ch: string; at: number } | undefined {
  let i = at - 1;
  if (text[i] === ':') i--;
  return i >= 0 && STROKE.test(text[i]) ? { ch: text[i], at: i + 1 } : undefined;
}

/** The offset of the first border at or after display column `col` on the line starting at `ls`, or -1. */
function borderFrom(text: string, ls: number, col: number): number {
  const le = lineEndAt(text, ls);
  let w = 0;
  for (let i = ls; i < le; ) {
    const c = text.codePointAt(i) as number;
    const ch = String.fromCodePoint(c);
    // (A rule's horizontal strokes are no border: 「+-----+」 has its 「+」 at the column.)
    if (w >= col && isBorder(ch)) return i;
    w += displayWidth(ch);
    i += ch.length;
  }
  return -1;
}

/** The first and last line starts of the table the line at `ls` is in: the lines around it that begin with a border. */
function tableLines(text: string, ls: number): [number, number] {
  let first = ls;
  while (first > 0) {
    const prev = prevLineStart(text, first);
    if (!startsWithBorder(text, prev)) break;
    first = prev;
  }
  let last = ls;
  for (;;) {
    const le = lineEndAt(text, last);
    if (le >= text.length) break;
    const next = nextLineStart(text, le);
    if (next >= text.length || !startsWithBorder(text, next)) break;
    last = next;
  }
  return [first, last];
}

function startsWithBorder(text: string, ls: number): boolean {
  let i = ls;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000')) i++;
  return i < text.length && (CLOSES_CELL.test(text[i]) || CROSSING.test(text[i]));
}
