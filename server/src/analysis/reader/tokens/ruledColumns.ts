/**
 * Tables whose columns a ruler of dashes marks, and nothing else: pandoc's plain text and Markdown
 * (「simple」 and 「multiline」 tables), reStructuredText's simple tables (「=====  =====」), and the
 * like —
 *
 *       ------------------------------ -------- ---------- -------
 *       （一）予以公开                  258      12                  1
 *       （二）部分公开                  3
 *       ------------------------------ -------- ---------- -------
 *
 * A blank cell there is spaces only, so the figures after a label say nothing of which cells they
 * are (every row with a blank cell was 「只读到 N 个」). The ruler says it: each run of dashes is a
 * column, each space between two runs a boundary, in display columns (a CJK character takes two, as
 * the converter lays them out). The lines of such a table are cut there, as if a separator stood in
 * each gap, wherever the line has a space at that column; a line that has words across a gap (a
 * label typed longer since) is not cut at all, and is read as it would be with no ruler.
 *
 * A table is a column ruler (two runs or more) and the lines under it down to the next ruler, with
 * the lines right above it (its header, up to an empty line or a ruler above); with no ruler under
 * it, down to the first empty line where it has a header (a simple table's end), else no table.
 */
import { lineBounds, unitWidth } from '../text/lines';

/** The longest table looked for, in lines (a table 三 a cell a line with empty lines between rows is ~200). */
const MAX_LINES = 2000;
/** Lines with words across a gap that a table's rows may hold (each read as it would be with no ruler). */
const MAX_MISFITS = 3;
/** Dashes a column ruler holds at least, in all: no list's 「- -」 nor a thematic break 「- - -」. */
const MIN_DASHES = 10;

const isRuleChar = (c: number) => c === 0x2d || c === 0x3d || c === 0x2500;
const isGapSpace = (c: number) => c === 0x20;

/**
 * The places where the lines of text[from, to) are cut as cells of a ruled table (the offsets of
 * the spaces that stand in its gaps), in order; undefined where the text holds no such table.
 */
export function ruledCuts(text: string, from: number, to: number): Int32Array | undefined {
  if (!mayHoldRuler(text, from, to)) return undefined;
  const { starts, ends } = lineBounds(text, from, to);
  const n = starts.length;
  const rulers: (number[] | null | undefined)[] = new Array(n);
  const rulerAt = (i: number) => (rulers[i] === undefined ? (rulers[i] = rulerGaps(text, starts[i], ends[i])) : rulers[i]);
  const blank = (i: number) => isBlank(text, starts[i], ends[i]);
  let cuts: number[] | undefined;
  /** The last line of the table before (its closing ruler): no header of the next. */
  let floor = -1;
  for (let r = 0; r < n; r++) {
    const gaps = rulerAt(r);
    if (!gaps || gaps.length === 0) continue;
    // The header: the lines right above, up to an empty line or a ruler.
    let top = r;
    while (top > floor + 1 && r - top < 12 && !blank(top - 1) && !rulerAt(top - 1)) top--;
    // The rows: down to the next ruler. A simple table with a header (no full ruler above it) ends at an empty line too; a
    // multiline table's rows, and those of a table with no header, are apart by empty lines, and it ends at its ruler.
    const simple = top < r && !(top > 0 && rulerAt(top - 1)?.length === 0);
    let end = -1;
    let misfits = 0;
    for (let i = r + 1; i < n && i - r <= MAX_LINES; i++) {
      if (rulerAt(i)) {
        end = i;
        break;
      }
      if (blank(i)) {
        if (simple && i > r + 1) {
          end = i;
          break;
        }
        continue;
      }
      // (A line or two with words across a gap — a label typed longer since — are not cut, the rest of the table is; more is
      // text after a ruler, no table's rows.)
      if (cutsOf(text, starts[i], ends[i], gaps) === null && ++misfits > MAX_MISFITS) break;
    }
    if (end < 0) continue;
    for (let i = top; i < end; i++) {
      if (i === r || blank(i)) continue;
      const c = cutsOf(text, starts[i], ends[i], gaps);
      if (c?.length) (cuts ??= []).push(...c);
    }
    // (Its closing ruler closes it: the lines above it are this table's, no header of another. It opens the next only where
    // rows follow it at once: reStructuredText's ruler under a header, 「====  ====」 / 「规章  0」.)
    floor = end;
    r = end + 1 < n && !blank(end + 1) && rulerAt(end)?.length ? end - 1 : end;
  }
  return cuts?.length ? Int32Array.from(cuts) : undefined;
}

/** Cheap first test: a run of two rule characters somewhere (most reports have none). */
function mayHoldRuler(text: string, from: number, to: number): boolean {
  for (const two of ['--', '==', '\u2500\u2500']) {
    const i = text.indexOf(two, from);
    if (i >= 0 && i < to) return true;
  }
  return false;
}

function isBlank(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x3000 && c !== 0xa0) return false;
  }
  return true;
}

/** Whether line text[a, b) is a ruler: runs of one rule character apart by spaces, ten of them at least. */
export const isRulerLine = (text: string, a: number, b: number): boolean => rulerGaps(text, a, b) !== null;

/**
 * A ruler's gaps (the display column of the first space between two runs of dashes; [] for a ruler of one
 * run, a multiline table's top or bottom), or null where the line is no ruler: runs of one rule character
 * apart by spaces, nothing else.
 */
function rulerGaps(text: string, a: number, b: number): number[] | null {
  let i = a;
  while (i < b && text.charCodeAt(i) === 0x20) i++;
  if (i === b || !isRuleChar(text.charCodeAt(i))) return null;
  const mark = text.charCodeAt(i);
  const gaps: number[] = [];
  let dashes = 0;
  let col = i - a;
  let runs = 0;
  while (i < b) {
    const c = text.charCodeAt(i);
    if (c === mark) {
      let k = i;
      while (k < b && text.charCodeAt(k) === mark) k++;
      dashes += k - i;
      col += k - i;
      i = k;
      runs++;
    } else if (c === 0x20) {
      let k = i;
      while (k < b && text.charCodeAt(k) === 0x20) k++;
      if (k < b) gaps.push(col);
      col += k - i;
      i = k;
    } else return null;
  }
  if (runs === 1) return dashes >= MIN_DASHES ? [] : null;
  return dashes >= MIN_DASHES ? gaps : null;
}

/**
 * Where line text[a, b) is cut at the gaps (display columns): the offset of the space at each gap the line
 * reaches; null where a gap it reaches has no space (words across it: no row of the table).
 */
function cutsOf(text: string, a: number, b: number, gaps: readonly number[]): number[] | null {
  const out: number[] = [];
  let col = 0;
  let g = 0;
  for (let i = a; i < b && g < gaps.length; i++) {
    const c = text.charCodeAt(i);
    // (A character beyond the BMP is two code units, its width the code point's.)
    const w = unitWidth(text, i, col);
    if (w === 0) continue;
    // The character over gap g's column: a space there is the cut; anything else, words across the gap.
    if (col + w > gaps[g]) {
      if (!isGapSpace(c) || col !== gaps[g]) return null;
      out.push(i);
      g++;
    }
    col += w;
  }
  return out;
}
