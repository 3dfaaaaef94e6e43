/**
 * Reads table 三 (收到和处理政府信息公开申请情况) from a token stream: every known row label,
 * then the cells that follow it up to the next text. Works the same on every layout because it
 * never relies on line structure: a label may end a longer run of text (the header or a group
 * label glued before it), and a row's figures may arrive glued into one run of digits, which is
 * split by the row's total and, where that leaves several readings, by the table's column rules.
 * A second occurrence of a row already read starts a new table (scraped pages repeat tables).
 */
import { readRun, type GluedRow } from '../glued/readRun';
import { LIST_NUMBER } from '../tokens/scan/listNumbers';
import { Token } from '../tokens/token';
import { adjacentLines, cellLines, fitRow, headerInParagraphs, lastCellsReach, outOfShape, resetCellsReach, rowEndsAt, toCell } from './fitRow';
import { movedMark, movedTable, restore, settleBacks, snapshot, type AppMark, type AppResume, type Draft } from './resume/appMarks';
import { markSpacing, takeUp } from './resume/walkTables';
import { appHeaderStart, isAppHeader, isAppHeaderCell, isNumbered, labelsRunOn, matchAppLabel, mayJoinToLabel, STATED_UNIT as UNIT } from './labels';
import { differ, isContinuation, joinedFold, wrapsInto } from './wrapped/wrapped';
import { wrappedLookedAhead, wrappedRow } from './wrapped/wrappedRow';
import { narrowLookedAhead, narrowRow } from './wrapped/narrowRow';
import { restsBeside } from './wrapped/wrappedFigures';
import { UNITS } from './readStatistics';
import { addsUp } from './lostBlanks';
import { CHAR_CLASS, DIGIT } from '../text/charClass';
import { isChineseFigure, isLatinFailure } from './failedFigure';
import { APP_TOTAL_COL, APP_WIDTH } from '../../form/schema';
import { finish, finishLookedBack } from './applications/finishTable';
import { firstAboveBy } from '../text/sorted';
import { byPlace, endsBeforeFigures, headerWordBefore, wordCellsLine, type LineMemo } from './applications/labelByPlace';
import type { ApplicationsTable, Cell, Span, TableRow } from '../../types';

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
  /** The mark of the step that opened the table open now, this walk (its `back` takes in what finishing it reads before it). */
  let opening: AppMark | undefined;
  const close = () => {
    if (draft && kept(draft)) {
      tables.push(finish(draft, text));
      // (Its finishing looked at the text before it — a row's figures there, pdftotext's: finishTable's figuresFirst —:
      // an edit there changes it, so no walk after an edit before that text stops at or after the mark that opened it.
      // Found by a random hunt of edits: a table kept from before an edit in the lines above it.)
      if (opening && finishLookedBack < Infinity) opening.back = opening.backAfter = Math.min(opening.back, firstAboveBy(tokens, tokenEnd, finishLookedBack));
    }
    draft = undefined;
    opening = undefined;
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
  const lineMemo: LineMemo = { line: -1, firstPiece: -1, header: false };
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
    // (The open table as the step found it — its rows are replaced, never changed in place, and its groups only grow —,
    // for a mark made at this step after the step changed it: see the repeat below.)
    const stepRows = draft?.rows;
    const stepN = draft ? draft.rows.length : 0;
    const stepG = draft ? draft.groups.length : 0;
    const stepEnd = draft ? draft.end : 0;
    const previous = draft?.rows[draft.rows.length - 1]?.id;
    const started = !!draft && draft.rows.length > 0;
    if (i + 2 > reach) reach = i + 2; // (the step reads this token and the next)
    let m = matchAppLabel(head, started, previous);
    const first = i;
    // A label a narrow column wrapped over many short lines, spelled whole by them (narrowRow.ts).
    const narrow = narrowRow(tokens, i, text, m);
    reach = Math.max(reach, narrowLookedAhead(), lastCellsReach());
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
    reach = Math.max(reach, lastCellsReach(), narrow ? 0 : wrappedLookedAhead());
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
      // (A later line of column names ends the row: its words are no more of the label, its 「数据1」 no figure — a heading
      // 「### 一、本年新收…」 over its own table, 「| 类别 | 数据1 | … | 总计 |」 and the row: the heading's row read 「1」.)
      if (t.kind === 'text' && t.line > tok.line && t.piece !== tokens[j - 1]?.piece && wordCellsLine(tokens, j, false, lineMemo)) break;
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
    // (Nor is any unnumbered row's name after the first cell of a line of column names in words of their own: 「| 类别 |
    // 数据1 | … | 总计 |」. In its first cell, 「| 要求提供公开出版物 | 未统计 | … |」, it is a row whose cells are words.)
    if (draft && !m.numbered && !lastValue && wordCellsLine(tokens, first, true, lineMemo)) continue;
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
      // (A step that changed the open table before closing it — gave the row before this one's first figures, stacked rows;
      // took in a group's label among this row's lines — closes it changed: a walk after an edit that came to this step in
      // the same state would close it unchanged. No stop there, and its mark holds the table as the step found it. Found
      // by random hunts of edits: a row's figures lost, a group lost.)
      const changed = draft.rows !== stepRows || draft.rows.length !== stepN || draft.groups.length !== stepG || draft.end !== stepEnd;
      const before = changed ? { start: draft.start, header: draft.header, end: stepEnd, rows: stepRows!, n: stepN, groups: draft.groups, g: stepG } : snapshot(draft);
      stepMark = { at: first, kind: 'repeat', tables: stepTables, after: 0, reach: stepReach, back: first, backAfter: first, draft: before, id: m.def.id, previous, shift: 0 };
      if (changed) stepMark.noStop = true;
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
      opening = stepMark;
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
    const over = overFigures(cells, fitted);
    if (over) row.over = over;
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
 * A row's figures past its seven where it has whole rows' more (14 or 21, every one a figure, no blank among them, the
 * first seven its cells): the figures the rows whose names pdftotext put after them may own (rows/namesAfter.ts).
 */
function overFigures(cells: readonly Token[], fitted: { cells: readonly Cell[]; found: number; run?: unknown }): Cell[] | undefined {
  const { found } = fitted;
  if (fitted.run || found <= APP_WIDTH || found % APP_WIDTH !== 0 || found > 4 * APP_WIDTH || cells.length !== found) return undefined;
  for (const t of cells) if (t.kind !== 'value') return undefined;
  for (let k = 0; k < APP_WIDTH; k++) if (fitted.cells[k].span.start !== cells[k].span.start) return undefined;
  return cells.slice(APP_WIDTH).map(toCell);
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
    if (m.backAfter < cut.oldAfter || m.noStop) continue;
    if (m.kind === 'open' && !draft) return { next: s, mark: m, index: k };
    if (m.kind === 'repeat' && draft && draft.rows.length > 0 && draft.rows[draft.rows.length - 1].id === m.previous && draft.seen.has(m.id!)) return { next: s, mark: m, index: k };
  }
  return { next: s, index: -1 };
}

/** A token's end (the first token ending after an offset: sorted.ts). */
const tokenEnd = (t: Token) => t.span.end;

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
  let k = first - 1;
  for (; k >= 0; k--) {
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
  // A search that ran out of tokens read the segment's start too: what an edit puts before its first
  // token (a header line typed above the table) is read by it, so it is no place to stop after that edit.
  if (k < 0) openBack = -1;
  if (h < first) {
    draft.start = tokens[h].span.start;
    draft.header = { start: draft.start, end: draft.header?.end ?? end };
  }
  return draft;
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

