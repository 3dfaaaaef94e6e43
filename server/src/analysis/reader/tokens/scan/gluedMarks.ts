/**
 * None marks and 「无」 glued between a row's label and figures by a page whose text lost its cell boundaries
 * (「规章///」「规章无无0」): where such a run ends, and when marks are words' joiners instead.
 */
import { isDigit, isSpace, isWordIdeograph } from './chars';
import { LIST_AT } from './listNumbers';

/** The marks that stand for none in a cell (「/」「-」「—」), and the dashes of 「——」; not 「*」 (a mask) nor 「~」. */
export const isNoneMark = (c: number): boolean => c === 0x2f || c === 0xff0f || c === 0x2d || (c >= 0x2010 && c <= 0x2012) || c === 0xff0d || c === 0x2014 || c === 0x2013 || c === 0x2015 || c === 0x2500;

/**
 * Where a run of none marks at `i` ends when it is glued between a row's label or figure and the next figure, label
 * or the piece's end — a glued page's none cells —, else -1. Never one mark between two words (「和/或」「省—市」),
 * nor marks among letters (a link's 「gov.cn/art/2024/」: glued to a digit or an ideograph only).
 */
export function gluedMarksEnd(text: string, a: number, i: number, b: number): number {
  const before = text.charCodeAt(i - 1);
  // (A label's closing bracket or quote too: 「（二）部分公开—」「危及“三安全一稳定”———」.)
  const wordBefore = isWordIdeograph(before) || CLOSERS.has(before);
  if (!wordBefore && !isDigit(before)) return -1;
  let j = i;
  while (j < b && isNoneMark(text.charCodeAt(j))) j++;
  if (j < b) {
    const after = text.charCodeAt(j);
    // (Or spaces, where more of the row's marks or figures follow: 「规章/ / /行政…」.)
    const opens = isWordIdeograph(after) || isDigit(after) || after === 0xff08 || after === 0x28 || (isSpace(after) && markOrDigitAfter(text, j, b));
    // (One slash or hyphen between words joins them; a single dash between a label and the next is a none cell,
    // 「行政许可—第二十条」 — prose writes its dash doubled, 「——」.)
    // (Nor one slash between figures: a date's or a fraction's, 「2023/12/31」「1/3」.)
    if (!opens || (j - i === 1 && wordBefore && isWordIdeograph(after) && !isDash(text.charCodeAt(i)))) return -1;
    if (j - i === 1 && !wordBefore && isDigit(after) && !isDash(text.charCodeAt(i))) return -1;
    // (Nor one mark joining a group's words to its item's number: 「其他处理-3.其他」.)
    if (j - i === 1 && wordBefore && LIST_AT.test(text.slice(j, j + 4))) return -1;
  }
  return j;
}

/** A dash (not a hyphen): —―─－. */
const isDash = (c: number): boolean => c === 0x2014 || c === 0x2015 || c === 0x2500 || c === 0xff0d;

/** A label's closing bracket or quote: 」』）)”’】. */
const CLOSERS = new Set([0x300d, 0x300f, 0xff09, 0x29, 0x201d, 0x2019, 0x3011]);

/** Whether a none mark or a digit stands after the spaces at `j`. */
function markOrDigitAfter(text: string, j: number, b: number): boolean {
  while (j < b && isSpace(text.charCodeAt(j))) j++;
  return j < b && (isNoneMark(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)));
}


/** The labels table 二's rows end with, in either script (a glued page's raw text: not folded). */
const ACTIVE_ROW_END = /(?:[规規]章|[规規][范範]性文件|行政[许許]可|行政[处處][罚罰]|行政[强強]制|事[业業]性收[费費]|集中[采採][购購]|服[务務]事[项項])[0-9０-９无無]{0,6}$/;
/** What a glued page has after a row's cells: the next row's label, a block's title, the next section's or sub-heading's number. */
const ACTIVE_ROW_NEXT = /^(?:[规規]章|行政|[规規][范範]性文件|其他[对對]外|政府集中|第二十[条條]|[一二三四五六七八九十]、|[（(][一二三四五六七八九十][）)])/;
/**
 * The end of a run of 「无」 at i (one to three, each a cell) that a glued page put after a row's label of table 二 (or
 * after the row's cells before it: 「行政事业性收费0无」) and before what follows a row's cell (a figure, ACTIVE_ROW_NEXT, a
 * space, the piece's end): 「规章无无0行政规范性文件…」. i where there is none such.
 */
export function gluedNonesEnd(text: string, a: number, i: number, b: number): number {
  // (Three or more together are a row's none cells after any label — 「（一）予以公开无无无无无无无」 —: no sentence writes 「无无无」.)
  // (At most a table 四's fifteen: a longer run is taken fifteen at a time.)
  let run = i;
  while (run < b && run - i < 15 && (text.charCodeAt(run) === 0x65e0 || text.charCodeAt(run) === 0x7121)) run++;
  if (run - i >= 3) return run;
  if (!ACTIVE_ROW_END.test(text.slice(Math.max(a, i - 14), i))) return i;
  let e = i;
  while (e < b && e - i < 3 && (text.charCodeAt(e) === 0x65e0 || text.charCodeAt(e) === 0x7121)) e++;
  return e === b || isSpace(text.charCodeAt(e)) || isDigit(text.charCodeAt(e)) || ACTIVE_ROW_NEXT.test(text.slice(e, e + 6)) ? e : i;
}
