/**
 * Reads table 四 (行政复议、行政诉讼): a header that starts with 「行政复议」 and names 「行政诉讼」,
 * then one row of 15 figures. The header's own filler cells are not values: the figures are the
 * cells after the last header word. Seed 003 leaves the five 行政复议 cells blank: the row then has
 * exactly 15 cells and they are read in place. On a page that lost its cell boundaries the header
 * is the end of a run of text and the fifteen figures one run of digits (「…尚未审结总计
 * 100010000000101」), split where the digits allow one reading, else by the three group totals.
 */
import { readRun } from '../glued/readRun';
import type { Token } from '../tokens/token';
import { lineAround, lineEndAt, lineStartAt, prevLineStart } from '../text/lines';
import { fitRow, headerInParagraphs, type FittedRow, lastCellsReach, resetCellsReach, rowCellsEnd, toCell } from './fitRow';
import { walkTables, type StepOut, type Walk, type WalkResume } from './resume/walkTables';
import { isReviewHeader, isReviewWordStart, STATED_UNIT } from './labels';
import { joinedFold, wrapsInto } from './wrapped/wrapped';
import { REVIEW_COLUMNS, REVIEW_WIDTH } from '../../form/schema';
import { outcomeOf, reviewOrder } from './header/reviewColumns';
import { separated } from './rows/separated';
import type { Cell, ReviewTable, Span } from '../../types';

const LOOKAHEAD = 40;
const REVIEW = /[复覆]议/;
/**
 * The characters `norm` makes 议 and 维 (a test checks every BMP character): a token whose raw text
 * holds neither cannot be the header, nor open the outcome columns — it is not normalised to find out.
 */
export const MAY_NAME_REVIEW = /[议議]/;
export const MAY_OPEN_OUTCOMES = /[维維]/;
const W = REVIEW_COLUMNS.length;
/** Each group's total is the sum of its four outcomes. */
const GROUP_RULES = [0, 1, 2].map((g) => ({ parts: [g * W, g * W + 1, g * W + 2, g * W + 3], total: g * W + 4 }));
/** Whether every group's outcomes make its total (a blank as 0). */
const groupsAddUp = (cells: readonly Cell[]) =>
  GROUP_RULES.every((r) => {
    const v = (c: Cell) => (c.kind === 'blank' ? 0 : c.value);
    const parts = r.parts.map((p) => v(cells[p]));
    const total = v(cells[r.total]);
    return total !== undefined && parts.every((p) => p !== undefined) && parts.reduce((a, b) => a! + b!, 0) === total;
  });

/**
 * Where in a folded text the review header starts, if the text is one or ends with one. Glued
 * after other text it must be unmistakable: both 行政复议 and 行政诉讼 and the outcome columns.
 */
function headerStart(s: string): number {
  for (let i = s.indexOf('行政'); i >= 0; i = s.indexOf('行政', i + 1)) {
    const h = s.slice(i);
    if (!/^行政(?:法)?[复覆]议/.test(h) || !isReviewHeader(h)) continue;
    if (i === 0 || (h.includes('行政诉讼') && h.includes('结果维持'))) return i;
  }
  // Its groups' row lost to the line before — the section's heading, which a page's text ran it on after (「四、…情况行政
  // 复议 行政诉讼」 / 「未经复议直接起诉 复议后起诉结果维持…」, pdf.js giving a page a line): the rest, whole — the lawsuits' two
  // groups and the outcome columns (the table was said to have no figures: found by a review).
  const i = s.search(/未经[复覆]议直接起诉/);
  if (i >= 0) {
    const h = s.slice(i);
    if (/[复覆]议后起诉/.test(h) && h.includes('结果维持') && isReviewHeader(h)) return i;
  }
  return -1;
}

/**
 * Whether a segment whose fold is `folded` may hold the header at all. Exact: the header is found in a
 * token's fold or two tokens' folds joined (headerStart), each a part of the segment's, and holds 复议;
 * or it is the outcome columns alone, from a token whose words start 结果维持 (its fold holds 维 and 持,
 * whatever marks `norm` drops between them).
 */
export function mayHoldReview(folded: string): boolean {
  return ((folded.includes('复') || folded.includes('覆')) && folded.includes('议')) || (folded.includes('维') && folded.includes('持'));
}

/** Table 四 in a segment's tokens; given the reading before an edit, read again around the edit only (walkTables.ts). */
export function readReview(tokens: Token[], text: string, resume?: WalkResume<ReviewTable>, keepMarks = true): Walk<ReviewTable> {
  return walkTables(tokens, (i, out) => reviewAt(tokens, text, i, out), resume, keepMarks, LOOK_BACK);
}

/**
 * How many tokens before its own a step reads at most: the eight before the header whose words may name its columns, and the line
 * above a table in parts' header (withLineAbove: only where it lies within these). An edit there reads the step again (walkTables.ts).
 */
