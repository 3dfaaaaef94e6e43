/**
 * Reading one cell's text as a figure. Accepts ASCII and full-width digits, thousands
 * separators (1,432), decimals (the fee), signs; 「/」「-」「—」「无」 for none; 「*****」 masked.
 */
import type { CellKind } from '../../types';

export interface CellValue {
  kind: Exclude<CellKind, 'missing'>;
  value?: number;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const NONE = /^(?:[\/\\\-\u2010-\u2012—–―─－／~～\u2212]+|无|無|空)$/;
const MASKED = /^[*＊]+$/;

/** CJK unified ideographs: their normalised form is themselves, and nothing normalises into a run of them shorter. */
const isIdeograph = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/** Spaces and punctuation whose normalised form is no digit and no letter (ASCII, CJK, full-width). */
const isPlainMark = (c: number) =>
  c === 0x20 || c === 0x09 || c === 0x3000 || (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e) || (c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || c === 0x2014 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d;

/**
 * A cell's reading is a value, never changed once made (cells copy it): readings are shared — one
 * object per kind and per small figure — instead of one per cell, in a report of thousands of cells.
 */
export const BLANK: CellValue = Object.freeze({ kind: 'blank' });
const INVALID: CellValue = Object.freeze({ kind: 'invalid' });
const NONE_VALUE: CellValue = Object.freeze({ kind: 'none' });
const MASKED_VALUE: CellValue = Object.freeze({ kind: 'masked' });
const SMALL: CellValue[] = [];
function numberValue(value: number): CellValue {
  if (!(value >= 0 && value < 4096 && Number.isInteger(value)) || Object.is(value, -0)) return { kind: 'number', value };
  return (SMALL[value] ??= Object.freeze({ kind: 'number', value }));
}

/**
 * The largest count a report's table can hold: no agency counts a billion of anything. A cell's run of ten digits or more
 * (「50000000100140」) is several cells' figures run together — a PDF's grid read as one cell —, no count: the rules that
 * sum it stop, cell-invalid says it, and it is exported as none (read as a count, it set totals of fourteen digits).
 */
export const MAX_COUNT = 999_999_999;

/** Classifies a trimmed piece of text that stands in a cell position. */
export function readCell(raw: string): CellValue {
  // Most cells are plain digits, ASCII or full-width: read in place (15 digits stay exact).
  const n = raw.length;
  if (n > 0 && n <= 15) {
    let value = 0;
    let i = 0;
    for (; i < n; i++) {
      const c = raw.charCodeAt(i);
      if (c >= 0x30 && c <= 0x39) value = value * 10 + (c - 0x30);
      else if (c >= 0xff10 && c <= 0xff19) value = value * 10 + (c - 0xff10);
      else break;
    }
    if (i === n) return numberValue(value);
  }
  // Words (「行政许可」「(二)部分公开」): an ideograph other than 无、無、空 is in no figure, none mark or mask.
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (isIdeograph(c) && c !== 0x65e0 && c !== 0x7121 && c !== 0x7a7a) return INVALID;
  }
  return readCellGeneral(raw);
}

/** `readCell` for any text: full Unicode normalisation first (its fast path must agree with this). */
export function readCellGeneral(raw: string): CellValue {
  // A footnote's mark after a figure (「8①」「8¹」, a Word note's reference copied as it shows) is no digit of it: NFKC makes
  // ① and ¹ a 1, and the cell was a certain 81 (found by a review). One invalid cell, which cell-invalid names; a circled
  // figure alone (「⑧」) is that figure.
  if (NOTE_MARK.test(raw) && /[0-9０-９]/.test(raw.replace(NOTE_MARKS, ''))) return INVALID;
  // (NFKC leaves U+2212 MINUS SIGN as it is: 「−3」 is -3.)
  const t = raw.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '').replace(/^\u2212(?=\d)/, '-');
  if (t === '') return BLANK;
  if (NUMBER.test(t)) return numberValue(Number(t.replace(/,/g, '')));
  if (NONE.test(t)) return NONE_VALUE;
  if (MASKED.test(t)) return MASKED_VALUE;
  return INVALID;
}

/** Superscript, subscript, circled and bracketed figures (a note's marks), which NFKC makes digits. */
const NOTE_MARK = /[\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u249b\u24ea-\u24ff\u3251-\u325f\u32b1-\u32bf]/;
const NOTE_MARKS = new RegExp(NOTE_MARK.source, 'g');

