/**
 * A table of the document as a grid of its own texts: header words as written, every label as
 * written, every figure as written (「1,432」 stays 「1,432」). The formatter writes this grid back
 * aligned, and a table whose cell boundaries were lost is written back with them restored; reading
 * the result gives the same model. Header words run together are cut back into the form's words.
 * A row whose glued figures could not be determined is kept exactly as written, on its own line
 * (`verbatim`). A table the reader could not read completely has no grid: rewriting it could lose text.
 */
import { gridBands } from '../reader/tokens/gridBands';
import { lineEndAt, lineStartAt, nextLineStart, prevLineStart } from '../reader/text/lines';
import type { Grid } from './grid';
import { ACTIVE_HEADER_VOCABULARY, APP_HEADER_VOCABULARY, REVIEW_HEADER_VOCABULARY, STATISTICS_HEADER_VOCABULARY, splitKnownWords } from './knownWords';
import { norm } from '../reader/text/normalize';
import { APP_LABEL_COLUMNS, formActiveLabel, formAppLabel, indentLabel, inScript, officialGrid } from '../form/template';
import { scanScript } from '../reader/text/script';
import { appRowDef } from '../form/schema';
import { tokenize } from '../reader/tokens/tokenize';
import { addChars, anyLeft, holds, spanChars, type CharCount } from './accounted';
import type { ActiveTable, ApplicationsTable, Cell, ReviewTable, Script, Span, StatisticsTable, Table, TableRow } from '../types';
import type { Eol } from './eol';

export interface GridOptions {
  /** Write the labels as the form words them, in this script, instead of as the document has them. */
  wording?: Script;
  /** The document's line end, where the text given is a part of it that may hold none (a glued page's one line). */
  eol?: Eol;
}

export interface TableGrid {
  grid: Grid;
  /** Rows written as they stand in the text (index in `grid` → text). */
  verbatim: Map<number, string>;
}

const cellText = (c: Cell) => (c.kind === 'blank' ? '' : c.raw.trim());
const complete = (cells: Cell[]) => cells.every((c) => c.kind !== 'missing');
const undetermined = (r: { cells: Cell[] }) => r.cells.some((c) => c.kind === 'unknown');
/** A row the grid can hold: every cell there, none extra; a glued row that could not be split is kept as written. */
const writable = (r: { cells: Cell[]; found: number; glue?: TableRow['glue'] }) => (r.glue ? r.glue.status !== 'read' || complete(r.cells) : complete(r.cells) && r.found <= r.cells.length);

/** The header words written in text[span], in order, cut back into the form's words. */
function headerWords(text: string, span: Span | undefined, vocabulary: readonly string[], skip: (s: Span) => boolean = () => false): string[] {
  if (!span) return [];
  return tokenize(text, span.start, span.end)
    .filter((t) => t.kind === 'text' && !skip(t.span))
    .flatMap((t) => splitKnownWords(t.raw, vocabulary));
}

/** Writes `word` at (row, col) of a header grid, joining words that land in the same place. */
function put(grid: Grid, row: number, col: number, word: string): void {
  while (grid.length <= row) grid.push([]);
  const r = grid[row];
  while (r.length <= col) r.push('');
  r[col] = r[col] ? r[col] + ' ' + word : word;
}

/**
 * Table 三's header in the form's shape, whatever shape it arrived in: 申请人情况 over the value
 * columns, 自然人 / 法人或其他组织 / 总计 below it, the five kinds of organisation below that; the
 * 勾稽关系 note and any other words in the label columns of the first row.
 */
const APP_HEADER_PLACE: Record<string, [number, number]> = { 申请人情况: [0, 0], 自然人: [1, 0], 法人或其他组织: [1, 1], 总计: [1, 6], 商业企业: [2, 1], 科研机构: [2, 2], 社会公益组织: [2, 3], 法律服务机构: [2, 4], 其他: [2, 5] };
function appHeader(words: string[]): Grid {
  const grid: Grid = [];
  let label = 0;
  for (const w of words) {
    const p = APP_HEADER_PLACE[norm(w)];
    if (p) put(grid, p[0], APP_LABEL_COLUMNS + p[1], w);
    else put(grid, 0, Math.min(label++, APP_LABEL_COLUMNS - 1), w);
  }
  return fullWidth(grid, APP_LABEL_COLUMNS + 7);
}

