/**
 * A row of table 三 as a PDF's text gives it when the label column is narrow: the label's words over
 * several lines, its figures on whichever of those lines their baseline fell —
 *
 *     1.本机关不                          （二）部分公开（区分处理的，只计这一情形，  3  1  0  0
 *     掌握相关政  3  1  1  0  0  1  6          不计其他情形）                        1  0  5
 *     府信息
 *
 * The label's pieces are gathered with the figures among them, up to the row's seven figures (and a
 * last piece of words under them), and read as one label. Only where the pieces make a label the
 * first does not already name otherwise, and none of them is a label of its own: a numbering, a
 * group, a header word or another row's words open what comes next.
 */
import { APP_GROUPS, APP_ROWS, APP_WIDTH } from '../../../form/schema';
import { norm } from '../../text/normalize';
import type { Token } from '../../tokens/token';
import { rowCellsEnd } from '../fitRow';
import { isLatinFailure } from '../failedFigure';
import { isAppHeaderCell, isNumbered, matchAppLabel, type AppLabelMatch } from '../labels';
import { differ, joinedFolds, wrapsInto } from './wrapped';

export interface WrappedRow {
  match: AppLabelMatch;
  /** The label's pieces after the first. */
  pieces: Token[];
  /** The figures (and blank cells) among and after them. */
  cells: Token[];
  /** The index after the last token gathered. */
  end: number;
}

/**
 * One past the furthest token the last `wrappedRow` looked at, a row found or not (how far a step's reading depends on,
 * as narrowRow's: an edit there may make the row or unmake it).
 */
let lookedAhead = 0;
export const wrappedLookedAhead = (): number => lookedAhead;

/** How many lines a label may be wrapped over. */
const MAX_PIECES = 8;

/**
 * tokens[first..i] are the label's pieces read so far (one, or two joined across a line break) and
 * `m` what they matched, if anything: the row gathered over the next lines, or undefined.
 */
