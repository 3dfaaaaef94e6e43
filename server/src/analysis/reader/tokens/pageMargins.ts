/**
 * A page's margins in a PDF's or a printed page's text: what stands on the lines between a page and the next — its
 * number, the report's title run as a header, what a browser prints in the margins of a page saved as PDF (the date and
 * time, the address, 「1/5」) — and, in a text that gives each page a line, a browser's date run on after a figure. None of
 * it is a cell: among a table's lines its digits were read as figures, and rows cut by it lost theirs.
 */
import { CHAR_CLASS, DIGIT, SPACE } from '../text/charClass';
import { nextLineStart, prevLineStart } from '../text/lines';
import type { Span } from '../../types';

const isSpace = (c: number) => (CHAR_CLASS[c] & SPACE) !== 0;
const isDigit = (c: number) => (CHAR_CLASS[c] & DIGIT) !== 0;
/** Where the spaces opening text[a, b) end. */
function afterSpace(text: string, a: number, b: number): number {
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  return a;
}

/**
 * Whether the line [ls, le) is a page's margin on a line of its own. `digit` and `gov`: whether the line holds a digit, and
 * 政府 — the patterns are tried only where they could match.
 */
export function isMarginLine(text: string, ls: number, le: number, digit: boolean, gov: boolean): boolean {
  // (Measured without the spaces before it: pdftotext -layout centres 「— 3 —」 under a page 20 and more
  // spaces in, where it was read as a row's figures — found by a review.)
  if (digit && le - afterSpace(text, ls, le) <= 24 && PAGE_MARK.test(text.slice(ls, le))) return true;
  // A bare 「3」 is a page number where the page ends with it (pdftotext writes a form feed there): a row split over two
  // pages had it among its figures (found by a review of PDFs' text).
  // (Set apart as a footer is: an empty line above it (`-layout`), or at the line's start (`-raw`). A figure indented under
  // its column right under its row's line is the row's — 「行政许可」 / 「356」 at a page's end: found by the review of this.)
  if (digit && le - ls <= 80 && lastOfPage(text, le) && BARE_PAGE.test(text.slice(ls, le)) && (!isSpace(text.charCodeAt(ls)) || emptyLineBefore(text, ls))) return true;
  if (gov && le - ls <= 80 && RUNNING_TITLE.test(text.slice(ls, le))) return true;
  if (digit && le - ls <= 400 && isBrowserMargin(text, ls, le)) return true;
  // (The margins a browser prints, which mutool and pdftotext put on lines of their own among a table's lines — a page's
  // 「1/5」, a web address alone: the address's digits were read as a figure, 「file:///…/001_7294….html」 a total of 1, and a
  // row cut by a page's margins lost its figures after them — found by a review of printed pages' text.)
  return (digit && le - ls <= 16 && isPageOf(text, ls, le)) || (le - ls <= 2048 && isAddressAlone(text, ls, le));
}

/**
 * The report's title on a line of its own: a PDF's running header repeats it at the top of every
 * page, so inside a table it falls between two rows (or between a label and its figures). It is never
 * a cell. (The title at the top is found in the text, not in tokens.)
 */
const RUNNING_TITLE = /^[\s\u3000]*\S.*政府信息公[开開].*(?:年度报告|年度報告|年报|年報)[\s\u3000]*$/;
/**
 * A page number left by a PDF or Word conversion on a line of its own — 「— 3 —」 (the official
 * documents' style, GB/T 9704), 「- 3 -」, 「3 / 8」, 「第 3 页」, 「第3页 共8页」. Inside a table it falls between two
 * rows, where its digits would be read as a figure.
 */
