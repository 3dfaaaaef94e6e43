/**
 * Underlines are no table's rules. A page saved by LibreOffice or WPS and printed to PDF underlines its links (every cell's
 * text, where the page's cells were links), and a writer underlines a figure: each a horizontal line drawn just under
 * one run of text, as wide as the run. Taken for rules, they cut each cell of the grid into rows at every line of its
 * text — a wrapped label's lines each a row with a copy of the row's figures (「| 行政规范性 | 34 | 0 | 89 |」 /
 * 「| 文件 | 34 | 0 | 89 |」), and on a .doc's PDF rows glued into figures of thirteen digits (found by a review).
 * A border is drawn from column line to column line, a cell's padding off its text; an underline ends where its text
 * ends. Pure: rules and text in, the rules that are not underlines out.
 */
import type { Rule, TextPiece } from './pages';

/** How far an underline's ends may stand from its text's (rounding, a font's side bearing), in points. */
const ENDS = 1;
/** How far below the text's baseline an underline is drawn, at most, in the text's size. */
const BELOW = 0.22;
/** The widest space between two pieces of one underlined run, in the text's size. */
const RUN_GAP = 1;

export function withoutUnderlines(rules: readonly Rule[], pieces: readonly TextPiece[]): Rule[] {
  // (Only lines under text running left to right; most pages draw no underline and keep every rule.)
  const level = pieces.filter((p) => (p.dx ?? 1) === 1 && (p.dy ?? 0) === 0).sort((a, b) => a.x - b.x);
  if (!level.length) return rules as Rule[];
  return rules.filter((r) => r.y0 !== r.y1 || !underlines(r, level));
}

/**
 * Whether horizontal line `r` is drawn under a run of the pieces (sorted by x) from one piece's start to one piece's end,
 * the pieces between a character's space apart at most: under a whole run, or part of one (a list number's 「5.」 and its
 * space underlined apart from the words after it).
 */
function underlines(r: Rule, pieces: readonly TextPiece[]): boolean {
  const under: TextPiece[] = [];
  for (const p of pieces) {
    const drop = p.y - r.y0;
    if (drop >= 0 && drop <= BELOW * p.size && p.x + p.w >= r.x0 - ENDS && p.x <= r.x1 + ENDS) under.push(p);
  }
  for (let i = 0; i < under.length; i++) {
    if (Math.abs(under[i].x - r.x0) > ENDS) continue;
    for (let j = i; j < under.length; j++) {
      if (j > i && under[j].x - (under[j - 1].x + under[j - 1].w) > RUN_GAP * under[j].size) break;
      if (Math.abs(under[j].x + under[j].w - r.x1) <= ENDS) return true;
    }
  }
  return false;
}
