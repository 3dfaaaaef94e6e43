/**
 * Reads table 三 (收到和处理政府信息公开申请情况) from a token stream: every known row label,
 * then the cells that follow it up to the next text. Works the same on every layout because it
 * never relies on line structure: a label may end a longer run of text (the header or a group
 * label glued before it), and a row's figures may arrive glued into one run of digits, which is
 * split by the row's total and, where that leaves several readings, by the table's column rules.
 * A second occurrence of a row already read starts a new table (scraped pages repeat tables).
 */
import { readRun, readingCells, runWords, type GluedRow } from '../glued/readRun';
import { resolveColumns } from '../glued/resolveColumns';
import { LIST_NUMBER } from '../tokens/scan/listNumbers';
import { Token } from '../tokens/token';
import { aCellALine, adjacentLines, cellLines, fitRow, headerInParagraphs, lastCellsReach, missingCell, outOfShape, placeRows, resetCellsReach, rowEndsAt, toCell } from './fitRow';
import { movedMark, movedTable, restore, settleBacks, snapshot, type AppMark, type AppResume, type Draft } from './resume/appMarks';
import { markSpacing, takeUp } from './resume/walkTables';
import { appHeaderStart, isAppHeader, isAppHeaderCell, isNumbered, labelsRunOn, matchAppLabel, mayJoinToLabel, STATED_UNIT as UNIT, type AppLabelMatch } from './labels';
import { differ, isContinuation, joinedFold, wrapsInto } from './wrapped/wrapped';
import { wrappedRow } from './wrapped/wrappedRow';
import { narrowRow } from './wrapped/narrowRow';
import { restsBeside } from './wrapped/wrappedFigures';
import { UNITS } from './readStatistics';
import { addsUp, lostBlanks, wordsOf } from './lostBlanks';
import { headerOrder } from './header/applicationColumns';
import { lostSeparators } from './rows/lostSeparator';
import { extraRows } from './rows/extraRows';
import { norm } from '../text/normalize';
import { CHAR_CLASS, DIGIT } from '../text/charClass';
import { isChineseFigure, isLatinFailure } from './failedFigure';
import { APP_ROWS, APP_TOTAL_COL, APP_WIDTH } from '../../form/schema';
import type { ApplicationsTable, Cell, RowGlue, Span, TableGlue, TableRow } from '../../types';

/** Rows that have no items under them (「（一）予以公开」「（七）总计」): a bare 「1.」 on their line numbers nothing. (Not 其他处理, a row of
 * the 2019 form and a group of the 2021 form's three items.) */
const NO_ITEMS = new Set(['new', 'carried', 'open', 'partial', 'total', 'carryNext']);

/** A cell the row's reading placed: not one it lacks or could not tell. */
const isRead = (c: Cell) => c.kind !== 'missing' && c.kind !== 'unknown';
/**
 * Fewer rows than this and the labels were prose, not a table — unless they are the table's first
 * rows, each whole: a table cut down to its first row or two (by a converter, or by hand) is a table
 * that lacks rows (table-shape says which), not a missing one. (Not a few rows from further down: those
 * are what is left of a table the text broke up, whose other part is read as the table.)
 */
const MIN_ROWS = 3;
const kept = (d: Draft) => d.rows.length >= MIN_ROWS || (d.rows[0]?.id === 'new' && d.rows.every((r) => r.found === APP_WIDTH && !outOfShape(r, APP_WIDTH)));
/** Whether text[a, b) holds spaces only (on its line). */
function onlySpaces(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!/[ \u00a0\u3000]/.test(text[i])) return false;
  return true;
}
/** Whether `unit` is a count's unit (件, 个 …) right after a figure ending at `end`: glued, or one or two spaces apart on its line. */
function unitAfter(text: string, end: number, unit: Token): boolean {
  if ((!UNIT.test(unit.raw) && !MORE_UNITS.test(unit.raw)) || unit.span.start - end > 2) return false;
  return onlySpaces(text, end, unit.span.start);
}
/**
 * Whether the figures before a unit are a row's, not a sentence's: three or more (「…危及“三安全一稳定”0 0 2 0 0 0 2件4.保护…」),
 * or a run of more digits than the row has cells (「…0020002件4.」) — a page that wrote a unit after a row's last cell, glued
 * to the next row's label. (Read as 「予以公开15件」, a sentence, the row was lost: found by a review of glued pages.) A sentence
 * names one figure or two (「予以公开15件、部分公开3件」).
 */
function rowBeforeUnit(cells: readonly Token[]): boolean {
  let values = 0;
  let digits = 0;
  for (const c of cells) {
    if (c.kind !== 'value') continue;
    values++;
    for (let i = 0; i < c.raw.length; i++) if (CHAR_CLASS[c.raw.charCodeAt(i)] & DIGIT) digits++;
  }
  return values >= 3 || digits >= APP_WIDTH;
}
/** Whether the label's words ending at `end` end with a copula (为、是、达) and only spaces lie between it and `at`. */
function copulaBefore(text: string, end: number, at: number): boolean {
  const c = text.charCodeAt(end - 1);
  if (c !== 0x4e3a /* 为 */ && c !== 0x70ba /* 為 */ && c !== 0x662f /* 是 */ && c !== 0x8fbe /* 达 */ && c !== 0x9054 /* 達 */) return false;
  return onlySpaces(text, end, at);
}
/**
 * Counts of applications as agencies also write them — 起, 笔, 例, and 余 of 「10余件」: 「本年收到政府信息公开申请13起。」
 * above table 三 was its row 一, and the real row a second (found by a review).
 */
const MORE_UNITS = /^[起笔筆例余餘]/;
/** The units of the pre-2019 statistics table's unit column. */
const UNIT_CELLS = new Set(UNITS);
const ROW_RULE = [{ parts: [0, 1, 2, 3, 4, 5], total: APP_TOTAL_COL }];



