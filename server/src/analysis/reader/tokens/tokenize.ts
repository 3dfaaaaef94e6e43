/**
 * Cuts text into tokens, whatever the layout: pipe rows, one cell per line, tab rows, Markdown
 * tables, labels followed by space-separated figures, and text whose cell boundaries a web page's
 * text extraction threw away (「规章000行政规范性文件008第二十条…」). Every token keeps its exact
 * source range. Lines are cut at separators (| ｜ tab) into pieces; a piece is cut into runs of
 * text and figures. Line structure is otherwise forgotten: the table readers find rows by their
 * labels, which is what survives all the ways a table gets mangled on its way to a web page.
 */
import { BLANK, countWithUnit, isApproximate, isValue, isZeroLetter, isZeroWord, looksLikeBadFigure, readCell, ZERO, type CellValue } from './numbers';
import { BOX, BREAK, CHAR_CLASS, COMMA, DIGIT, HYPHEN, isBoxBorder, isGridBorder, isRowEdge, MARK, NIL, PLUS, SEPARATOR, SIGN, SPACE } from '../text/charClass';
import type { SegmentFold } from '../text/normalize';
import type { GridBand } from './gridBands';
import { afterSpaces, isDigit, isSpace, isWordIdeograph, wordsAfter, wordsBefore } from './scan/chars';
import { approximateWord, countedRun, countedWord, maybeApproximate } from './scan/countedWords';
import { numberEnd, yearBefore } from './scan/figureEnd';
import { gluedMarksEnd, gluedNonesEnd, isNoneMark } from './scan/gluedMarks';
import { LIST_AT, LIST_NUMBER, LIST_POINT_SPACED, LIST_SPACED } from './scan/listNumbers';
import { attributedText, emphasisWidth, INLINE_CLOSE, INLINE_OPEN, spaceSpanAfter, spaceSpanBefore } from './scan/markup';
import { figureBefore, labelsIt, misreadWord, ruleWords, strayRuleGlyph } from './scan/ocrWords';
import { offsetIn, Token } from './token';
import { isMarginLine, marginDate } from './pageMargins';


/**
 * Three figures or more apart by spaces, nothing else (a cell's 「2    4    2     14     0」); two (`FIGURES_APART_2`) in a line of
 * a few separators, a row's rules an OCR read as 「|」 here and there (「0 |5    6 |9   0     0 |20」). (Two in a cell of a row
 * written a cell a separator — 「| 9 | 0 | 0 | 0 | 0 0 | 9 |」 — are a row that lost one separator, whose cells cannot be
 * told: rows/lostSeparator.ts.)
 */
const FIGURES_APART = /^[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[ \t\u3000\u00a0]+[0-9０-９]+(?:[.．][0-9０-９]+)?){2,}$/;
const FIGURES_APART_2 = /^[0-9０-９]+(?:[.．][0-9０-９]+)?[ \t\u3000\u00a0]+[0-9０-９]+(?:[.．][0-9０-９]+)?$/;
/** Fewer separators than this on a line: not a row written a cell a separator (table 三's rows have eight). */
const FEW_SEPARATORS = 5;
/** Digits in groups of three after the first, apart by a space (a cell's 「1 918」, a fee's 「1 137.2」). */
const SPACE_GROUPED = /^[0-9０-９]{1,3}(?:[ \u00a0\u2009\u202f][0-9０-９]{3})+(?:[.．][0-9０-９]+)?$/;
/**
 * Whether text[a, b) is a rule of hyphens: runs of four or more and spaces only, one of six or more —
 * a simple table's rules as pandoc writes them (「--------  -----------  -----」 above, below and under
 * the header, each as wide as its column). Never a row of none marks: single strokes (「- - -」「— —」)
 * or short runs (「--- --- ---」).
 */
function isDashRule(text: string, a: number, b: number, mark = 0x2d): boolean {
  let run = 0;
  let longest = 0;
  for (let i = a; i <= b; i++) {
    const c = i < b ? text.charCodeAt(i) : 0x20;
    if (c === mark) run++;
    else if (isSpace(c)) {
      if (run > 0 && run < 4) return false;
      if (run > longest) longest = run;
      run = 0;
    } else return false;
  }
  return longest >= 6;
}
/** A Markdown table's alignment row: cells of dashes (two or more, or one with a colon: 「:-:」「-:」), no other text. */
const MD_RULE = /^\s*\|?\s*(?::-+:?|-+:|-{2,})\s*(?:\|\s*(?::-+:?|-+:|-{2,})\s*)*\|?\s*$/;
/** Words that say a cell has nothing to count (read as none). */
const NOT_APPLICABLE = /^(?:不适用|不適用|不涉及|未涉及|未收费|未收費|无收费|無收費|暂无|暫無)$/;
const NONE_CELL = readCell('无');

export interface TokenizeState {
  pieces: number;
  /** The cell of its line the piece being cut is (see Token.col). */
  col: number;
  /** The line being cut (0-based): every token is made with it. */
  line: number;
  /** Where a ruled table's lines are cut (ruledColumns.ts), in order, and the first of them not passed yet. */
  ruled?: Int32Array;
  ruledAt?: number;
  /** A grid's bands whose cells wrap over their lines (gridBands.ts), in order, and the first not passed yet. */
  bands?: GridBand[];
  bandAt?: number;
  /** Where the text being cut starts (a line looks back no further: see `afterTabLine`). */
  floor?: number;
  /** How many separators the line being cut has (a line of a few holds cells of several figures apart by spaces). */
  seps?: number;
}

/**
 * Tokens of text[from, to), in order; `fold`, the fold of the whole text, if the caller has made it; `ruled`, where the lines
 * of a ruled table are cut (ruledColumns.ts), if the caller has found them.
 */
