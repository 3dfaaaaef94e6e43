/**
 * Deciding which of the cells that follow a label are the row's values. Pages add blank cells
 * at both ends of a row (merged label columns, trailing separators, filler pipes), and a real
 * report may leave a value blank. Rule: the values are the window of `width` consecutive cells
 * that holds every non-blank cell, the earliest such window; blanks inside it are blank values.
 * If no window fits, the row has too many or too few cells (table-shape).
 */
import { joinLoneRest, joinWrappedFigures } from './wrapped/wrappedFigures';
import { thousandsJoined } from './thousandsApart';
import { beforeRule } from './rows/pastRule';
import { cellsAfterSeparatorLines } from './rows/separatorLines';
import { Token } from '../tokens/token';
import { CHAR_CLASS, SEPARATOR } from '../text/charClass';
import { displayColumns, lineAround, lineEndAt, lineStartAt } from '../text/lines';
import type { Cell, RowWindows, Span } from '../../types';

export interface FittedRow {
  cells: Cell[];
  /** Non-blank cells the source had. */
  found: number;
  /**
   * Set when the row's figures are glued together (fewer words than cells, all digits, in one
   * piece of text): these tokens are to be split into the row's cells by the rules its table knows.
   */
  run?: Token[];
  /**
   * Where the row's cells stand on one line of separated cells: how many of the cells after its label
   * come before its first value cell and after its last (`place`), known when the row's figures fix
   * their window; and, when blanks at either end leave the window open (a blank total, a blank first
   * figure beside a blank label column), every window that holds the figures (`windows`) — the table
   * then places it as its other rows stand (`placeRows`). `col` is the cell of the line the window
   * starts at (Token.col): where the table's first figure column stands on the line.
   */
  place?: { lead: number; trail: number; col: number; blankEnd: boolean };
  windows?: RowWindows;
}

/**
 * A figure's digits, signed perhaps (「-20」, and 「减20」 as readActive makes of the 2019 form's 本年增/减 in words), with
 * thousands commas glued among them perhaps (「117241874592061,975」: runWords).
 */
const DIGIT_WORD = /^[-－+减減增]?[0-9０-９]+(?:[,，][0-9０-９]{3,})*$/;

/**
 * Whether the row's values are one run of glued digits that must be split into `width` cells. Not
 * where two of them stand two plain spaces apart or more: text laid out in columns (pdftotext
 * -layout, a simple table) keeps a blank cell as spaces only, and its figures are fewer because blanks were
 * lost, not because they were glued (「258   12           1    1」 split into 2|5|8|1|2|1|1 made a
 * false row total).
 */
function gluedRun(values: Token[], width: number, text: string, oneRun: boolean): boolean {
  if (!values.length || values.length >= width) return false;
  let digits = 0;
  let zeroLed = false;
  for (let i = 0; i < values.length; i++) {
    const t = values[i];
    if (t.kind !== 'value' || t.piece !== values[0].piece) return false;
    if (i > 0 && laidOut(text, values[i - 1].span.end, t.span.start)) return false;
    // (None marks glued among them, 「12—————12」: a cell each, or a pair each — splitRun.)
    if (t.marks) {
      digits += t.raw.length;
      continue;
    }
    if (!DIGIT_WORD.test(t.raw)) return false;
    const d = t.raw.replace(/^[-－+减減增]/, '').replace(/[,，]/g, '');
    digits += d.length;
    if (d.length > 1 && (d[0] === '0' || d[0] === '０')) zeroLed = true;
  }
  // Too few digits for the row, but glued all the same (「0 00000」: no figure is written with a leading
  // zero): a run that cannot be split — said so with its digits — not two figures read.
  // (`oneRun`, for a row no sum checks — table 二's: figures apart by spaces, each a figure as written, are
  // fewer than the row's cells because a blank cell was lost as often as a boundary — pdftotext -raw drops
  // blank cells: 「行政规范性文件 12 3」 is 12, 3 and a blank, where a split made 1|2|3 with nothing to catch it,
  // found by a review —: only one run of digits is split by its count, the figures of a sign's 「16减12」 one run.)
  return (digits >= width && (!oneRun || !apart(values, text))) || zeroLed;
}

/**
 * Whether some two of the figures stand apart, not one run of digits and signs: something between them
 * that shows (a zero-width space a page left among a run's digits does not part them).
 */
function apart(values: Token[], text: string): boolean {
  for (let i = 1; i < values.length; i++)
    for (let k = values[i - 1].span.end; k < values[i].span.start; k++) {
      const c = text.charCodeAt(k);
      if (c !== 0x200b && c !== 0xfeff) return true;
    }
  return false;
}

/**
 * Two plain spaces or more between two figures: columns laid out with spaces. (A page's text run
 * together keeps what its cells held between figures — single spaces, 「&nbsp;」 — not a column's width.)
 */
function laidOut(text: string, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (text.charCodeAt(i) === 0x20 && text.charCodeAt(i - 1) === 0x20) return true;
  return false;
}

