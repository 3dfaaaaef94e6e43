/**
 * Reads table 二 (主动公开): blocks headed 「第二十条第（N）项」, a column header row, then rows
 * 规章, 行政规范性文件, 行政许可, … each followed by its figures. On a page that lost its cell
 * boundaries all of this is one run of text (「第二十条第（一）项信息内容本年制发件数…规章000行政规范性
 * 文件008第二十条第（五）项…」): block headers are found inside the text, and a row label is the end
 * of the text before its figures. The form version (2021 or 2019) is read off the table's own
 * column headers, which decides how many figures each row has. These rows are not linked by any
 * sum, so glued figures are read only where the digits split one way (「规章000」 = 0|0|0).
 */
import { readRun } from '../glued/readRun';
import { countWithUnit, readCell } from '../tokens/numbers';
import { Token } from '../tokens/token';
import { fitRow, lastCellsReach, resetCellsReach, rowCellsEnd } from './fitRow';
import { activeMark, restoreActive, type ActiveMark, type ActiveRead, type ActiveResume } from './resume/activeMarks';
import { markSpacing, takeUp } from './resume/walkTables';
import { isNumbered, labelParts, STATED_UNIT as UNIT } from './labels';
import { differ, joinedFold, wrapsInto } from './wrapped/wrapped';
import { ACTIVE_2019_HEADERS, ACTIVE_2021_HEADERS, activeBlocks, type ActiveBlockDef, type RowDef } from '../../form/schema';
import { chineseNumeral, foldChars } from '../text/normalize';
import { lineEndAt, lineStartAt } from '../text/lines';
import { activeOrder } from './header/activeColumns';
import { commaPair } from './rows/commaPair';
import { figuresBefore } from './rows/figuresBefore';
import { scatteredRows } from './rows/scattered';
import type { ActiveBlock, ActiveTable, Cell, RowGlue, Span, TableRow } from '../../types';

/**
 * A block's title, in folded text. Its brackets as OCR reads them too — 「第二十条第 〈六) 项」「《八)」「<五)」「〔九〕」, and 入 for
 * 八 (「《入)」), a dash for 一 (「(-)」): tesseract gave every title of a real page so, its rows under them read whole, and table 二 was said to lack all
 * its blocks (found by a review of OCR text). Nothing else is written 「第二十条第…项」.
 */
const BLOCK = /第二十条第[(〈《<〔【]?([一二三四五六七八九十入\-—–_]{1,2})[)〉》>〕】]?项/g;
/** The block's item as the form writes it (入 read for 八, a dash for 一: 「第二十条第 (-) 项」). */
const itemOf = (numeral: string) => numeral.replace(/入/g, '八').replace(/[-—–_]/g, '一');
/**
 * An article cited in a sentence, not a block's title (found by a review: 「依据《条例》第二十条第（一）项公开规章。」
 * made a table 二 of its own, whose blocks were 「缺少」, and put the real table's figures out of the export):
 * the law or a verb of citing before it, or what a citation goes on with after it (「的规定」「、」「和」), or a
 * clause of words after it in its text. (Folded text: brackets ASCII.)
 */
// (A note's opening too: 「注：第二十条第（六）项行政处罚20件均已…」 under the table made a second table 二 whose
// blocks were said lacking — found by a review.)
const CITED_BEFORE = /(?:条例|》|办法|规定|依据|根据|按照|依照|对照|遵照|执行|落实|属于|第二十条|项|注:?|说明:?|备注:?|其中)$/;
const CITED_AFTER = /^(?:的?规定|要求|所列|明确|、|和|及|与|至|中的?|等)/;
function cited(s: string, at: number, end: number): boolean {
  if (CITED_BEFORE.test(s.slice(Math.max(0, at - 4), at)) || CITED_AFTER.test(s.slice(end, end + 4))) return true;
  // (A title runs on into its column header, its first row or the next title, or ends its text: not into a clause.)
  const rest = s.slice(end, end + 16);
  const clause = rest.search(/[。；;，,！？]/);
  return clause >= 0 && !HEADER_WORDS.some((w) => rest.startsWith(w)) && !/^[0-9]/.test(rest);
}
const HEADER_WORDS = ['信息内容', ...ACTIVE_2021_HEADERS, ...ACTIVE_2019_HEADERS, '本年增', '处理决定数量', '单位', '万元'];
/**
 * Four characters of a column's name that only one form's table 二 has: what is left of a header OCR damaged (「制作数量
 * |公开数量 双外公开总数量」 for 本年新制作数量 / 本年新公开数量 / 对外公开总数量). Read as 2021's, a report of 2019's figures
 * were exported under 本年制发件数 / 本年废止件数 / 现行有效件数 — found by a review of OCR text.
 */
const FRAGMENTS_2019 = ['新制作数', '制作数量', '新公开数', '公开总数', '项目数量', '采购项目', '采购总金'];
const FRAGMENTS_2021 = ['制发件数', '废止件数', '有效件数', '收费金额'];

export interface RawRow {
  def: RowDef;
  label: Span;
  labelText: string;
  cells: Token[];
  /** The line the label is on. */
  line: number;
  /** Words glued before the label that are no block's nor column's header (「重大」 of 「重大行政处罚」): the row is not the form's own. */
  before?: string;
  /** Its words the row's but for one character (rowLabel): read as the row, which label-drift says. */
  misread?: true;
}
export interface RawBlock {
  item: string;
  header: Span;
  end: number;
  rows: RawRow[];
  /** The rows of a block whose title stood before the other blocks with no row under it (build() drops that title's block). */
  late?: true;
}

