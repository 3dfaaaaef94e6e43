/**
 * Figures a narrow cell wrapped onto the next line, in a table laid out with spaces — pdftotext -layout of a PDF whose
 * table 三 has narrow columns (full-width digits take two columns each):
 *
 *     一、本年新收政府信息公开申请数量      １３ ３５ ４１ １６     １   １１ １０
 *                                           ７ ６ ７               ２ ３９
 *     （三）不予 1.属于国家秘密             ７ ７０ ５８ ０       ０   ３ １３
 *     公开                                                            ８
 *
 * are 137, 356, 417, 16, 1, 112, 1039, and a 总计 of 138. Read line by line the first row had twelve figures, and the
 * second a total of 13 said wrong by 125 (found by a review of generated reports). Each figure of a later line stands
 * under one figure of the row's line, a column or two to its left at most where the converter placed it by its glyphs;
 * none under the same one, in the same order. Where the figures stand so in a way that makes the row add up, and in only
 * one such way, each is joined to the figure above it (a token of two pieces, as a grid's wrapped figure: Token.frags).
 * Otherwise nothing is joined: the row keeps its figures too many (table-shape), never a join made up.
 */
import { APP_WIDTH } from '../../../form/schema';
import { readCell } from '../../tokens/numbers';
import { Token } from '../../tokens/token';
import { displayColumns, lineAfter, lineAround, lineStartAt } from '../../text/lines';
import { isNumbered, matchAppLabel } from '../labels';
import { isContinuation } from './wrapped';

const DIGITS = /^[0-9０-９]+$/;
const ZERO = /^[0０]$/;
/** How far, in columns, a wrapped rest may stand from the figure it belongs to. */
const NEAR = 2;
/** Assignments tried at most (each rest has a few figures near it: a handful in practice). */
const MAX_TRIED = 4096;

/**
 * `tokens` (a row's, blanks and all) with the figures of its later lines joined to those of its first, when they
 * stand under them and the joined row adds up (`adds`) in one way only; undefined otherwise.
 */
export function joinWrappedFigures(tokens: readonly Token[], width: number, text: string, adds: (row: readonly Token[]) => boolean, ownLine = false): Token[] | undefined {
  // (Asked of every row read: most have their figures and no more, which a count says without an array made.)
  if (figureCount(tokens) <= width) return undefined;
  const values = tokens.filter((t) => t.kind !== 'blank');
  if (values.some((t) => t.kind !== 'value' || t.frags || !DIGITS.test(t.raw))) return undefined;
  const line = values[0].line;
  const first = values.filter((t) => t.line === line);
  const rests = values.filter((t) => t.line !== line);
  // (The row's line whole, its rests on the line right after it — no empty line between: a cell's lines — fewer than its figures.)
  if (first.length !== width || rests.length >= width || rests.some((t) => t.line !== line + 1)) return undefined;
  // (Not a page's foot: a page break beside the line — a page's number stands there, under a figure by chance.)
  if (nearPageBreak(text, rests[0].span.start)) return undefined;
  // (Nor figures a label on the next line, with none of its own, stands under: that row's, its label below them — unless
  // the words of this row's label are on their line, `ownLine` — narrowRow.)
  if (!ownLine && figurelessLabelAfter(text, rests[rests.length - 1].span.end)) return undefined;
  if (tokens.some((t) => t.kind === 'blank' && t.line === line)) return undefined;
  // (A row that adds up as it stands has no figure cut: the figures under it are another row's.)
  if (adds(first)) return undefined;
  // Columns two ways: as characters (pdftotext -layout places by characters) and as display width (text typed in columns).
  for (const measure of [charColumns, displayColumnsOf]) {
    const above = first.map((t) => measure(text, t));
    const near = rests.map((t) => {
      const [a, b] = measure(text, t);
      const ks: number[] = [];
      // (Never after a lone zero: no figure opens with one.)
      above.forEach(([c, d], k) => {
        if (Math.max(0, c - b, a - d) <= NEAR && !ZERO.test(first[k].raw)) ks.push(k);
      });
      return ks;
    });
    if (near.some((ks) => !ks.length)) continue;
    const found = assignments(near);
    if (!found) continue;
    const joined = found.map((to) => joinedRow(first, rests, to)).filter(adds);
    if (joined.length === 1) return joined[0];
  }
  return undefined;
}

/**
 * A row's wrapped rests on the next line beside the rest of a label (「公开 … ８」 under 「（三）不予 1.属于国家秘密 … ３ １３」:
 * the group's words and 138's 8; 「其政府信息公开申请 … ９」, the label's own end): `cells` (row `id`'s, up to tokens[j]) with
 * them joined, and where the walk goes on; undefined unless tokens[j] is such words — no other row's label, no
 * numbering — or a figure, and figures follow to their line's end that joinWrappedFigures joins.
 */