export function toCell(t: Token): Cell {
  const c = t.cell ?? { kind: 'blank' as const };
  // Made whole in one literal, with its value or without (the same object as one given its value after):
  // adding the property to the object made was a change of shape for every cell with a figure, and
  // toCell runs for every cell of every row read (most of fitRow's time).
  const span = { start: t.span.start, end: t.span.end };
  // (A grid's wrapped figure: a shape of its own, on the few cells that are one. Its place is its first piece — 「8」 of
  // 「8」 over 「21」 —: its whole stretch runs over the cells beside it, which a hover or a diagnostic there would take for it.)
  if (t.frags) {
    const first = { start: t.frags[0], end: t.frags[1] };
    return c.value !== undefined ? { kind: c.kind, span: first, raw: t.raw, value: c.value, split: true } : { kind: c.kind, span: first, raw: t.raw, split: true };
  }
  return c.value !== undefined ? { kind: c.kind, span, raw: t.raw, value: c.value } : { kind: c.kind, span, raw: t.raw };
}

/** A unit alone after a figure (「251000元」 on a line of its own): the cell's, not words that follow. */
export const UNIT_AFTER = /^(?:[万萬]?元|件|[个個]|[项項])$/;

/**
 * Whether the row's cells end at tokens[j] (rowCellsEnd(tokens, j) === j), from tokens[j] and the two
 * after it alone: asked at every figure of a row, a walk to the row's end each time was quadratic in
 * its length (「（七）总计 0 0 0 …」 sixty thousand times: seconds).
 */
export function rowEndsAt(tokens: readonly Token[], j: number): boolean {
  if (j + 3 > cellsReach) cellsReach = j + 3;
  const t = tokens[j];
  if (!t || t.kind === 'text') return true;
  if (t.kind !== 'value' || t.line <= (j > 0 ? tokens[j - 1].line : 0)) return false;
  const next = tokens[j + 1];
  return !!next && next.kind === 'text' && next.piece === t.piece && !(UNIT_AFTER.test(next.raw) && (!tokens[j + 2] || tokens[j + 2].line > next.line));
}

/**
 * The tokens after a row's label that are its cells: up to the next text, and not a figure that
 * opens a later line of prose (「2022年度，我局…」 after the table's last row) — a figure and its unit
 * alone on a line are a cell.
 */
export function rowCellsEnd(tokens: readonly Token[], from: number): number {
  let j = from;
  let lastLine = from > 0 ? tokens[from - 1].line : 0;
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind === 'text') break;
    if (t.kind === 'value' && t.line > lastLine) {
      const next = tokens[j + 1];
      if (next && next.kind === 'text' && next.piece === t.piece && !(UNIT_AFTER.test(next.raw) && (!tokens[j + 2] || tokens[j + 2].line > next.line))) break;
    }
    if (t.kind !== 'blank') lastLine = t.line;
  }
  if (j + 3 > cellsReach) cellsReach = j + 3; // (it read tokens[j] and may have read tokens[j + 1], tokens[j + 2])
  return j;
}

/**
 * One past the furthest token `rowCellsEnd` has read since `resetCellsReach`: what a reader that
 * takes up its reading after an edit (readApplications) needs to know of how far its walk looked ahead.
 */
let cellsReach = 0;
export const lastCellsReach = (): number => cellsReach;
export function resetCellsReach(): void {
  cellsReach = 0;
}

/** A row with too few figures (cells missing) or more than its cells: out of shape (table-shape says so). */
export const outOfShape = (r: { found: number; cells: readonly Cell[] }, width: number): boolean => r.found > width || r.cells.some((c) => c.kind === 'missing');

export function missingCell(at: number): Cell {
  return { kind: 'missing', span: { start: at, end: at }, raw: '' };
}

/**
 * Blank cells on a later line than the row's last figure belong to what follows — filler lines
 * 「||」 after a one-cell-per-line row, the empty label columns that open the next tab row — not
 * to this row. But for a page's 「&nbsp;」 cells, each on a line of its own (a browser's innerText of
 * cells that hold paragraphs), up to `keep` cells: they are its last cells, left blank.
 */
function dropTrailingFiller(tokens: Token[], keep: number, width: number, text: string): Token[] {
  let last = -1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (tokens[i].kind !== 'blank') {
      last = i;
      break;
    }
  }
  if (last < 0) return tokens;
  let end = last + 1;
  while (end < tokens.length && tokens[end].line === tokens[last].line) end++;
  while (end < keep && end < tokens.length && isBlankLine(tokens[end], tokens)) end++;
  // A row a cell a line, each closed by its separator after a space (「21 |」, a copy of a page's table): a blank cell written
  // so on the next line (「 |」) is one of its cells — its total left blank —, up to the row's width, where the row's filler
  // follows it, separators and no space (「|」「||」). Read as filler, a blank total had the row said short of a figure; read
  // as a cell where nothing of the kind follows, a row that lost a cell before a filler written 「 |」 was read whole, its
  // figures a column off, and --fix wrote its total into the filler (all found by reviews).
  const closing = end === last + 1 && end < width ? separatorAfterSpace(tokens, end, text) : undefined;
  if (closing) {
    let to = end;
    while (to < width && to < tokens.length && tokens[to].kind === 'blank' && tokens[to].line === tokens[to - 1].line + 1 && lineOf(text, tokens[to]).trimEnd() === closing) to++;
    const filler = tokens[to];
    if (to > end && filler?.kind === 'blank' && filler.line === tokens[to - 1].line + 1 && FILLER_LINE.test(lineOf(text, filler))) {
      // Each such blank cell where its figure is written, before its line's space and separator (「25 |」 as the other
      // lines have it): the tokenizer's blank stands after the separator, and a fix wrote 「 |25」 there.
      const out = tokens.slice(0, to);
      for (let k = end; k < to; k++) {
        const t = tokens[k];
        const at = lineStartAt(text, t.span.start);
        const moved = new Token(t.kind, { start: at, end: at }, t.raw, t.line, t.piece, t.col);
        moved.cell = t.cell;
        out[k] = moved;
      }
      return out;
    }
  }
  return end === tokens.length ? tokens : tokens.slice(0, end);
}