const ALL_DEFS = [...activeBlocks('2021'), ...activeBlocks('2019')];
/** The rows a block of item N may hold, in either form. */
const ROWS_OF_ITEM = new Map<string, RowDef[]>();
const rowsOfItem = (item: string): RowDef[] => {
  let rows = ROWS_OF_ITEM.get(item);
  if (!rows) ROWS_OF_ITEM.set(item, (rows = ALL_DEFS.filter((d) => d.item === item).flatMap((d) => d.rows)));
  return rows;
};
/** Each row's written forms, longest first: the label itself and its keys. */
const FORMS = new Map<string, string[]>();
function forms(def: RowDef): string[] {
  let f = FORMS.get(def.id);
  if (!f) {
    f = [...new Set([foldChars(def.label).s, ...def.keys, ...(def.id === 'normative' ? ['行政规范性文件', '规范性文件'] : [])])].sort((a, b) => b.length - a.length);
    FORMS.set(def.id, f);
  }
  return f;
}

/** The row label a folded text ends with (or is), and where it starts in the folded text. */
function rowLabel(s: string, item: string): { def: RowDef; at: number; misread?: true } | undefined {
  // (A label may carry its unit: 「…采购总金额政府集中采购（元）6675809」, the column headers glued before it; or a note of
  // its own, 「…本年处理决定数量行政处罚（一般程序）5行政处罚（简易程序）7」 — the first was read as the column header's words,
  // its 5 lost and the second row's 7 exported as 行政处罚's without a word: found by a review.)
  const note = UNIT_NOTE.exec(s) ?? LABEL_NOTE.exec(s);
  const core = note ? s.slice(0, note.index) : s;
  for (const def of rowsOfItem(item)) {
    for (const form of forms(def)) if (core.endsWith(form) && (!def.exact || form === def.keys[0])) return { def, at: core.length - form.length };
  }
  // A short cell that is the label, maybe with a unit or note (「行政许可（件）」).
  const { words } = labelParts(s);
  if (words.length > 20 || /\d/.test(words) || isHeaderText(words)) return undefined;
  for (const def of rowsOfItem(item)) if (def.exact ? def.keys.includes(words) : def.keys.some((k) => words.includes(k))) return { def, at: 0 };
  // One character of a row's words misread (OCR's 「行政处刑」「行政许叫」「规范性文仵」): the block's one row whose key of four
  // characters or more it is but for that character — not where two rows are (「行政处制」: 处罚 or 强制). A row of the form
  // lost with its figures (found by a review of OCR text); label-drift says how it was read.
  let near: RowDef | undefined;
  for (const def of rowsOfItem(item)) {
    if (!def.keys.some((k) => k.length >= 4 && oneApart(words, k))) continue;
    // (Both forms' blocks are looked in: the same row of each is one.)
    if (near && near.id !== def.id) return undefined;
    near ??= def;
  }
  return near && { def: near, at: 0, misread: true };
}

/** Whether `a` is `b` with one character in its place another (the same length, one difference). */
function oneApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length && d < 2; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) d++;
  return d === 1;
}

/** A short note in brackets at a label's end, no figure in it (folded text: brackets ASCII). */
const LABEL_NOTE = /\([^()\d]{1,10}\)$/;
/** A unit in brackets at a label's end (folded text). */
const UNIT_NOTE = /[(（](?:[万萬]?元|件|个|個|项|項|笔|筆|条|條|次)[)）]$/;

const isHeaderText = (s: string) => s.length <= 40 && (HEADER_WORDS.some((h) => s.includes(h)) || FRAGMENTS_2019.some((h) => s.includes(h)) || FRAGMENTS_2021.some((h) => s.includes(h)));

/**
 * Whether the next line's words finish the row label a first line already names (「其他对外管理服务事」 /
 * 「项  0  0  0」, a label wrapped in its cell one or two characters from its end): the two lines name the
 * same row, and the second is no more than the rest of its official words — left alone, 「项」 would end
 * the row before its figures.
 */
function endsLabel(head: Token, next: Token, item: string | undefined): boolean {
  if (item === undefined) return false;
  const first = rowLabel(head.fold().s, item);
  if (!first) return false;
  const joined = joinedFold(head, next).fold().s;
  const both = rowLabel(joined, item);
  return both?.def === first.def && next.fold().s.length <= 4 && forms(first.def).some((form) => joined.endsWith(form) && form.length > next.fold().s.length);
}

/** Whether folded text holds a block header, or (within block `item`) is a row label or header text. */
function readsAlone(s: string, item: string | undefined): boolean {
  BLOCK.lastIndex = 0;
  if (BLOCK.test(s)) return true;
  return item !== undefined && (!!rowLabel(s, item) || isHeaderText(s));
}

/**
 * Whether a segment whose fold is `folded` may hold a block header at all — if not, its tokens need
 * not be looked at (most segments are prose). Exact: a header is found in one token's fold or in two
 * tokens' folds joined, each a part of the segment's; 「第二十条第」 split between two tokens leaves
 * three of its characters in one of them, so one of these three triples is in the segment's fold.
 */
export function mayHoldActive(folded: string): boolean {
  return folded.includes('第二十') || folded.includes('二十条') || folded.includes('十条第') || COLUMN_WORDS.some((w) => folded.includes(w));
}