/**
 * Header rows as wide as the table: a row that ends early would be written over the rest. A row with
 * no word (a header of which only the lowest words were read) is not written.
 */
function fullWidth(grid: Grid, width: number): Grid {
  return grid.filter((r) => r.some((c) => c)).map((r) => [...r, ...Array<string>(Math.max(0, width - r.length)).fill('')]);
}

/**
 * Table 四's header in the form's shape: 行政复议 and 行政诉讼 on the first row, the review's five
 * column names with 未经复议直接起诉 and 复议后起诉 on the second, the lawsuits' ten on the third.
 * Column names are placed by their order, so truncated ones (「结果」「尚未」) keep their place.
 */
function reviewHeader(words: string[]): Grid {
  const grid: Grid = [[]];
  let columns = 0;
  for (const w of words) {
    const n = norm(w);
    if (/^行政(法)?复议$/.test(n)) put(grid, 0, 0, w);
    else if (n === '行政诉讼') put(grid, 0, 5, w);
    else if (n.includes('直接起诉')) put(grid, 1, 5, w);
    else if (n.includes('复议后起诉')) put(grid, 1, 10, w);
    else {
      if (columns < 5) put(grid, 1, columns, w);
      else if (columns < 15) put(grid, 2, columns, w);
      else put(grid, 3, columns - 15, w);
      columns++;
    }
  }
  return fullWidth(grid.filter((r) => r.length), 15);
}

/**
 * Whether header words are pieces of the form's words (「结果维」 「持」, 「纠」 「正」): a text browser's dump of a
 * table whose narrow header cells wrapped, each column's words over several lines. Placed in the order they
 * come — line by line, not column by column — they scrambled the header (found by a review).
 */
function inPieces(words: readonly string[], vocabulary: readonly string[]): boolean {
  const known = new Set(vocabulary.map(norm));
  return words.some((w) => {
    const n = norm(w);
    return !!n && !known.has(n) && [...known].some((k) => k.length > n.length && k.includes(n));
  });
}

/**
 * A header in pieces written as the form's own header, in the document's script — when the pieces are
 * characters of it and nothing else (no word lost: a header with words of its own in pieces is not written).
 */
function formHeaderFor(words: readonly string[], official: Grid): Grid | undefined {
  const have: CharCount = new Map();
  for (const row of official) for (const cell of row) addChars(have, cell);
  return holds(have, words.join('')) ? official : undefined;
}

/** A label as written, without the indentation we write (or a page's stray spaces) around it. */
const bare = (s: string) => s.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');