export function tokenize(text: string, from = 0, to = text.length, fold?: SegmentFold, ruled?: Int32Array, bands?: GridBand[]): Token[] {
  const out: Token[] = [];
  tokenizeLines(text, from, to, out, { pieces: 0, line: 0, col: 0, ruled, ruledAt: 0, bands, bandAt: 0, floor: from });
  // (Not a token joined from a grid's wrapped cell: its text is no one stretch of the segment's fold, and it folds its own.)
  if (fold) for (let i = 0; i < out.length; i++) if (!out[i].frags) out[i].segment = fold;
  return out;
}

/**
 * Appends the tokens of text[from, to) to `out`, `from` being where a line starts; `state` says
 * which line that is and how many pieces came before, and is left after the last.
 */
export function tokenizeLines(text: string, from: number, to: number, out: Token[], state: TokenizeState): void {
  let ls = from;
  let line = state.line;
  while (ls <= to) {
    // A grid's band whose cells wrap: its lines read as one row, each cell joined (gridBands.ts).
    if (state.bands) {
      const band = bandStarting(state, ls);
      if (band) {
        state.line = line;
        readBand(text, band, out, state);
        if (band.end >= to) break;
        ls = text.charCodeAt(band.end) === 13 && text.charCodeAt(band.end + 1) === 10 ? band.end + 2 : band.end + 1;
        line += band.lines;
        continue;
      }
    }
    // One pass over the line finds where it ends, where its separators are and what it holds;
    // the characters of no class (most of a report) cost one table load each.
    let le = ls;
    let nsep = 0;
    let words = false;
    let gov = false;
    /** Every class met on the line, or-ed: what it holds, without a test per class per character. */
    let seen = 0;
    for (; le < to; le++) {
      const c = text.charCodeAt(le);
      const k = CHAR_CLASS[c];
      if (k === 0) {
        words = true;
        if (c === 0x653f /* 政 */) gov = true;
        continue;
      }
      if (k & BREAK) break;
      seen |= k;
      if (k & SEPARATOR) {
        if (nsep === seps.length) seps = growInt32(seps);
        seps[nsep++] = le;
      }
    }
    // (Only spaces and separators are blank: no other class shares a bit with them.)
    const blank = !words && (seen & ~(SPACE | SEPARATOR)) === 0;
    const dash = (seen & HYPHEN) !== 0;
    const digit = (seen & DIGIT) !== 0;
    const figures = (seen & (DIGIT | SIGN | MARK | NIL)) !== 0;
    const box = (seen & BOX) !== 0;
    const plus = (seen & PLUS) !== 0;
    state.line = line;
    // A table's row with its cells apart by commas (Word's 「转换为文本」 with commas, a spreadsheet saved as CSV:
    // 「一、本年新收…,,30,5,1,2,3,1,42」) — every row said 「only 1 found」, found by a review: its commas are its separators.
    if (nsep === 0 && (seen & COMMA) !== 0) nsep = csvSeparators(text, ls, le);
    // A ruled table's line (pandoc's text, a simple table): cut at the spaces under its ruler's gaps.
    if (nsep === 0 && state.ruled) nsep = ruledSeparators(state, ls, le);
    cutLine(text, ls, le, nsep, blank, dash, digit, gov, figures, box, plus, out, state);
    if (le >= to) break;
    // CRLF is one line break.
    ls = text.charCodeAt(le) === 13 && text.charCodeAt(le + 1) === 10 ? le + 2 : le + 1;
    line++;
  }
  state.line = line;
}

/** How a line stands for innerText's cells: a lone tab (between two cells), empty, or anything else. */
export function lineKind(text: string, ls: number, le: number): 'tab' | 'empty' | 'other' {
  let tabs = 0;
  for (let i = ls; i < le; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x09) tabs++;
    else if (c !== 0x20 && c !== 0x200b && c !== 0xfeff) return 'other';
  }
  return tabs === 0 ? 'empty' : tabs === 1 ? 'tab' : 'other';
}

/** Whether the last line before `ls` (a line start) that is not empty, at or after `floor`, is a lone tab. */
function afterTabLine(text: string, ls: number, floor: number): boolean {
  let le = ls;
  while (le > floor) {
    // Back over the line break, then to the start of the line before.
    let e = le;
    while (e > floor && (text.charCodeAt(e - 1) === 10 || text.charCodeAt(e - 1) === 13)) e--;
    if (e === le && le !== ls) return false;
    let s = e;
    while (s > floor && text.charCodeAt(s - 1) !== 10 && text.charCodeAt(s - 1) !== 13) s--;
    const kind = lineKind(text, s, e);
    if (kind !== 'empty') return kind === 'tab';
    if (s === e && s === le) return false;
    le = s;
  }
  return false;
}

/** The band that starts at `ls`, if one does (the bands passed are passed for good). */
function bandStarting(state: TokenizeState, ls: number): GridBand | undefined {
  const bands = state.bands as GridBand[];
  let k = state.bandAt ?? 0;
  while (k < bands.length && bands[k].start < ls) k++;
  state.bandAt = k;
  return k < bands.length && bands[k].start === ls ? bands[k] : undefined;
}

/**
 * A band's tokens: its cells left to right, each read as a piece of its own on the band's first line — a cell on one
 * line as that line's piece, a cell over several lines as the pieces' text joined (its tokens carry the pieces they
 * were read from: Token.frags).
 */