const LOOK_BACK = 24;

/** The step at token i: table 四 if its header starts there. */
function reviewAt(tokens: Token[], text: string, i: number, out: StepOut<ReviewTable>): void {
  const t = tokens[i];
  if (t.kind !== 'text') return;
  // (What the step reads at most when it reads no table: the next token, the lookahead for the
  // lawsuit columns, the outcome columns.)
  out.reach = i + Math.max(LOOKAHEAD + 2, 3 * W + 16);
  // 「行政」 / 「复议」: the header's first word wrapped in its cell.
  let first = i;
  // (The token's fold is made only for a token that may be the header: most are not.)
  let f: ReturnType<Token['fold']> | undefined;
  let h = -1;
  // (覆议: 复议 as Hong Kong and Taiwan write it, and converters that go character by character.)
  const next = tokens[i + 1];
  const named = MAY_NAME_REVIEW.test(t.raw);
  if (named && REVIEW.test(t.norm)) h = headerStart((f = t.fold()).s);
  else if ((named || (!!next && next.kind === 'text' && MAY_NAME_REVIEW.test(next.raw))) && wrapsInto(t, next) && REVIEW.test(t.norm + next.norm)) {
    const joined = joinedFold(t, next);
    h = headerStart(joined.fold().s);
    if (h >= 0) {
      f = joined.fold();
      first = i + 1;
    }
  }
  // Only the outcome columns (「结果维持 | 结果纠正 | … | 总计」 three times): the groups' own header
  // row left out, as a Word table flattened to its last header row gives it.
  let outcomes = false;
  if (h < 0 && MAY_OPEN_OUTCOMES.test(t.raw) && t.norm.startsWith('结果维持') && outcomeColumns(tokens, i)) {
    f = t.fold();
    h = 0;
    outcomes = true;
  }
  if (h < 0 || !f) return;
  // (The lawsuit columns name themselves too: 「未经复议直接起诉结果维持」「复议后起诉总计」.)
  let namesSuit = outcomes || /诉讼|直接起诉|[复覆]议后起诉/.test(f.s.slice(h));
  for (let k = first + 1; k < Math.min(tokens.length, first + LOOKAHEAD) && !namesSuit; k++) {
    const x = tokens[k];
    if (x.kind !== 'text') continue;
    const words = wrapsInto(x, tokens[k + 1]) ? x.norm + tokens[k + 1].norm : x.norm;
    if (/行政诉讼|直接起诉|[复覆]议后起诉/.test(words) && words.length <= 24) namesSuit = true;
  }
  if (!namesSuit) return;
  // A sentence, not a header: its words run straight on into a count (「行政复议2件，行政诉讼1件。」「行政复议维持1件、…」,
  // a figure glued to its unit) — each was a table 四 of one figure (found by a review).
  if (countFollows(tokens, first)) return;
  // Turned on its side (a narrow page's Word table): the three groups across, a row an outcome; or a row a figure.
  sideRead = first;
  const side = onItsSide(tokens, first) ?? aRowEach(tokens, first);
  // (What they read, found or not: a list's blank cells have no bound — read past the step's reach, an entry typed right far
  // below was never read again, found by a hunt of edits.)
  out.reach = Math.max(out.reach, sideRead + 1);
  if (side) {
    out.reach = Math.max(out.reach, side.next + 1);
    const cells = side.cells.map(toCell);
    const header = { start: f.at(h), end: tokens[side.headerEnd].span.end };
    const end = Math.max(header.end, ...cells.map((c) => (c.kind === 'missing' ? -1 : c.span.end)));
    out.table = { kind: 'review', span: { start: header.start, end }, header, cells, found: values(side.cells) };
    out.next = side.next;
    return;
  }
  const words = headerWords(tokens, first);
  const j = words.j;
  // A label opening the row on a line of its own under the header (「数量」「件数」「本年度」: a Word table's
  // first column) is the row's name, not the end of the table: its fifteen cells follow it (found by a review).
  const lastHeader = rowLabelAfter(tokens, words.lastHeader) ?? words.lastHeader;
  const cells: Token[] = [];
  resetCellsReach();
  let k = rowCellsEnd(tokens, lastHeader + 1);
  out.reach = Math.max(out.reach, j + 2, lastHeader + 2, lastCellsReach());
  for (let x = lastHeader + 1; x < k; x++) cells.push(tokens[x]);
  // A cell-a-line table's filler line (「|||||」, pipes alone: its merged header cells) between the header and the first
  // figure is no blank cell: with a figure short, it made fourteen read as fifteen, each one column on and the sums
  // holding (found by a review); a row's blank cell on such a layout is a line of its own, 「 |」.
  while (cells.length && cells[0].kind === 'blank' && fillerLine(text, cells[0].span.start) && cellALine(text, cells.find((c) => c.kind === 'value'))) cells.shift();
  // A row whole on a line of its own — fifteen cells, a figure among them — is the row, when all else is
  // blank cells: a header row padded to the table's width (「| 总计 |  |  |  |  |  |」, a page whose merged
  // header cells lost their spans) would otherwise lend its blanks to 行政复议 and push every figure five columns on.
  const line = wholeLine(cells);
  if (line) cells.splice(0, cells.length, ...line);
  else {
    // Blank cells that close the header's own line (「… | 总计 | |||||」), before figures that all stand on
    // later lines, pad the header row: no cell of the row. Taken as cells, they made a row of fourteen
    // figures read as fifteen, each one column on, with nothing said (found by a review).
    const headerLine = tokens[lastHeader].line;
    let below = 0;
    let padding = 0;
    for (const c of cells) {
      if (c.line > headerLine) below++;
      else if (c.kind === 'blank') padding++;
      else padding = -Infinity;
    }
    // (Unless they make the row whole: fifteen with the cells below — a page whose first group's blank cells
    // end the header's line, seed 003's five 行政复议 cells so: a group's, five. One blank closing a drawn header's last
    // line, 「… 结 │      │」 over fourteen figures, is the header's total column, not 结果维持 of a row that lost a cell —
    // read so, every figure a column on, certain, and nothing said: found by a review that deleted each cell.)
    if (padding > 0 && below > 0 && (below + padding !== REVIEW_WIDTH || padding % W !== 0) && cells.some((c) => c.kind === 'value')) cells.splice(0, padding);
  }
  // The table in parts, one above the other (a page too narrow for fifteen columns): 行政复议's five
  // figures under its own header, then the lawsuits' header and their ten figures (or five and five);
  // or a row a group, each after its name (「行政复议 | 1 | 0 | 0 | 0 | 1」「行政诉讼（复议后起诉）| …」).
  // Each part holds its cells from its first figure to its last, blank cells between them included
  // (「| 行政复议 | 0 |  | 0 | 0 | 0 |」); a blank cell or two more on their lines is its name's merged
  // column (blank cells on lines of their own, 「|||」 between a cell a line, are none of its cells).
  const partCells = (xs: readonly Token[]): readonly Token[] | undefined => {
    let first = -1;
    let last = -1;
    xs.forEach((x, n) => {
      if (x.kind !== 'value') return;
      if (first < 0) first = n;
      last = n;
    });
    // A group with no figure at all (a page that leaves zeros blank): as many blank cells on one line as it has columns.
    if (first < 0) return xs.length === W && xs.every((x) => x.kind === 'blank' && x.line === xs[0].line) ? xs : undefined;
    const own = xs.slice(first, last + 1);
    if ((own.length !== W && own.length !== 2 * W) || own.some((x) => x.kind === 'text')) return undefined;
    const lines = new Set(own.map((x) => x.line));
    let spare = 0;
    xs.forEach((x, n) => (x.kind === 'blank' && lines.has(x.line) && (n < first || n > last) ? spare++ : 0));
    return spare <= 2 ? own : undefined;
  };
  const part = (xs: readonly Token[]) => partCells(xs)?.length ?? 0;
  // (Taken only when the parts make the fifteen: otherwise the first part is the row, and table-shape
  // says so. Each part goes where its name puts it — 复议后起诉 before 未经复议直接起诉 is read as named —
  // and a group named twice, or a part whose name says neither, where none is left, is no table in parts.)
  const first0 = part(cells);
  const slots: (Token[] | undefined)[] = [undefined, undefined, undefined];
  const put = (groups: number[], xs: readonly Token[]) => {
    const vs = partCells(xs)!;
    if (groups.some((g) => slots[g])) return false;
    groups.forEach((g, n) => (slots[g] = vs.slice(n * W, n * W + W)));
    return true;
  };
  if (first0) put(first0 === W ? [0] : [0, 1], cells);
  for (let n = first0, end = k; n && n < REVIEW_WIDTH; ) {
    const next = headerWords(tokens, end - 1);
    const names = tokens.slice(end, next.lastHeader + 1).filter((x) => x.kind === 'text').map((x) => x.norm).join('');
    if (!/诉讼|起诉/.test(names)) break;
    const e = rowCellsEnd(tokens, next.lastHeader + 1);
    out.reach = Math.max(out.reach, next.j + 2, lastCellsReach());
    const more = tokens.slice(next.lastHeader + 1, e);
    const m = part(more);
    if (!m || n + m > REVIEW_WIDTH) break;
    const groups = suitGroups(names, m, slots);
    if (!groups || !put(groups, more)) break;
    end = e;
    n += m;
    if (n === REVIEW_WIDTH) {
      // (The header stays the first part's: the table's span runs on to its last figure.)
      cells.splice(0, cells.length, ...slots.flatMap((x) => x!));
      k = e;
    }
  }
  const header = { start: f.at(h), end: tokens[lastHeader].span.end };
  // A header that names no outcome and no lawsuit group, after a column of something else on its line (「| 年度 |
  // 行政复议 | 行政诉讼 |」, a comparison of years under table 四), heads a table 四 only with its fifteen figures;
  // else it is some other table, not one of table 四's rows read short (found by a review).
  // (The outcomes may head the rows from the line above: 「|  | 结果维持 | … |」 / 「| 行政复议 | 1 | … |」.)
  const columnsNamed = OUTCOME_OR_GROUP.test(f.s.slice(h) + tokens.slice(Math.max(0, first - 8), lastHeader + 1).map((x) => (x.kind === 'text' && x !== t ? x.norm : '')).join(''));
  if (!columnsNamed && !outcomes && cells.length !== REVIEW_WIDTH && otherColumnBefore(tokens, i)) return;
  // Nor does a list of counts, a figure beside each name (「| 行政复议 | 1 |」 / 「| 行政诉讼 | 0 |」: a summary in 总体情况
  // or above table 四): one or two figures, the first right after 行政复议, before 行政诉讼 — it was table 四 read short, a
  // table-shape error, found by a review. (A group's row of a table in parts has its five.)
  if (!columnsNamed && !outcomes && cells.length !== REVIEW_WIDTH && values(cells) <= 2 && !/诉讼/.test(f.s.slice(h)) && figureBeside(tokens, first)) return;
  // (Parts that made the fifteen are its cells as they stand, a group left wholly blank included: not
  // cells to fit, which would take that group's blanks on a line of their own for filler.)
  const whole = cells.length === REVIEW_WIDTH && slots.every((x) => x) && values(cells) > 0;
  const fit = (after: Span, next: number) => fitRow(cells, REVIEW_WIDTH, after, text, tokens[lastHeader].line, next, undefined, false, groupsAddUp, () => headerInParagraphs(text, header), false);
  let fitted: FittedRow = whole ? { cells: cells.map(toCell), found: values(cells) } : fit(header, tokens[k]?.span.start ?? text.length);
  // (Figures a line each under a header of blocks: the empty lines around them are the blocks' ends, not cells.)
  const block = whole ? undefined : figureBlock(text, header, cells);
  if (block) fitted = fit(block.after, block.next);
  const table: ReviewTable = { kind: 'review', span: { start: header.start, end: header.end }, header, cells: fitted.cells, found: fitted.found };
  // Columns in the header's own order (行政诉讼 first, 总计 first …), when a header written as a grid says so
  // for certain: the cells put in the form's (not a table in parts, which its names placed, nor glued figures).
  // (Not a row of no figure: a table that cannot be read is not said to be read in any order.)
  // (Or, a header that is no grid, by its names' sequence; a table in parts, its parts each in the order of the outcomes
  // over them.)
  const parts = slots.some((x) => x);
  const order = !fitted.run && fitted.found > 0 ? reviewOrder(text, parts && lineAboveWithin(tokens, first) ? withLineAbove(text, header) : header, parts) : undefined;
  if (order) {
    table.cells = order.map((_, k) => fitted.cells[order.indexOf(k)]);
    table.columns = order;
  }
  if (fitted.run) {
    const glued = readRun(text, fitted.run, REVIEW_WIDTH, GROUP_RULES, 'review');
    table.cells = glued.cells;
    table.rowGlue = glued.glue;
    table.glue = {
      inferred: glued.cells.filter((c) => c.inferred).length,
      unknown: glued.cells.filter((c) => c.kind === 'unknown').length,
      rules: glued.glue.how === 'review' ? ['review-total'] : [],
    };
  }
  // (The furthest cell, not the last: cells put in the form's order are not in the text's.)
  let last = table.rowGlue ? table.rowGlue.run.end : -1;
  if (!table.rowGlue) for (const c of table.cells) if (c.kind !== 'missing' && c.span.end > last) last = c.span.end;
  if (last >= 0) table.span.end = Math.max(last, header.end);
  // Two groups' outcome columns side by side, a header line given twice over (pdftotext's default text of LibreOffice's PDF:
  // 「结果 结果 其他 尚未」 / 「结果 结果 其他 尚未」): their figures come out one of each group in turn — read one group after
  // the other, both lawsuits' totals were said wrong (found by a review of printed pages' text). Which figure is whose
  // cannot be told — unless the figures read one group after the other make every group's total and read in turn would not
  // (or read the same): the table is unsure, and table-shape says why.
  if (table.found === REVIEW_WIDTH && !table.columns && !table.rowGlue && headerLineTwice(text, table.span) && !oneAfterTheOther(table.cells)) table.unsure = true;
  // Figures a line, some lines holding two (pdftotext without -layout of a browser's PDF: 「1」「14」「35 0」「0」…「19」「1」「0」 for
  // 1 14 19 1 35 …: cells at other heights come out of order), and the groups' totals do not hold: read in the text's order,
  // two review totals were said wrong (found by the review's generated texts with known figures). Which figure is whose
  // cannot be told: the table is unsure, and table-shape says why.
  // (Not where a separator parts the cells, 「0 | 0 |」: a page's cells a line, written in their order.)
  // (Or each figure on a line of its own, where moving one figure elsewhere in the row makes every group add up: 「…0 26 2 51 23」
  // for 23 0 26 2 51 — cut off, the figure came last. A typo's total is seldom mended so.)
  else if (table.found === REVIEW_WIDTH && !table.columns && !table.rowGlue && !groupsAddUp(table.cells) && !separated(text, table.cells)) {
    const lines = figureLines(text, table.cells);
    if (lines === 'mixed' || (lines === 'single' && oneMoveAddsUp(table.cells))) {
      table.unsure = true;
      table.linesOrder = lines;
    }
  }
  out.table = table;
  out.next = Math.max(k, i + 1);
}