function applicationsGrid(text: string, t: ApplicationsTable, verbatim: Map<number, string>, o: GridOptions): Grid | undefined {
  if (!t.rows.every(writable)) return undefined;
  const label = (id: string, written: string) => (o.wording && formAppLabel(id, o.wording)) || bare(written);
  const words = headerWords(text, t.header, APP_HEADER_VOCABULARY);
  const header = inPieces(words, APP_HEADER_VOCABULARY) ? formHeaderFor(words, inScript(officialGrid('applications', t.variant).slice(0, 3), o.wording ?? scriptOf(text))) : appHeader(words);
  if (!header) return undefined;
  /** The rows in order: a group's row (its text settled below) or a row as written (or kept verbatim). */
  const entries: ({ group: string; read?: string } | { row: string[]; verbatim?: string })[] = [];
  // Each group the form puts rows under goes before its first row, as read (or as the form words it,
  // below); a group label read where no row of it stands is kept where it stands.
  const placed = new Set(t.rows.flatMap((r) => appGroupsOf(r.id)));
  const done = new Set<string>();
  let prevEnd = t.header?.end ?? t.span.start;
  for (const r of t.rows) {
    for (const g of t.groups) if (!placed.has(g.id) && g.span.start >= prevEnd && g.span.end <= r.label.start) entries.push({ row: [indentLabel(g.id, label(g.id, g.text))] });
    for (const id of appGroupsOf(r.id)) {
      if (done.has(id)) continue;
      done.add(id);
      const read = t.groups.find((g) => g.id === id);
      entries.push({ group: id, read: read && label(id, read.text) });
    }
    if (undetermined(r)) {
      entries.push({ row: [], verbatim: text.slice(r.label.start, r.glue!.run.end) });
      prevEnd = r.glue!.run.end;
      continue;
    }
    entries.push({ row: [indentLabel(r.id, label(r.id, r.labelText)), ...r.cells.map(cellText)] });
    prevEnd = r.glue ? r.glue.run.end : r.cells[r.cells.length - 1].span.end;
  }
  // The groups' words: a label read whole is written as read. One a narrow column cut into pieces —
  // read from one of them (「办理结果」) or from none, the others left beside the rows (「三、本」「年度」) —
  // is written whole as the form words it, where its characters are all among those no row took.
  const left = spanChars(text, t.span);
  for (const row of header) for (const cell of row) addChars(left, cell, -1);
  for (const e of entries) if ('row' in e) for (const cell of e.verbatim !== undefined ? [e.verbatim] : e.row) addChars(left, cell, -1);
  for (const e of entries) if ('group' in e && e.read) addChars(left, e.read, -1);
  const scripts = o.wording ? [o.wording] : (['simplified', 'traditional'] as const);
  const grid: Grid = header;
  for (const e of entries) {
    if ('row' in e) {
      if (e.verbatim !== undefined) verbatim.set(grid.length, e.verbatim);
      grid.push(e.row);
      continue;
    }
    let written = e.read;
    if (!written || anyLeft(left)) {
      if (written) addChars(left, written);
      const form = scripts.map((script) => formAppLabel(e.group, script)).find((l) => l && holds(left, l));
      written = form ?? written;
      if (written) addChars(left, written, -1);
    }
    if (written) grid.push([indentLabel(e.group, written)]);
  }
  return grid;
}

/**
 * The groups table 三's form puts row `id` under, outermost first (the schema's `group`: 三、本年度办理结果
 * holds the others; （六）其他处理's items name the 2019 row 'other', written as the group 'g-other').
 */
function appGroupsOf(id: string): string[] {
  const g = appRowDef(id)?.group;
  if (!g) return [];
  if (g === 'g-results') return [g];
  return ['g-results', g === 'other' ? 'g-other' : g];
}

/** The word characters of text[span] a grid does not write back (accounted.ts). */
function unwritten(text: string, span: Span, grid: Grid, verbatim: Map<number, string>): CharCount {
  const left = spanChars(text, span);
  for (const row of grid) for (const cell of row) addChars(left, cell, -1);
  for (const v of verbatim.values()) addChars(left, v, -1);
  return left;
}

function reviewGrid(text: string, t: ReviewTable, verbatim: Map<number, string>, o: GridOptions): Grid | undefined {
  // A row the text gave with no header over it gets the form's, in the document's script: written
  // without one it would read as a header itself (a Markdown table's first row).
  const official = () => inScript(officialGrid('review', '2021').slice(0, -1), o.wording ?? scriptOf(text));
  const words = t.unheaded ? [] : headerWords(text, t.header, REVIEW_HEADER_VOCABULARY);
  const header = t.unheaded ? official() : inPieces(words, REVIEW_HEADER_VOCABULARY) ? formHeaderFor(words, official()) : reviewHeader(words);
  if (!header) return undefined;
  if (t.rowGlue && t.rowGlue.status !== 'read') {
    verbatim.set(header.length, t.rowGlue.raw);
    return [...header, []];
  }
  if (!complete(t.cells) || (!t.rowGlue && t.found > t.cells.length)) return undefined;
  return [...header, t.cells.map(cellText)];
}