/** The filler line after a row a cell a line: separators alone (「|」「||」). */
const FILLER_LINE = /^[|｜│┃]+[ \t\u3000]*$/;
/** A line that is one cell closed by its separator after a space: 「21 |」 (the space and the separator in group 1). */
const CELL_LINE = /^[ \t\u3000]*[^|｜│┃\s]+([ \t\u3000]+[|｜│┃])[ \t\u3000]*$/;
const lineOf = (text: string, t: Token): string => lineAround(text, t.span.start);
/**
 * Where the row's first `n` tokens are each a line of one cell closed by its separator after a space, on lines one after
 * another, all alike: that space and separator (a blank cell's line). Else undefined.
 */
function separatorAfterSpace(tokens: readonly Token[], n: number, text: string): string | undefined {
  if (n < 2) return undefined;
  let closing: string | undefined;
  for (let i = 0; i < n; i++) {
    if (i > 0 && tokens[i].line !== tokens[i - 1].line + 1) return undefined;
    const m = CELL_LINE.exec(lineOf(text, tokens[i]));
    if (!m || (closing !== undefined && m[1] !== closing)) return undefined;
    closing = m[1];
  }
  return closing;
}

/** Whether the row's cells are separated on their lines (pipes, box drawing, tabs): not a cell a line. */
function separatedCells(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].col >= 0) return true;
    if (i > 0 && tokens[i].line === tokens[i - 1].line && tokens[i].piece !== tokens[i - 1].piece) return true;
  }
  return false;
}

/**
 * A no-break space alone on its line (tokenize.ts: the only blank token of a line without separators) —
 * not a 「&nbsp;」 cell between tabs, beside the row's other cells on its line (innerText of cells that
 * hold no paragraph: 「821\t35\t\u00a0\t\u00a0\t2」).
 */
const isBlankLine = (t: Token, row: readonly Token[]): boolean => t.kind === 'blank' && t.col < 0 && t.raw.includes('\u00a0') && !row.some((o) => o !== t && o.line === t.line);

/**
 * A page number a PDF's text left on a line of its own under a row (「3」 at the foot of a page): one
 * figure more than the row holds, alone on a later line, where the row's own figures stand together
 * on a line or on the label's (`labelLine`). (Where every cell has a line of its own, a lone figure
 * is a cell like the others.)
 */
function dropPageNumber(tokens: Token[], width: number, labelLine: number | undefined, text: string): Token[] {
  let n = 0;
  let last = -1;
  let before = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind === 'blank') continue;
    n++;
    before = last;
    last = i;
  }
  if (n !== width + 1 || before < 0) return tokens;
  const page = tokens[last];
  const prev = tokens[before];
  // (No page is numbered 「00」 or 「05」: that is a figure's end a narrow cell wrapped, 「25100」 over 「00」.)
  if (page.kind !== 'value' || !/^[1-9１-９][0-9０-９]{0,2}$/.test(page.raw) || page.line <= prev.line) return tokens;
  const sameLine = (i: number) => tokens.some((t, k) => k !== i && t.line === tokens[i].line && t.kind !== 'blank');
  if (sameLine(last) || (!sameLine(before) && prev.line !== labelLine)) return tokens;
  // Standing under the figure above it, it may as well be that figure's end, wrapped in its cell (「12」 over 「89」 for
  // 1289): not known which — kept, the row then has a figure too many (table-shape) rather than a figure exported cut
  // (found by a review of PDFs' text). A page's number at a page's foot stands apart, at the margin or the middle.
  if (underFigure(text, page, prev)) return tokens;
  return tokens.slice(0, last);
}

/** Whether `t`, on a later line, overlaps in display columns the figure `above` (a column either way). */
function underFigure(text: string, t: Token, above: Token): boolean {
  const [a, b] = columnsOf(text, t);
  const [c, d] = columnsOf(text, above);
  return a <= d && b >= c;
}
const columnsOf = (text: string, t: Token): [number, number] => displayColumns(text, t.span.start, t.span.end);

/** Empty lines more than a row's cells that a row a cell a line may be followed by (the next row's cells of merged labels). */
const SPARE_LINES = 3;

/**
 * A row written a cell a line with its blank cells as empty lines (LibreOffice's text of a Word table,
 * a copy from Writer, docx2txt): its cells are the lines between its label and what follows, each empty
 * line a blank cell, each cell given its line's place after the label as its column (`col`), so that the
 * row is placed as one of separated cells is. Undefined unless every line there is empty or one figure,
 * and they are at least `width` and at most SPARE_LINES more; and unless two figures stand on lines
 * next to each other, in this row or (`before`, asked last) in one before it in its table. Under a header whose cells
 * stand a paragraph apart (`paragraphs`: lynx), an empty line after each cell that holds something is no cell
 * (paragraphCells). (Lines that hold a no-break space are blank cells already: a browser's innerText.)
 */