export function restsBeside(tokens: readonly Token[], j: number, cells: readonly Token[], id: string, text: string, adds: (row: readonly Token[]) => boolean): { cells: Token[]; end: number } | undefined {
  const width = APP_WIDTH;
  const first = tokens[j];
  // (Asked after every row read: the cheap tests first — most rows are followed by the next label, or on their line.)
  const lastCell = cells[cells.length - 1];
  if (!first || !lastCell || first.line !== lastCell.line + 1 || figureCount(cells) !== width) return undefined;
  const figures = cells.filter((t) => t.kind !== 'blank');
  const line = figures[0].line;
  if (figures.some((t) => t.line !== line)) return undefined;
  const words = first.kind === 'text';
  if (words && (!isContinuation(first) || isNumbered(first.norm))) return undefined;
  const from = words ? j + 1 : j;
  let end = from;
  while (end < tokens.length && tokens[end].kind === 'value' && tokens[end].line === first.line) end++;
  if (end === from || (end < tokens.length && tokens[end].line === first.line)) return undefined;
  const label = words ? matchAppLabel(first, true, id) : undefined;
  if (label && !label.isGroup && label.def.id !== id) return undefined;
  const joined = joinWrappedFigures([...cells, ...tokens.slice(from, end)], width, text, adds);
  return joined && { cells: joined, end };
}

/**
 * A row of `width` figures and one more, alone on a later line (mutool's text of a PDF, which keeps no columns: 「91  84」 /
 * 「」 / 「8」 where the 总计 848 wrapped in its narrow cell): the lone figure is the rest of the row's last, its total, where
 * appended to it the row adds up (a row that adds up without it cannot). Else undefined — it may be a page's number;
 * nor beside a page break.
 */
export function joinLoneRest(tokens: readonly Token[], width: number, text: string, adds: (row: readonly Token[]) => boolean): Token[] | undefined {
  if (figureCount(tokens) !== width + 1) return undefined;
  const values = tokens.filter((t) => t.kind !== 'blank');
  if (values.some((t) => t.kind !== 'value' || t.frags || !DIGITS.test(t.raw))) return undefined;
  const rest = values[width];
  const row = values.slice(0, width);
  if (rest.line <= row[width - 1].line || tokens.some((t) => t !== rest && t.line === rest.line && t.kind !== 'blank')) return undefined;
  if (!alone(text, rest) || nearPageBreak(text, rest.span.start)) return undefined;
  // (The row's last figure only, its total: the widest of its cells, the one that wraps — a page's number appended to any
  // figure made a row with a wrong figure add up by chance, found by a review.)
  const k = width - 1;
  if (ZERO.test(row[k].raw)) return undefined;
  const joined = joinedRow(row, [rest], [k]);
  return adds(joined) ? joined : undefined;
}

/** Whether a form feed (a page break in pdftotext's and mutool's text) stands on the line `at` is on, or the lines beside it. */
function nearPageBreak(text: string, at: number): boolean {
  const from = lineStartAt(text, Math.max(0, lineStartAt(text, at) - 1));
  const to = lineAfter(text, lineAfter(text, at));
  return text.slice(from, Math.min(text.length, to + 1)).includes('\f');
}

/** Whether the next line that holds something after `at`'s holds words and no figure: a label whose figures stand above it. */
function figurelessLabelAfter(text: string, at: number): boolean {
  for (let line = lineAfter(text, at), n = 0; line < text.length && n < 3; line = lineAfter(text, line), n++) {
    const s = text.slice(line, lineAfter(text, line)).trim();
    if (!s) continue;
    return /[\u4e00-\u9fff]/.test(s) && !/[0-9０-９]/.test(s.replace(/^[（(]?[0-9０-９一二三四五六七八九十]{1,2}[.．、)）]/, ''));
  }
  return false;
}

/** How many of the tokens are not blank cells. */
function figureCount(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) if (t.kind !== 'blank') n++;
  return n;
}

/** Whether nothing but spaces stands beside the token on its line. */
const alone = (text: string, t: Token): boolean => lineAround(text, t.span.start).trim() === t.raw;

/**
 * Every way of giving each rest (one line's, left to right) a figure near it, the figures in the same order: at most
 * MAX_TRIED; undefined past that.
 */
function assignments(near: readonly number[][]): number[][] | undefined {
  const out: number[][] = [];
  const to: number[] = [];
  let tried = 0;
  const walk = (i: number, after: number): boolean => {
    if (++tried > MAX_TRIED) return false;
    if (i === near.length) {
      out.push(to.slice());
      return true;
    }
    for (const k of near[i]) {
      if (k <= after) continue;
      to[i] = k;
      if (!walk(i + 1, k)) return false;
    }
    return true;
  };
  return walk(0, -1) ? out : undefined;
}

/** The row's figures with rest i joined to the end of figure to[i] (a token of two pieces: Token.frags). */
function joinedRow(first: readonly Token[], rests: readonly Token[], to: readonly number[]): Token[] {
  return first.map((t, k) => {
    const r = rests[to.indexOf(k)];
    if (!r) return t;
    const joined = new Token('value', { start: t.span.start, end: r.span.end }, t.raw + r.raw, t.line, t.piece, t.col);
    joined.cell = readCell(joined.raw);
    joined.digits = true;
    joined.frags = [t.span.start, t.span.end, r.span.start, r.span.end];
    return joined;
  });
}

const charColumns = (text: string, t: Token): [number, number] => {
  const from = t.span.start - lineStartAt(text, t.span.start);
  return [from, from + (t.span.end - t.span.start)];
};
const displayColumnsOf = (text: string, t: Token): [number, number] => displayColumns(text, t.span.start, t.span.end);