/**
 * Zero written as a word or a circle and nothing else (「〇」「○」「零」): in a table's cell, read as 0 and
 * named by cell-invalid (the tokenizer decides where: never a bullet opening a line of words).
 */
export const isZeroWord = (raw: string): boolean => raw === '〇' || raw === '○' || raw === '零' || isZeroLetter(raw);
/** The letter o alone (「o」「O」「ｏ」「Ｏ」), as OCR reads a 0 in a table's cell: no word of a report's own stands alone among figures so. */
export const isZeroLetter = (raw: string): boolean => raw.length === 1 && /[oOｏＯ]/.test(raw);
/** The reading of such a zero. */
export const ZERO: CellValue = numberValue(0);

const COUNT_WITH_UNIT = /^([0-9０-９]{1,9}|[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+)[ \u3000]?(?:件|个|個|项|項|条|條|宗|人次|次)$/;
/**
 * A count written with its unit alone in a cell (「5件」「１２个」): its digits, which cell-invalid asks to
 * write alone. (Read as words, every such figure was lost: a page that writes all of them so lost its tables.)
 */
export function countWithUnit(raw: string): { digits: string; value: CellValue } | undefined {
  // (Asked of every cell: its last character first, which a unit is.)
  const last = raw.charCodeAt(raw.length - 1);
  if (last !== 0x4ef6 /* 件 */ && last !== 0x4e2a /* 个 */ && last !== 0x500b /* 個 */ && last !== 0x9879 /* 项 */ && last !== 0x9805 /* 項 */ && last !== 0x6761 /* 条 */ && last !== 0x689d /* 條 */ && last !== 0x5b97 /* 宗 */ && last !== 0x6b21 /* 次 */) return undefined;
  const m = COUNT_WITH_UNIT.exec(raw);
  if (!m) return undefined;
  const value = readCell(m[1]);
  return value.kind === 'number' ? { digits: m[1], value } : undefined;
}

/**
 * A figure with a word that makes it approximate (「约5」「逾5」「5余」「5以上」「5多件」): no count to sum. Read as
 * words, it was silently 5 (「约5」) or ended its row (「5余」: the row was said missing — found by a review); in a
 * cell it is one invalid cell, which cell-invalid names.
 */
const APPROXIMATE = /^(?:(?:约|約|近|逾|超过|超過|大约|大約|将近|將近)[ \u3000]?[0-9０-９][0-9０-９,，]*(?:余|餘|多|以上|左右)?|[0-9０-９][0-9０-９,，]*[ \u3000]?(?:余|餘|多|以上|左右))(?:件|个|個|项|項|宗)?$/;
export const isApproximate = (raw: string): boolean => APPROXIMATE.test(raw);

/** Whether a cell reads as a value (number, none or masked), for space-separated rows. */
export const isValue = (c: CellValue): boolean => c.kind === 'number' || c.kind === 'none' || c.kind === 'masked';

/**
 * Whether a short piece of text is a malformed figure rather than a label or a header:
 * it carries a digit and nothing but units and punctuation besides (「1件」「12%」「3 .」),
 * or is a stray Latin letter (「O」 for 0). 「3.其他」 and 「2.重复申请」 are labels.
 */
export function looksLikeBadFigure(raw: string): boolean {
  // Nine ideographs are more than such a figure holds (normalising never merges them away); words
  // made only of ideographs, spaces and punctuation hold no digit and no letter, normalised or not.
  let ideographs = 0;
  let plain = true;
  for (let i = 0; i < raw.length && ideographs < 9; i++) {
    const c = raw.charCodeAt(i);
    if (isIdeograph(c)) ideographs++;
    else if (plain && !isPlainMark(c)) plain = false;
  }
  if (ideographs >= 9 || plain) return false;
  const t = raw.normalize('NFKC').replace(/\s+/g, '');
  if (t.length === 0 || t.length > 8) return false;
  if (/^[a-z]{1,2}$/i.test(t)) return true;
  if (!/\d/.test(t)) return false;
  return !/[\u3400-\u9fff]/.test(t.replace(/[件个個项項条條人次万萬元户戶份]/g, ''));
}

/** Formats a figure for writing back into a report, keeping the document's digit width. */
export function formatFigure(value: number, fullWidth = false, group = ''): string {
  // (Grouped in threes with the separator the cell had: 「1,209」 set to 1210 is 「1,210」.)
  const s = group && Number.isInteger(value) ? String(value).replace(/\B(?=(\d{3})+$)/g, group) : String(value);
  return fullWidth ? s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : s;
}