export function cellLines(all: readonly Token[], width: number, labelEnd: number, next: number, text: string, before?: () => boolean, paragraphs?: () => boolean): Token[] | undefined {
  if (all.length >= width || all.some((t) => t.kind !== 'value' || t.col >= 0)) return undefined;
  // The rest of the label's line, and what opens the next one before `next`, hold nothing.
  let at = labelEnd;
  while (at < next && isLineSpace(text.charCodeAt(at))) at++;
  if (at >= next || (text.charCodeAt(at) !== 10 && text.charCodeAt(at) !== 13)) return undefined;
  let out: Token[] = [];
  let k = 0;
  let empty = 0;
  let shown = false;
  /** The blank lines that hold nothing at all, and how many hold spaces only. */
  let bare: Token[] | undefined;
  let spaced = 0;
  for (let lineStart = nextLine(text, at); lineStart < next; lineStart = nextLine(text, lineStart)) {
    if (out.length > 2 * width + 1) return undefined; // (more lines than any row has, a paragraph's empty line after each cell: no more looked at)
    let a = lineStart;
    while (a < next && isLineSpace(text.charCodeAt(a))) a++;
    const end = lineEndAt(text, lineStart);
    let b = Math.min(end, next);
    while (b > a && isLineSpace(text.charCodeAt(b - 1))) b--;
    if (a >= b) {
      if (end >= next) break; // (the next row's label's own line)
      const blank = new Token('blank', { start: lineStart, end: lineStart }, '', -1, -1, k++);
      blank.cell = { kind: 'blank' };
      out.push(blank);
      empty++;
      if (end === lineStart) (bare ??= []).push(blank);
      else spaced++;
      continue;
    }
    const t = all[out.length - empty];
    if (!t || t.span.start !== a || t.span.end !== b) return undefined;
    if (out.length && out[out.length - 1].kind === 'value') shown = true;
    const cell = new Token('value', t.span, t.raw, t.line, t.piece, k++);
    cell.cell = t.cell;
    out.push(cell);
  }
  // Blank cells written as lines of a space (mutool's text of a PDF, an 「&nbsp;」 cell's) beside lines that hold
  // nothing: those part the text's blocks, between the header and the figures — read as a cell, every figure of
  // table 四 went one column on, and false review-totals were said (found by a review).
  // Only those before the first cell, and only where the blanks are written as spaces (more such lines than
  // empty ones): in a Word table's text, whose blanks are empty lines, one cell with a typed space dropped every
  // other blank of the row (found by a review).
  const leading = bare?.filter((t, i) => out[i] === t);
  if (leading?.length && spaced > bare!.length) {
    out = renumbered(out.filter((t) => !leading.includes(t)));
    empty -= leading.length;
  }
  if (out.length - empty !== all.length || !empty || out.length < width) return undefined;
  // (A table whose header's cells each stand a paragraph apart — `paragraphs`, asked of the table — is lynx's: its rows so,
  // whatever a row before showed; where they do not make a row's cells, as a Word table's — a header of paragraphs over
  // plain cells, a page's.)
  const read = paragraphs?.() ? paragraphCells(out, width) : undefined;
  if (read) return read;
  if (!shown && !before?.()) return undefined;
  if (out.length > width + SPARE_LINES) return undefined;
  return out;
}

/**
 * `lines` (a row read a cell a line) as they stand, unless its blank cells stand only before its first figure and after its
 * last, some on each side, more than the row lacks: then the row's cells where the blanks taken from each side make it
 * add up, if one such way does; undefined where none does that could be checked; as they stand otherwise.
 */
function edgeBlanks(lines: Token[], width: number, adds: (cells: readonly Cell[]) => boolean): Token[] | undefined {
  let first = -1;
  let last = -1;
  lines.forEach((t, i) => {
    if (t.kind === 'blank') return;
    if (first < 0) first = i;
    last = i;
  });
  if (first <= 0 || last === lines.length - 1) return lines;
  for (let i = first; i <= last; i++) if (lines[i].kind === 'blank') return lines;
  const figures = last - first + 1;
  const need = width - figures;
  const trail = lines.length - 1 - last;
  if (need < 0 || need >= first + trail) return lines;
  let found: Token[] | undefined;
  let checked = false;
  for (let k = Math.max(0, need - trail); k <= Math.min(need, first); k++) {
    const row = lines.slice(first - k, last + 1 + need - k);
    // (A way whose last cell, a total, holds a figure can be checked; one that leaves it blank, on a page that leaves
    // totals blank, cannot — those stay as the lines stand.)
    if (row[row.length - 1].kind === 'value') checked = true;
    if (!adds(row.map(toCell))) continue;
    if (found) return lines;
    found = row;
  }
  if (!found) return checked ? undefined : lines;
  return renumbered(found);
}

/** A row's lines read as cells, each given its place in the row as its column (cellLines' tokens are made so). */
function renumbered(lines: readonly Token[]): Token[] {
  return lines.map((t, i) => {
    const c = new Token(t.kind, t.span, t.raw, t.line, t.piece, i);
    c.cell = t.cell;
    return c;
  });
}

/** How many of a header's lines show that its cells stand a paragraph apart. */
const HEADER_LINES = 4;

