/**
 * A row whose cells all stand before a horizontal rule under it ends there: what follows a rule of dashes is not
 * the row's (pandoc's Markdown closes a table with one, and the 「\」 of a hard line break in the paragraph after it
 * was read as a seventh figure of 「四、结转下年度继续办理」 — 「只读到 3 个」, found by a review). A rule is
 * a line of runs of one rule character apart by spaces (ruledColumns.ts): a pipe table's 「|---|」 and a
 * grid's 「+---+」 are other layouts' own business.
 */
import { isRulerLine } from '../../tokens/ruledColumns';
import { lineEndAt, nextLineStart } from '../../text/lines';
import type { Token } from '../../tokens/token';

/**
 * The row's tokens before the first that stands past a rule line after `from` (the label's end), where those before
 * already make the row (`width` cells or more): a rule among a row's cells written a cell a line is no end of it (a
 * review put rules between the cells of real cell-a-line rows: their figures were lost).
 */
export function beforeRule(tokens: Token[], text: string, from: number, width: number): Token[] {
  if (!tokens.length || tokens[tokens.length - 1].line === tokens[0].line) return tokens;
  let scanned = lineEndAt(text, Math.min(from, tokens[0].span.start));
  for (let i = 0; i < tokens.length; i++) {
    const at = tokens[i].span.start;
    if (at <= scanned) continue;
    for (let ls = nextLineStart(text, scanned); ls < at; ) {
      const le = lineEndAt(text, ls);
      if (le >= at) break;
      if (isRulerLine(text, ls, le)) return i >= width ? tokens.slice(0, i) : tokens;
      ls = nextLineStart(text, le);
    }
    scanned = lineEndAt(text, at);
  }
  return tokens;
}