/** One or two marks of punctuation and nothing else (「。」「，」「]」「:」「“」「_」「.」): what OCR makes of specks and rules. */
const STRAY_MARK = /^[。，、．.,:：;；\[\]【】“”‘’"'_·`~]{1,2}$/;

/** A table's vertical rule as OCR reads it, a letter alone: 「l」「I」「丨」「!」. */
const RULE_LETTER = /^[lI丨!！]$/;

/**
 * Whether the row's figures so far (`cells`) and the figures of the same run after the word at `j` — up to the line's
 * end — are exactly the row's seven, and add up (its total the sum of the six): then the word is certainly none of them.
 */
function sevenWithout(tokens: readonly Token[], j: number, cells: readonly Token[]): { without: boolean; to: number } {
  const t = tokens[j];
  let k = j + 1;
  while (k < tokens.length && tokens[k].kind === 'value' && tokens[k].line === t.line && tokens[k].piece === t.piece) k++;
  // (`to`: the last token looked at — the one after the run, whose line was read.)
  return { without: addsUpWithout(tokens, j, k, cells), to: Math.min(k, tokens.length - 1) };
}

/** Whether the row's figures (`cells` and tokens[j + 1, k)), blanks aside, are its seven and add up, tokens[k] on a later line. */
function addsUpWithout(tokens: readonly Token[], j: number, k: number, cells: readonly Token[]): boolean {
  if (k === j + 1 || (k < tokens.length && tokens[k].line === tokens[j].line)) return false;
  const figures = [...cells, ...tokens.slice(j + 1, k)].filter((t) => t.kind !== 'blank');
  return figures.length === APP_WIDTH && addsUp(figures.map(toCell));
}

/** The tables, and the marks an edit's reading can take up from and stop at (appMarks.ts). */
export interface AppRead {
  tables: ApplicationsTable[];
  marks: AppMark[];
  /** The tokens the walk went over: [from, to) (for tests and the benchmark). */
  walked: [number, number];
}

/**
 * Table 三's rows in a segment's tokens. Given the reading before an edit (`resume`), the walk takes
 * up where that reading's state is known not to depend on the edit, and stops where it is in the
 * same state as before on tokens the edit did not touch (appMarks.ts): the tables before and after
 * are the ones read before (moved).
 */
export function readApplications(tokens: Token[], text: string, resume?: AppResume, keepMarks = true): AppRead {
  const tables: ApplicationsTable[] = [];
  const marks: AppMark[] = [];
  let draft: Draft | undefined;
  /** One past the furthest token the steps so far have read. */
  let reach = 0;
  let from = 0;
  resetCellsReach();
  // Where the reading before the edit can stop this one: its marks after the edited lines.
  let stops: readonly AppMark[] | undefined;
  let s = 0;
  const cut = resume?.cut;
  const start = takeUp(resume, tables, marks);
  if (start && resume) {
    const m = start.mark;
    draft = restore(m);
    reach = m.reach;
    from = m.at;
    stops = resume.marks;
    s = start.index;
  }
  const close = () => {
    if (draft && kept(draft)) tables.push(finish(draft, text));
    draft = undefined;
  };
  let lastMark = marks.length ? marks[marks.length - 1].at : -Infinity;
  // (No marks when no edit will read from them: a document's first reading, the CLI.)
  const spacing = keepMarks || resume ? markSpacing.tokens : Infinity;
  const mark = (m: AppMark) => {
    if (spacing === Infinity) return;
    marks.push(m);
    lastMark = m.at;
  };
  if (from === 0) mark({ at: 0, kind: 'open', tables: 0, after: 0, reach: 0, back: Infinity, backAfter: Infinity, shift: 0 });
  for (let i = from; i < tokens.length; i++) {
    if (stops && cut && i >= cut.oldAfter + cut.moved) {
      const stop = stopHere(stops, s, i, cut, draft);
      s = stop.next;
      if (stop.mark) {
        const m = stop.mark;
        const before = tables.length;
        let shift = before - m.tables;
        if (m.kind === 'repeat') {
          // This step closes the open table (the edited one) as the step before the edit closed its own.
          mark({ ...m, at: i, tables: before, after: 0, reach, back: m.back + cut.moved, draft: snapshot(draft!), shift: 0 });
          close();
          marks[marks.length - 1].after = tables.length;
          shift = tables.length - m.after;
        }
        const fromTable = m.kind === 'repeat' ? m.after : m.tables;
        for (let t = fromTable; t < resume!.tables.length; t++) tables.push(movedTable(resume!.tables[t], cut));
        for (let t = stop.index + (m.kind === 'repeat' ? 1 : 0); t < stops.length; t++) marks.push(movedMark(stops[t], cut, shift, reach));
        settleBacks(marks);
        return { tables, marks, walked: [from, i] };
      }
    }
    const head = tokens[i];
    if (head.kind !== 'text') continue;
    const stepReach = reach;
    const stepTables = tables.length;
    const previous = draft?.rows[draft.rows.length - 1]?.id;
    const started = !!draft && draft.rows.length > 0;
    if (i + 2 > reach) reach = i + 2; // (the step reads this token and the next)
    let m = matchAppLabel(head, started, previous);
    const first = i;
    // A label a narrow column wrapped over many short lines, spelled whole by them (narrowRow.ts).
    const narrow = narrowRow(tokens, i, text, m);
    if (narrow) reach = Math.max(reach, narrow.looked, lastCellsReach());
    // A label wrapped in a narrow cell (a PDF's or Word's line break) may be cut anywhere
    // (「5.属于三类内部」 / 「事务信息」, 「（六）其他」 / 「处理」, 「（七」 / 「）总计」): read across the break when
    // the second part is no label of its own and the first is none either, or the key straddles the break.
    const next = tokens[i + 1];
    if (!narrow && wrapsInto(head, next) && !matchAppLabel(next, started, previous) && mayJoinToLabel(head, next)) {
      const across = matchAppLabel(joinedFold(head, next), started, previous);
      const straddles = !!across && across.key.start < next.span.start && across.key.end > next.span.start;
      if (across && across.start < next.span.start && (!m || straddles)) {
        m = across;
        i++;
      }
    }
    // A label wrapped over several lines with its figures among its pieces (a PDF's narrow label column).
    const wrapped = narrow ?? wrappedRow(tokens, first, i, m, started, previous);
    reach = Math.max(reach, lastCellsReach());
    if (wrapped) m = wrapped.match;
    // 「总计」 unnumbered names （七）总计 only in a table begun: where the open table has its total, it is
    // the header word of the next table (a report giving the whole region's table and its own), not a row.
    if (m && draft && !m.numbered && (m.def.id === 'total' || m.def.id === 'o3') && draft.seen.has(m.def.id)) {
      m = undefined;
      i = first;
    }
    // (Also after its group's label in the same token, apart by a space — 「（三）不予公开 1.属于国家秘蜜 0 0 …」, a row
    // written apart by spaces under its merged group cell —: the group then is the row's prefix.)
    const placed = !narrow && !wrapped && i === first && (!m || (m.isGroup && m.key.end < head.span.end)) ? byPlace(tokens, i, draft, previous, m?.key.end) : undefined;
    if (placed) m = placed;
    if (!m) {
      // (A mark now and then in prose too: an edit there is taken up near it.)
      if (first - lastMark >= spacing) mark({ at: first, kind: draft ? 'row' : 'open', tables: stepTables, after: stepTables, reach: stepReach, back: Infinity, backAfter: Infinity, draft: draft && snapshot(draft), shift: 0 });
      continue;
    }
    const tok = tokens[i];
    const label = { start: m.start, end: tok.span.end };
    const prefix = m.start > head.span.start ? sub(head, text, head.span.start, m.start) : undefined;
    if (m.isGroup) {
      if (draft) {
        draft.groups.push({ id: m.def.id, span: label, text: text.slice(label.start, label.end) });
        draft.end = Math.max(draft.end, tok.span.end);
      }
      continue;
    }
    // The label may continue in the next text cells (a label broken across cells or lines).
    let statistics = false;
    let labelEnd = tok.span.end;
    let j = wrapped ? wrapped.end : i + 1;
    const cells: Token[] = wrapped ? wrapped.cells : [];
    /** How far a look for a figure later on a line went (the reading after an edit must know: `reach`). */
    let looked = 0;
    for (; !wrapped && j < tokens.length; j++) {
      const t = tokens[j];
      if (t.kind === 'value' && rowEndsAt(tokens, j) && (cells.length || t.line > tok.line)) break;
      // A stray mark between two figures of one cell-less run (OCR's 「0 0 0 0 。 0 0 0」「] 」「:」, a table's rules and specks
      // read as punctuation): no cell — the row read up to it, the figures after it dropped and the row said short of
      // them (found by a review of OCR text). (Not in a cell of its own between separators: there it is an invalid cell.)
      // (Only while the row is short of its figures: after its seven, 「“ 12345 ”热线」 or a page's 「· 12 ·」 are no cells of it.)
      if (t.kind === 'text' && cells.length && STRAY_MARK.test(t.raw) && cells[cells.length - 1].piece === t.piece && tokens[j + 1]?.kind === 'value' && tokens[j + 1].piece === t.piece && tokens[j + 1].line === t.line && cells.filter((c) => c.kind !== 'blank').length < APP_WIDTH) continue;
      // A table's rule OCR read as a letter, alone between two figures (「0 0 0 0 0 0 l 0」「… 0 I 0 0」): no cell where the
      // row has its seven figures without it, and they add up — read as one, the row had eight, its total pushed out and the
      // letter said no figure (found by a review of tesseract's text). Else it may be a misread 1: a cell, said.
      if (t.kind === 'text' && cells.length && RULE_LETTER.test(t.raw) && cells[cells.length - 1].piece === t.piece && cells[cells.length - 1].line === t.line) {
        const seven = sevenWithout(tokens, j, cells);
        looked = Math.max(looked, seven.to);
        if (seven.without) continue;
      }
      if (t.kind === 'text') {
        // The label again in the next cells of its line: a merged cell unmerged and filled (a spreadsheet's
        // 「取消合并并填充」, a converter writing a spanning cell in each column: 「| 二、上年结转… | 二、上年结转… | 0 | …」)
        // — the same cell, not a second row (read as one, the row lost its figures: found by a review).
        if (t.line === tok.line && t.piece !== tok.piece && !cells.some((c) => c.kind !== 'blank') && t.norm === tok.norm) continue;
        // (So too in a row written a cell a line, the merged cell's copies one under the other before any cell:
        // 「二、上年结转…」 / 「二、上年结转…」 / 「0」 … — read as the row twice, its figures lost, found by a review.)
        if (t.line > tok.line && !cells.length && t.norm === tok.norm && t.piece !== tok.piece) continue;
        // Words typed where a figure goes (「| abc |」「| 五 |」), in a cell of the label's line or of a row
        // written a cell a line: an invalid cell, not more of the label.
        // (Only while the row lacks figures, and in a cell of the figures' columns where the line's columns are known.)
        // (On the next line only in a row written a cell a line — each cell so far on a line of its own:
        // after a row broken by a page, 「DRAFT」 or 「Page 3」 on a line of their own are no cells.)
        const lastLine = cells.length ? cells[cells.length - 1].line : tok.line;
        const onLabelLine = t.line === tok.line && (t.piece !== tok.piece || cells.length > 0);
        const figureColumn = t.col < 0 || tok.col < 0 || t.col > tok.col;
        const nextCellLine = t.line === lastLine + 1 && cellALine(cells, tok.line);
        // (And a figure typed with a stray point or 、 after it, 「| 1. |」「| 1、 |」, on the line of a row that has no items and
        // is none — 「（一）予以公开」, not 「（三）不予公开 | 1. |」 whose item's number it may be, nor an item's label wrapped in a
        // narrow column: the row was 「一个也没有读到」, found by a review of a writer's session.)
        const strayPoint: boolean = onLabelLine && !m.isGroup && NO_ITEMS.has(m.def.id) && LIST_NUMBER.test(t.raw);
        const failed: boolean = (onLabelLine || nextCellLine ? isLatinFailure(t.raw) : false) || (onLabelLine && isChineseFigure(t.raw)) || strayPoint;
        // (Past the row's width too where a figure follows on its line: 「120 a 15 a 3 a 2 a 6 a 1 a 147」, an OCR's rules
        // read as letters — the row has more than its cells, which table-shape says; its last figures were dropped
        // unsaid, found by a review.)
        const full: boolean = failed && figureColumn && cells.filter((c) => c.kind !== 'blank').length >= APP_WIDTH;
        const figureAt = full ? figureOrLineEnd(tokens, j) : j;
        if (full) looked = Math.max(looked, figureAt);
        if (failed && figureColumn && (!full || (tokens[figureAt]?.kind === 'value' && tokens[figureAt].line === t.line))) {
          cells.push(invalidCell(t));
          continue;
        }
        const nonBlankSeen = cells.some((c) => c.kind !== 'blank');
        // A unit in a cell of its own (「| 3.同意部分公开答复数 | 件 | 0 |」): a row of the pre-2019 statistics
        // table, which names some of table 三's words — never a row of table 三, which has no unit column.
        if (!nonBlankSeen && UNIT_CELLS.has(t.raw)) {
          statistics = true;
          break;
        }
        // The row's own list number on the line below its words, before its figures (a PDF's text:
        // 「危及“三安全一稳定”」 / 「3.   0  1  0 …」): part of the label, not the end of the row.
        if (!nonBlankSeen && !m.numbered && t.line > tok.line && LIST_NUMBER.test(t.raw)) continue;
        // (A continuation may name the same row again: 「2.没有现成信息」 / 「需要另行制作」.)
        const again = isContinuation(t) && matchAppLabel(t, true, m.def.id);
        // (A numbering opens the next row or group: 「3.其他」 / 「（七）总」 / 「计  13 …」.)
        // (Words in another cell of a later line are not the label's: 「（五）不」 / 「予处理」 beside
        // 「3.要求提供公开出版物」, a group's cell wrapped beside the row's, as w3m draws a narrow table.)
        // (But words opening a later line with the row's figures after them are its label's end: 「（六）其他处理 | 1.申请人…
        // 其政府信」 / 「息公开申请 | 0 | 0 | …」, a Word cell's line break in a row that opens with its group's cell — its
        // figures were lost, found by a review.)
        const otherCell = t.line > tok.line && differ(t.col, tok.col) && !endsBeforeFigures(tokens, j);
        if (!nonBlankSeen && !otherCell && isContinuation(t) && (!again || (again.def.id === m.def.id && !again.numbered)) && !isAppHeaderCell(t.norm) && !isNumbered(t.norm)) {
          labelEnd = t.span.end;
          cells.length = 0;
          continue;
        }
        // The row's own group label on a later line, before its figures or the rest of its words: a PDF's
        // text laid out in columns puts the group's cell among the lines of an item's wrapped label
        // (「2.申请人…公开申」 / 「（六）其他处理   0 0 …」 / 「请」). The group is the table's; the figures the item's.
        const own = !nonBlankSeen && t.line > tok.line && !cells.length && draft ? matchAppLabel(t, true, m.def.id) : undefined;
        const after = tokens[j + 1];
        if (own && own.def.id === m.def.group && own.start === t.span.start && after && (after.kind !== 'text' || (isContinuation(after) && !isNumbered(after.norm)))) {
          draft!.groups.push({ id: own.isGroup ? own.def.id : 'g-other', span: { start: own.start, end: t.span.end }, text: t.raw });
          continue;
        }
        break;
      }
      cells.push(t);
    }
    // Two rows' labels on two lines, then the first's figures, the rest of the second's label, its figures
    // (pdftotext's default mode, narrow label cells: 「三、本年度 （一）予以公开」 / 「办理结果 （二）部分公开（区分处」 /
    // 7 figures / 「理的，只计这一情形，不」 / 「计其他情形）」 / 7 figures): the figures after the second label are
    // the first row's — read as the second's, with its own dropped unsaid (found by a review).
    // (Its words under the first figures are the wrapped row's last pieces, when wrappedRow gathered them.)
    const under = wrapped && wrapped.pieces.length && wrapped.pieces[0].span.start > (wrapped.cells[wrapped.cells.length - 1]?.span.end ?? Infinity) ? wrapped : undefined;
    const stacked = (!wrapped || under) && draft && !statistics ? stackedRow(tokens, draft, cells, under ? under.end : j, !!under, label.start, m.def.id, text) : undefined;
    if (stacked) {
      const above = draft!.rows[draft!.rows.length - 1];
      const fittedAbove = fitRow(cells, APP_WIDTH, above.label, text, undefined, undefined, undefined, false, addsUp);
      // (A new array: the walk's marks hold the one before, with the row as it was then.)
      draft!.rows = [...draft!.rows.slice(0, -1), { ...above, cells: fittedAbove.cells, found: fittedAbove.found }];
      // (The words between are the label's: in its span, or — gathered by wrappedRow — among its pieces.)
      if (!under) labelEnd = tokens[stacked.figures - 1].span.end;
      cells.length = 0;
      for (let x = stacked.figures; x < stacked.end; x++) cells.push(tokens[x]);
      j = stacked.end;
    }
    // A figure of the row a narrow cell wrapped onto the next line, beside words of a label there (wrappedFigures.ts).
    const rested = wrapped || narrow ? undefined : restsBeside(tokens, j, cells, m.def.id, text, (row) => addsUp(row.map(toCell)));
    if (rested) {
      looked = Math.max(looked, rested.end);
      cells.length = 0;
      cells.push(...rested.cells);
      j = rested.end;
    }
    // (It read up to tokens[j], and the two after it: the unit of a figure in a sentence.)
    reach = Math.max(reach, j + 3, looked + 1, lastCellsReach());
    if (statistics) continue;
    // 「予以公开15件」: a figure in a sentence, not a row — also when the sentence wraps before its
    // figure (「本年度办理结果中，予以公开」 / 「13件。」): the figure opens the next line, and is no cell.
    // (The unit glued to its figure, or a space or two apart: a PDF's text layer spaces Latin digits
    // off the Chinese around them, 「含上年度结转申请 18 件」.)
    const lastValue = cells.filter((c) => c.kind !== 'blank').pop();
    const follower = tokens[j];
    if (lastValue && follower && follower.kind === 'text' && unitAfter(text, lastValue.span.end, follower) && !rowBeforeUnit(cells)) continue;
    // (So is one short figure that ends a sentence: 「…申请数量：13。」「共计13。」 — no cell is followed by a full stop.)
    if (lastValue && follower && follower.kind === 'text' && follower.span.start === lastValue.span.end && /^[。；;]/.test(follower.raw) && lastValue.raw.length <= 5 && cells.filter((c) => c.kind === 'value').length === 1) continue;
    // (And one a copula joins to its label, the sentence going on right after it: 「…申请数量为1（2022年12月收到）。」
    // 「…数量为2，均已办结。」 — a label cell never ends with 为; read as row 二 of one figure, the real row 一 was lost.)
    if (lastValue && follower && follower.kind === 'text' && follower.span.start === lastValue.span.end && follower.line === lastValue.line && lastValue.raw.length <= 5 && cells.filter((c) => c.kind === 'value').length === 1 && copulaBefore(text, tok.span.end, lastValue.span.start)) continue;
    if (!lastValue && follower?.kind === 'value') {
      const unit = tokens[j + 1];
      if (unit && unit.kind === 'text' && unitAfter(text, follower.span.end, unit)) continue;
    }
    // 「总计」 unnumbered with no figure, the header's next cell after it (「商业企业」…) or a row the open table
    // has read (the next table's 一、本年新收): the 总计 column's name in the header of a table that follows
    // (the open table lacking its （七）总计), not a row.
    if (draft && m.def.id === 'total' && !m.numbered && !lastValue && follower?.kind === 'text') {
      const next = isAppHeader(follower.norm) ? undefined : matchAppLabel(follower, true, 'total');
      if (isAppHeader(follower.norm) || (next && !next.isGroup && draft.seen.has(next.def.id))) continue;
    }
    // Nor is it a row on the line of the header's other words (「自然人 | 法人或其他组织 | … | 总计」): the header
    // repeated where a page breaks the table (Word's 「重复标题行」 kept in a PDF's text) — read as （七）总计
    // without figures, the real one after it was a second, and 四 lost (found by a review).
    // (So too its 「其他」, the last of 法人或其他组织's columns, where the page breaks before 3.其他: after （六）2's row it was
    // read as 3.其他 without figures, the real row dropped as a repeat — found by a review of Word files.)
    if (draft && (m.def.id === 'total' || m.def.id === 'o3') && !m.numbered && !lastValue && headerWordBefore(tokens, first)) continue;
    // The first item's number in a column of its own after （六）其他处理, the item's words in the next cell (「（六）其他处理 |
    // 1 | 申请人无正当理由逾期不补正… | 1 | 0 | …」, a page that numbers its items in a narrow column): no figure of the
    // 2019 form's row — read so, the row had 「only 1 found」 (found by a review). (The other groups are no rows.)
    if (m.def.id === 'other' && itemNumberBefore(cells, tokens[j], tok.line)) cells.length = 0;
    // （六）其他处理 is a group in the 2021 form and a row of figures in the 2019 form — there a row of
    // blank cells too (a page that leaves zeros blank): a row while the table is open, and a group
    // again when its items follow (finish).
    const rowEnd = tokens[j]?.span.start ?? text.length;
    // (A row written a cell a line has its blank cells as empty lines, where the table's rows stand so:
    // cellLines. Only a row read whole shows it: in the text pdftotext gives without -layout, a row's
    // few figures a column wrote on lines of its own are no such row, and its empty lines no cells.)
    // (The open table's header, read with it — its state, not text looked back at: lynx's, each cell a paragraph.)
    const paragraphs = () => !!draft?.header && headerInParagraphs(text, draft.header);
    // A row before stood a cell a line, two of its figures on lines next to each other: empty lines are cells here. Under
    // a header of paragraphs, only a row that so adds up — a lynx row that lost an empty line, read so, does not (each
    // row after it went a column off: found by a review), where a page's plain cells under it do.
    const shown = () => !!draft && draft.rows.some((r) => r.cells.length === APP_WIDTH && r.cells.every(isRead) && adjacentLines(r.cells, text) && (!paragraphs() || addsUp(r.cells)));
    if (m.def.id === 'other' && !cells.some((c) => c.kind !== 'blank') && (cellLines(cells, APP_WIDTH, labelEnd, rowEnd, text, shown, paragraphs) ?? cells).length < APP_WIDTH) {
      if (draft) draft.groups.push({ id: 'g-other', span: label, text: text.slice(label.start, label.end) });
      continue;
    }
    let stepMark: AppMark | undefined;
    // The row just read, again under itself: a row copied twice — 一、本年新收 too, right under itself (a whole
    // table repeated starts again at 一、本年新收 after its last row, never after its first).
    const again = !!draft && draft.seen.has(m.def.id) && previous === m.def.id;
    if (draft && draft.seen.has(m.def.id) && !again) {
      stepMark = { at: first, kind: 'repeat', tables: stepTables, after: 0, reach: stepReach, back: first, backAfter: first, draft: snapshot(draft), id: m.def.id, previous, shift: 0 };
      close();
      stepMark.after = tables.length;
    }
    // A label with nothing after it — not a figure, not a blank cell — opens no table: it is words in
    // prose (「…予以公开的有」), and a table's first row has its cells.
    if (!draft && !cells.length) {
      if (stepMark) mark(stepMark);
      continue;
    }
    if (!draft) {
      draft = open(tokens, first, m.start, prefix, text);
      stepMark ??= { at: first, kind: 'open', tables: stepTables, after: stepTables, reach: stepReach, back: first, backAfter: first, shift: 0 };
      stepMark.back = stepMark.backAfter = openBack;
    } else if (prefix) groupIn(prefix, draft, text);
    if (stepMark) mark(stepMark);
    // Rows a glued page left without figures: their labels run straight on into this one's in its token
    // (「2.申请人逾期…申请3.其他（七）总计5000005」): rows of blank cells, before it, in a table begun.
    if (draft.rows.length && m.foldStart && i === first && !wrapped && !narrow) {
      for (const r of labelsRunOn(tok, m.foldStart)) {
        if (draft.seen.has(r.def.id)) continue;
        draft.rows.push({ id: r.def.id, label: { start: r.start, end: r.end }, labelText: text.slice(r.start, r.end), cells: Array.from({ length: APP_WIDTH }, () => ({ kind: 'blank' as const, span: { start: r.end, end: r.end }, raw: '' })), found: 0 });
        draft.seen.add(r.def.id);
      }
    }
    const labelSpan = { start: label.start, end: labelEnd };
    const fitted = fitRow(cells, APP_WIDTH, labelSpan, text, tok.line, rowEnd, shown, false, addsUp, paragraphs);
    const row: TableRow = { id: m.def.id, label: labelSpan, labelText: narrow?.labelText ?? labelText(tokens, first, j, labelSpan, text) + (wrapped ? wrapped.pieces.map((p) => p.raw.trim()).join('') : ''), cells: fitted.cells, found: fitted.found };
    if (fitted.place) row.place = fitted.place;
    if (placed) row.byPlace = true;
    if (again) row.duplicate = true;
    if (fitted.windows) row.windows = fitted.windows;
    if (fitted.run) {
      const glued: GluedRow = readRun(text, fitted.run, APP_WIDTH, ROW_RULE, 'row');
      row.cells = glued.cells;
      row.glue = glued.glue;
    }
    draft.rows.push(row);
    draft.seen.add(m.def.id);
    const lastCell = row.glue ? row.glue.run.end : row.cells.filter((c) => c.kind !== 'missing').pop()?.span.end;
    draft.end = Math.max(draft.end, lastCell ?? labelEnd);
    i = j - 1;
    if (wrapped) for (const p of wrapped.pieces) draft.end = Math.max(draft.end, p.span.end);
    if (j - lastMark >= spacing) mark({ at: j, kind: 'row', tables: tables.length, after: tables.length, reach, back: Infinity, backAfter: Infinity, draft: snapshot(draft), shift: 0 });
  }
  close();
  settleBacks(marks);
  return { tables, marks, walked: [from, tokens.length] };
}

/**
 * The second run of figures of two stacked rows (see the walk): when the row read last has no figure, its
 * label on the line before this one's, this one's figures (`cells`, up to tokens[j]) one whole row's, then
 * words carrying this label on (no row's of their own) and another whole row's figures. Where the words
 * end (`figures`) and the second run ends (`end`); undefined otherwise.
 */
function stackedRow(tokens: readonly Token[], draft: Draft, cells: readonly Token[], j: number, gathered: boolean, labelStart: number, id: string, text: string): { figures: number; end: number } | undefined {
  const above = draft.rows[draft.rows.length - 1];
  if (!above || above.found !== 0 || above.glue || cells.length !== APP_WIDTH || !cells.every((c) => c.kind === 'value')) return undefined;
  // (The two labels a line apart: one line break between them.)
  let breaks = 0;
  for (let x = above.label.end; x < labelStart && breaks < 2; x++) if (text.charCodeAt(x) === 10) breaks++;
  if (breaks !== 1) return undefined;
  let k = j;
  while (!gathered && k < tokens.length && tokens[k].kind === 'text' && isContinuation(tokens[k]) && !isNumbered(tokens[k].norm)) k++;
  if (k === j && !gathered) return undefined;
  for (let x = j; x < k; x++) {
    const other = matchAppLabel(tokens[x], true, id);
    if (other && other.def.id !== id) return undefined;
  }
  let end = k;
  while (end < tokens.length && tokens[end].kind === 'value' && end - k < APP_WIDTH) end++;
  if (end - k !== APP_WIDTH || (end < tokens.length && tokens[end].kind === 'value')) return undefined;
  return { figures: k, end };
}

/**
 * Whether the walk after an edit can stop at token `i` (after the edited lines): a mark of the walk
 * before, at the same token, in the same state, from which that walk never looked back into the
 * edited lines. `s` is where to look in the marks (they are in token order); returns where to look next.
 */
function stopHere(marks: readonly AppMark[], s: number, i: number, cut: NonNullable<AppResume['cut']>, draft: Draft | undefined): { next: number; mark?: AppMark; index: number } {
  while (s < marks.length && (marks[s].at + cut.moved < i || marks[s].at < cut.oldAfter)) s++;
  for (let k = s; k < marks.length && marks[k].at + cut.moved === i; k++) {
    const m = marks[k];
    if (m.backAfter < cut.oldAfter) continue;
    if (m.kind === 'open' && !draft) return { next: s, mark: m, index: k };
    if (m.kind === 'repeat' && draft && draft.rows.length > 0 && draft.rows[draft.rows.length - 1].id === m.previous && draft.seen.has(m.id!)) return { next: s, mark: m, index: k };
  }
  return { next: s, index: -1 };
}

/** A text token for part of another (the text glued before a label). */
function sub(tok: Token, text: string, start: number, end: number): Token | undefined {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? new Token('text', { start, end }, text.slice(start, end), tok.line, tok.piece, tok.col) : undefined;
}

/** The label as written, with its continuation cells. */
function labelText(tokens: Token[], i: number, j: number, label: Span, text: string): string {
  const parts = [text.slice(label.start, tokens[i].span.end)];
  for (let k = i + 1; k < j; k++) if (tokens[k].kind === 'text' && tokens[k].span.end <= label.end) parts.push(tokens[k].raw);
  return parts.join('');
}

/** A group label (（三）不予公开) glued before a row's label. */
function groupIn(prefix: Token, draft: Draft, text: string): void {
  const g = matchAppLabel(prefix, true);
  if (g?.isGroup) draft.groups.push({ id: g.def.id, span: { start: g.start, end: prefix.span.end }, text: text.slice(g.start, prefix.span.end) });
  else if (g?.def.id === 'other') draft.groups.push({ id: 'g-other', span: { start: g.start, end: prefix.span.end }, text: text.slice(g.start, prefix.span.end) });
}

/** The lowest token the last `open` read (its search back for the header): how far a walk looks back. */
let openBack = 0;

/**
 * Opens a table at its first row label, taking in the header just before it: header cells of
 * their own, or header words glued before the label (「…法律服务机构其他一、本年新收…」).
 */
function open(tokens: Token[], first: number, labelStart: number, prefix: Token | undefined, text: string): Draft {
  const draft: Draft = { start: labelStart, end: tokens[first].span.end, rows: [], groups: [], seen: new Set() };
  // Whether what stands before the label belongs to the table, so that header cells before it do too.
  let adjacent = true;
  if (prefix) {
    const f = prefix.fold();
    const h = appHeaderStart(f.s);
    if (h >= 0) {
      draft.start = f.at(h);
      draft.header = { start: draft.start, end: prefix.span.end };
      adjacent = h === 0;
    } else {
      const before = draft.groups.length;
      groupIn(prefix, draft, text);
      const g = draft.groups[before];
      if (g) draft.start = g.span.start;
      adjacent = !!g && g.span.start === prefix.span.start;
    }
  }
  openBack = first;
  if (!adjacent) return draft;
  let h = first;
  let end = -1;
  for (let k = first - 1; k >= 0; k--) {
    openBack = k;
    const t = tokens[k];
    if (t.kind === 'blank') continue;
    if (t.kind === 'text' && isAppHeader(t.norm)) {
      h = k;
      if (end < 0) end = t.span.end;
      continue;
    }
    break;
  }
  if (h < first) {
    draft.start = tokens[h].span.start;
    draft.header = { start: draft.start, end: draft.header?.end ?? end };
  }
  return draft;
}

function finish(d: Draft, text: string): ApplicationsTable {
  // (Its own copies of the rows: what is said of them below — unsure, stacked, a lost separator's cells — is said of the
  // table as finished here, and the walk's marks hold the draft's rows. Said on them in place, a row kept the word of an
  // earlier reading when an edit's reading took up from a mark: a row left unsure by rows since changed went unchecked,
  // found by the fuzzer — incremental ≠ fresh.)
  let rows = d.rows.map((r) => ({ ...r }));
  // Columns in the header's own order (总计 first …), when a header written in cells says so for certain: each
  // row's figures to the form's columns. (Not rows whose figures were glued: their split assumed the form's.)
  const order = d.header && !rows.some((r) => r.glue) ? headerOrder(text, d.header) : undefined;
  if (order) rows = rows.map((r) => (r.cells.length === APP_WIDTH ? { ...r, cells: order.map((_, k) => r.cells[order.indexOf(k)]) } : r));
  let groups = d.groups;
  const duplicates = rows.filter((r) => r.duplicate).map((r) => ({ id: r.id, label: r.label, labelText: r.labelText }));
  if (duplicates.length) rows = rows.filter((r) => !r.duplicate);
  const hasOtherItems = rows.some((r) => r.id === 'o1' || r.id === 'o2' || r.id === 'o3');
  // A （六）其他处理 of blank cells above its items is the 2021 form's group label, a row no more.
  const blankOther = hasOtherItems ? rows.findIndex((r) => r.id === 'other' && r.found === 0) : -1;
  if (blankOther >= 0) {
    const r = rows[blankOther];
    rows = rows.filter((_, k) => k !== blankOther);
    groups = [...groups, { id: 'g-other', span: r.label, text: text.slice(r.label.start, r.label.end) }].sort((a, b) => a.span.start - b.span.start);
  }
  // A （六）其他处理 with no figures and no items under it is the 2019 form's row whose blank cells the text
  // lost (lynx drops a row's blanks), not the 2021 form's group: a row of seven cells it does not have
  // (table-shape says so) — not three items missing from another form.
  const otherGroup = groups.find((g) => g.id === 'g-other');
  if (otherGroup && !hasOtherItems && !rows.some((r) => r.id === 'other')) {
    const at = otherGroup.span.end;
    const row: TableRow = { id: 'other', label: otherGroup.span, labelText: otherGroup.text, cells: Array.from({ length: APP_WIDTH }, () => missingCell(at)), found: 0 };
    rows = [...rows, row].sort((a, b) => a.label.start - b.label.start);
    groups = groups.filter((g) => g !== otherGroup);
  }
  const hasOtherRow = rows.some((r) => r.id === 'other');
  const variant = hasOtherRow && !hasOtherItems ? '2019' : '2021';
  const table: ApplicationsTable = { kind: 'applications', span: { start: d.start, end: d.end }, variant, rows: leadOfFiller(shortOfFiller(placeRows(earlyByDroppedEnd(partedByEmptyLines(rows, text)), APP_WIDTH, addsUp))), groups };
  markUnsure(table.rows, text);
  lostSeparators(table.rows);
  stackedNames(table.rows, text);
  if (figuresFirst(table.rows, d.header?.end ?? 0, text)) {
    table.figuresFirst = true;
    // (A row whose figures stand on its name's own line is read as written: the rows a page laid out whole.)
    for (const r of table.rows) if (r.found > 0 && !onNameLine(r, text)) r.unsure = true;
  }
  else if (blanksDropped(table.rows, text)) table.blanksDropped = true;
  if (d.header) table.header = d.header;
  if (order) table.columns = order;
  if (duplicates.length) table.duplicates = duplicates;
  const extra = extraRows(table.rows, text, duplicates.map((d) => d.label));
  if (extra.length) table.extraRows = extra;
  const glue = settleGlued(table, text);
  if (glue) table.glue = glue;
  return table;
}

/**
 * A row of no figure, not even a blank cell, whose name stands on the line right above the next row's name, that
 * row's figures on the lines after both names — 「5.属于三类内部事务信」 / 「息」 / 「1.本机关不掌握相关政」 / 「府信息」 /
 * 「| 1 | 0 | … | 1 |」, a PDF's text that stacked two rows' names: whose figures they are cannot be told (a real
 * report's were the first row's, read as the second's with nothing said: found by a review). The second row is
 * unsure (its figures neither summed nor exported), and the first says why (`stacked`). Not where the figures stand
 * on the second name's line (a text that dropped the first row's blank cells, as lynx does), nor past an empty line.
 */
function stackedNames(rows: TableRow[], text: string): void {
  for (let k = 1; k < rows.length; k++) {
    const [above, row] = [rows[k - 1], rows[k]];
    if (above.found !== 0 || !above.cells.every((c) => c.kind === 'missing') || row.found === 0 || row.unsure) continue;
    if (!/^[ \t\u3000]*\r?\n[ \t\u3000]*$/.test(text.slice(above.label.end, row.label.start))) continue;
    const first = row.cells.find((c) => c.kind === 'number' || c.kind === 'blank' || c.kind === 'none');
    if (!first || !/[\r\n]/.test(text.slice(row.label.end, first.span.start))) continue;
    above.stacked = row.id;
    row.unsure = true;
  }
}

/**
 * Where half or more of a table's rows with figures are out of shape, the text was not read as the table it is (a PDF's
 * text taken column by column): a row there that has its width but whose figures stand on lines of
 * their own and do not add up has it by chance, and its total is no evidence of a wrong sum
 * (TableRow.unsure). A row whose figures stand on one line was read as that line has them (a text that
 * dropped other rows' blank cells reads this one right), a row that adds up was read right (figures
 * fallen into a row from elsewhere would not), and a row of blank cells only has no figure to doubt.
 */
function markUnsure(rows: TableRow[], text: string): void {
  // (Counted among the rows with figures: a row of blank cells says nothing of how the figures were read.)
  let out = 0;
  let withFigures = 0;
  for (const r of rows) {
    if (r.found === 0) continue;
    withFigures++;
    if (outOfShape(r, APP_WIDTH)) out++;
  }
  if (out * 2 < withFigures || out === 0) return;
  for (const r of rows) if (r.found > 0 && !outOfShape(r, APP_WIDTH) && !addsUp(r.cells) && overLines(r.cells, text)) r.unsure = true;
}

/**
 * Whether a table's figures stand before their rows' names (ApplicationsTable.figuresFirst): a whole row's
 * figures, alone on their lines, between the header (if it was read) and the first row's name, and
 * none after the last row's name.
 */
function figuresFirst(rows: readonly TableRow[], from: number, text: string): boolean {
  if (rows.length < 2) return false;
  let first = rows[0];
  let last = rows[0];
  for (const r of rows) {
    if (r.label.start < first.label.start) first = r;
    if (r.label.start > last.label.start) last = r;
  }
  // (The last name's one 「figure」 alone on a line of its own after it is a page's number — pdftotext's 「6」.)
  // (Or its figures on its name's line, three rows or more above with theirs on lines of their own: pdftotext's default
  // text puts a page's last rows so, the rows before them a row's figures, then its name — 「19 / 0 / … / 19 / 一、本年新收…
  // / 0 / …」 up to 「四、结转下年度继续办理 0 0 0 0 0 0 0」. Read each name with the figures after it, 「（一）予以公开」 had
  // （二）'s 8 1 … 8 and was said wrong: found by a review of printed pages' text.)
  const lastClean = last.found === 0 || (last.found === 1 && pageNumberAfter(last, text)) || (onNameLine(last, text) && rows.filter((r) => r.found > 0 && !onNameLine(r, text)).length >= 3);
  if (!lastClean || first.label.start <= from) return false;
  // The figures right before the first name, back to the first character that is none of a figure's or a gap's.
  // (Without a header, the text before the first name: a row's figures alone on their lines there are the table's.)
  const before = text.slice(Math.max(from, first.label.start - 400), first.label.start);
  const tail = /(?:[0-9０-９][0-9０-９,，.]*[ \t\u3000|｜]*(?:\r?\n[ \t\u3000|｜]*)?)+$/.exec(before);
  if (!tail || (tail.index > 0 && !/[\r\n]/.test(before[tail.index - 1]))) return false;
  // (Six will do: a page whose total column pdftotext gave apart from the others, 「2 / 0 / 0 / 0 / 0 / 0 / 一、本年新收…」 — read as
  // blank cells dropped, its （七）总计 was the next row's figures and compared with the prose: found by a review.)
  return (tail[0].match(/[0-9０-９][0-9０-９,，.]*/g)?.length ?? 0) >= APP_WIDTH - 1;
}

/**
 * Whether a table's text dropped its blank cells (ApplicationsTable.blanksDropped): no blank cell in any row, half of the
 * rows short of figures, and five of them or more with figures, each on a line of its own below the row's name. (A
 * writer's table with rows not yet filled keeps a finding at each row: its short rows hold no figure, or hold them on
 * their names' lines.)
 */
function blanksDropped(rows: readonly TableRow[], text: string): boolean {
  // (Not a PDF's text taken column by column, whose rows' names are stacked or whose figures left their rows: table-shape
  // says that, 「各数似已不在原来的行里」.)
  for (const r of rows) if (r.stacked || r.unsure || r.cells.some((c) => c.kind === 'blank')) return false;
  let short = 0;
  let shown = 0;
  for (const r of rows) {
    if (r.found >= APP_WIDTH || !r.cells.some((c) => c.kind === 'missing')) continue;
    short++;
    const figures = r.cells.filter(written);
    if (!figures.length) continue;
    let at = r.label.end;
    for (const c of figures) {
      if (!/[\r\n]/.test(text.slice(at, c.span.start))) return false;
      at = c.span.end;
    }
    shown++;
  }
  return shown >= 5 && short * 2 >= rows.length;
}

/** Whether a row's one figure stands alone on a line below its name: a page's number, not a cell. */
function pageNumberAfter(r: TableRow, text: string): boolean {
  const c = r.cells.find((x) => x.kind === 'number');
  if (!c) return false;
  const lineStart = text.lastIndexOf('\n', c.span.start - 1);
  const lineEnd = text.indexOf('\n', c.span.end);
  const line = text.slice(lineStart + 1, lineEnd < 0 ? text.length : lineEnd);
  return lineStart >= r.label.end && /^[\s\f]*[0-9]{1,3}[\s\f]*$/.test(line);
}

/** A cell that holds something written: a figure, a figure that is none, or a none mark (not blank, not missing). */
const written = (c: Cell): boolean => c.kind === 'number' || c.kind === 'invalid' || c.kind === 'none';

/** Whether a row's figures (one or more) all stand on its name's line. */
function onNameLine(r: TableRow, text: string): boolean {
  let any = false;
  for (const c of r.cells) {
    if (!written(c)) continue;
    if (/[\r\n]/.test(text.slice(r.label.end, c.span.start))) return false;
    any = true;
  }
  return any;
}

/** Whether a row's figures stand on more than one line. */
function overLines(cells: readonly Cell[], text: string): boolean {
  let first = -1;
  let last = -1;
  for (const c of cells) {
    if (c.kind === 'blank' || c.kind === 'missing') continue;
    if (first < 0) first = c.span.start;
    last = c.span.end;
  }
  for (let i = first; i < last; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) return true;
  }
  return false;
}