export function wrappedRow(tokens: readonly Token[], first: number, i: number, m: AppLabelMatch | undefined, started: boolean, previous: string | undefined): WrappedRow | undefined {
  lookedAhead = i + 2;
  // A piece of a label in a narrow column is short (the longest label has 37 characters): a longer
  // text — a line of prose, a page's text run together — is no such piece (and costs nothing here).
  if (tokens[i].raw.length > 60) return undefined;
  // (Indexes only until a row is gathered: this runs for every short text of a segment, and most are
  // followed by their figures on their own line and then by the next label, or by nothing of this.)
  let k = i + 1;
  let figures = 0;
  let pieces: number[] | undefined;
  /** The label's lines under its complete figures. */
  let tails: number[] | undefined;
  let last = tokens[i];
  let figuresAfterPiece = false;
  let blanksAfterPiece = false;
  let blanks = 0;
  /** The blank cells since the last piece of the label. */
  let blanksSincePiece = 0;
  // The label goes on in its own cell of the next lines: another cell's words there (a group's cell
  // cut beside the rows', 「│ 果 │ │ 确 │」) are passed over, a few at most.
  const col = last.col;
  let passed = 0;
  for (;;) {
    const e = rowCellsEnd(tokens, k);
    for (let x = k; x < e; x++) {
      if (tokens[x].kind !== 'blank') (figures++, (figuresAfterPiece = true));
      else (blanks++, blanksSincePiece++, (blanksAfterPiece = true));
    }
    k = e;
    const rest = tokens[k];
    if (k + 1 > lookedAhead) lookedAhead = k + 1;
    // (The cheap tests first.)
    if (!rest || rest.kind !== 'text' || rest.line <= last.line || (pieces && pieces.length >= MAX_PIECES)) break;
    if (passed < MAX_PIECES && otherCell(rest, col, last.line) && !namesRow(rest, started, previous)) {
      passed++;
      k++;
      continue;
    }
    // The numbering of the group this row is in, alone on a later line with the row's figures (pdfplumber:
    // 「3.要求提供公开出版」 / 「（五） 0 0 0 0 0 0 0」 / 「物」 / 「不予处」): the group's cell cut beside the label, no row.
    if (passed < MAX_PIECES && groupNumbering(rest, previous)) {
      passed++;
      k++;
      continue;
    }
    if (differ(rest.col, col)) break;
    // Letters typed where a figure goes (「abc」「N/A」) in a row written a cell a line are its invalid
    // cell, no piece of its label. (Elsewhere a line of its own between a row's figures is what a page
    // break left there, 「DRAFT」 or 「Page 3」: passed over as before.)
    if (isLatinFailure(rest.raw) && aLine(tokens, i, k)) break;
    // Two pieces of words in a row, no figure between: not this row's — unless blank cells stand
    // between them, the empty figure cells of a drawn or exported table's wrapped label (「| 1.申请人无正当理由逾期 |  | … |」).
    if (pieces && !figuresAfterPiece && !blanksAfterPiece) break;
    if (!wrapsInto(last, rest) || opensNext(rest, started, previous)) break;
    if (figures >= APP_WIDTH) {
      // Words under the complete figures: the label's last lines, when no figures of their own follow
      // (blank cells beside them are their lines' empty figure cells: 「| 公开 |  |  | … |」).
      for (let t = rest; ; ) {
        const after = rowCellsEnd(tokens, k + 1);
        if (!allBlank(tokens, k + 1, after)) break;
        (tails ??= []).push(k);
        last = t;
        k = after;
        // More than one line under the figures only in a known cell: on a line without cells (a PDF's
        // text) the next words may open the next row, its numbering lost — unless they name this row
        // (「2.申请人逾期未  0 0 …」 / 「按收费通知要求」 / 「缴纳费用、行政」: read again as the row, they made it
        // 「written twice」 with the page's number under them as its figure, found by a review).
        if (col < 0 || t.col !== col) {
          const next = tokens[k];
          if (k + 1 > lookedAhead) lookedAhead = k + 1;
          if (col >= 0 || !next || next.kind !== 'text' || next.line <= last.line || tails.length >= MAX_PIECES || isNumbered(next.norm) || !wrapsInto(last, next)) break;
          const alone = matchAppLabel(next, started, previous);
          // (The row the label read so far names: its first line may hold no key, 「2.申请人逾期未」.)
          if (!alone || alone.isGroup || alone.def !== matchAppLabel(joinedFolds([...tokens.slice(first, i + 1), ...(pieces ?? []).map((x) => tokens[x]), ...tails.map((x) => tokens[x])]), started, previous)?.def) break;
          t = next;
          continue;
        }
        // The next line of the label: past other cells' words and the blank cells beside them.
        let n = k;
        while (n < tokens.length && (tokens[n].kind === 'blank' || (passed < MAX_PIECES && otherCell(tokens[n], col, last.line) && !namesRow(tokens[n], started, previous)))) if (tokens[n++].kind === 'text') passed++;
        const next = tokens[n];
        if (n + 1 > lookedAhead) lookedAhead = n + 1;
        if (!next || next.kind !== 'text' || next.line <= last.line || differ(next.col, col) || tails.length >= MAX_PIECES) break;
        if (!wrapsInto(last, next) || opensNext(next, started, previous)) break;
        k = n;
        t = next;
      }
      break;
    }
    (pieces ??= []).push(k);
    last = rest;
    figuresAfterPiece = false;
    blanksAfterPiece = false;
    blanksSincePiece = 0;
    k++;
  }
  // A row of blank cells in a known cell, its label wrapped over their lines (「│5.要求行政机关确认或重│   │ …」 /
  // 「│   新出具已获取信息   │   │ …」, a page that leaves zeros blank, as w3m draws it).
  // Or, where no cell is known, exactly the row's blank cells after the label's last line, each a line of a no-break space
  // (a PDF's text of a page that leaves zeros blank, pymupdf: 「2.其他法律行政」 / 「法规禁止公开」 / 「 」 × 7 — the row was
  // said to have none of its figures, where every other layout of the page gives it blank: found by a review).
  const blankRow = figures === 0 && (col >= 0 ? blanks >= APP_WIDTH : blanks === APP_WIDTH && blanksSincePiece === APP_WIDTH);
  // A piece with no figure after it is no middle of this row: left to what follows.
  if (pieces && !figuresAfterPiece && !(blankRow && blanksAfterPiece)) k = pieces.pop()!;
  if ((!pieces?.length && !tails) || (figures === 0 && !blankRow) || figures > APP_WIDTH) return undefined;
  const at = [...(pieces ?? []), ...(tails ?? [])];
  const all = at.map((x) => tokens[x]);
  const across = matchAppLabel(joinedFolds([...tokens.slice(first, i + 1), ...all]), started, previous);
  if (!across || across.isGroup || across.start >= all[0].span.start) return undefined;
  // A piece that names a row of its own names this one, or is words of no row.
  for (const p of all) {
    const alone = matchAppLabel(p, started, previous);
    if (alone && alone.def !== across.def) return undefined;
  }
  // What the first line said may be only the start of the label: a group (「（三）不予公开 1.属于」),
  // （六）其他处理 before its item, or 「2.其他」 of 「2.其他法律行政法规禁止公开」 — the next lines then
  // name the row. A whole row's label keeps its own name, and takes words under its figures only
  // when they name it again (「2.申请人逾期未按收费通知要求  0 0 …」 / 「缴纳费用、…」).
  const opener = !m || m.isGroup || m.def.id === 'other' || !!m.def.exact;
  if (!(m?.def === across.def || (opener && across.key.end > all[0].span.start))) return undefined;
  // (In a known cell, beside blank figure cells, the words under the figures are this cell's own: the
  // label's end, 「│ 1.本机关不掌握相关政府 │ 5 │ …」 / 「│ 信息 │  │ …」.)
  const ownCell = col >= 0 && !!tails && tails.every((x) => tokens[x].col === col);
  if (tails && !pieces?.length && !opener && !ownCell && matchAppLabel(joinedFolds(tails.map((x) => tokens[x])), started, previous)?.def !== m!.def) return undefined;
  // The cells: every token gathered that is not a piece of the label.
  const cells: Token[] = [];
  for (let x = i + 1; x < k; x++) if (tokens[x].kind !== 'text') cells.push(tokens[x]);
  return { match: across, pieces: all, cells, end: k };
}