const PAGE_MARK = /^[\s\u3000]*(?:[-—–―─－]+[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*[-—–―─－]+|[0-9０-９]{1,4}[\s\u3000]+[/／][\s\u3000]+[0-9０-９]{1,4}|第[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*页(?:[\s\u3000,，、/]*共[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*页)?)[\s\u3000]*$/;

/**
 * What a browser prints in a page's margins when a page is saved as PDF (Ctrl+P, the default header and footer): the
 * date and time, the page's title beside them (「12/5/26, 7:46 PM」「2024/1/5 10:00 某局2023年…年度报告」), and its address
 * with the page's number (「https://…/t20240115_123.html 4/8」「file:///…/report.html 4/8」). Between two rows of a table, the
 * rows after were lost (table-shape: 「表二缺少：行政处罚；行政强制」 with their figures right below — found by a review).
 */
const BROWSER_DATE = /^[\s\u3000]*[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4},?[\s\u3000]+(?:(?:上午|下午)[\s\u3000]*)?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[\s\u3000]*(?:[AP]M|上午|下午))?(?:[\s\u3000]+\S.*)?$/i;
const BROWSER_ADDRESS = /^[\s\u3000]*(?:https?|file):\/\/\S+[\s\u3000]+[0-9]{1,3}[\s\u3000]*\/[\s\u3000]*[0-9]{1,3}[\s\u3000]*$/i;
const ADDRESS_ALONE = /^[\s\u3000]*(?:https?|file|ftp):\/\/\S+[\s\u3000]*$/i;
const PAGE_OF = /^[\s\u3000]*([0-9]{1,3})\/([0-9]{1,3})[\s\u3000]*$/;
/** A line that is a web address alone. */
function isAddressAlone(text: string, ls: number, le: number): boolean {
  const c = text.charCodeAt(afterSpace(text, ls, le)) | 0x20;
  return (c === 0x68 /* h */ || c === 0x66 /* f */) && ADDRESS_ALONE.test(text.slice(ls, le));
}
/** A line that is a page's number of its pages alone (「1/5」: the page not past the count). */
function isPageOf(text: string, ls: number, le: number): boolean {
  const m = PAGE_OF.exec(text.slice(ls, le));
  return !!m && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]);
}
/**
 * A browser's date and time in a line of running text (「12/6/26, 5:16 PM」「2026/12/6 17:16」), where a page's margin was
 * joined to the text: what to leave out, [start, end). Glued after a figure's digits (「012/6/26」), the date's first field
 * is the digits that make a valid one with a figure before it written as figures are (no leading 0); where the digits
 * allow two such readings, the figure is left out with the date — not certain, its row said short of it.
 */
const MARGIN_DATE = /([0-9]+)\/([0-9]{1,2})\/([0-9]{1,4}),?[ \u3000]+(?:(?:上午|下午)[ \u3000]*)?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \u3000]*(?:[AaPp][Mm]|上午|下午))?/g;
export function marginDate(text: string, ls: number, le: number): Span | undefined {
  const line = text.slice(ls, le);
  MARGIN_DATE.lastIndex = 0;
  const m = MARGIN_DATE.exec(line);
  if (!m) return undefined;
  const digits = m[1];
  const fits = (field: string) => (field.length === 4 ? /^(?:19|20)[0-9]{2}$/.test(field) : field.length <= 2 && Number(field) >= 1 && Number(field) <= 31 && field[0] !== '0');
  const figureOk = (f: string) => f === '' || f === '0' || f[0] !== '0';
  const splits: number[] = [];
  for (const n of [1, 2, 4]) if (n <= digits.length && fits(digits.slice(digits.length - n)) && figureOk(digits.slice(0, digits.length - n))) splits.push(digits.length - n);
  if (!splits.length) return undefined;
  const start = ls + m.index + (splits.length === 1 ? splits[0] : 0);
  return { start, end: ls + m.index + m[0].length };
}

/** A line of a browser's margin: its date and time (and the title beside), or its address and the page's number. */
function isBrowserMargin(text: string, ls: number, le: number): boolean {
  const a = afterSpace(text, ls, le);
  const c = text.charCodeAt(a) | 0x20;
  if (c === 0x68 /* h */ || c === 0x66 /* f */) return BROWSER_ADDRESS.test(text.slice(ls, le));
  return isDigit(text.charCodeAt(a)) && BROWSER_DATE.test(text.slice(ls, le));
}

/** Whether the line before the one starting at `ls` holds nothing but white space. */
const emptyLineBefore = (text: string, ls: number): boolean => ls > 0 && /^[ \t\u3000\f]*(?:\r\n|\r|\n)?$/.test(text.slice(prevLineStart(text, ls), ls));

/** A page's bare number: one to three digits, not opening with 0 (「00」 under a figure is the figure's end, wrapped). */
export const BARE_PAGE = /^[\s\u3000]*[1-9１-９][0-9０-９]{0,2}[\s\u3000]*$/;
/**
 * Whether the line ending at `le` is the last of a page: the next line opens with a form feed, as pdftotext ends each page
 * (`-layout` and `-raw`). Not past an empty line: mutool and pdftotext's default mode leave one before the form feed after
 * a page's last cell, a figure of the table.
 */
const lastOfPage = (text: string, le: number): boolean => text.charCodeAt(nextLineStart(text, le)) === 0x0c;