function activeGrid(text: string, t: ActiveTable, verbatim: Map<number, string>, o: GridOptions): Grid | undefined {
  const grid: Grid = [];
  const label = (block: string, row: string | undefined, written: string) => (o.wording && formActiveLabel(t.variant, block, row, o.wording)) || written;
  for (const b of t.blocks) {
    if (!b.rows.every(writable)) return undefined;
    const labels = b.rows.map((r) => r.label);
    // (A block whose title row the text lost has none to write, unless the form's wording is asked for.)
    const title = label(b.id, undefined, text.slice(b.header.start, b.header.end));
    if (title) grid.push([title]);
    const firstRow = b.rows.length ? b.rows[0].label.start : b.span.end;
    // The block's column header (信息内容 and the column names) is one row.
    const header = headerWords(text, { start: b.header.end, end: firstRow }, ACTIVE_HEADER_VOCABULARY, (s) => labels.some((l) => l.start === s.start));
    if (header.length) grid.push(header);
    for (const r of b.rows) {
      if (undetermined(r)) {
        verbatim.set(grid.length, text.slice(r.label.start, r.glue!.run.end));
        grid.push([]);
      } else grid.push([label(b.id, r.id, r.labelText), ...r.cells.map(cellText)]);
    }
  }
  return grid;
}

function statisticsGrid(text: string, t: StatisticsTable, verbatim: Map<number, string>): Grid | undefined {
  if (!t.rows.every(writable)) return undefined;
  const grid: Grid = [headerWords(text, t.header, STATISTICS_HEADER_VOCABULARY)];
  for (const r of t.rows) {
    if (undetermined(r)) {
      verbatim.set(grid.length, text.slice(r.label.start, r.glue!.run.end));
      grid.push([]);
    } else grid.push([bare(text.slice(r.label.start, r.label.end)), r.unit, ...r.cells.map(cellText)]);
  }
  return grid;
}

/** The script most of the document's one-script characters are in. */
function scriptOf(text: string): Script {
  const s = scanScript(text);
  return s.traditional > s.simplified ? 'traditional' : 'simplified';
}

export function tableGrid(text: string, t: Table, o: GridOptions = {}): TableGrid | undefined {
  // A table read in its header's column order (header/): its cells are in the form's, its header words in
  // its own — written together they would put each figure under another column's name (table 二's header is
  // written as read; a review saw 「对齐表格」 swap a block's figures). Not written: the warning asks for the form's order.
  if ((t.kind === 'active' && t.blocks.some((b) => b.columns)) || (t.kind === 'review' && t.columns)) return undefined;
  // A grid whose cells wrap over their lines (gridBands.ts) where a row's lines run past the table as read — its last row's
  // label under its last figure, its first row's above its first label —: written back over the table's span, the
  // lines outside it were left in pieces (found by trying 「对齐表格」 on pandoc's text of a report). Not written.
  if (bandsPastTable(text, t.span)) return undefined;
  // The form's wording asked for: written only where the table is written without it losing nothing — the
  // rewording then changes its labels' words and nothing else (it dropped a unit in a figure's cell, 「2笔」,
  // where the plain formatter refuses the table: found by a review).
  if (o.wording && !tableGrid(text, t, { ...o, wording: undefined })) return undefined;
  const verbatim = new Map<number, string>();
  let grid: Grid | undefined;
  switch (t.kind) {
    case 'applications':
      grid = applicationsGrid(text, t, verbatim, o);
      break;
    case 'review':
      grid = reviewGrid(text, t, verbatim, o);
      break;
    case 'active':
      grid = activeGrid(text, t, verbatim, o);
      break;
    case 'statistics':
      grid = statisticsGrid(text, t, verbatim);
      break;
  }
  if (!grid) return undefined;
  // Writing it would lose a word of the text it replaces (not when the form's wording was asked for: its
  // labels' words go, and all else was found written above).
  if (!o.wording && anyLeft(unwritten(text, t.span, grid, verbatim))) return undefined;
  return { grid, verbatim };
}

/** Whether a band of a wrapped grid (gridBands.ts) that the table's lines hold runs past the table's span. */
function bandsPastTable(text: string, span: Span): boolean {
  const from = lineStartAt(text, span.start);
  const to = lineEndAt(text, span.end);
  const bands = gridBands(text, prevLineStart(text, from), nextLineEnd(text, to));
  return !!bands?.some((b) => b.start < to && b.end > from && (b.start < span.start || b.end > span.end));
}

/** The end of the line after the one ending at `end` (or `end` itself at the text's end). */
function nextLineEnd(text: string, end: number): number {
  return end >= text.length ? end : lineEndAt(text, nextLineStart(text, end));
}