/**
 * How the figures stand on their lines: 'mixed' — a figure a line on three lines or more, and two or more on one line or
 * more (no table writes its row so; a PDF's text that gives cells at other heights in another order does); 'single' — each
 * on a line of its own.
 */
function figureLines(text: string, cells: readonly Cell[]): 'mixed' | 'single' | undefined {
  const perLine = new Map<number, number>();
  for (const c of cells) {
    if (c.kind === 'missing') continue;
    const ls = lineStartAt(text, c.span.start);
    perLine.set(ls, (perLine.get(ls) ?? 0) + 1);
  }
  let ones = 0;
  let more = 0;
  for (const n of perLine.values()) {
    if (n === 1) ones++;
    else more++;
  }
  if (ones >= 3 && more >= 1) return 'mixed';
  return more === 0 && ones >= 3 ? 'single' : undefined;
}

/** Whether taking one figure out of the row and putting it in at another place makes every group add up. */
function oneMoveAddsUp(cells: readonly Cell[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const rest = [...cells.slice(0, i), ...cells.slice(i + 1)];
    for (let j = 0; j < cells.length; j++) {
      // (Put back where it was, the row is as read.)
      if (j === i) continue;
      if (groupsAddUp([...rest.slice(0, j), cells[i], ...rest.slice(j)])) return true;
    }
  }
  return false;
}