/**
 * Rows the row total left open are tried together against the column rules; then the table's
 * account of what it inferred, and which rules it used to do so.
 */
function settleGlued(t: ApplicationsTable, text: string): TableGlue | undefined {
  if (!t.rows.some((r) => r.glue)) return undefined;
  const blanksLost = lostBlanks(t, text);
  const rules = new Set<string>();
  const open = t.rows.filter((r) => r.glue?.status === 'ambiguous' && r.glue.readings?.length && !r.glue.more);
  if (open.length) {
    const choice = resolveColumns(
      t.rows.map((r) => (r.glue?.status === 'ambiguous' && r.glue.readings?.length && !r.glue.more ? { id: r.id, readings: r.glue.readings } : { id: r.id, values: r.cells.map((c) => (c.kind === 'number' ? c.value : c.kind === 'blank' || c.kind === 'none' ? 0 : undefined)) })),
      t.variant,
    );
    if (choice) {
      let settled = false;
      // The rows are the open table's, which marks keep (appMarks.ts): a row settled here is a new one.
      const rows = t.rows.slice();
      for (const r of open) {
        const ks = choice.get(r.id)!;
        const glue = r.glue!;
        const at = rows.indexOf(r);
        if (ks.length !== 1) {
          // Still open: keep only the readings the columns allow.
          const narrowed: RowGlue = { ...glue, readings: ks.map((k) => glue.readings![k]) };
          if (glue.lengths) narrowed.lengths = ks.map((k) => glue.lengths![k]);
          rows[at] = { ...r, glue: narrowed };
          continue;
        }
        const lengths = glue.lengths?.[ks[0]];
        if (!lengths) continue;
        // The run's words again, to place each figure on its own digits.
        const words = runWords(text, wordsOf(text, glue.run));
        rows[at] = { ...r, cells: readingCells(text, words, lengths, glue.readings![ks[0]], 'columns'), glue: { run: glue.run, raw: glue.raw, status: 'read', how: 'columns' } };
        settled = true;
      }
      t.rows = rows;
      if (settled) {
        rules.add('column-total');
        rules.add('balance');
      }
    }
  }
  let inferred = 0;
  let unknown = 0;
  for (const r of t.rows) {
    if (!r.glue) continue;
    if (r.glue.how === 'row' || r.glue.how === 'columns') rules.add('row-total');
    for (const c of r.cells) {
      if (c.inferred) inferred++;
      if (c.kind === 'unknown') unknown++;
    }
  }
  return blanksLost ? { inferred, unknown, rules: [...rules], blanksLost } : { inferred, unknown, rules: [...rules] };
}