/** Words only table 二's column header holds: a block that lost its title row is found after them. */
const COLUMN_WORDS = ['信息内容', ...ACTIVE_2021_HEADERS, ...ACTIVE_2019_HEADERS].filter((w) => w !== '政府集中采购');
/** Words that name one of table 二's figure columns (not 「信息内容」, a block's own header, nor a unit alone, nor a note). */
const namesColumn = (words: string): boolean => {
  const f = foldChars(words).s;
  return !/^[（(]?注/.test(f) && COLUMN_WORDS.some((w) => w !== '信息内容' && f.includes(w));
};
/** How many tokens before a row its column header may start (one cell a line: 信息内容 and three names, blank cells between). */
const UNHEADED_LOOKBACK = 12;
const ITEMS = ['一', '五', '六', '八', '九'];
/** How many figures a block of item N has a row, in either form. */
const WIDTHS = new Map<string, number[]>(ITEMS.map((item) => [item, ALL_DEFS.filter((d) => d.item === item).map((d) => d.columns.length)]));

/**
 * A block of table 二 whose 「第二十条第（N）项」 title row is not in the text (a converter that drops a
 * table's merged rows, a writer who left them out): found at one of its rows whose label is the whole
 * of its cell, at its line's start, with only as many figures after it as the item's rows have in one
 * of the forms (blank cells on its line counted). It opens only where the table is sure: right after
 * table 二's column header (信息内容, 本年制发件数 …), in a table 二 already begun, or — in a section 二
 * whose text holds neither block titles nor column headers (`bare`: a table stripped to its rows) —
 * anywhere; and never for an item the table has (a row of the open block stays its row). The
 * block's header is an empty span where its column header starts (or at the row).
 */
function unheadedBlock(tokens: Token[], i: number, s: string, text: string, current: RawBlock | undefined, blocks: RawBlock[], bare: boolean): { item: string; header: Span; headers: string[]; late?: true } | undefined {
  const item = unheadedItem(s);
  // The rows of a block whose title stood with no row under it, after the other blocks (「第二十条第（一）项」 right above
  // 「第二十条第（五）项」, its 「规章」「规范性文件」 after （八）'s rows under their own column header: a PDF's text that took
  // the block's cells apart from its title). Its rows, read into it — said lacking, with their figures in the text, before
  // (found by a review of two PDFs' Markdown).
  // (A block of its own, opened after the others — the walk's marks hold the blocks before the open one as they were —,
  // that build() puts in the empty one's place: `late`.)
  // (Only a title with nothing after it but the next block's title — a block that holds 「不涉及」 or its column header alone
  // is an agency's with no such rows, and a county's table after it is not its rows — and only rows under their own column
  // header: found by the review of the first version, which took a county's rows after a note as the agency's.)
  const empty = item ? blocks.find((b, k) => b.item === item && !b.rows.length && b.header.end > b.header.start && b !== current && titleAlone(text, b, blocks[k + 1])) : undefined;
  if (empty && !blocks.some((b) => b.late && b.item === item) && !(current && rowLabel(s, current.item))) {
    const row = unheadedBlockRow(tokens, i, text, item!, false);
    return row && row.headers.length ? { item: item!, header: { start: row.start, end: row.start }, headers: row.headers, late: true } : undefined;
  }
  // A writer may leave out one block's title: its rows then follow the rows of the block before it in the
  // form's order (「…其他对外管理服务事项000行政处罚3000行政强制000第二十条第（八）项」). Only right after a
  // row of that block on the same line (a glued page's: a stray line of words and figures stays a stray line), and
  // only the next item.
  const lastCells = current && current.rows.length ? current.rows[current.rows.length - 1].cells : [];
  const follows = !!current && ITEMS.indexOf(item ?? '') === ITEMS.indexOf(current.item) + 1 && lastCells.length > 0 && lastCells[lastCells.length - 1].line === tokens[i].line;
  // (In a table whose blocks have their titles, a row-like line of another block is a stray line, not
  // a block whose title alone was lost: converters drop all of a table's merged rows or none.)
  // (Or under a title an OCR garbled past reading — 「第二十条第 A) 项」「第二十条第 UO 项」 —: its block's title is there, its
  // item told by the row. Taken for nothing, its rows were dropped as stray lines, and table 二 said to lack three blocks
  // whose every figure a review of tesseract's text found right.)
  const garbled = garbledTitle(tokens, i);
  if (!item || blocks.some((b) => b.item === item || (!follows && !garbled && b.header.end > b.header.start)) || (current && (item === current.item || rowLabel(s, current.item)))) return undefined;
  const row = unheadedBlockRow(tokens, i, text, item, follows);
  if (!row) return undefined;
  const { start, headers } = row;
  if (!headers.length && !blocks.length && !bare) return undefined;
  if (garbled) return { item, header: garbled, headers };
  return { item, header: { start, end: start }, headers };
}

/**
 * Whether nothing but spaces and rules stands between block `b`'s title and the next block's title (a line or two: a
 * longer stretch of spaces is no title standing alone, and is not read through for each row that asks).
 */
function titleAlone(text: string, b: RawBlock, next: RawBlock | undefined): boolean {
  if (!next || next.header.start < b.header.end || next.header.start - b.header.end > TITLE_GAP) return false;
  for (let k = b.header.end; k < next.header.start; k++) if (!LINE_LEAD.test(text[k])) return false;
  return true;
}
const TITLE_GAP = 200;

/**
 * Whether tokens[i] is a row of a block of item `item` standing alone (at its line's start, unless it `follows` the
 * block before on its line, with its figures and nothing after them): where its column header before it starts, and
 * that header's words.
 */
function unheadedBlockRow(tokens: Token[], i: number, text: string, item: string, follows: boolean): { start: number; headers: string[] } | undefined {
  const t = tokens[i];
  if (!follows) for (let k = t.span.start - 1; k >= 0 && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13; k--) if (!LINE_LEAD.test(text[k])) return undefined;
  const j = rowCellsEnd(tokens, i + 1);
  let figures = 0;
  let lastLine = t.line;
  // (Blank cells on its lines count: 「行政许可 |  |」 is the row with its figure left blank; those on
  // lines of their own, a cell a line's 「|||」, do not.)
  const lines = new Set([t.line]);
  for (let k = i + 1; k < j; k++) {
    if (tokens[k].kind === 'value') (figures++, lines.add(tokens[k].line));
    if (tokens[k].kind !== 'blank') lastLine = tokens[k].line;
  }
  let blanks = 0;
  for (let k = i + 1; k < j; k++) if (tokens[k].kind === 'blank' && lines.has(tokens[k].line)) blanks++;
  const widths = WIDTHS.get(item)!;
  if (!widths.includes(figures) && !widths.includes(figures + blanks)) return undefined;
  // (Nothing else on the row's last line but an amount's unit, 「政府集中采购  6  251000 元」「4816.34万元」:
  // 「行政许可 12 件」 is a sentence.)
  const after = tokens[j];
  const unit = after && after.line === lastLine && j > i + 1 && AMOUNT_UNIT.test(after.raw);
  // (Following the block before, on a glued page's one line: the next row's label may follow, not a count's unit.)
  if (follows) {
    if (after && after.span.start === tokens[j - 1].span.end && UNIT.test(after.raw)) return undefined;
  } else if (after && after.line === lastLine && !(unit && (!tokens[j + 1] || tokens[j + 1].line > lastLine))) return undefined;
  // The column header right before the row.
  let start = t.span.start;
  const headers: string[] = [];
  for (let k = i - 1; k >= Math.max(0, i - UNHEADED_LOOKBACK); k--) {
    const h = tokens[k];
    if (h.kind === 'blank') continue;
    const f = h.kind === 'text' ? h.fold().s : '';
    // (A cell that opens with a column's name, or a piece of one wrapped in its cell — 「本年新」 /
    // 「制作数量」, 「现行有效件」 / 「数」 —, one at least whole: 「主动公开的信息内容包括：」 in prose is no header.)
    if (!f || f.length > 40 || !columnPieces(h)) break;
    start = h.span.start;
    headers.unshift(f);
  }
  if (!headers.some((f) => COLUMN_WORDS.some((w) => f.includes(w)))) {
    start = t.span.start;
    headers.length = 0;
  }
  return { start, headers };
}

/** A block's title whose item an OCR garbled (folded): 「第二十条第A)项」「第二十条第ON)项」「第二十条第UO项」. */
const GARBLED_BLOCK = /^第二十条第[^项一二三四五六七八九十]{1,4}项$/;
/**
 * The span of such a title on the lines before the row at tokens[i] — nothing between but its block's column header
 * (信息内容, 本年处理决定数量 …) and blank cells —, or undefined.
 */
function garbledTitle(tokens: readonly Token[], i: number): Span | undefined {
  for (let k = i - 1; k >= Math.max(0, i - UNHEADED_LOOKBACK); k--) {
    const h = tokens[k];
    if (h.kind === 'blank') continue;
    if (h.kind !== 'text') return undefined;
    const f = h.fold().s;
    if (GARBLED_BLOCK.test(f)) return { start: h.span.start, end: h.span.end };
    if (!columnPieces(h)) return undefined;
  }
  return undefined;
}

/** Whether every word of a text token is a column header's piece (isColumnPiece). */
const columnPieces = (h: Token): boolean => h.raw.trim().split(/\s+/).every((p) => isColumnPiece(foldChars(p).s));
/** Each row's written forms (the exact ones as written), and the item whose row it is: a text token is one or is none by one lookup. */
let FORM_ITEMS: Map<string, string> | undefined;
function unheadedItem(s: string): string | undefined {
  if (!FORM_ITEMS) {
    FORM_ITEMS = new Map();
    for (const item of ITEMS) for (const def of rowsOfItem(item)) for (const form of forms(def)) if ((!def.exact || form === def.keys[0]) && !FORM_ITEMS.has(form)) FORM_ITEMS.set(form, item);
  }
  // (Numbered, 「1.规章」「（一）行政许可」: the label without its numbering.)
  return FORM_ITEMS.get(s) ?? (s.length <= 20 && isNumbered(s) ? FORM_ITEMS.get(labelParts(s).words) : undefined);
}

/**
 * A column header's cell, or a piece of one: column names run together with at most a note in
 * brackets (「本年收费金额（单位：万元）」), or part of one name (laid out apart on a line: 「制作数量
 * 公开数量      量」). 「信息内容及时公开。」, a sentence that wrapped to start a line with the words, is none.
 */
function isColumnPiece(f: string): boolean {
  if (!f) return false;
  let rest = f;
  for (const w of COLUMN_WORDS) if (rest.includes(w)) rest = rest.split(w).join('');
  rest = rest.replace(/\([^()]*\)/g, '');
  return rest === '' || (rest === f && COLUMN_WORDS.some((w) => w.includes(f)));
}

/**
 * Words between a row's figures on their line that the figures keep: the 2019 form's 本年增/减 written with
 * a word, 减 (減) for minus and 增 for plus, right before its figure (「行政事业性收费16减12」: before, the row
 * stopped at the word, 16 was split into 1|6 and 减12 dropped) — one signed figure; and a count's unit glued
 * to a figure that another figure follows (「政府集中采购 2笔 984361元」), passed over. The row's further
 * figures follow. (A unit with no figure after it is the sentence rule's: 「行政处罚5件」.)
 */
function rowWords(tokens: Token[], text: string, j: number, cells: Token[]): number {
  for (;;) {
    const w = tokens[j];
    const n = tokens[j + 1];
    const last = cells[cells.length - 1];
    // (After a figure or a blank cell of its line: 「行政许可\t15\t\t减3\t9」 leaves a field empty before it.)
    if (!w || !n || !last || last.kind === 'text' || w.kind !== 'text' || w.line !== last.line || n.kind !== 'value' || n.line !== w.line) return j;
    if (SIGN_WORD.test(w.raw) && n.span.start === w.span.end && n.digits && n.cell?.kind === 'number') {
      const v = n.cell.value!;
      const t = new Token('value', { start: w.span.start, end: n.span.end }, text.slice(w.span.start, n.span.end), n.line, n.piece, n.col);
      t.cell = { kind: 'number', value: w.raw.startsWith('增') || v === 0 ? v : -v };
      t.segment = n.segment;
      cells.push(t);
    } else if (last.kind === 'value' && COUNT_UNIT.test(w.raw) && w.span.start === last.span.end) cells.push(n);
    else return j;
    const e = rowCellsEnd(tokens, j + 2);
    for (let k = j + 2; k < e; k++) cells.push(tokens[k]);
    j = e;
  }
}
/**
 * Whether tokens[i]'s row is a label alone at its line's start, then its one figure apart from it by spaces,
 * then `unit` glued to the figure and ending the line (「行政许可  5件」): a table's row, not a sentence — the
 * count read as a cell 「5件」 is (countWithUnit); undefined otherwise.
 */
function countedCell(tokens: readonly Token[], i: number, j: number, cells: readonly Token[], last: Token, unit: Token, text: string): ReturnType<typeof countWithUnit> {
  const t = tokens[i];
  if (i > 0 && tokens[i - 1].line === t.line) return undefined;
  if (cells.some((c) => c !== last && c.kind !== 'blank') || last.line !== t.line || unit.line !== t.line) return undefined;
  if (tokens[j + 1] && tokens[j + 1].line === unit.line) return undefined;
  const gap = text.slice(t.span.end, last.span.start);
  return gap.length > 0 && /^[ \t\u3000\u00a0]+$/.test(gap) ? countWithUnit(text.slice(last.span.start, unit.span.end)) : undefined;
}

const SIGN_WORD = /^(?:[减減增]|增加|减少|減少)$/;
const COUNT_UNIT = /^[笔筆个個项項件宗]$/;

/** An amount's unit, which may follow a row's last figure. */
const AMOUNT_UNIT = /^[万萬]?元$/;
/** What may stand before a row's label on its line: spaces and a table's borders. */
const LINE_LEAD = /[\s|│┃║]/;

/**
 * Table 二 in a segment's tokens. Given the reading before an edit, the walk takes up at the last mark
 * before the edit whose steps before read nothing of it, and stops where, with no block open, the walk
 * before changed nothing more (activeMarks.ts).
 */
export function readActive(tokens: Token[], text: string, resume?: ActiveResume, keepMarks = true, bare = false): ActiveRead {
  const tables: ActiveTable[] = [];
  const marks: ActiveMark[] = [];
  let blocks: RawBlock[] = [];
  let headers: string[] = [];
  let current: RawBlock | undefined;
  let reach = 0;
  let from = 0;
  /** The last step that changed the state or had a block open (one before the first: none). */
  let lastChange = -1;
  const spacing = keepMarks || resume ? markSpacing.tokens : Infinity;
  const cut = resume?.cut;
  const start = takeUp(resume, tables, marks);
  if (start) {
    const m = start.mark;
    ({ blocks, headers, current } = restoreActive(m));
    reach = m.reach;
    from = m.at;
    lastChange = m.at - 1;
  }
  const flush = () => {
    if (blocks.length) tables.push(build(blocks, headers, text));
    blocks = [];
    headers = [];
    current = undefined;
  };
  let lastMark = marks.length ? marks[marks.length - 1].at : -Infinity;
  const seen = { k: 0 };
  resetCellsReach();
  for (let i = from; i < tokens.length; i++) {
    // Past the edited lines, with no block open, where the walk before changed nothing more and had no
    // block open: its steps only looked for block headers, found none in these tokens, and nor will this one's.
    // (A step may look back over UNHEADED_LOOKBACK tokens for a column header: the stop is that far past the edit.)
    // (And only in the state the walk before had there — the same blocks, of the same items, and header words: with blocks read a
    // row's name opens a block of no title, and an item read again closes the table; stopped in another state, a block 五 far
    // below one an edit made whole was never read — found by a hunt of edits. The walk before changed nothing after lastChange:
    // its state there is its next mark's; past its last mark, unknown, and the walk goes on.)
    if (resume && cut && !current && i >= cut.oldAfter + cut.moved + UNHEADED_LOOKBACK && i - cut.moved > resume.lastChange && sameState(resume, i - cut.moved, blocks, headers, seen)) {
      // (The marks after: the walk before took them in this state, which is now this walk's.)
      const done = activeMark(i, tables.length, reach, blocks, headers, current);
      if (spacing !== Infinity) marks.push(done);
      for (const m of resume.marks) if (m.at > i - cut.moved) marks.push({ ...done, at: m.at + cut.moved, reach: Math.max(reach, m.reach + cut.moved) });
      flush();
      return { tables, marks, lastChange, walked: [from, i] };
    }
    const head = tokens[i];
    if (head.kind !== 'text') continue;
    if (i - lastMark >= spacing) {
      marks.push(activeMark(i, tables.length, reach, blocks, headers, current));
      lastMark = i;
    }
    const stepAt = i;
    const blocksBefore = blocks.length;
    const headersBefore = headers.length;
    const currentBefore = current;
    if (i + 2 > reach) reach = i + 2;
    step: {
      let f = head.fold();
      // A block header or a label wrapped in its cell (「第二十条」 / 「第（一）项」, 「行政」 / 「许可」): read
      // across the line break when the first part means nothing alone.
      // (Past the blank cells beside the first part, in a drawn table: 「| 第二十条 |  |  |」 / 「| 第（一）项 |  |」.)
      let n = i + 1;
      while (n < tokens.length && tokens[n].kind === 'blank') n++;
      if (n + 1 > reach) reach = n + 1;
      const next = tokens[n];
      if (wrapsInto(head, next) && !differ(head.col, next.col) && (!readsAlone(f.s, current?.item) || endsLabel(head, next, current?.item))) {
        const joined = joinedFold(head, next).fold();
        if (readsAlone(joined.s, current?.item) && !readsAlone(next.fold().s, current?.item)) {
          f = joined;
          i = n;
        }
      }
      // A label wrapped beside its figures (a PDF's narrow 信息内容 column: 「行政事业性收  12.3456」 / 「费」,
      // 「行政规范性文  12」 / 「件  3  47」): the words on the next line finish it, the figures on both lines
      // are its cells.
      let under: Token | undefined;
      if (current && f === head.fold() && !readsAlone(f.s, current.item)) {
        const k = rowCellsEnd(tokens, i + 1);
        const rest = tokens[k];
        if (k > i + 1 && wrapsInto(head, rest)) {
          const joined = joinedFold(head, rest).fold();
          const row = rowLabel(joined.s, current.item);
          // (The label starts on the first line — 「合计 5」 / 「行政许可 3」 are two things — and the words on
          // the next line name no other row: 「行政」 / 「规范性文件」 names the same.)
          const alone = rowLabel(rest.fold().s, current.item);
          if (row && row.at < f.s.length && (!readsAlone(rest.fold().s, current.item) || alone?.def === row.def)) {
            f = joined;
            under = rest;
          }
        }
      }
      const t = tokens[i];
      const s = f.s;
      // Block headers inside the text.
      let tailFrom = 0;
      BLOCK.lastIndex = 0;
      for (let m = BLOCK.exec(s); m; m = BLOCK.exec(s)) {
        const item = itemOf(m[1]);
        if (chineseNumeral(item) === undefined || cited(s, m.index, m.index + m[0].length)) continue;
        if (blocks.some((x) => x.item === item)) flush();
        const header = { start: f.at(m.index), end: f.at(m.index + m[0].length - 1) + 1 };
        current = { item, header, end: header.end, rows: [] };
        blocks.push(current);
        tailFrom = m.index + m[0].length;
      }
      // A block whose title row a converter dropped: its row, at a line's start with only its figures after it.
      if (tailFrom === 0 && i === stepAt) {
        const opened = unheadedBlock(tokens, i, s, text, current, blocks, bare);
        if (opened) {
          // (The column header words before the row are the new block's, not the end of the one before.)
          if (current) current.end = Math.max(current.rows.length ? current.rows[current.rows.length - 1].label.end : current.header.end, Math.min(current.end, opened.header.start));
          current = { item: opened.item, header: opened.header, end: opened.header.end, rows: [] };
          if (opened.late) current.late = true;
          blocks.push(current);
          headers.push(...opened.headers);
        }
      }
      if (!current) break step;
      const tail = s.slice(tailFrom);
      if (!tail) break step;
      const row = rowLabel(tail, current.item);
      if (!row) {
        if (isHeaderText(tail)) {
          headers.push(tail);
          current.end = Math.max(current.end, t.span.end);
        } else if (tailFrom === 0 && (tail.length > 12 || /[。；;，,]/.test(tail))) current = undefined; // prose: the block has ended
        break step;
      }
      if (row.at > 0 || tailFrom > 0) headers.push(s.slice(tailFrom, tailFrom + row.at));
      const cells: Token[] = [];
      let j = rowCellsEnd(tokens, i + 1);
      for (let k = i + 1; k < j; k++) cells.push(tokens[k]);
      if (under && tokens[j] === under) {
        const e = rowCellsEnd(tokens, j + 1);
        for (let k = j + 1; k < e; k++) cells.push(tokens[k]);
        j = e;
      }
      j = rowWords(tokens, text, j, cells);
      // (It read up to the token after the row, and its unit.)
      reach = Math.max(reach, j + 2);
      const last = cells.filter((c) => c.kind !== 'blank').pop();
      const follower = tokens[j];
      // 「行政处罚5件」: a figure and its count in a sentence, not a row. (Not a unit apart from the figure:
      // in text laid out with spaces — pdftotext, a text browser — that is a unit column's cell.) But a row's
      // label alone at its line's start, its one figure apart from it and the unit ending the line
      // (「行政许可  5件」, a table typed with spaces): the row's cell 「5件」, which cell-invalid names (found by a review).
      if (last && follower && follower.span.start === last.span.end && UNIT.test(follower.raw)) {
        const k = cells.indexOf(last);
        const counted = countedCell(tokens, i, j, cells, last, follower, text);
        if (!counted) break step;
        const c = new Token('value', { start: last.span.start, end: follower.span.end }, text.slice(last.span.start, follower.span.end), last.line, last.piece, last.col);
        c.cell = counted.value;
        c.segment = last.segment;
        cells[k] = c;
        j++;
      }
      // A row the block has read already, again with figures: a second row of the table that reads as it (「行政处罚（一般
      // 程序）」 and 「…（简易程序）」) — build() keeps one, and says so; without figures, a stray line's (a sentence, a note).
      // (A sentence or a note that names the row with a figure — 「注：行政事业性收费137.2万元均为…」「行政处罚中，简易程序12件」 —
      // is a stray line too: no row of a table has a sentence's marks. Found by the review of the first version.)
      if (current.rows.some((r) => r.def.id === row.def.id) && (!cells.some((c) => c.kind === 'value') || sentenceLine(text, t.span.start, stepAt > 0 ? tokens[stepAt - 1].span.end : 0, tokens[j]?.span.start ?? text.length))) break step;
      const start = f.at(tailFrom + row.at);
      const raw: RawRow = { def: row.def, label: { start, end: t.span.end }, labelText: text.slice(start, t.span.end) + (under ? under.raw : ''), cells, line: t.line };
      if (row.misread) raw.misread = true;
      const before = s.slice(tailFrom, tailFrom + row.at);
      if (before && !isHeaderText(before)) raw.before = before;
      current.rows.push(raw);
      current.end = Math.max(current.end, last ? last.span.end : t.span.end, under ? under.span.end : 0);
      i = j - 1;
    }
    reach = Math.max(reach, lastCellsReach());
    // (A step with a block open counts as one: its rows are looked for. So does a step that read the
    // next token with its own (a block header cut in two, even one that named no block): the next
    // token was no step's start, and a stop must be where the walk before took a step.)
    if (i !== stepAt || current || currentBefore || blocks.length !== blocksBefore || headers.length !== headersBefore) lastChange = i;
  }
  flush();
  return { tables, marks, lastChange, walked: [from, tokens.length] };
}

function build(raw: RawBlock[], headers: string[], text: string): ActiveTable {
  // (A block's rows read after the other blocks stand for its title's empty block: unheadedBlock.)
  if (raw.some((b) => b.late && b.rows.length)) raw = raw.filter((b) => b.rows.length || !raw.some((x) => x.late && x.item === b.item && x.rows.length));
  const has = (words: readonly string[]) => headers.some((h) => words.some((k) => h.includes(k)));
  const is2019 = has(ACTIVE_2019_HEADERS) || raw.some((b) => b.item === '九') || (has(FRAGMENTS_2019) && !has(FRAGMENTS_2021));
  const variant = is2019 ? '2019' : '2021';
  const defs = activeBlocks(variant);
  let inferred = 0;
  let unknown = 0;
  /** Whether each block was read with its figures above its rows' names, and which rows were read short (scattered.ts). */
  const readAbove: boolean[] = [];
  const shortRows = new Set<RawRow>();
  const built = new Map<RawRow, TableRow>();
  const blocks: ActiveBlock[] = raw.map((b, bi) => {
    const def: ActiveBlockDef | undefined = defs.find((d) => d.item === b.item);
    // (A row read by words one character off — 「行政处分」 beside 行政处罚, a word of its own — only where the block has not
    // the row by its own words: found by the review of the first version, a warning said of a real row and its figure.)
    const own = new Set(b.rows.filter((r) => !r.misread).map((r) => r.def.id));
    const rows: TableRow[] = [];
    /** Each row's words as written, those glued before its label too (onePerRow). */
    const written = new Map<TableRow, string>();
    // Columns in the header's own order (本年废止件数 first …), when its column header, written as a grid
    // between the block's title and its first row, says so for certain.
    const order = def && b.rows.length ? activeOrder(text, { start: b.header.start, end: b.rows[0].label.start }, def.columns) : undefined;
    // (Each row's figures above its name, as pdftotext writes a block without -layout: rows/figuresBefore.ts.)
    const above = def ? figuresBefore(b.rows, text, b.header.end) : undefined;
    readAbove[bi] = !!above;
    for (let k = 0; k < b.rows.length; k++) {
      const r = b.rows[k];
      const rd = def?.rows.find((d) => d.id === r.def.id);
      if (!def || !rd || (r.misread && own.has(r.def.id))) continue;
      const width = def.columns.length;
      const fitted = above && above[k].length === width ? { cells: above[k], found: width, run: undefined } : fitRow(commaPair(r.cells, r.label, text, width) ?? r.cells, width, r.label, text, r.line, undefined, undefined, true);
      const row: TableRow = { id: rd.id, label: { ...r.label }, labelText: r.labelText, cells: fitted.cells, found: fitted.found };
      if (r.misread) row.byPlace = true;
      const amount = above ? undefined : gluedAmount(text, r.cells, def.columns);
      if (amount) {
        row.cells = amount.cells;
        row.glue = amount.glue;
        row.found = width;
      } else if (fitted.run) {
        const glued = readRun(text, fitted.run, width, [], 'unique', def.columns.map((c) => !!c.signed));
        row.cells = glued.cells;
        row.glue = glued.glue;
      }
      if (order && !row.glue && row.cells.length === width) row.cells = order.map((_, k) => row.cells[order.indexOf(k)]);
      amountUnits(row.cells, def.columns, text, headerUnit(text, b.header.start, r.label.start));
      if (row.glue) {
        for (const c of row.cells) {
          if (c.inferred) inferred++;
          if (c.kind === 'unknown') unknown++;
        }
      }
      rows.push(row);
      written.set(row, (r.before ?? '') + r.labelText);
      built.set(r, row);
      if (row.cells.some((c) => c.kind === 'missing')) shortRows.add(r);
    }
    const one = def ? onePerRow(rows, def, written) : { rows, duplicates: [] };
    const block: ActiveBlock = { id: def ? def.id : 'b' + (chineseNumeral(b.item) ?? 0), span: { start: b.header.start, end: b.end }, header: b.header, rows: one.rows };
    if (one.duplicates.length) block.duplicates = one.duplicates;
    if (order) block.columns = order;
    return block;
  });
  // Rows whose figures, read after their names, are not certainly theirs (a PDF's text in the order of its lines).
  for (const r of scatteredRows(raw, text, (b, k) => shortRows.has(raw[b].rows[k]), readAbove, namesColumn)) {
    const row = built.get(r as RawRow);
    if (row) row.unsure = true;
  }
  const table: ActiveTable = {
    kind: 'active',
    span: { start: raw[0].header.start, end: Math.max(...raw.map((b) => b.end)) },
    variant,
    blocks,
  };
  if (blocks.some((b) => b.rows.some((r) => r.glue))) table.glue = { inferred, unknown, rules: [] };
  return table;
}

/**
 * Whether the line at `at` reads as a sentence or a note: a sentence's marks (「，」「。」「；」「：」), or 「注」 opening it. Only
 * its part from `from` (the token before the row's) to `to` (the token after its cells): a glued page is one line, all its
 * sentences in it — a second row read as 行政处罚 there (「…行政处罚（一般程序）5行政处罚（简易程序）7…」) was taken for a
 * sentence and dropped, the first's 5 exported as 行政处罚's without a word (found by a review).
 */
function sentenceLine(text: string, at: number, from: number, to: number): boolean {
  const line = text.slice(Math.max(lineStartAt(text, at), Math.min(from, at)), Math.min(lineEndAt(text, at), Math.max(to, at)));
  return /[，。；;：:！？]|^[\s|]*[（(]?注/.test(line);
}

/**
 * One row of each of the form's in a block. Two rows that read as one (「行政处罚（一般程序）」 and 「行政处罚（简易程序）」, 「重大
 * 行政处罚」 before 「行政处罚」, 「党内规范性文件」 before 「行政规范性文件」): the one whose label is the form's own (the first, where
 * the form's label is written twice), the others no rows of the form; where none is, the first, its figures not known — the first was exported as certain and the
 * rest dropped without a word (found by a review: 行政处罚 20 of 120, 行政规范性文件 the 党内's figures).
 */
function onePerRow(rows: TableRow[], def: ActiveBlockDef, written: Map<TableRow, string>): { rows: TableRow[]; duplicates: NonNullable<ActiveBlock['duplicates']> } {
  if (rows.length < 2 || new Set(rows.map((r) => r.id)).size === rows.length) return { rows, duplicates: [] };
  const out: TableRow[] = [];
  const duplicates: NonNullable<ActiveBlock['duplicates']> = [];
  // (The rows of each id gathered once: a block of ten thousand rows named alike was gathered again for each, 1 s.)
  const byId = new Map<string, TableRow[]>();
  for (const r of rows) {
    const list = byId.get(r.id);
    if (list) list.push(r);
    else byId.set(r.id, [r]);
  }
  for (const r of rows) {
    const same = byId.get(r.id)!;
    if (same.length === 1) {
      out.push(r);
      continue;
    }
    if (same[0] !== r) continue;
    const label = bareLabel(def.rows.find((d) => d.id === r.id)!.label);
    const exact = same.filter((x) => bareLabel(written.get(x) ?? x.labelText) === label);
    // (The form's own label twice: the second is a stray line's, a sentence's or a note's — the block's row is its first, as
    // a review had it.)
    const kept = exact.length ? exact[0] : same[0];
    if (!exact.length) kept.unsure = true;
    out.push(kept);
    const exactSet = new Set(exact);
    for (const x of same) if (x !== kept && !exactSet.has(x)) duplicates.push({ id: x.id, label: x.label, labelText: written.get(x) ?? x.labelText });
  }
  return { rows: out, duplicates };
}
/** A row's label as the form's is compared with it: one script and width, no spaces, no list number before it. */
const bareLabel = (label: string): string => foldChars(label).s.replace(/^(?:[0-9]{1,2}[.、]|[(（][一二三四五六七八九十0-9]{1,2}[)）])/, '');

/**
 * A row whose last column is an amount (2019 form: 政府集中采购 | 采购项目数量 | 采购总金额) with its figures
 * glued into one decimal (「政府集中采购1283.5」): the whole digits are the run the cells were made of,
 * the decimals the amount's. Split as any run (one reading, or several: table-ambiguous), the
 * decimals then put back on the amount. Undefined when the row is anything else.
 */
function gluedAmount(text: string, cells: Token[], columns: readonly { decimal?: boolean; signed?: boolean }[]): { cells: Cell[]; glue: RowGlue } | undefined {
  const width = columns.length;
  if (width < 2 || !columns[width - 1].decimal || cells.length !== 1) return undefined;
  const t = cells[0];
  const m = /^([0-9０-９]+)[.．]([0-9０-９]+)$/.exec(t.raw);
  if (t.kind !== 'value' || !m || m[1].length < width) return undefined;
  const whole = new Token('value', { start: t.span.start, end: t.span.start + m[1].length }, m[1], t.line, t.piece, t.col);
  const read = readRun(text, [whole], width, [], 'unique', columns.map((c) => !!c.signed));
  const decimals = m[2].normalize('NFKC');
  const withDecimals = (v: number) => Number(`${v}.${decimals}`);
  const glue: RowGlue = { ...read.glue, run: { ...t.span }, raw: t.raw };
  if (glue.readings) glue.readings = glue.readings.map((r) => r.map((v, i) => (i === width - 1 ? withDecimals(v) : v)));
  if (glue.lengths) glue.lengths = glue.lengths.map((r) => r.map((n, i) => (i === width - 1 ? n + 1 + m[2].length : n)));
  const out = read.cells.map((c) => ({ ...c, span: { ...c.span } }));
  const last = out[width - 1];
  if (last.kind === 'number') {
    last.value = withDecimals(last.value as number);
    last.span.end = t.span.end;
    last.raw = text.slice(last.span.start, last.span.end);
  } else for (const c of out) (c.span = { ...t.span }), (c.raw = t.raw);
  return { cells: out, glue };
}

/** The unit an amount column's header names, between a block's header and its row: 「金额（单位：万元）」「采购总金额(元)」. */
function headerUnit(text: string, from: number, to: number): '万元' | '元' | undefined {
  const m = /金额\s*[（(]\s*(?:单位\s*[:：]\s*)?([万萬]?)元\s*[)）]/.exec(text.slice(from, Math.min(to, from + 400)));
  return m ? (m[1] ? '万元' : '元') : undefined;
}

/**
 * An amount and the unit it is written with, in its cell or right after it on its line (「329.95万元」
 * 「251000 元」), or else the one its column's header names: the figure as written — the unit is the
 * writer's, not a reason to call the cell no number — and the unit kept on the cell, for the export to give
 * every report's amounts in one unit and the checks to tell a figure in 元 under the form's 万元 (an audit
 * found 48163400元 exported as 48,163,400 万元).
 */
function amountUnits(cells: Cell[], columns: readonly { decimal?: boolean }[], text: string, header: '万元' | '元' | undefined): void {
  cells.forEach((c, i) => {
    if (!columns[i]?.decimal) return;
    const inCell = /^([0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)\s*([万萬]?)元$/.exec(c.raw.trim());
    if (c.kind === 'invalid' && inCell) {
      // (The figure read as any cell's: full-width digits, thousands separators.)
      const figure = readCell(inCell[1]);
      if (figure.kind === 'number') Object.assign(c, { kind: 'number', value: figure.value });
    }
    if (c.kind !== 'number') return;
    if (inCell) {
      c.unit = inCell[2] ? '万元' : '元';
      return;
    }
    let k = c.span.end;
    for (let n = 0; n < 2 && (text[k] === ' ' || text[k] === '\u3000' || text[k] === '\u00a0'); n++) k++;
    if (text[k] === '元') c.unit = '元';
    else if ((text[k] === '万' || text[k] === '萬') && text[k + 1] === '元') c.unit = '万元';
    // (Where neither the cell nor what follows it names one, the column's header may: 「采购总金额（万元）」.)
    else if (header) c.unit = header;
  });
}

/** Whether the walk before was in this state — no block open, these blocks and header words — at old token `x` (see the stop). */
// (Its marks looked at in order — `seen.k`, the first at or after the last x asked: x only grows — not searched from the first at
// every step.)
function sameState(resume: ActiveResume, x: number, blocks: readonly RawBlock[], headers: readonly string[], seen: { k: number }): boolean {
  const marks = resume.marks;
  while (seen.k < marks.length && (marks[seen.k].at < x || marks[seen.k].at <= resume.lastChange)) seen.k++;
  const m = marks[seen.k];
  if (!m || m.open || m.nb !== blocks.length || m.nh !== headers.length) return false;
  for (let k = 0; k < m.nb; k++) if (m.blocks[k].item !== blocks[k].item) return false;
  for (let k = 0; k < m.nh; k++) if (m.headers[k] !== headers[k]) return false;
  return true;
}