/** Whether the lawsuits' ten figures read one group after the other are the reading: their totals hold, and read in turn they would not, or would be the same figures. */
function oneAfterTheOther(cells: readonly Cell[]): boolean {
  if (!groupsAddUp(cells)) return false;
  const turn = [...cells.slice(0, W), ...[0, 2, 4, 6, 8].map((n) => cells[W + n]), ...[1, 3, 5, 7, 9].map((n) => cells[W + n])];
  const value = (c: Cell) => (c.kind === 'number' ? c.value : c.kind);
  return !groupsAddUp(turn) || turn.every((c, n) => value(c) === value(cells[n]));
}

const OUTCOME_LINE = /^[结結果其他它尚未维維持纠糾正审審总總计計合小 \t\u3000]+$/;
/** Whether a line of the outcomes' words, two or more cells of them, stands twice in a row in text[span]. */
function headerLineTwice(text: string, span: Span): boolean {
  let previous = '';
  for (const raw of text.slice(span.start, span.end).split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line === previous && /[ \t\u3000]/.test(line) && line.replace(/[ \t\u3000]/g, '').length >= 4 && OUTCOME_LINE.test(line)) return true;
    previous = line;
  }
  return false;
}

/**
 * The header words after tokens[from]: the last of them, and the first token that is none (blank
 * cells between them passed over). A header word may be cut in two (「未经复议」 / 「直接起诉」): the
 * first part waits for the rest.
 */