/** The first figure after tokens[j] on its line, or where the line's tokens end (the next line's first, or the end). */
function figureOrLineEnd(tokens: readonly Token[], j: number): number {
  let k = j + 1;
  while (k < tokens.length && tokens[k].line === tokens[j].line && tokens[k].kind !== 'value') k++;
  return k;
}

/** A text token read as a cell that holds no figure (failedFigure.ts). */
function invalidCell(t: Token): Token {
  const cell = new Token('value', t.span, t.raw, t.line, t.piece, t.col);
  cell.cell = { kind: 'invalid' };
  return cell;
}

/** Whether the cells so far stand a line each, from the line after the label's (a row written a cell a line). */
function cellALine(cells: readonly Token[], labelLine: number): boolean {
  for (let k = 0; k < cells.length; k++) if (cells[k].line !== labelLine + 1 + k) return false;
  return true;
}

/** Whether the cells after （六）其他处理's label are its first item's number alone, that item's words next on the line. */
function itemNumberBefore(cells: readonly Token[], next: Token | undefined, line: number): boolean {
  const read = cells.filter((c) => c.kind !== 'blank');
  if (read.length !== 1 || read[0].kind !== 'value' || read[0].line !== line || read[0].raw !== '1') return false;
  if (!next || next.kind !== 'text' || next.line !== line) return false;
  return matchAppLabel(next, true, 'other')?.def.id === 'o1';
}

