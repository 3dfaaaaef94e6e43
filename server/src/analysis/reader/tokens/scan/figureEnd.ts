/** Where a figure starting in a piece ends: thousands groups, decimals, a list number or a year glued after it. */
import { CHAR_CLASS, ITEM, SIGN } from '../../text/charClass';
import { nextLineStart } from '../../text/lines';
import { isDigit, isSpace, isWordIdeograph } from './chars';

/**
 * Where the figure starting at `i` ends: digits, thousands groups (1,432), one decimal part. A
 * list number glued to the next label is not part of it: in 「…00000002.其他」 the figures are
 * 「0000000」 and 「2.」 opens the next row; 「1.属于国家秘密」 and 「(1)」 are numbering, not figures.
 * Returns `i` when there is no figure here.
 */
export function numberEnd(text: string, i: number, b: number): number {
  const start = i;
  let j = i;
  if (CHAR_CLASS[text.charCodeAt(j)] & SIGN) j++;
  const digitsStart = j;
  while (j < b && isDigit(text.charCodeAt(j))) j++;
  let plain = true;
  // Thousands groups: 「,」 (or a full-width 「，」, as a cell of its own is read: 「1，432」) and exactly three digits.
  while (j + 3 < b && (text.charCodeAt(j) === 0x2c || text.charCodeAt(j) === 0xff0c) && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3))) {
    // (Or a group and the next row's list number glued to it, 「1,6933.危及…」: 1,693, and 「3.」 opens the row — a PDF's text
    // joining a row's last figure to the next row's label; cut at the comma, the total was a certain 1, found by a review.)
    const glued = j + 5 < b && isDigit(text.charCodeAt(j + 4)) && !isDigit(text.charCodeAt(j + 5)) && listNumberAt(text, j + 4, b);
    if (isDigit(text.charCodeAt(j + 4)) && !glued) break;
    j += 4;
    plain = false;
    if (glued) break;
  }
  if (j + 1 < b && (text.charCodeAt(j) === 0x2e || text.charCodeAt(j) === 0xff0e) && isDigit(text.charCodeAt(j + 1))) {
    const fraction = j + 1;
    j += 2;
    while (j < b && isDigit(text.charCodeAt(j))) j++;
    plain = false;
    // (A glued page's fee and the list number after it, 「行政事业性收费137.21.通过门户网站…」: 137.2, and 「1.」 opens the list —
    // as 「1371.通过」 is 137. It was a certain 137.21, found by a review. Not with one decimal left: 「137.2.」 could be either.)
    const next = j < b ? text.charCodeAt(j) : 0;
    const after = j + 1 < b ? text.charCodeAt(j + 1) : 0;
    if (j - fraction >= 2 && CHAR_CLASS[next] & ITEM && after && !isDigit(after) && !isSpace(after)) j--;
    // (Two list numbers that overlap, opening a label after a space or a line's start, 「（三）不予公开 4.5.保护第三方合法权益」 —
    // pdftotext -layout printing two rows' labels on one line: no figure. Read as 4.5, it was a decimal count in the row
    // above, a false cell-invalid — found on a real page's PDF. A figure with its decimal is followed by no point and words.)
    if (j - fraction === 1 && fraction - 1 - digitsStart <= 2 && digitsStart === start && CHAR_CLASS[next] & ITEM && isWordIdeograph(after) && opensWords(text, start)) return start;
  }
  if (plain) {
    const next = j < b ? text.charCodeAt(j) : 0;
    let k = j + 1;
    while (k < b && isSpace(text.charCodeAt(k))) k++;
    let after = k < b ? text.charCodeAt(k) : 0;
    // (At the line's end, the words at the next line's start: a page's text wrapped between a row's list number and its words,
    // 「…0 0 0 0 0 0 03.」 / 「危及“三安全一稳定” 0 0 …」 — 「03」 was a total of 3, found by a review of printed pages' text.)
    // (Past empty lines between, as mutool leaves them — lines of nothing but their breaks: an edit at the words' line start,
    // or in the spaces that open it, cuts the lines again from this one, retokenize.ts.)
    if (!after && k === b && k === j + 1 && (text.charCodeAt(b) === 10 || text.charCodeAt(b) === 13)) {
      let n = nextLineStart(text, b);
      for (let e = 0; e < 2 && (text.charCodeAt(n) === 10 || text.charCodeAt(n) === 13); e++) n = nextLineStart(text, n);
      // (And past the spaces that open it: pdftotext -layout indents every line.)
      for (let e = 0; e < 8 && isOpeningSpace(text.charCodeAt(n)); e++) n++;
      if (isWordIdeograph(text.charCodeAt(n))) after = text.charCodeAt(n);
    }
    if (CHAR_CLASS[next] & ITEM && after && !isDigit(after)) j--; // the list number of what follows (「2.其他」「1. 属于」)
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    if ((before === 0x28 || before === 0xff08) && (next === 0x29 || next === 0xff09) && j - digitsStart <= 2) return start; // (1)
  }
  return j > digitsStart ? j : start;
}

/** Whether what starts at `i` stands at a line's start or after a space (not glued to figures or words before it). */
function opensWords(text: string, i: number): boolean {
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  return c === 10 || c === 13 || isSpace(c);
}

/** A space that may open a line before its words (an edit there cuts the line before again too: retokenize.ts). */
export const isOpeningSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x3000;

/** Whether text[k] is a one-digit list number opening words: 「3.危及…」「2、其他…」 (its point, then no digit or space). */
function listNumberAt(text: string, k: number, b: number): boolean {
  const after = k + 2 < b ? text.charCodeAt(k + 2) : 0;
  return (CHAR_CLASS[text.charCodeAt(k + 1)] & ITEM) !== 0 && after !== 0 && !isDigit(after) && !isSpace(after);
}

/**
 * Where a year written right before 年 starts, when the digits text[i, end) end with one (19xx or 20xx, four
 * digits, ASCII or full-width, nothing but digits before it in the run, or a figure with its decimals); -1 otherwise.
 */
export function yearBefore(text: string, i: number, end: number): number {
  // (A space or two before 年 too — 「2021 年」, as reports space Latin digits off their words: a PDF's text that joins a
  // table's last cell to the prose after it gave 「0 0 0 0 0 0 02021 年，…」, a total of 2021 said wrong, and a fee of
  // 4816.342021 exported — found by a review of pdf.js's text.)
  let at = end;
  while (at < text.length && at - end < 2 && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x3000 || text.charCodeAt(at) === 0xa0)) at++;
  if (text.charCodeAt(at) !== 0x5e74 /* 年 */ || end - i < 4) return -1;
  // (A fee's decimals before it too, 「行政事业性收费137.22025年，我局…」: 137.2 — it was a certain 137.22025, found by a
  // review —, a decimal of its own left before the year.)
  let point = -1;
  for (let k = i; k < end; k++) {
    const c = text.charCodeAt(k);
    if ((c === 0x2e || c === 0xff0e) && point < 0 && k > i) point = k;
    else if (!isDigit(c)) return -1;
  }
  if (point >= 0 && end - 4 < point + 2) return -1;
  const d = (k: number) => {
    const c = text.charCodeAt(k);
    return c >= 0xff10 ? c - 0xff10 : c - 0x30;
  };
  const y = end - 4;
  return (d(y) === 1 && d(y + 1) === 9) || (d(y) === 2 && d(y + 1) === 0) ? y : -1;
}