/** A note opening its line: 「注：」「备注:」「（注）：」「說明：」. */
const NOTE = /^[\s\u3000]*[（(]?(?:注|註|备注|備註|说明|說明)[）)]?[\s\u3000]*[:：]/;
function headerWords(tokens: Token[], from: number): { lastHeader: number; j: number } {
  let lastHeader = from;
  let j = from + 1;
  let pending = '';
  for (; j < tokens.length; j++) {
    const x = tokens[j];
    if (x.kind === 'blank') continue;
    if (x.kind === 'text') {
      // A note on a line of its own (「注：行政复议、行政诉讼数量含上年度结转数量。」), which a PDF's text puts under the
      // header, before the figures: passed over, its line whole (the table was 「表头后没有数字」: found by a review).
      if (NOTE.test(x.raw) && (j === 0 || tokens[j - 1].line < x.line)) {
        while (j + 1 < tokens.length && tokens[j + 1].line === x.line) j++;
        lastHeader = j;
        continue;
      }
      if (isReviewHeader(pending + x.norm)) {
        lastHeader = j;
        pending = '';
        continue;
      }
      if (!pending && isReviewWordStart(x.norm)) {
        pending = x.norm;
        continue;
      }
    }
    break;
  }
  return { lastHeader, j };
}

/**
 * The token of a short name opening the row after the header's last word (tokens[last]): the first word
 * of a later line, no figure in it, and after it on its line only the row's fifteen cells (blank ones
 * too), a figure among them. Undefined where there is none.
 */