/** A row's numbering and its words, folded: 「1.属于国家秘蜜」, 「(一)予以公」, 「二、上年结转…」. */
// (A bracket OCR lost counts too, 「(七总计」「七)总计」 — tesseract's, the row lost with its figures: found by a review.)
const ITEM_LABEL = /^(?:(\d{1,2})[.、]|\(([一二三四五六七])\)?|([一二三四五六七])\)|([一二三四])、)([^\d。；;，,：:]{2,30})$/;
/** 总计, or what OCR made of it with one of its two characters misread (「总汁」「忌计」): the total's words, by its place after （六）. */
const TOTAL_MISREAD = /^(?:总\D|\D计)$/;

/**
 * The row an item whose words name none is, by its place: a table begun, the item numbered as the form's
 * row after the last one read (「1.」 after （二）部分公开 is （三）1.属于国家秘密), not read yet, and its
 * figures after it on its line — a label with a typo in its key (「国家秘蜜」), whose row was dropped and
 * reported missing. Only a whole cell of words: never prose, nor words glued to a figure.
 */
function byPlace(tokens: readonly Token[], i: number, draft: Draft | undefined, previous: string | undefined, after?: number): AppLabelMatch | undefined {
  if (!draft || !previous) return undefined;
  const head = tokens[i];
  const next = tokens[i + 1];
  if (!next || next.kind !== 'value') return undefined;
  // (In its own cell; or, in a row written apart by spaces, apart from a run of figures that fills its line —
  // 「3.其他情形 0 0 0 0 0 0 0」 — never words glued to a figure, nor a sentence's count; or alone on its line
  // with the row's figures a line each under it, a row written a cell a line.)
  if (next.line !== head.line) {
    if (after !== undefined || !figuresALine(tokens, i)) return undefined;
  } else if (next.piece === head.piece && !apartBeforeFigures(tokens, i)) return undefined;
  // The item's words after a group's label (`after`, where its key ends): apart from it by a space.
  let start = head.span.start;
  let item = head.norm;
  if (after !== undefined) {
    const rest = head.raw.slice(after - head.span.start);
    const lead = /^[ \t\u3000]+/.exec(rest);
    if (!lead) return undefined;
    start = after + lead[0].length;
    item = norm(rest.slice(lead[0].length).trimEnd());
  }
  const words = ITEM_LABEL.exec(item);
  if (!words) return undefined;
  const bracketed = words[2] ?? words[3];
  const numbering = words[1] !== undefined ? `${words[1]}.` : bracketed !== undefined ? `(${bracketed})` : `${words[4]}、`;
  let at = APP_ROWS.findIndex((r) => r.id === previous);
  // (（七）总计 after （六）其他处理's last item — or, in the 2019 form, after （六）其他处理 itself.)
  if (numbering === '(七)' && (previous === 'other' || previous === 'o1' || previous === 'o2')) at = APP_ROWS.findIndex((r) => r.id === 'o3');
  const def = at >= 0 ? APP_ROWS[at + 1] : undefined;
  // (Of the exact rows, 3.其他 too — 「3.其他情形」 after （六）2.: its words are any; （七）总计 only with its own words, one of
  // them misread — a row of other words numbered （七） is not the total.)
  if (!def || !norm(def.label).startsWith(numbering) || draft.seen.has(def.id)) return undefined;
  if (def.exact && def.id !== 'o3' && !(def.id === 'total' && TOTAL_MISREAD.test(words[5]))) return undefined;
  return { def, isGroup: false, numbered: true, start, key: { start, end: head.span.end } };
}

