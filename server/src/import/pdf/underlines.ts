/**
 * Underlines are no table's rules. A page saved by LibreOffice or WPS and printed to PDF underlines its links (every cell's
 * text, where the page's cells were links), and a writer underlines a figure: a horizontal line drawn just under a run of
 * text, as wide as the run. Taken for rules, they cut each cell of the grid into rows at every line of its text — a
 * wrapped label's lines each a row with a copy of the row's figures (「| 行政规范性 | 34 | 0 | 89 |」 / 「| 文件 | 34 | 0 |
 * 89 |」), and on a .doc's PDF rows glued into figures of thirteen digits (found by a review).
 *
 * A line is judged with the lines it runs on into (drawn end to end at one height: Word underlines a list number and its
 * space apart from the words after it, and a run's trailing spaces apart again): together they are an underline where
 * they start where a piece of text starts and end where one ends (or its trailing space). A border runs from column line to
 * column line, across the cells of its row: a row's line in a table set with no padding, under a cell's text as wide as
 * the cell, runs on into the next cell's and is kept (a first version judged each piece alone and, where a browser sets
 * each character apart, found character boundaries under every border: cells glued, 「101782」 — found by a review).
 * Pure: rules and text in, the rules that are not underlines out.
 */
import type { Rule, TextPiece } from './pages';

/** How far an underline's ends may stand from its text's (rounding, a font's side bearing), in points. */
const ENDS = 1;
/** How far below the text's baseline an underline is drawn, at most, in the text's size. */
const BELOW = 0.22;
/** The widest space between two pieces of one run of text, in the text's size. */
const RUN_GAP = 1;
/** Lines drawn end to end: at one height within this, the next starting within this of the last's end (points). */
const JOINS = 0.5;

export function withoutUnderlines(rules: readonly Rule[], pieces: readonly TextPiece[]): Rule[] {
  // (Only lines under text running left to right; most pages draw no underline and keep every rule.)
  const level = pieces.filter((p) => (p.dx ?? 1) === 1 && (p.dy ?? 0) === 0).sort((a, b) => a.x - b.x);
  if (!level.length) return rules as Rule[];
  const dropped = new Set<Rule>();
  for (const chain of chains(rules.filter((r) => r.y0 === r.y1 && r.x1 > r.x0))) {
    const x0 = chain[0].x0;
    const x1 = Math.max(...chain.map((r) => r.x1));
    const y = chain[0].y0;
    if (!underRun(x0, x1, y, level)) continue;
    for (const r of chain) dropped.add(r);
  }
  return dropped.size ? rules.filter((r) => !dropped.has(r)) : (rules as Rule[]);
}

/** Horizontal lines drawn end to end at one height, each run of them in order. */
function chains(hs: Rule[]): Rule[][] {
  hs.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  const out: Rule[][] = [];
  for (let i = 0; i < hs.length; ) {
    // (Lines at one height, by where they start.)
    let j = i + 1;
    while (j < hs.length && hs[j].y0 - hs[i].y0 <= JOINS) j++;
    const row = hs.slice(i, j).sort((a, b) => a.x0 - b.x0);
    let chain = [row[0]];
    let end = row[0].x1;
    for (const r of row.slice(1)) {
      if (r.x0 <= end + JOINS) {
        chain.push(r);
        end = Math.max(end, r.x1);
      } else {
        out.push(chain);
        chain = [r];
        end = r.x1;
      }
    }
    out.push(chain);
    i = j;
  }
  return out;
}

/**
 * Whether a line from x0 to x1 at height y is drawn under text whose baseline stands just above it, from one piece's start
 * to one piece's end (or half a character past it, a trailing space, the next piece not under it), the pieces between a
 * character's space apart at most.
 */
function underRun(x0: number, x1: number, y: number, pieces: readonly TextPiece[]): boolean {
  const under = pieces.filter((p) => {
    const drop = p.y - y;
    return drop >= 0 && drop <= BELOW * p.size && p.x + p.w >= x0 - ENDS && p.x <= x1 + ENDS;
  });
  for (let i = 0; i < under.length; i++) {
    if (Math.abs(under[i].x - x0) > ENDS) continue;
    for (let j = i; j < under.length; j++) {
      const p = under[j];
      if (j > i && p.x - (under[j - 1].x + under[j - 1].w) > RUN_GAP * p.size) break;
      const end = p.x + p.w;
      const next = under[j + 1];
      if (x1 >= end - ENDS && x1 <= end + Math.max(ENDS, p.size / 2) && (!next || next.x >= x1 - ENDS)) return true;
    }
  }
  return false;
}