/**
 * Whether a table's header, text[header), stands a cell a line with an empty line after each (lynx: 「自然人」 / 「」 /
 * 「法人或其他组织」 / 「」 / 「总计」 / 「」 …). A Word table's text (LibreOffice, docx2txt) puts its header's cells on lines
 * next to each other, and its empty lines are blank cells: read as paragraph ends, a sparse row's figures went a column
 * on (found by a review of the first version).
 */
export function headerInParagraphs(text: string, header: Span): boolean {
  let seen = 0;
  for (let line = lineStartAt(text, header.start); line < header.end; line = nextLine(text, line)) {
    const end = lineEndAt(text, line);
    if (!text.slice(line, end).trim()) continue;
    const next = nextLine(text, line);
    if (next < text.length && text.slice(next, lineEndAt(text, next)).trim()) return false;
    seen++;
  }
  return seen >= HEADER_LINES;
}

/**
 * A row a cell a line where every cell that holds something is a paragraph, an empty line after it, and an empty cell
 * is one empty line (lynx's dump of a page whose cells hold 「<p>」s: 「821」 / 「」 / 「35」 / 「」 / 「」 / 「」 / 「2」 …): its cells
 * are its figures and the empty lines no figure's paragraph ends in — the first, after the label's, too. Only where
 * that makes the row's cells exactly (a row whose blank cells are all lost cannot say where its figures stand). Read
 * as no cells, every row of such a page with a blank cell was said short of its figures (found by a review).
 */
function paragraphCells(lines: readonly Token[], width: number): Token[] | undefined {
  const cells: Token[] = [];
  let i = lines[0]?.kind === 'blank' ? 1 : 0;
  for (; i < lines.length; i++) {
    const t = lines[i];
    if (t.kind === 'value') {
      if (i + 1 < lines.length && lines[i + 1].kind !== 'blank') return undefined; // (two figures on lines next to each other: no paragraphs)
      i++;
    }
    cells.push(t);
  }
  if (cells.length !== width) return undefined;
  return cells.map((t, k) => {
    const c = new Token(t.kind, t.span, t.raw, t.line, t.piece, k);
    c.cell = t.cell;
    return c;
  });
}

const NEXT_LINE = /^[ \t\u3000]*(?:\r\n|\r|\n)[ \t\u3000]*$/;
/** Whether every cell stands on the line after the one before it, nothing else between (a row a cell a line). */
export function aCellALine(cells: readonly Cell[], text: string): boolean {
  for (let i = 1; i < cells.length; i++) if (!NEXT_LINE.test(text.slice(cells[i - 1].span.end, cells[i].span.start))) return false;
  return true;
}

/** Whether two of a row's figures stand on lines next to each other, nothing else between them (a cell a line). */
export function adjacentLines(cells: readonly Cell[], text: string): boolean {
  for (let i = 1; i < cells.length; i++) {
    const a = cells[i - 1];
    const b = cells[i];
    if (a.kind !== 'number' || b.kind !== 'number') continue;
    if (NEXT_LINE.test(text.slice(a.span.end, b.span.start))) return true;
  }
  return false;
}
const isLineSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000;
function nextLine(text: string, i: number): number {
  i = lineEndAt(text, i);
  if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) return i + 2;
  return i + 1;
}

/**
 * A row of tab-separated cells broken across lines by a line break inside a cell (a Word table pasted
 * as text: a cell's second paragraph, even an empty one, starts a line) goes on from the next line's
 * first field, which is the rest of that cell: left empty (the cell's empty paragraph), it is no cell of
 * its own. (「\t（二）部分公开」 / 「\t3\t\t\t\t\t\t」: the 3 is 自然人, not 商业企业.) Only while the row has
 * more fields than cells: a line of exactly its cells under a header (seed 003's table 四, its first five
 * blank) opens with a cell.
 */
function withoutCellRests(tokens: Token[], width: number, text: string, labelLine: number | undefined): Token[] {
  let out: Token[] | undefined;
  let dropped = 0;
  // (A tab that ends the row's last line, as Word and spreadsheets leave one, opens no field: not counted
  // among the fields. Counted, it made seed 003's table 四 with a tab at its end one field too many, and its
  // first blank cell was taken for a cell's rest: every figure one column left — found by a review.)
  const last = tokens[tokens.length - 1];
  const fields = last && last.kind === 'blank' && last.col < 0 && last.span.start === last.span.end && closesLine(text, last.span.end) ? tokens.length - 1 : tokens.length;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const before = i === 0 ? labelLine : tokens[i - 1].line;
    const rest = fields - dropped > width && t.kind === 'blank' && t.col < 0 && before !== undefined && t.line > before && text.charCodeAt(t.span.end) === 0x09 && opensLine(text, t.span.start);
    if (rest) dropped++;
    if (rest) out ??= tokens.slice(0, i);
    else out?.push(t);
  }
  return out ?? tokens;
}

/** Whether `at` ends its line (a line break or the text's end, after spaces at most). */
function closesLine(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 0x20 && c !== 0x3000) return false;
  }
  return true;
}

/** Whether nothing but spaces stands between the line's start and `at`. */
function opensLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 0x20 && c !== 0x3000) return false;
  }
  return true;
}

