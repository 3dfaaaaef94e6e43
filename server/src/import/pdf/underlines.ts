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

/** Whether horizontal line `r` is drawn under a run of the pieces (sorted by x) and spans it exactly. */
function underlines(r: Rule, pieces: readonly TextPiece[]): boolean {
  let from = Infinity;
  let to = -Infinity;
  const spans = () => Math.abs(from - r.x0) <= ENDS && Math.abs(to - r.x1) <= ENDS;
  for (const p of pieces) {
    const drop = p.y - r.y0;
    if (drop < 0 || drop > BELOW * p.size || p.x + p.w < r.x0 - ENDS || p.x > r.x1 + ENDS) continue;
    // (Pieces of one run, each after the last with no more than a character's space between.)
    if (to > -Infinity && p.x - to > RUN_GAP * p.size) {
      if (spans()) return true;
      from = Infinity;
      to = -Infinity;
    }
    from = Math.min(from, p.x);
    to = Math.max(to, p.x + p.w);
  }
  return spans();
}