/**
 * Whether a header word of table 三 (「自然人」「法人或其他组织」「商业企业」…) stands before tokens[i] on its line, or
 * is the last word before it (the header written a cell a line: 「其他 |」 / 「总计 |」).
 */
function headerWordBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.kind === 'blank') continue;
    if (t.kind === 'text' && isAppHeaderCell(t.norm)) return true;
    if (t.line !== tokens[i].line) return false;
  }
  return false;
}

/** Whether tokens[j] opens its line and is followed on it by a row's figures (blank cells passed over). */
function endsBeforeFigures(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return t.col === 0 && !(j > 0 && tokens[j - 1].line === t.line) && rowOfFiguresAfter(tokens, j, true);
}

/**
 * Whether tokens[i] stands alone on its line and a row's seven figures follow it one a line (empty lines, a
 * blank cell's, between them), and then no more figures: a row written a cell a line.
 */
function figuresALine(tokens: readonly Token[], i: number): boolean {
  const head = tokens[i];
  if ((i > 0 && tokens[i - 1].line === head.line) || tokens[i + 1].line !== head.line + 1) return false;
  let line = head.line;
  for (let k = i + 1; k <= i + APP_WIDTH; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'value' || t.line <= line || (tokens[k + 1] && tokens[k + 1].line === t.line)) return false;
    line = t.line;
  }
  const after = tokens[i + APP_WIDTH + 1];
  return !after || after.kind !== 'value';
}