function rowLabelAfter(tokens: Token[], last: number): number | undefined {
  let n = last + 1;
  while (n < tokens.length && tokens[n].kind === 'blank' && tokens[n].line === tokens[last].line) n++;
  const t = tokens[n];
  if (!t || t.kind !== 'text' || t.line <= tokens[last].line || t.raw.trim().length > 8 || /[0-9０-９]/.test(t.raw)) return undefined;
  if (n > 0 && tokens[n - 1].line === t.line && tokens[n - 1].kind !== 'blank') return undefined;
  let figures = 0;
  let count = 0;
  for (let x = n + 1; x < tokens.length && tokens[x].line === t.line; x++) {
    if (tokens[x].kind === 'text') return undefined;
    if (tokens[x].kind === 'value') figures++;
    count++;
  }
  return count === REVIEW_WIDTH && figures > 0 ? n : undefined;
}

/**
 * Which lawsuit groups (1: 未经复议直接起诉, 2: 复议后起诉) a part of table 四 holds, by the names over it:
 * a part of five names one of them (or only 行政诉讼: the one left), a part of ten both, in the order named.
 */
function suitGroups(names: string, m: number, slots: readonly unknown[]): number[] | undefined {
  const direct = names.search(/直接起诉/);
  const after = names.search(/[复覆]议后起诉/);
  if (m === 2 * W) return after >= 0 && direct >= 0 && after < direct ? [2, 1] : [1, 2];
  if (direct >= 0 && after >= 0) return undefined;
  if (direct >= 0) return [1];
  if (after >= 0) return [2];
  const free = [1, 2].find((g) => !slots[g]);
  return free === undefined ? undefined : [free];
}

/** Whether words that are no header of table 四 stand before tokens[i] on its line (「年度」). */
function otherColumnBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && tokens[k].line === tokens[i].line; k--) if (tokens[k].kind === 'text' && !isReviewHeader(tokens[k].norm)) return true;
  return false;
}

/** Whether the first token after tokens[at] that is not a blank cell is a figure (on its line, or the next: a cell a line). */
function figureBeside(tokens: Token[], at: number): boolean {
  for (let k = at + 1; k < tokens.length && tokens[k].line <= tokens[at].line + 1; k++) {
    if (tokens[k].kind === 'blank') continue;
    return tokens[k].kind === 'value';
  }
  return false;
}

/** An outcome's or a lawsuit group's name: what table 四's header says beside 行政复议 and 行政诉讼. */
const OUTCOME_OR_GROUP = /结果|维持|纠正|审结|总计|合计|起诉/;

/** Whether a figure glued to a count's unit (「2件」) follows the header word tokens[at] (blank cells passed over). */
function countFollows(tokens: Token[], at: number): boolean {
  const figure = tokens[at + 1];
  const unit = tokens[at + 2];
  return figure?.kind === 'value' && unit?.kind === 'text' && unit.span.start === figure.span.end && figure.line === tokens[at].line && STATED_UNIT.test(unit.raw);
}

/** An outcome's column as a row of the table on its side, or a list's row, names it (folded words; 小计 for 总计 too). */
const outcomeRow = (w: string): number | undefined => (w === '小计' ? W - 1 : outcomeOf(w));
/** Which group a name of table 四's (folded words) is: 0 行政复议, 1 未经复议直接起诉, 2 复议后起诉; -1 none of them. */
const groupOf = (w: string): number => (/直接起诉/.test(w) ? 1 : /[复覆]议后起诉/.test(w) ? 2 : /^行政法?[复覆]议$/.test(w) ? 0 : -1);

/**
 * Table 四 on its side, from its header's first token: the groups' names across (行政复议, 行政诉讼（未经复议
 * 直接起诉）, 行政诉讼（复议后起诉）, in any order; 「行政诉讼」 over the two lawsuit groups on a line of its own
 * passed over), then five rows, each an outcome's name opening its line and its three cells, a group's
 * each. Its fifteen cells in the form's order, or undefined where the text is not exactly that: a page
 * that turned the table read as one row of three figures, table-shape's 「只读到 3 个」 (found by a review).
 */
