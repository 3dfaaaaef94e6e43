/**
 * What the tokenizer needs to know of a character, in one table lookup: a UTF-16 code unit's
 * classes as bits. Most characters of a report (ideographs, CJK punctuation) are in no class, so a
 * reader skips them with one load and one test instead of a chain of comparisons per predicate.
 */

/** Space inside a line: space, no-break space, ideographic space, tab, zero-width space, BOM. */
export const SPACE = 1;
/** A cell separator: 「|」「｜」, tab, and the vertical lines of a drawn table (「│」「┃」「║」…). */
export const SEPARATOR = 2;
/** A digit, ASCII or full-width. */
export const DIGIT = 4;
/** A sign before a figure: 「-」「+」「－」. */
export const SIGN = 8;
/** A mark that stands for "none" or a masked figure when it is a whole word: 「/」「-」「—」「*」. */
export const MARK = 16;
/** A list number's separator: 「2.其他」「1、网站公开」. */
export const ITEM = 32;
/** A line break. */
export const BREAK = 64;
/**
 * A box-drawing character (U+2500–U+257F): a table as a text browser (w3m) or a console draws it,
 * 「┌──┬──┐」「│规章│0│」「├──┼──┤」.
 */
export const BOX = 128;
/** 「-」 itself: a Markdown rule's, a simple table's rules' (a line with none is neither). */
export const HYPHEN = 256;
/** 「+」 itself: a grid table's border's. */
export const PLUS = 512;

/**
 * A character that alone makes a word standing for a figure: 「无」「無」「空」 (none) and 「〇」「○」「零」 (zero), and the
 * letter 「o」「O」 (and their full-width forms), which OCR gives for a 0 (tesseract's 「… 0 0 0 o 0」).
 * In a row of figures apart by spaces it is one of them (「（三）不予公开 1.属于国家秘密 无 无 无 …」).
 */
export const NIL = 1024;

/** 「,」: a line with three of them may be a table's row apart by commas (tokenize.ts csvSeparators). */
export const COMMA = 2048;

/** The classes of each UTF-16 code unit. */
export const CHAR_CLASS = new Uint16Array(0x10000);

const mark = (bits: number, ...codes: number[]) => {
  for (const c of codes) CHAR_CLASS[c] |= bits;
};
// (The form feed and vertical tab too: pdftotext and pdfminer open each page with a form feed, on the line of its first words.)
mark(SPACE, 0x20, 0xa0, 0x3000, 0x09, 0x0b, 0x0c, 0x200b, 0xfeff);
mark(SEPARATOR, 0x7c, 0xff5c, 0x09);
for (let c = 0x30; c <= 0x39; c++) mark(DIGIT, c);
for (let c = 0xff10; c <= 0xff19; c++) mark(DIGIT, c);
// (U+2212 MINUS SIGN: the minus Word's equation tools and some fonts' 「−3」 write.)
mark(SIGN, 0x2d, 0x2b, 0xff0d, 0x2212);
// (U+2010–2012: the hyphens Word writes — w:noBreakHyphen is U+2011 — and the figure dash.)
mark(MARK, 0x2f, 0x5c, 0x2d, 0x2010, 0x2011, 0x2012, 0x2014, 0x2013, 0x2015, 0x2500, 0xff0d, 0xff0f, 0x7e, 0xff5e, 0x2a, 0xff0a, 0x2212);
mark(ITEM, 0x2e, 0xff0e, 0x3001);
mark(BREAK, 0x0a, 0x0d);
for (let c = 0x2500; c <= 0x257f; c++) mark(BOX, c);
mark(HYPHEN, 0x2d);
mark(NIL, 0x65e0, 0x7121, 0x7a7a, 0x3007, 0x25cb, 0x96f6, 0x4f, 0x6f, 0xff2f, 0xff4f);
mark(PLUS, 0x2b);
mark(COMMA, 0x2c);
/** The vertical lines of box drawing, light, heavy, dashed and double: they separate cells. */
const BOX_VERTICALS = [0x2502, 0x2503, 0x2506, 0x2507, 0x250a, 0x250b, 0x254e, 0x254f, 0x2551];
mark(SEPARATOR, ...BOX_VERTICALS);
/** The horizontal lines and half lines of box drawing (「─」 alone may stand for none, as 「—」 does). */
const BOX_HORIZONTALS = new Set([0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254c, 0x254d, 0x2550]);
for (let c = 0x2574; c <= 0x257f; c++) BOX_HORIZONTALS.add(c);

/**
 * A corner, tee or cross of box drawing (「┌」「├」「┼」「╋」「╬」…): what only a drawn table's border has.
 * A line or a cell of nothing but box drawing and spaces with one of them in it is border, no cell.
 */
export const isBoxJunction = (c: number): boolean => (CHAR_CLASS[c] & BOX) !== 0 && (CHAR_CLASS[c] & SEPARATOR) === 0 && !BOX_HORIZONTALS.has(c);
/**
 * Whether text[a, b) is a drawn table's border: box drawing and spaces only, a corner, tee or cross
 * among them, and two horizontal strokes at least (a cell's width: 「┼」 or 「╳」 alone in a cell is no border).
 */
export function isBoxBorder(text: string, a: number, b: number): boolean {
  let junction = false;
  let strokes = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if ((CHAR_CLASS[c] & (BOX | SPACE)) === 0) return false;
    if (BOX_HORIZONTALS.has(c)) strokes++;
    else if (!junction && isBoxJunction(c)) junction = true;
  }
  return junction && strokes >= 2;
}
/**
 * Whether text[a, b) is a grid table's border, or the stretch of one between two cells (pandoc's grid
 * tables, Emacs, a console, links: 「+------+----+」, 「+======+」 under a header, 「|-----+-----|」 inside):
 * dashes, equals signs and colons, with a 「+」 where the border meets a column's.
 */
export function isGridBorder(text: string, a: number, b: number): boolean {
  let plus = false;
  let line = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2b) plus = true;
    else if (c === 0x2d || c === 0x3d) line++;
    else if (c !== 0x3a && (CHAR_CLASS[c] & SPACE) === 0) return false;
  }
  // (A cell's width of line, three at least: 「+-」 in a cell is a figure's sign and a mark, not border.)
  return plus && line >= 3;
}
/** A drawn table's border, box-drawn or ASCII (see the two above). */
export const isDrawnBorder = (text: string, a: number, b: number): boolean => isBoxBorder(text, a, b) || isGridBorder(text, a, b);
/** Whether text[a, b) holds only spaces and separators that open or close a row: what stands between a row's cells and its line's ends. */
export function onlyRowEdges(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if ((CHAR_CLASS[c] & SPACE) === 0 && !isRowEdge(c)) return false;
  }
  return true;
}
/** A separator that can open or close a row (「|」「｜」「│」…, not a tab). */
export const isRowEdge = (c: number): boolean => c !== 0x09 && (CHAR_CLASS[c] & SEPARATOR) !== 0;