/** Whether tokens[i] is followed on its line, after spaces, by figures only — as many as a row of table 三 has. */
function apartBeforeFigures(tokens: readonly Token[], i: number): boolean {
  const head = tokens[i];
  if (tokens[i + 1].span.start === head.span.end && !/\s$/.test(head.raw)) return false;
  return rowOfFiguresAfter(tokens, i, false);
}

/** Whether the rest of tokens[i]'s line is a row's seven figures and nothing else (blank cells too, where `blanks`). */
function rowOfFiguresAfter(tokens: readonly Token[], i: number, blanks: boolean): boolean {
  let n = 0;
  for (let k = i + 1; k < tokens.length && tokens[k].line === tokens[i].line; k++) {
    if (tokens[k].kind === 'value') n++;
    else if (tokens[k].kind === 'text' || !blanks) return false;
  }
  return n === APP_WIDTH;
}

/**
 * Rows a cell a line, each followed by an empty line before the next row's label (mutool's text of a PDF: a
 * block a row). A row whose blank cell the converter left out — six figures, then that empty line — read the
 * empty line as its seventh cell: the figures after the blank one column early, its 其他 taken for the total,
 * false row-total and column-total errors (found by a review). Where at least three rows read whole are parted
 * so and none is not, that empty line is no cell: the row's last cell is missing, and table-shape says it is short.
 */