/** The last token onItsSide and aRowEach read (one past, at most), whether they found a table or not: the step's reach. */
let sideRead = 0;
function onItsSide(tokens: Token[], first: number): { cells: Token[]; headerEnd: number; next: number } | undefined {
  const groups: number[] = [];
  let k = first;
  let headerEnd = first;
  for (; k < tokens.length && k < first + 12; k++) {
    sideRead = Math.max(sideRead, k);
    const x = tokens[k];
    if (x.kind === 'blank') continue;
    if (x.kind !== 'text') return undefined;
    const w = x.norm;
    if (outcomeRow(w) !== undefined) break;
    const group = groupOf(w);
    if (group >= 0) groups.push(group);
    else if (w !== '行政诉讼') return undefined;
    headerEnd = k;
  }
  if (groups.length !== 3 || new Set(groups).size !== 3) return undefined;
  const cells: Token[] = new Array(REVIEW_WIDTH);
  const seen = new Set<number>();
  let line = tokens[headerEnd].line;
  for (let row = 0; row < W; row++) {
    const name = tokens[k];
    sideRead = Math.max(sideRead, k);
    const outcome = name?.kind === 'text' ? outcomeRow(name.norm) : undefined;
    if (outcome === undefined || seen.has(outcome) || name.line <= line) return undefined;
    seen.add(outcome);
    line = name.line;
    // Its cells up to the next row's name: on its line, or one a line (a page that puts each cell on a line of
    // its own); blank cells past the three close the row (a table wider than its figures, a filler line 「|||」).
    const own: Token[] = [];
    const from = k + 1;
    for (k++; k < tokens.length && tokens[k].kind !== 'text' && own.length <= 8; k++) own.push(tokens[k]);
    sideRead = Math.max(sideRead, k);
    while (own.length > 3 && own[own.length - 1].kind === 'blank') own.pop();
    // (After the last row, figures on lines of their own below its three are none of its: a page's number.)
    if (row === W - 1 && own.length > 3 && own.slice(3).every((x, n) => x.line > own[2].line && x.line !== own[n + 2].line)) {
      own.length = 3;
      k = from + 3;
    }
    if (own.length !== 3) return undefined;
    own.forEach((c, n) => (cells[groups[n] * W + outcome] = c));
  }
  return values(cells) > 0 ? { cells, headerEnd, next: k } : undefined;
}

/** The outcome a name ends with (folded words): 「行政复议结果维持」「…（复议后起诉）总计」. */
const OUTCOME_WORDS = '结果维持|结果纠正|其他结果|尚未审结|总计|合计';
const OUTCOME_END = new RegExp(`(${OUTCOME_WORDS})$`);
/** An outcome's name and nothing else: the cell after a group's own. */
const OUTCOME_WHOLE = new RegExp(`^(?:${OUTCOME_WORDS})$`);

/**
 * Table 四 as a list, a row a figure, from its first row's name: each name a group's and an outcome's
 * (「行政复议结果维持 | 2」「行政诉讼（未经复议直接起诉）总计 | 2」), its one cell after it on its line (or on the
 * next, a cell a line); the fifteen each once, in any order. Undefined where the text is not exactly that:
 * such a list was five tables of one figure, each 「只读到 1 个」 (found by a review).
 */
function aRowEach(tokens: Token[], first: number): { cells: Token[]; headerEnd: number; next: number } | undefined {
  const cells: Token[] = new Array(REVIEW_WIDTH);
  let k = first;
  /** The group named last: an outcome alone in its row (「|  | 结果纠正 | 0 |」) is under the group's cell merged down its rows. */
  let named = -1;
  for (let n = 0; n < REVIEW_WIDTH; n++) {
    sideRead = Math.max(sideRead, k + 2);
    let name = tokens[k];
    if (name?.kind !== 'text') return undefined;
    // The group's name in a cell of its own before the outcome's, on its line or the line before — a cell a line —
    // (「| 行政复议 | 结果维持 | 0 |」: a narrow Word page's table in three columns, the group's cell merged down its five
    // rows — found by a review of Word files).
    const after = tokens[k + 1];
    if (!OUTCOME_END.test(name.norm) && after?.kind === 'text' && after.line - name.line <= 1 && groupOf(name.norm) >= 0 && OUTCOME_WHOLE.test(after.norm)) {
      named = groupOf(name.norm);
      name = tokens[++k];
    }
    const w = name.norm;
    const o = OUTCOME_END.exec(w);
    if (!o) return undefined;
    const groupWords = w.slice(0, w.length - o[1].length);
    const group = groupWords ? groupOf(groupWords) : named;
    if (groupWords) named = group;
    const column = group * W + (outcomeRow(o[1]) ?? -1);
    if (group < 0 || cells[column]) return undefined;
    const cell = tokens[k + 1];
    if (!cell || cell.kind === 'text') return undefined;
    cells[column] = cell;
    // (Blank cells after its one, on its line or lines of their own — a table's filler 「|||」 — are none of the list's.)
    for (k += 2; k < tokens.length && tokens[k].kind === 'blank'; k++);
    sideRead = Math.max(sideRead, k);
  }
  return values(cells) > 0 ? { cells, headerEnd: first, next: k } : undefined;
}