/**
 * `after` is where the row's label ends: missing cells are placed after the last cell read. `next` is
 * where what follows the row's cells starts, and `before` tells whether a row before it in its table
 * stood a cell a line (for a row written so: cellLines). `edges`: whether empty lines at the edges of a row a cell a line
 * are taken as cells only where the row then adds up (edgeBlanks).
 */
export function fitRow(all: Token[], width: number, after: Span, text: string, labelLine?: number, next?: number, before?: () => boolean, oneRun = false, adds?: (cells: readonly Cell[]) => boolean, paragraphs?: () => boolean, edges = true): FittedRow {
  all = beforeRule(all, text, after.end, width);
  // (Cells each opened by a separator line are in their places as they stand: no place on a line to weigh.)
  const opened = cellsAfterSeparatorLines(all, text);
  if (opened && opened.length <= width) {
    const cells = opened.map(toCell);
    const at = cells.length ? cells[cells.length - 1].span.end : after.end;
    while (cells.length < width) cells.push(missingCell(at));
    return { cells, found: opened.filter((t) => t.kind !== 'blank').length };
  }
  let lines = next === undefined ? undefined : cellLines(all, width, after.end, next, text, before, paragraphs);
  // Blank cells only before the first figure and after the last, more than the row lacks: those empty lines may as well
  // part the text's blocks (mutool drops blank cells; a header's or a paragraph's end is an empty line). The blanks go
  // where the row then adds up, when one way does; else where they stand is not known (table-shape). Read with the first
  // empty line a cell, every figure of table 四 stood a column off, with false review-totals (found by a review).
  // (Not where a row before in the table stood a cell a line — LibreOffice's text of a Word table, whose blank cells are
  // empty lines wherever they stand: a row opening with a blank and failing its total was said short, found by a review.)
  // (Nor in table 四, asked with `edges` false: its one row has no row before, and a header of blocks says what mutool's
  // empty lines are — readReview's figureBlock; elsewhere its empty lines are LibreOffice's cells.)
  if (lines && adds && edges && !before?.()) lines = edgeBlanks(lines, width, adds);
  if (lines) all = lines;
  else all = withoutCellRests(all, width, text, labelLine);
  // A no-break space alone on its line is a blank cell only where a row is a cell a line (innerText);
  // among separated cells it is a page's empty paragraph between them, no cell.
  const separated = !lines && separatedCells(all);
  const own = separated && all.some((t) => isBlankLine(t, all)) ? all.filter((t) => !isBlankLine(t, all)) : all;
  const filled = lines ? undefined : dropTrailingFiller(own, separated ? 0 : width, width, text);
  // Figures a narrow cell wrapped onto the next line, under the ones they end (wrappedFigures.ts): joined where the row then
  // adds up — before a figure alone on the next line is taken for a page's number (「１３」 over 「４」 is 134).
  const sums = adds && ((row: readonly Token[]) => adds(row.map(toCell)));
  const rejoined = filled && sums ? (joinWrappedFigures(filled, width, text, sums) ?? joinLoneRest(filled, width, text, sums)) : undefined;
  let tokens = lines ?? rejoined ?? dropPageNumber(filled!, width, labelLine, text);
  let nb = nonBlank(tokens);
  // Figures with their thousands comma in a row apart by commas (thousandsApart.ts): joined where certain.
  if (nb.length > width && !lines) {
    const joined = thousandsJoined(tokens, nb.length - width, text);
    const joinedNb = joined && nonBlank(joined);
    if (joined && joinedNb!.length === width && (!adds || adds(joinedNb!.map((i) => toCell(joined[i]))))) {
      tokens = joined;
      nb = joinedNb!;
    }
  }
  const found = nb.length;
  const values = nb.map((i) => tokens[i]);
  if (gluedRun(values, width, text, oneRun)) return { cells: [], found, run: values };
  let chosen: Token[];
  /** The window's start in `tokens` where the row's figures fix it, else -1. */
  let fixed = -1;
  let open: [number, number] | undefined;
  if (found === 0) {
    chosen = tokens.length >= width ? tokens.slice(0, width) : [];
  } else if (found >= width) {
    const first = nb[0];
    const last = nb[nb.length - 1];
    if (last - first + 1 === width) fixed = first;
    chosen = last - first + 1 === width ? tokens.slice(first, last + 1) : nb.slice(0, width).map((i) => tokens[i]);
  } else {
    const first = nb[0];
    const last = nb[nb.length - 1];
    const lo = Math.max(0, last - width + 1);
    const hi = Math.min(first, tokens.length - width);
    if (lo === hi) fixed = lo;
    else if (lo < hi) open = [lo, hi];
    // (No window holds them all: the blanks between are not all cells — a page's empty lines and
    // separators between one-cell lines. The figures alone, then, and where they stand is not known.)
    chosen = lo <= hi ? tokens.slice(lo, lo + width) : values;
  }
  const cells = chosen.map(toCell);
  const at = cells.length ? cells[cells.length - 1].span.end : after.end;
  while (cells.length < width) cells.push(missingCell(at));
  const cols = fixed >= 0 || open ? (lines ? tokens.map((t) => t.col) : lineCols(tokens, text)) : undefined;
  // (Made whole, its place or windows in the literal: added after, each gave the object a properties store.)
  if (!cols) return { cells, found };
  if (fixed >= 0) return { cells, found, place: { lead: fixed, trail: tokens.length - fixed - width, col: cols[fixed], blankEnd: tokens[tokens.length - 1].kind === 'blank' } };
  return { cells, found, windows: { cells: tokens.map(toCell), lo: open![0], hi: open![1], cols } };
}