/**
 * Words of another cell than the label's on a line after `line` (a PDF's text, whose cells are not
 * known, has none: no words are passed over there).
 */
const otherCell = (t: Token, col: number, line: number) => t.kind === 'text' && differ(t.col, col) && t.line > line;
const allBlank = (tokens: readonly Token[], from: number, to: number) => {
  for (let x = from; x < to; x++) if (tokens[x].kind !== 'blank') return false;
  return true;
};

/**
 * Words that name a row of their own (「（六）其他处理」「（七）总计」「四、结转下年度继续办理」 in the cell
 * before the label's, a row below; an item's 「2.」 where a table writes a group's cell on its first row
 * only): the table goes on there, they are not a group's words beside it.
 */
function namesRow(t: Token, started: boolean, previous: string | undefined): boolean {
  // (An item's list number opens a row even where its words are cut short: 「2.申请人逾期未按收费通」, 「（2）申请人…」.)
  if (ITEM_NUMBER.test(t.norm)) return true;
  const m = matchAppLabel(t, started, previous);
  return !!m && !m.isGroup;
}
const ITEM_NUMBER = /^(?:\d{1,2}[.、)]|\(\d{1,2}\))/;

/** Whether t is only the numbering of the group that row `previous` is in (「（五）」 after （五）2.重复申请). */
function groupNumbering(t: Token, previous: string | undefined): boolean {
  if (t.kind !== 'text' || !previous || !/^\([一二三四五六七八九十]\)$/.test(t.norm)) return false;
  const group = APP_GROUPS.find((g) => g.id === APP_ROWS.find((r) => r.id === previous)?.group);
  return !!group && norm(group.label).startsWith(t.norm);
}

/** A text that opens what comes next rather than carrying a label on: a numbering, a header word, a group. */
function opensNext(t: Token, started: boolean, previous: string | undefined): boolean {
  return isNumbered(t.norm) || isAppHeaderCell(t.norm) || !!matchAppLabel(t, started, previous)?.isGroup;
}

/** Whether tokens (i, k) stand a line each, from the line after tokens[i]'s. */
function aLine(tokens: readonly Token[], i: number, k: number): boolean {
  for (let x = i + 1; x < k; x++) if (tokens[x].line !== tokens[i].line + (x - i)) return false;
  return true;
}