/**
 * Figures a line each on lines next to each other, under a header of blocks — its cells apart by empty lines, a cell's
 * words over two lines maybe (mutool's text of a PDF: 「结果维」 / 「持」 / 「」 / 「结果纠」 / 「正」 / 「」 …): the empty line
 * before them and the one after are the blocks' ends, as after each of the header's cells, no blank cells. mutool drops
 * blank cells: fourteen figures were read as fifteen, 结果维持 or the last 总计 blank and every figure after it a column
 * off, with false review-totals said (found by a review). Where the row is read from, and to; undefined where not so.
 */
function figureBlock(text: string, header: Span, cells: readonly Token[]): { after: Span; next: number } | undefined {
  const figures = cells.filter((c) => c.kind === 'value');
  if (figures.length < 2 || figures.some((c, n) => n > 0 && c.line !== figures[n - 1].line + 1)) return undefined;
  const first = lineStartAt(text, figures[0].span.start);
  const last = lineEndAt(text, figures[figures.length - 1].span.end);
  // Nothing but the header's line end and one empty line before the first figure's line.
  const between = text.slice(header.end, first);
  if (!/^[ \u3000]*\r?\n\r?\n$/.test(between)) return undefined;
  // (Blocks: the header's words parted by empty lines again and again, as the cells they are — runs of empty lines counted
  // once: LibreOffice's text of a Word table writes its merged header cells as a run of them, 「总计」 / 「」×5 / 「结果维持」,
  // and its blank 结果维持 after the header is a cell — read as a block's end, a review saw the table said short.)
  const blocks = text.slice(header.start, header.end).match(BLOCK_END)?.length ?? 0;
  if (blocks < BLOCKS) return undefined;
  // (Read from the empty line's end: cellLines starts on the line after.)
  return { after: { start: header.start, end: lineEndAt(text, prevLineStart(text, first)) }, next: last };
}
/** Empty lines a header of blocks has among its words at least (runs of them counted once). */
const BLOCKS = 4;
/** Words, then a run of empty lines. */
const BLOCK_END = /\S[^\S\r\n]*(?:\r?\n){2,}/g;

/** Whether the line at `at` is pipes alone, two or more and nothing else (not a space between: 「|  |」 is blank cells). */
function fillerLine(text: string, at: number): boolean {
  return /^\|{2,}$/.test(lineAround(text, at));
}
/** Whether a figure stands alone on its line (with its closing pipe): a cell-a-line layout's. */
function cellALine(text: string, t: Token | undefined): boolean {
  if (!t) return false;
  return /^[\s|]*$/.test(text.slice(lineStartAt(text, t.span.start), t.span.start)) && /^[\s|]*$/.test(text.slice(t.span.end, lineEndAt(text, t.span.end)));
}

/**
 * A table in parts' header with the line of cells right above it: its first part's header is the group's name on its row
 * (「行政复议 | 3 | 1 | …」), the outcomes over the three rows a line above (「类别 | 结果维持 | 结果纠正 | …」).
 */
// (Only where the line above lies within 16 tokens of the header's first — the step, at it or at the token before, so reads no
// further back than LOOK_BACK: read from further back, an edit to it was not read again — found by a hunt of edits.)
function lineAboveWithin(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 16];
  return !before || before.line < tokens[first].line - 1;
}
function withLineAbove(text: string, header: Span): Span {
  const start = lineStartAt(text, header.start);
  if (start === 0) return header;
  const above = prevLineStart(text, start);
  return /[|｜\t]/.test(text.slice(above, lineEndAt(text, above))) ? { start: above, end: header.end } : header;
}

/** Whether the header words from tokens[i] on name the outcome columns of all three groups (结果维持 three times). */
function outcomeColumns(tokens: Token[], i: number): boolean {
  let n = 0;
  for (let k = i; k < tokens.length && k < i + 3 * W + 15; k++) {
    const x = tokens[k];
    if (x.kind === 'blank') continue;
    if (x.kind !== 'text' || !isReviewHeader(x.norm)) break;
    n += x.norm.split('结果维持').length - 1;
  }
  return n >= 3;
}

/** The cells of the one line among `cells` that holds exactly a row (and a figure), when every other cell is blank. */
function wholeLine(cells: readonly Token[]): Token[] | undefined {
  let line: Token[] | undefined;
  for (const c of cells) if (c.kind === 'value' && (line ??= cells.filter((x) => x.line === c.line)) && c.line !== line[0].line) return undefined;
  if (!line || line.length !== REVIEW_WIDTH || line.length === cells.length || line.some((x) => x.kind === 'text')) return undefined;
  return cells.every((c) => c.line === line![0].line || c.kind === 'blank') ? line : undefined;
}

const values = (cells: readonly Token[]) => cells.reduce((n, c) => n + (c.kind === 'value' ? 1 : 0), 0);