function readBand(text: string, band: GridBand, out: Token[], state: TokenizeState): void {
  // (A grid's cells: a cell a separator.)
  state.seps = undefined;
  for (const cell of band.cells) {
    state.col = cell.col;
    const f = cell.frags;
    if (f.length <= 2) {
      piece(text, f.length ? f[0] : cell.start, f.length ? f[1] : cell.end, true, true, out, state);
      continue;
    }
    let joined = '';
    for (let k = 0; k < f.length; k += 2) joined += text.slice(f[k], f[k + 1]);
    const made: Token[] = [];
    piece(joined, 0, joined.length, true, true, made, state);
    for (const t of made) {
      const start = offsetIn(f, t.span.start);
      const end = t.span.end > t.span.start ? offsetIn(f, t.span.end - 1) + 1 : start;
      const moved = new Token(t.kind, { start, end }, t.raw, t.line, t.piece, t.col);
      if (t.cell) moved.cell = t.cell;
      if (t.digits) moved.digits = t.digits;
      if (t.marks) moved.marks = t.marks;
      // (Over two pieces or more: its own fold, and no edit in place.)
      if (end - start !== t.span.end - t.span.start) moved.frags = piecesOf(f, t.span.start, t.span.end);
      out.push(moved);
    }
  }
}

/** The source pieces of characters [a, b) of pieces `frags` joined. */
function piecesOf(frags: readonly number[], a: number, b: number): number[] {
  const out: number[] = [];
  let at = 0;
  for (let k = 0; k < frags.length; k += 2) {
    const len = frags[k + 1] - frags[k];
    const s = Math.max(a, at);
    const e = Math.min(b, at + len);
    if (e > s) out.push(frags[k] + s - at, frags[k] + e - at);
    at += len;
  }
  return out;
}

/** How many of the ruled table's cuts line [ls, le) has (put in `seps`). */
function ruledSeparators(state: TokenizeState, ls: number, le: number): number {
  const cuts = state.ruled as Int32Array;
  let k = state.ruledAt ?? 0;
  while (k < cuts.length && cuts[k] < ls) k++;
  let n = 0;
  for (; k < cuts.length && cuts[k] < le; k++) {
    if (n === seps.length) seps = growInt32(seps);
    seps[n++] = cuts[k];
  }
  state.ruledAt = k;
  return n;
}

/** One line, its separators' places in `seps[0, nsep)`. */
function cutLine(text: string, ls: number, le: number, nsep: number, blank: boolean, dash: boolean, digit: boolean, gov: boolean, figures: boolean, box: boolean, plus: boolean, out: Token[], state: TokenizeState): void {
  if (blank && nsep === 0) {
    // A line of no-break spaces: a blank cell on a line of its own, as a browser's innerText writes a
    // page's 「&nbsp;」 cell when each cell holds a paragraph (other blank lines are no cells).
    if (holds(text, ls, le, 0xa0)) {
      const t = new Token('blank', { start: ls, end: le }, text.slice(ls, le), state.line, state.pieces++, -1);
      t.cell = BLANK;
      out.push(t);
    }
    return;
  }
  // A tab alone on its line is what the same innerText writes between two such cells: no cells. Two of them with only empty
  // lines between stand around a cell with nothing in it (「0」 / 「\t」 / 「\t」 / 「9」): a blank cell — the row was said
  // to lack a figure, and every figure after it slipped a column (found by a review of generated pages' innerText).
  if (blank && nsep === 1 && text.charCodeAt(seps[0]) === 0x09) {
    if (afterTabLine(text, ls, state.floor ?? 0)) {
      const t = new Token('blank', { start: ls, end: le }, text.slice(ls, le), state.line, state.pieces++, -1);
      t.cell = BLANK;
      out.push(t);
    }
    return;
  }
  if (dash && MD_RULE.test(text.slice(ls, le))) return; // Markdown |---|---| rule
  // A drawn table's border: 「├──┼──┤」 (box drawing), 「+----+----+」.
  if ((box && isBoxBorder(text, ls, le)) || (plus && isGridBorder(text, ls, le))) return;
  if (nsep === 0) {
    // A Markdown heading's marks (「### 行政复议」, a converter's caption over each part of a table) are no words of it: read
    // as words, the part's name was none, and table 四 in three captioned parts was said to have no figures (found by a
    // review of a PDF's Markdown).
    ls = afterHeadingMarks(text, ls, le);
    // A page's margins on a line of their own: its number, the running title, what a browser prints (pageMargins.ts).
    if (isMarginLine(text, ls, le, digit, gov)) return;
    if (dash && isDashRule(text, ls, le)) return;
    // (reStructuredText's rule of 「=」, a simple table's ruler: no words of the report.)
    if (text.charCodeAt(afterSpace(text, ls, le)) === 0x3d && isDashRule(text, ls, le, 0x3d)) return;
    state.col = -1;
    // (A browser's date and time run on after a figure, a page's margin in a text that gives each page a line — pdf.js's
    // items joined: 「…0 0 012/6/26, 5:16 PM」 was a total of 12, found by a review of printed pages' text.)
    const date = digit && le - ls <= 100_000 && holds(text, ls, le, 0x3a) && holds(text, ls, le, 0x2f) ? marginDate(text, ls, le) : undefined;
    if (date) {
      if (date.start > ls) piece(text, ls, date.start, false, figures, out, state);
      if (date.end < le) piece(text, date.end, le, false, figures, out, state);
      return;
    }
    piece(text, ls, le, false, figures, out, state);
    return;
  }
  // A leading pipe (Markdown) and a trailing pipe do not open or close a cell.
  let a = ls;
  while (a < le && isSpace(text.charCodeAt(a)) && text.charCodeAt(a) !== 0x09) a++;
  let b = le;
  while (b > a && isSpace(text.charCodeAt(b - 1)) && text.charCodeAt(b - 1) !== 0x09) b--;
  let first = 0;
  let last = nsep;
  const firstChar = text.charCodeAt(a);
  // (Not a row whose cells were joined with 「 | 」 and whose first cell is empty — 「 | 39 | 0 | … |」 under 「行政复议 | … |」: one
  // space, the bar, a space — where the empty first cell is a cell (table 四 read 14 figures of 15, every one a column
  // early: found by two reviews of generated reports). A Markdown row opens with its bar.)
  // (The full-width bar 「｜」 so too: a page's cells joined with it read one column early, found on generated reports.)
  const bar = (c: number) => c === 0x7c || c === 0xff5c;
  const joinedEmpty = a === ls + 1 && text.charCodeAt(ls) === 0x20 && bar(text.charCodeAt(a)) && text.charCodeAt(a + 1) === 0x20 && bar(text.charCodeAt(b - 1)) && nsep >= 3;
  if (isRowEdge(firstChar) && last > first && !joinedEmpty && isBlankPiece(text, ls, le, nsep, first)) first++;
  const lastChar = text.charCodeAt(b - 1);
  if (isRowEdge(lastChar) && last > first && isBlankPiece(text, ls, le, nsep, last)) last--;
  let columns = first < last;
  /** Whether a piece before holds words (a row's label): a list number after it with no words after it is no numbering. */
  let wordsBefore = false;
  for (let k = 0; k < nsep && columns; k++) if (text.charCodeAt(seps[k]) === 0x09) columns = false;
  for (let k = first; k <= last; k++) {
    const ps = pieceStart(ls, k);
    const pe = pieceEnd(le, nsep, k);
    // A stretch of border between a drawn table's cells (「│合计│├──┬──┤│」「| 合计 |-----+-----|」, where a
    // cell above is split below) is no cell.
    if ((box && isBoxBorder(text, ps, pe)) || (plus && isGridBorder(text, ps, pe))) continue;
    // (Counted from the line's first piece, a blank one before a leading separator included: 「| a |」
    // and 「 | a |」 put a in the same cell as 「x | a |」 does. A line of one cell — 「a |」, a cell a line —
    // says nothing of columns, nor a line cut by tabs: a cell's line break copied from Word or a PDF
    // breaks the row there, and the rest of the row goes on from the next line's first cell.)
    state.col = columns ? k : -1;
    state.seps = nsep;
    // (A 「○」 first on its line with words in the next cell is a list's bullet, not a zero: piece's zeroCell.)
    const wordsNext = k < last && holdsWords(text, pieceStart(ls, k + 1), pieceEnd(le, nsep, k + 1));
    const bullet = k === first && wordsNext;
    // (A list number alone in a cell numbers the words after it, or opens the line's words; after a row's label with no
    // words after it, 「| 12. |」「| 10、 |」 is a figure with a key slipped — read as a number, the row lost its figures.)
    piece(text, ps, box ? beforeBorder(text, ps, pe) : pe, true, figures, out, state, !bullet, !wordsBefore || wordsNext);
    if (!wordsBefore) wordsBefore = holdsWords(text, ps, pe);
  }
}