/** Where the tokens that are not blank cells stand. */
function nonBlank(tokens: readonly Token[]): number[] {
  const nb: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i].kind !== 'blank') nb.push(i);
  return nb;
}

/**
 * Which cell of their line each of the tokens is, when they are cells of one line whose separators
 * say so: Token.col; or, on a line cut by tabs (whose tokens do not carry it: a row broken across
 * lines goes on from the next line's first cell), how many separators stand before each on the line —
 * a row whole on its line, each cell its own (「二、上年结转…\t\t1\t\t\t\t\t\t\t」: the 1 stands where the
 * other rows' 自然人 do, not one cell before them). Undefined otherwise.
 */
function lineCols(tokens: readonly Token[], text: string): number[] | undefined {
  if (!tokens.length) return undefined;
  const line = tokens[0].line;
  let known = 0;
  for (const t of tokens) {
    if (t.line !== line) return undefined;
    if (t.col >= 0) known++;
  }
  if (known === tokens.length) return tokens.map((t) => t.col);
  if (known > 0) return undefined;
  let at = tokens[0].span.start;
  while (at > 0 && text.charCodeAt(at - 1) !== 10 && text.charCodeAt(at - 1) !== 13) at--;
  const out: number[] = [];
  let n = 0;
  for (const t of tokens) {
    for (; at < t.span.start; at++) if ((CHAR_CLASS[text.charCodeAt(at)] & SEPARATOR) !== 0) n++;
    // (Two tokens of one piece — figures apart by spaces — have no cells of their own to place.)
    if (out.length && n <= out[out.length - 1]) return undefined;
    out.push(n);
  }
  return out;
}

/**
 * Rows fixed only because a blank cell made up their count (a row of 6 figures and one blank in 7 cells): where every
 * other fixed row of the table — three or more — starts its figures at one cell of its line and has as many cells after
 * them, and this one starts before that cell or has fewer after, blank cells only there, it lost a cell: its figures from
 * that cell, the rest missing (the row said short). Read as placed, the blank label column (or the grid's filler cell at
 * the end) was one of its figures and every figure a column off, certain (found by a review that deleted each cell).
 */
function lostCellRows<R extends { cells: Cell[]; place?: { lead: number; trail: number; col: number; blankEnd: boolean }; windows?: RowWindows }>(rows: readonly R[], width: number, cols: ReadonlyMap<number, number>, trails: ReadonlyMap<number, number>, voters: number): Map<R, Cell[]> | undefined {
  if (voters < 4) return undefined;
  const top = (m: ReadonlyMap<number, number>) => [...m].reduce((a, b) => (b[1] > a[1] ? b : a), [-1, 0]);
  const [col, colVotes] = top(cols);
  const [trail, trailVotes] = top(trails);
  let out: Map<R, Cell[]> | undefined;
  for (const r of rows) {
    const p = r.place;
    if (!p || r.windows || r.cells.length !== width) continue;
    const before = p.col < col ? col - p.col : 0;
    const after = p.trail < trail ? trail - p.trail : 0;
    if (!before && !after) continue;
    // (All the others agree: this row is the one that differs.)
    if ((before && colVotes !== voters - 1) || (after && trailVotes !== voters - 1) || (before && p.col > col) || before + after >= width) continue;
    const cut = r.cells.slice(0, before).concat(r.cells.slice(width - after));
    if (!cut.every((c) => c.kind === 'blank')) continue;
    const cells = r.cells.slice(before, width - after);
    const at = cells.length ? cells[cells.length - 1].span.end : r.cells[0].span.start;
    while (cells.length < width) cells.push(missingCell(at));
    (out ??= new Map()).set(r, cells);
  }
  return out;
}

/**
 * A row that lost a cell, in a table whose fixed rows all start their figures at one cell of their line and all have as
 * many cells after them: the cells from that one to as many before its line's end are fewer than the row's columns, and
 * every figure is among them. Those cells, the rest missing (the row is said short) — else undefined. Taken by a window
 * that adds up, a blank label column or the grid's filler cell was one of its figures, every figure after it exported a
 * column off as certain, with false sums said and a --fix that wrote over a real figure (found by a review that deleted
 * each cell in turn).
 */
function shortOfTheGrid(windows: RowWindows, width: number, atCol: number, trailAll: number): Cell[] | undefined {
  if (atCol < 0 || trailAll < 0) return undefined;
  const start = windows.cols.indexOf(atCol);
  const end = windows.cells.length - trailAll;
  if (start < 0 || end - start >= width || end <= start) return undefined;
  for (let i = 0; i < windows.cells.length; i++) if ((i < start || i >= end) && windows.cells[i].kind !== 'blank') return undefined;
  const cells = windows.cells.slice(start, end);
  const at = cells[cells.length - 1].span.end;
  while (cells.length < width) cells.push(missingCell(at));
  return cells;
}

/** A cell holding two figures apart by a space (「0 0」「2 100」): two cells whose separator was lost. */
export const TWO_FIGURES = /^[0-9０-９]+[ \u3000\u00a0]+[0-9０-９]+$/;