function partedByEmptyLines(rows: TableRow[], text: string): TableRow[] {
  let parted = 0;
  // (Every row read whole a cell a line, as far as the last but one: the last row's cells end the table.)
  for (let i = 0; i + 1 < rows.length; i++) {
    const r = rows[i];
    if (r.found !== APP_WIDTH || !aCellALine(r.cells, text)) continue;
    const gap = text.slice(r.cells[APP_WIDTH - 1].span.end, rows[i + 1].label.start);
    if (EMPTY_LINE_BETWEEN.test(gap)) parted++;
    else return rows;
  }
  if (parted < 3) return rows;
  return rows.map((r, i) => {
    const next = rows[i + 1];
    const last = r.cells[APP_WIDTH - 1];
    if (!next || r.found !== APP_WIDTH - 1 || last?.kind !== 'blank' || last.span.start !== last.span.end) return r;
    if (!r.cells.slice(0, APP_WIDTH - 1).every((c) => c.kind === 'number') || !aCellALine(r.cells.slice(0, APP_WIDTH - 1), text)) return r;
    if (!LINE_BEFORE_LABEL.test(text.slice(last.span.start, next.label.start))) return r;
    return { ...r, cells: [...r.cells.slice(0, APP_WIDTH - 1), missingCell(last.span.start)] };
  });
}
/** An empty line after the row's last cell (a group's label may follow it before the next row's). */
const EMPTY_LINE_BETWEEN = /^[ \t\u3000]*(?:\r\n|\r|\n)[ \t\u3000]*(?:\r\n|\r|\n)/;
/** The empty line's own break, then no figure up to the label (a group's label may stand between). */
const LINE_BEFORE_LABEL = /^[ \t\u3000]*(?:(?:\r\n|\r|\n)[^0-9０-９]*)?$/;

/**
 * A row whose line lost its empty last cell (a converter that leaves a row's trailing empty cell off: pandoc's
 * AsciiDoc, a pipe row trimmed by hand): read from its line's end, its cells begin one cell early — the label's
 * empty column taken for a blank 自然人, every figure one column off, its 其他 for the total (a false row-total,
 * and --fix wrote over a figure: found by a review). Where most rows whose figures fix their place start them
 * in one cell of their line, a row that starts one cell before it, with a blank there and figures that do not
 * add up so, is read from that cell: its last cell is missing, and table-shape says the row is short. (A row
 * whose blank 自然人 is real adds up as read, and is left as it is.) New rows: the open table's are the marks'.
 */
function earlyByDroppedEnd(rows: TableRow[]): TableRow[] {
  const votes = new Map<number, number>();
  let placed = 0;
  for (const r of rows) {
    if (!r.place) continue;
    votes.set(r.place.col, (votes.get(r.place.col) ?? 0) + 1);
    placed++;
  }
  let col = -1;
  for (const [c, n] of votes) if (n >= 3 && n * 2 > placed) col = c;
  if (col < 1 || !votes.has(col - 1)) return rows;
  // (Not where rows read whole stand there too: a table whose item rows have a label cell fewer than its
  // sub-items' — Word's 「转换为文本」 of merged cells — has rows a cell before the others by its layout, and one
  // with a blank 自然人 that does not add up is a real row-total error: found by a review.)
  if (rows.some((r) => r.place?.col === col - 1 && r.found === APP_WIDTH)) return rows;
  return rows.map((r) => {
    if (r.place?.col !== col - 1 || r.place.trail !== 0 || r.cells.length !== APP_WIDTH || r.cells[0].kind !== 'blank') return r;
    if (r.cells[APP_TOTAL_COL].kind === 'blank' || addsUp(r.cells)) return r;
    const last = r.cells[APP_WIDTH - 1];
    return { ...r, cells: [...r.cells.slice(1), missingCell(last.span.end)], place: { ...r.place, col } };
  });
}

/**
 * A table whose rows are nearly all one figure short (a column lost: Word's tab table with 科研机构 deleted) and a row
 * whose label spans the group's column (一、二、四) read as a blank and six figures: that blank is the spanned column's
 * filler, not a blank 自然人 — read so, its six figures went one column off (30 exported as 商业企业, a blank cell and
 * a false row-total said: found by a review). It is one figure short as the others are (table-shape says so).
 */
function leadOfFiller(rows: TableRow[]): TableRow[] {
  const isShort = (r: TableRow) => r.found === APP_WIDTH - 1 && r.cells.length === APP_WIDTH && r.cells[APP_WIDTH - 1].kind === 'missing';
  const short = rows.filter(isShort).length;
  const whole = rows.filter((r) => r.found === APP_WIDTH).length;
  if (short < 3 || whole * 2 > short) return rows;
  return rows.map((r) => {
    if (r.found !== APP_WIDTH - 1 || r.cells.length !== APP_WIDTH || r.cells[0].kind !== 'blank' || !r.cells.slice(1).every((c) => c.kind === 'number')) return r;
    const last = r.cells[APP_WIDTH - 1];
    return { ...r, cells: [...r.cells.slice(1), missingCell(last.span.end)] };
  });
}

/**
 * Rows one figure short in a table whose lines end in filler: where the rows read whole whose figures
 * start in the same cell of their line (rows under a group's cell start one cell further on) nearly all
 * have a blank cell or more after their seven figures (a page's table whose rows end 「| 5 | ||」), a row
 * of six figures whose last cell is the one blank closing its line lost a figure — that blank is its
 * line's filler, not a blank total. Its last cell is then missing (table-shape says the row is short)
 * instead of a blank total that row-total called 「实为 空白」 and fix-all filled with the sum of figures
 * one column off (found by a review). New rows: the open table's rows are the marks' (appMarks.ts).
 */
function shortOfFiller(rows: TableRow[]): TableRow[] {
  const filled = new Map<number, number>();
  const bare = new Map<number, number>();
  for (const r of rows) {
    if (!r.place || r.found !== APP_WIDTH) continue;
    const m = r.place.trail > 0 ? filled : bare;
    m.set(r.place.col, (m.get(r.place.col) ?? 0) + 1);
  }
  if (!filled.size) return rows;
  const endsInFiller = (col: number) => (filled.get(col) ?? 0) >= 3 && (bare.get(col) ?? 0) * 4 <= (filled.get(col) ?? 0);
  return rows.map((r) => {
    const last = r.cells[APP_WIDTH - 1];
    // (One figure short, the blank its only one: a row with blank cells of its own — 「|  | 0 | … |  |」 — keeps them.)
    if (!r.place || r.place.trail !== 0 || r.found !== APP_WIDTH - 1 || last?.kind !== 'blank' || !endsInFiller(r.place.col)) return r;
    return { ...r, cells: [...r.cells.slice(0, APP_WIDTH - 1), missingCell(last.span.start)] };
  });
}