/** Where a line's text starts past a Markdown heading's 「#」 to 「######」 and the space after them (else `ls`). */
function afterHeadingMarks(text: string, ls: number, le: number): number {
  let a = afterSpace(text, ls, le);
  const marks = a;
  while (a < le && a - marks < 7 && text.charCodeAt(a) === 0x23) a++;
  return a > marks && a - marks <= 6 && a < le && (text.charCodeAt(a) === 0x20 || text.charCodeAt(a) === 0x09) ? a : ls;
}

/** Where the spaces opening text[a, b) end. */
function afterSpace(text: string, a: number, b: number): number {
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  return a;
}

/** Whether text[a, b) holds a word's ideograph (not only figures, marks and spaces). */
function holdsWords(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (isWordIdeograph(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Where a cell's words end when the border of the cells below runs on from them in the same piece
 * (w3m: 「│总计├────┬────┬────┤」, a header cell beside cells that are split under it): the border
 * is no part of the cell.
 */
function beforeBorder(text: string, ps: number, pe: number): number {
  let q = pe;
  while (q > ps && (CHAR_CLASS[text.charCodeAt(q - 1)] & (BOX | SPACE)) !== 0) q--;
  return q > ps && q < pe && isBoxBorder(text, q, pe) ? q : pe;
}

const pieceStart = (ls: number, k: number) => (k === 0 ? ls : seps[k - 1] + 1);
const pieceEnd = (le: number, nsep: number, k: number) => (k === nsep ? le : seps[k]);
function isBlankPiece(text: string, ls: number, le: number, nsep: number, k: number): boolean {
  for (let i = pieceStart(ls, k), e = pieceEnd(le, nsep, k); i < e; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Whether text[from, to) holds the code unit `c`. */
function holds(text: string, from: number, to: number, c: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === c) return true;
  return false;
}

/**
 * How many separators a line whose cells are apart by commas has (their places put in `seps`), or 0 when it is no
 * such line: three commas or more outside quotes, no sentence's stop, each cell short, and two cells of digits
 * (a row) or six cells and more, none of words of a sentence (a header); or one of the form's rows of two figures and them. Prose with ASCII commas (seed 000 writes
 * its sentences so) has long clauses, figures with their words, and its stops; a figure's thousands comma is one.
 */
/** The labels of the form's rows of two figures (the 2019 form's table 二: 行政事业性收费, 政府集中采购). */
const TWO_FIGURE_ROW = /^[\s"]*(?:行政事业性收费|行政事業性收費|政府集中采购|政府集中採購)[\s"]*$/;
/** The 2019 form's 政府集中采购 (no other form has it). */
const PURCHASE_ROW = /^[\s"]*政府集中[采採][购購][\s"]*$/;
/** Two cells that read as one figure with its thousands comma: 1–3 digits, then three and maybe decimals. */
const THOUSANDS_AFTER = /^\s*[0-9０-９]{1,3}\s*,\s*[0-9０-９]{3}(?:[.．][0-9０-９]+)?\s*$/;

function csvSeparators(text: string, ls: number, le: number): number {
  let n = 0;
  let quoted = false;
  let digits = 0;
  let cell = ls;
  let longest = 0;
  /** Whether the first cell holds a digit (a label holds none). */
  let labelDigit = false;
  const closeCell = (end: number) => {
    let a = cell;
    let b = end;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a && text.charCodeAt(a) === 0x22 && text.charCodeAt(b - 1) === 0x22) (a++, b--);
    let allDigits = b > a;
    for (let i = a; i < b && allDigits; i++) allDigits = isDigit(text.charCodeAt(i)) || (i > a && (text.charCodeAt(i) === 0x2c || text.charCodeAt(i) === 0x2e));
    // (A cell the form leaves without a figure — 「/」, 「-」, 「—」 — stands where one would: 「规章,/,/,/」 is table 二's row.)
    if (allDigits || (b - a === 1 && cell !== ls && isNoFigureMark(text.charCodeAt(a)))) digits++;
    if (cell === ls) for (let i = a; i < b && !labelDigit; i++) labelDigit = isDigit(text.charCodeAt(i));
    if (b - a > longest) longest = b - a;
  };
  for (let i = ls; i < le; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (c === 0x3002 || c === 0xff1b || c === 0x3b) return 0; // 。；;
    else if (c === 0x2c && !quoted) {
      if (n === seps.length) seps = growInt32(seps);
      seps[n++] = i;
      closeCell(i);
      cell = i + 1;
    }
  }
  closeCell(le);
  // (A label and two figures, the 2019 form's table 二 row 「行政事业性收费,12,34」: a row too — its second figure was lost, and a
  // two-digit first split as glued, 1 and 2 exported: found by a review.)
  // (Only the rows of two figures the form has — 行政事业性收费 and 政府集中采购 —: 「予以公开,12,3」 is a sentence's, and was read
  // as a table 三 of its own, found by the review of the first version. The line alone decides: an edit re-cuts its lines.)
  // (Not where the two read as one figure with its thousands comma — 「行政事业性收费,4,816.34」, the 2021 form's one amount.)
  // (政府集中采购 is the 2019 form's alone, of two figures always: 「政府集中采购,0,284.89」 is 0 and 284.89 — it was no row, found on a
  // CSV of a generated report. 行政事业性收费's 「79,224」 may be either form's: the block reads it, rows/commaPair.ts.)
  if (n === 2 && digits === 2 && !labelDigit && longest <= CSV_CELL && TWO_FIGURE_ROW.test(text.slice(ls, seps[0])) && (PURCHASE_ROW.test(text.slice(ls, seps[0])) || !THOUSANDS_AFTER.test(text.slice(seps[0] + 1, le)))) return n;
  if (n < 3 || longest > CSV_CELL || !(digits >= 2 || (n >= 5 && longest <= 16))) return 0;
  return n;
}
/** 「/」「-」「—」 and their full-width forms: a cell without a figure. */
function isNoFigureMark(c: number): boolean {
  return c === 0x2f || c === 0xff0f || c === 0x2d || c === 0xff0d || c === 0x2014 || c === 0x2015 || c === 0x2212;
}
/** The longest cell of a row apart by commas (table 三's longest label is 41 characters). */
const CSV_CELL = 48;

/** Where a line's separators are (reused: one line at a time). */
let seps: Int32Array = new Int32Array(64);
function growInt32(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * One piece of a line. Between separators (`inCell`) a piece is a cell: blank, a figure, a label,
 * or a label followed by space-separated figures. Without separators it is running text, in which
 * figures may be glued to the words around them.
 */
function piece(text: string, ps: number, pe: number, inCell: boolean, figures: boolean, out: Token[], state: TokenizeState, zeroCell = true, numbering = true): void {
  const n = state.pieces++;
  let a = ps;
  let b = pe;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  // A cell a spreadsheet quoted (Calc's 「quote all text cells」, a CSV: 「"规章"」「"14"」): its words or figure
  // are what the quotes hold — not a figure 「"14"」 that is no number, nor words no label is.
  if (inCell && b - a >= 2 && text.charCodeAt(a) === 0x22 && text.charCodeAt(b - 1) === 0x22 && text.indexOf('"', a + 1) === b - 1) {
    a++;
    b--;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  } else if (inCell && b - a >= 2 && text.charCodeAt(a) === 0x22 && !holds(text, a + 1, b, 0x22)) {
    // The opening quote of a cell whose text goes on over the next line (「"251000」 / 「元"」: Excel quotes
    // a cell that holds a line break): no part of its figure. (Its closing one ends the unit's line.)
    a++;
  } else if (inCell && b - a >= 2 && text.charCodeAt(b - 1) === 0x22 && !holds(text, a, b - 1, 0x22)) {
    b--;
  }
  // A figure in Markdown's emphasis (「**0**」「*12*」「__3__」: a total row set in bold): the figure is what the marks
  // hold — it was 「不是数字」, and the bold row's sums unchecked (found by a review). Not 「*****」, a masked cell.
  if (inCell && b - a >= 3) {
    const e = emphasisWidth(text, a, b);
    if (e) {
      a += e;
      b -= e;
      while (a < b && isSpace(text.charCodeAt(a))) a++;
      while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    }
  }
  // Emphasis around a cell's words with a space inside its closing (or opening) mark, 「*一、本年新收…数量 *」 — pandoc's text
  // of italic words whose cell wrapped: the lone closing 「*」 read as a masked figure, a row with eight (found by a review).
  if (inCell && b - a >= 4) {
    const m = text.charCodeAt(a);
    if ((m === 0x2a || m === 0x5f) && text.charCodeAt(b - 1) === m) {
      let n = 0;
      while (n < 3 && text.charCodeAt(a + n) === m) n++;
      let k = 0;
      while (k < n && text.charCodeAt(b - 1 - k) === m) k++;
      if (k === n && b - a > 2 * n && (isSpace(text.charCodeAt(b - 1 - n)) || isSpace(text.charCodeAt(a + n))) && text.charCodeAt(a + n) !== m && text.charCodeAt(b - 1 - n) !== m) {
        a += n;
        b -= n;
        while (a < b && isSpace(text.charCodeAt(a))) a++;
        while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
      }
    }
  }
  // A cell's inline HTML that a Markdown table kept (「<u>1</u>」「<span style=…>0</span>」「0<br>」「<strong>5</strong>」: pandoc's
  // GitHub Markdown of a Word report, an editor's paste): the figure is what the tags hold — the cell was 「不是数字」, or
  // lost with the rest of its row's figures. Tags of inline markup only, at the cell's ends.
  if (inCell && b - a >= 3 && (text.charCodeAt(a) === 0x3c || text.charCodeAt(b - 1) === 0x3e)) {
    for (let m = INLINE_OPEN.exec(text.slice(a, b)); m; m = INLINE_OPEN.exec(text.slice(a, b))) {
      a += m[0].length;
      while (a < b && isSpace(text.charCodeAt(a))) a++;
    }
    for (let m = INLINE_CLOSE.exec(text.slice(a, b)); m; m = INLINE_CLOSE.exec(text.slice(a, b))) {
      b -= m[0].length;
      while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    }
  }
  // A cell of a lone backslash: reStructuredText's empty first cell (pandoc writes 「\\」 there, an empty one would carry
  // the row above on) — blank, not a cell of words (found by a review: eleven rows 「只读到 N 个」).
  if (inCell && b - a === 1 && text.charCodeAt(a) === 0x5c) a = b;
  // A Markdown span with attributes around the cell's text (「[0]{.underline}」: pandoc's Markdown of underlined words).
  // (Spans in spans, as pandoc writes a page's nested styles — 「[[0]{style="font-family:Calibri"}]{style="font-size:14px"}」 —
  // each peeled off in turn.)
  // (And a span of spaces beside the figure's, its own style — 「[[0]{…}]{…}[[ ]{…}]{…}」 — is none of the cell's text: read as
  // words, each such cell ended its row, and the table was said to list its total column alone.)
  while (inCell && b - a >= 5 && (text.charCodeAt(a) === 0x5b || text.charCodeAt(b - 1) === 0x7d)) {
    const blankEnd = text.charCodeAt(b - 1) === 0x7d ? spaceSpanBefore(text, a, b) : -1;
    const blankStart = blankEnd < 0 && text.charCodeAt(a) === 0x5b ? spaceSpanAfter(text, a, b) : -1;
    if (blankEnd > a) b = blankEnd;
    else if (blankStart > 0 && blankStart < b) a = blankStart;
    else {
      const inner = text.charCodeAt(a) === 0x5b && text.charCodeAt(b - 1) === 0x7d ? attributedText(text, a, b) : -1;
      if (inner < 0) break;
      b = inner;
      a++;
    }
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  }
  if (a === b) {
    if (inCell) {
      const t = new Token('blank', { start: ps, end: pe }, text.slice(ps, pe), state.line, n, state.col);
      t.cell = BLANK;
      out.push(t);
    }
    return;
  }
  const raw = text.slice(a, b);
  // A list number on its own (「3.」 in a cell of its own) is no figure: a text token, as in 「3.其他」.
  const digitFirst = (CHAR_CLASS[text.charCodeAt(a)] & DIGIT) !== 0;
  if (digitFirst && b - a <= 3 && LIST_NUMBER.test(raw)) {
    // (Not an item's number of the form — 1 to 8: 「（三）不予公开 | 1. |」 is its item's, the words wrapped to the lines below.)
    const slipped = inCell && !numbering && readCell(raw.slice(0, -1)).value! > 8;
    const t = new Token(slipped ? 'value' : 'text', { start: a, end: b }, raw, state.line, n, state.col);
    if (t.kind === 'value') t.cell = { kind: 'invalid' };
    out.push(t);
    return;
  }
  // The whole piece is one figure (「1,432」「/」「*****」), or in a cell a malformed one (「1件」「O」).
  // (An ideograph but 无、無、空 makes it none — readCell's own first test — so a line of prose is not
  // read to its end for a space here.)
  let oneWord = true;
  for (let i = a; i < b && oneWord; i++) {
    const c = text.charCodeAt(i);
    oneWord = !isSpace(c) && !isWordIdeograph(c);
  }
  if (oneWord) {
    const cell = readCell(raw);
    if (isValue(cell)) {
      out.push(value(text, a, b, n, state.line, state.col, cell, raw));
      return;
    }
  }
  // A figure grouped by spaces, GB/T 8170's way (「1 918」「12 345 678」), alone in its cell: one figure.
  if (inCell && SPACE_GROUPED.test(raw)) {
    out.push(value(text, a, b, n, state.line, state.col, readCell(raw), raw));
    return;
  }
  // A zero written as a word (「〇」「○」「零」, a Word document's habit) alone in its cell: the figure 0, which
  // cell-invalid names (read as words, it ended the row: table 二's and 四's rows lost every figure after it).
  // Not a bullet: 「○」 opening a line whose next cell is words (「○\t下一步将…」).
  if (inCell && zeroCell && isZeroWord(raw)) {
    out.push(value(text, a, b, n, state.line, state.col, ZERO, raw));
    return;
  }
  // 「不适用」「不涉及」「未收费」 alone in its cell: none, as 「无」 and 「/」 are — a body with no power to charge
  // fees writes so in table 二 (a table-shape error, 「none found」: found by a review of townships' reports).
  if (inCell && b - a <= 4 && NOT_APPLICABLE.test(raw)) {
    out.push(value(text, a, b, n, state.line, state.col, NONE_CELL, raw));
    return;
  }
  // A count with its unit alone in its cell (「5件」): its figure, which cell-invalid names.
  const counted = inCell ? countWithUnit(raw) : undefined;
  if (counted) {
    out.push(value(text, a, b, n, state.line, state.col, counted.value, raw));
    return;
  }
  // (Three figures or more apart by spaces in one cell are the cells of a row whose rules an OCR saw only some of —
  // 「195 |2    4    2     14     0 |217」 —: read one by one below. As one bad figure, the row lost every figure: found by
  // a review of tesseract's text. A figure grouped by spaces in threes is one, above.)
  const apart = inCell && (FIGURES_APART.test(raw) || ((state.seps ?? FEW_SEPARATORS) < FEW_SEPARATORS && FIGURES_APART_2.test(raw)));
  if (inCell && !apart && (looksLikeBadFigure(raw) || isApproximate(raw))) {
    const t = new Token('value', { start: a, end: b }, raw, state.line, n, state.col);
    t.cell = { kind: 'invalid' };
    out.push(t);
    return;
  }
  // Runs of figures inside the piece; the text between them makes text tokens. A character of
  // none of the classes a figure or a mark is made of (most of them) is passed with one load, and a
  // line with none of them (`figures`, found by the line's pass) is one text token a piece.
  if (!figures) {
    out.push(new Token('text', { start: a, end: b }, raw, state.line, n, state.col));
    return;
  }
  let textStart = a;
  let i = a;
  // A list number opening the piece and standing apart (「3.   0  1  0 …」: a PDF's text put the row's
  // words on the line above) is the start of the text, not a figure — whatever follows it.
  const lead = digitFirst ? (LIST_AT.exec(raw) ?? LIST_POINT_SPACED.exec(raw) ?? (inCell ? LIST_SPACED.exec(raw) : null)) : null;
  if (lead) i = a + lead[0].length;
  /** Where the word after the last figure starts, when only spaces are between: a count there is in the figures' row. */
  let figureAfter = -1;
  const rules = inCell ? undefined : ruleWords(text, i, b);
  /** The next of `rules` not passed yet (they are in order: one look a character, however many). */
  let rule = 0;
  while (i < b) {
    // A table's rule an OCR read as a letter (「数量 l 120 l 15 l 3 …」): no cell, as the rule was none.
    if (rules !== undefined) {
      while (rule < rules.length && rules[rule] < i) rule++;
      if (rules[rule] === i) {
        pushText(text, textStart, i, n, state.line, state.col, out);
        i = textStart = i + 1;
        continue;
      }
    }
    const k = CHAR_CLASS[text.charCodeAt(i)];
    // An approximate figure as a word among a row's figures apart by spaces (「数量 约10 2 0 1 0 0 13」): one invalid
    // cell, as in a cell of its own (numbers.ts isApproximate) — read as words and a figure, it was an exact 10. Never
    // in a sentence (「收到申请约10件」: glued to its words), and only where figures stand around it, as countedWord's.
    if ((k & (DIGIT | SIGN | MARK | NIL)) === 0 || (k & DIGIT) !== 0) {
      const e = (i === a || isSpace(text.charCodeAt(i - 1))) && maybeApproximate(text.charCodeAt(i), k) ? approximateWord(text, i, b) : -1;
      if (e > 0 && (figureAfter === i || countedRun(text, e, b) >= 2)) {
        pushText(text, textStart, i, n, state.line, state.col, out);
        const t = new Token('value', { start: i, end: e }, text.slice(i, e), state.line, n, state.col);
        t.cell = readCell(t.raw);
        out.push(t);
        i = textStart = e;
        figureAfter = afterSpaces(text, i, b);
        continue;
      }
    }
    if ((k & (DIGIT | SIGN | MARK | NIL)) === 0) {
      i++;
      continue;
    }
    const pk = i > a ? CHAR_CLASS[text.charCodeAt(i - 1)] : SPACE;
    if ((k & NIL) !== 0) {
      // 「无」 glued after a row's label of table 二 on a page that lost its cell boundaries (「…（单位：万元）行政事业性收费无三、…」
      // 「行政处罚无行政强制无」): the none its cell held, one a 无 — read as words, the row had no cell and was said missing,
      // and the rows glued after it were lost in its words (found by a review of glued pages).
      const e = inCell || (pk & SPACE) !== 0 ? i : gluedNonesEnd(text, a, i, b);
      if (e > i) {
        pushText(text, textStart, i, n, state.line, state.col, out);
        for (let p = i; p < e; p++) out.push(value(text, p, p + 1, n, state.line, state.col, NONE_CELL, text.charAt(p)));
        i = textStart = e;
        figureAfter = afterSpaces(text, i, b);
        continue;
      }
      // 「无」「〇」「零」 as a word of its own among a row's figures apart by spaces (「（二）部分公开 2 无 无 1 …」, a
      // Word table pasted as text): the none or zero it is in a cell — read as words, it ended the row and lost
      // it (found by a review). A word among figures: right after one, or before two more such words; a line
      // of nothing else is one (a cell a line) — but 「○」 alone on its line, a list's bullet whose words went to
      // the next line. Never in a sentence: 「无」 glued to words is words. (The letter 「o」 only among figures: alone on its
      // line it is an OCR's speck as likely as a cell.)
      const end = i + 1;
      if ((pk & SPACE) !== 0 && (end === b || isSpace(text.charCodeAt(end))) && (figureAfter === i || (!inCell && i === a && end === b && text.charCodeAt(i) !== 0x25cb && !isZeroLetter(text.charAt(i))) || countedRun(text, end, b) >= 2)) {
        const raw1 = text.charAt(i);
        pushText(text, textStart, i, n, state.line, state.col, out);
        out.push(value(text, i, end, n, state.line, state.col, isZeroWord(raw1) ? ZERO : readCell(raw1), raw1));
        i = textStart = end;
        figureAfter = afterSpaces(text, i, b);
        continue;
      }
      i++;
      continue;
    }
    const startsNumber = (k & DIGIT) !== 0 || ((k & SIGN) !== 0 && i + 1 < b && isDigit(text.charCodeAt(i + 1)) && (pk & (SPACE | DIGIT)) !== 0);
    if (startsNumber) {
      // Counts written with their unit, apart by spaces, as a row's figures (「（一）予以公开 1件 0件 0件 …」, a
      // Word table's cells typed so, pasted as text): each the figure a cell 「5件」 is — never one or two in
      // a sentence (「予以公开15件」), which are statements (three or more, or one after them, make the row).
      // (In a row with figures written bare too, 「5件 0 0 …」: the words of the run are counts or figures.)
      const counted = (k & DIGIT) !== 0 && (i === a || isSpace(text.charCodeAt(i - 1))) ? countedWord(text, i, b) : -1;
      if (counted > 0 && (figureAfter === i || countedRun(text, counted, b) >= 2)) {
        pushText(text, textStart, i, n, state.line, state.col, out);
        out.push(value(text, i, counted, n, state.line, state.col, countWithUnit(text.slice(i, counted))!.value));
        i = textStart = counted;
        figureAfter = afterSpaces(text, i, b);
        continue;
      }
      let end = numberEnd(text, i, b);
      // A year that opens the prose after a glued page's last figures (「行政事业性收费02025年，我局…」
      // 「…继续办理20000022025年，…」), or any year before its 年: words, not a figure — the run's figures end before it.
      const year = end > i ? yearBefore(text, i, end) : -1;
      if (year === i) {
        i = end;
        continue;
      }
      if (year > i) end = year;
      // A figure an OCR misread one of its digits in — a letter that looks like one glued to it (「1O」「l20」「I4」「1b」
      // 「15O」) — among a row's figures apart by spaces: one invalid cell, as in a cell of its own. Read as the figure
      // and a word, 「1O」 was a certain 1 (a false row-total error and a wrong figure exported: found by a review).
      // Never in a sentence (「G60」「5G」): only where figures stand around it.
      const word = end > i ? misreadWord(text, a, textStart, i, end, b) : undefined;
      if (word && (figureAfter === word[0] || (word[0] > a && figureBefore(text, a, word[0])) || countedRun(text, word[1], b) >= 2 || labelsIt(text, a, word[0], word[1], b))) {
        pushText(text, textStart, word[0], n, state.line, state.col, out);
        const t = new Token('value', { start: word[0], end: word[1] }, text.slice(word[0], word[1]), state.line, n, state.col);
        t.cell = { kind: 'invalid' };
        out.push(t);
        i = textStart = word[1];
        figureAfter = afterSpaces(text, i, b);
        continue;
      }
      if (end > i) {
        pushText(text, textStart, i, n, state.line, state.col, out);
        out.push(value(text, i, end, n, state.line, state.col));
        i = end;
        textStart = end;
        figureAfter = afterSpaces(text, i, b);
        continue;
      }
      i++;
      continue;
    }
    // None marks glued to what stands around them, in a page's text that lost its cell boundaries (「规章///行政规范性文件000」
    // 「数量12—————12二、」): one cell a mark, or a pair of dashes — the glued row decides (glued/splitRun.ts). Read as
    // words, the row lost those cells and was said missing, or a row of 「—」 lost every figure (found by a review).
    // (Only in running text: between separators a cell's marks are its own, 「| 其他处理-3.其他 |」 a label's joiner.)
    if (!inCell && (k & MARK) !== 0 && (pk & SPACE) === 0 && i > a && isNoneMark(text.charCodeAt(i))) {
      const j = gluedMarksEnd(text, a, i, b);
      if (j > i) {
        pushText(text, textStart, i, n, state.line, state.col, out);
        const t = value(text, i, j, n, state.line, state.col);
        t.marks = true;
        out.push(t);
        i = textStart = j;
        figureAfter = afterSpaces(text, i, b);
        continue;
      }
    }
    // A word made only of marks stands for a figure: 「规章 / / /」.
    if ((k & MARK) !== 0 && (pk & SPACE) !== 0) {
      let j = i;
      while (j < b && (CHAR_CLASS[text.charCodeAt(j)] & MARK) !== 0) j++;
      // (Not a mark joining words in one cell — 「其他处理 - 3.其他」「其他处理 / 其他」, a flattened label as an assistant
      // writes one: read as a none cell, the row lost its figures and split table 三, found by a review. Only between
      // words: 「1.属于国家秘密 - - … - 2.其他…」, a glued page's row of none marks, keeps them all.)
      // (Or glued to the next row's label, after the row's figures or marks: the last of 「规章/ / /行政…」.)
      const endsRow = figureAfter === i && j < b && isNoneMark(text.charCodeAt(i)) && (isWordIdeograph(text.charCodeAt(j)) || text.charCodeAt(j) === 0xff08);
      if (((j === b || isSpace(text.charCodeAt(j))) && !(wordsBefore(text, a, i) && wordsAfter(text, j, b))) || endsRow) {
        pushText(text, textStart, i, n, state.line, state.col, out);
        out.push(value(text, i, j, n, state.line, state.col));
        i = j;
        textStart = j;
        figureAfter = afterSpaces(text, i, b);
        continue;
      }
    }
    i++;
  }
  pushText(text, textStart, b, n, state.line, state.col, out);
}


function pushText(text: string, a: number, b: number, n: number, line: number, col: number, out: Token[]): void {
  // (An OCR's rule glued to a figure among a row's figures is no word: ocrWords.ts.)
  if (b - a <= 64 && strayRuleGlyph(text, a, b)) return;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  if (a < b) out.push(new Token('text', { start: a, end: b }, text.slice(a, b), line, n, col));
}

function value(text: string, a: number, b: number, n: number, line: number, col: number, cell?: CellValue, raw = text.slice(a, b)): Token {
  const t = new Token('value', { start: a, end: b }, raw, line, n, col);
  t.cell = cell ?? readCell(raw);
  let digits = true;
  for (let i = a; i < b && digits; i++) digits = isDigit(text.charCodeAt(i));
  if (digits) t.digits = true;
  return t;
}