/**
 * Rows whose blanks left their window open, placed as the table's other rows stand. First, when
 * exactly one of its windows adds up (`addsUp`: its parts make its total), that one. Then, when the
 * rows whose figures fix their window all start them at the same cell of their line (a table whose
 * lines are cut into the same cells: a page's grid, merged label columns left empty), the window that
 * starts there — the figures stand in their columns, whatever blanks the label's columns or a blank
 * total leave at either end. Then, when the fixed rows with as many cells after their label as this
 * one all start their figures as far into them, there. Then, when those rows agree on how many cells of their line follow the
 * last (most often none: the total is the line's last cell; a page's filler column makes it one), the
 * window that leaves as many — if as many cells then come before its first figure as do in one of
 * those rows (blank label columns the table has). Otherwise — a row with a cell more than the others,
 * no window of it like theirs — it keeps the earliest window. Returns the rows, each placed row a new
 * object (the open table's rows are shared with the walk's marks).
 */
export function placeRows<R extends { cells: Cell[]; place?: { lead: number; trail: number; col: number; blankEnd: boolean }; windows?: RowWindows }>(rows: readonly R[], width: number, addsUp?: (cells: readonly Cell[]) => boolean): R[] {
  let open = false;
  const votes = new Map<number, number>();
  /** The same, of the rows whose line ends in a blank cell: whether such a blank is the row's last cell or one past it. */
  const blankEndVotes = new Map<number, number>();
  let blankEndVoters = 0;
  const leads = new Set<number>();
  /** For each number of cells after a fixed row's label, the lead its rows have (-1 once two differ). */
  const leadBySize = new Map<number, number>();
  let voters = 0;
  /** How many fixed rows start their window at each cell of their line. */
  const cols = new Map<number, number>();
  for (const r of rows) {
    if (r.windows) open = true;
    else if (r.place) {
      cols.set(r.place.col, (cols.get(r.place.col) ?? 0) + 1);
      votes.set(r.place.trail, (votes.get(r.place.trail) ?? 0) + 1);
      if (r.place.blankEnd) {
        blankEndVotes.set(r.place.trail, (blankEndVotes.get(r.place.trail) ?? 0) + 1);
        blankEndVoters++;
      }
      leads.add(r.place.lead);
      const size = r.place.lead + width + r.place.trail;
      const had = leadBySize.get(size);
      leadBySize.set(size, had === undefined || had === r.place.lead ? r.place.lead : -1);
      voters++;
    }
  }
  const lostCell = lostCellRows(rows, width, cols, votes, voters);
  if (!open && !lostCell) return rows as R[];
  let trail = -1;
  for (const [t, n] of votes) if (n * 2 > voters && n >= 2) trail = t;
  let trailAfterBlank = -1;
  for (const [t, n] of blankEndVotes) if (n * 2 > blankEndVoters && n >= 2) trailAfterBlank = t;
  /** The line cell every fixed row's window starts at, where they all agree. */
  const atCol = voters >= 2 && cols.size === 1 ? cols.keys().next().value! : -1;
  /** The cells every fixed row has after its figures, where they all agree (a grid's filler column: 1; else 0). */
  const trailAll = voters >= 2 && votes.size === 1 ? votes.keys().next().value! : -1;
  return rows.map((r) => {
    const lost = lostCell?.get(r);
    if (lost) return { ...r, cells: lost } as R;
    if (!r.windows) return r;
    const { windows, ...rest } = r;
    const short = shortOfTheGrid(windows, width, atCol, trailAll);
    if (short) return { ...rest, cells: short } as R;
    let k = -1;
    if (addsUp) {
      for (let w = windows.lo; w <= windows.hi; w++) {
        if (!addsUp(windows.cells.slice(w, w + width))) continue;
        if (k >= 0) {
          k = -1;
          break;
        }
        k = w;
      }
    }
    if (k < 0 && atCol >= 0) k = windows.cols.indexOf(atCol, windows.lo);
    if (k > windows.hi) k = -1;
    // Rows of as many cells after their label as this one, all with their figures as far into them
    // (a table whose group rows have a cell more than the others: seed 003's tab rows).
    // (A cell of two figures apart by a space, 「0 0」, is two that lost their separator: the row's size is the cells it
    // had — read as one, a row that lost one stood as the rows a cell shorter do, 总计 its last figure.)
    if (k < 0) k = leadBySize.get(windows.cells.length + windows.cells.reduce((n, c) => n + (TWO_FIGURES.test(c.raw.trim()) ? 1 : 0), 0)) ?? -1;
    // (A row whose line ends in a blank cell as those rows agree: a blank there is a cell of its row or one past it as it
    // is in theirs — a tab copy whose group rows end in a tab: the item rows' count, none, made 「…→→0→…→2→」's blank
    // 自然人 a blank 总计, with false sums said and a fix that moved the figures a column — found by a review.)
    const ownTrail = trailAfterBlank >= 0 && windows.cells[windows.cells.length - 1].kind === 'blank' ? trailAfterBlank : trail;
    if (k < 0 && ownTrail >= 0) {
      k = windows.cells.length - width - ownTrail;
      if (!leads.has(k)) k = -1;
    }
    if (k < windows.lo || k > windows.hi) return rest as R;
    return { ...rest, cells: windows.cells.slice(k, k + width) } as R;
  });
}
