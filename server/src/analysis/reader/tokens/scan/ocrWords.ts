/**
 * What an OCR makes of a table's figures and rules: letters for digits (「1O」「l20」), other marks for a decimal
 * point, rules between cells read as letters. The tokenizer reads them as the figures and separators they stand for.
 */
import { afterSpaces, isDigit, isSpace, isWordIdeograph } from './chars';

/** What an OCR reads a table's vertical rule as: l I | ! 丨 ｌ Ｉ ｜. */
const isRuleLike = (c: number) => c === 0x6c || c === 0x49 || c === 0x7c || c === 0x21 || c === 0x4e28 || c === 0xff4c || c === 0xff29 || c === 0xff5c;

/**
 * The rules an OCR read as letters in a row of figures apart by spaces — 「一、本年新收…数量 l 120 l 15 l 3 l 2 l 6 l 1
 * l 147 l」 —: where each lone word of one such character stands, when two or more of them stand next to figures
 * (one alone may be a misread 1, and stays a cell that cell-invalid names). Read as cells, the row had fifteen
 * for seven, and its figures were given to the wrong columns with certainty (found by a review).
 */
export function ruleWords(text: string, a: number, b: number): number[] | undefined {
  let out: number[] | undefined;
  let rule = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (!isRuleLike(c) || (i > a && !isSpace(text.charCodeAt(i - 1))) || (i + 1 < b && !isSpace(text.charCodeAt(i + 1)))) continue;
    if (rule !== 0 && c !== rule) return undefined;
    // (Next to a figure, past spaces: a rule between cells.)
    const next = afterSpaces(text, i + 1, b);
    if (!(next > 0 && next < b && isDigit(text.charCodeAt(next))) && !figureBefore(text, a, i)) continue;
    rule = c;
    (out ??= []).push(i);
  }
  return out && out.length >= 2 ? out : undefined;
}

/**
 * Letters an OCR reads for digits (0: O o D Q 〇 口; 1: l I i | ! 丨; 2: Z z; 4: A; 5: S s; 6: b G; 7: T; 8: B; 9: g q),
 * by code unit.
 */
const LOOKS_LIKE_DIGIT = new Uint8Array(0x10000);
for (const c of 'OoDQ〇口lIi|!丨ZzASsbGTBgq') LOOKS_LIKE_DIGIT[c.charCodeAt(0)] = 1;

/**
 * The word around the figure text[i, end) — from the space before it to the space after, within the piece — when it
 * is the figure with such letters glued to it and nothing else (「1O」「l20」「1O2」), as [start, end); else undefined.
 */
export function misreadWord(text: string, a: number, textStart: number, i: number, end: number, b: number): [number, number] | undefined {
  // (Back over what is not read yet — letters, and a list number's 「0.」 that 「0.O235」 began with.)
  let s = i;
  while (s > textStart && i - s < 12 && (LOOKS_LIKE_DIGIT[text.charCodeAt(s - 1)] === 1 || isDigit(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 0x2e)) s--;
  if (s > a && !isSpace(text.charCodeAt(s - 1))) return undefined;
  let e = end;
  // (A decimal point among them, 「0.O235」; or a point the OCR read as other punctuation, before a digit: 「0。0235」
  // 「1，520」「0·0235」 — read as two figures, the first was the cell's, a certain 0 or 1.)
  let odd = false;
  while (e < b && e - i < 12) {
    const c = text.charCodeAt(e);
    if (isDigit(c) || LOOKS_LIKE_DIGIT[c] === 1 || (c === 0x2e && e + 1 < b && !isSpace(text.charCodeAt(e + 1)))) e++;
    else if (MISREAD_POINT.test(text[e]) && e + 1 < b && isDigit(text.charCodeAt(e + 1))) {
      odd = true;
      e++;
    } else break;
  }
  if (e < b && !isSpace(text.charCodeAt(e))) return undefined;
  if (s === i && e === end) return undefined;
  // (A letter, not only digits, beyond the figure: 「1O」 — 「12 34」 is two figures, and the loop took no space.)
  if (odd) return [s, e];
  for (let k = s; k < e; k++) if (LOOKS_LIKE_DIGIT[text.charCodeAt(k)] === 1) return [s, e];
  return undefined;
}
/** What an OCR reads a decimal point as: 。，,·• (a comma in 「1,432」 is a thousands' one, and numberEnd reads it). */
const MISREAD_POINT = /[。，,·•]/;

/**
 * Whether the word text[s, e) ends its line after a label, apart by spaces: a row of one figure (table 二's 「行政处罚
 * 152O」「行政事业性收费 0.O235」). A line of a label's words, short: not a sentence's last word.
 */
export function labelsIt(text: string, a: number, s: number, e: number, b: number): boolean {
  if (e !== b || s - a > 40) return false;
  let j = s;
  while (j > a && isSpace(text.charCodeAt(j - 1))) j--;
  return j < s && j > a && (isWordIdeograph(text.charCodeAt(j - 1)) || text.charCodeAt(j - 1) === 0xff09);
}

/** Whether a figure ends right before `at`, past spaces only (the word at `at` stands among a row's figures). */
export function figureBefore(text: string, a: number, at: number): boolean {
  let j = at;
  while (j > a && isSpace(text.charCodeAt(j - 1))) j--;
  return j < at && j > a && isDigit(text.charCodeAt(j - 1));
}

/** What an OCR reads a rule touching a figure as, glued to it: 「{158」「「61」「/18」「(52」「0)」. */
const RULE_GLYPHS = new Set([...'{}「」()[]（）【】/'].map((c) => c.charCodeAt(0)));

/**
 * Whether text[a, b) — the words between two figures of a piece, or after its last — is nothing but such a glyph, glued
 * to the figure on one side and apart by spaces from the other, a figure before it: a rule between two cells, read as a
 * mark by an OCR whose cells touch their rules (「…0 {158」「8 0 0 3 48 2 「61」「0)  0)  6」). Taken for words, it ended
 * the row there — every figure of it lost (found by a review of tesseract's text). Glued on both sides it is a date's or
 * a fraction's (「2023/12/31」「3(4)」), and kept.
 */
export function strayRuleGlyph(text: string, a: number, b: number): boolean {
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  if (b - a !== 1 || !RULE_GLYPHS.has(text.charCodeAt(a))) return false;
  let p = a;
  while (p > 0 && isSpace(text.charCodeAt(p - 1))) p--;
  if (p === 0 || !isDigit(text.charCodeAt(p - 1))) return false;
  const left = p === a;
  const right = isDigit(text.charCodeAt(a + 1));
  if (left === right) return false;
  // (The figure before it stands among others, apart by spaces: 「0)     0)」「0   0 {158」 — not a sentence's 「（办结5）」 at
  // its line's end, nor a page's number 「3 /3」 alone under a row, whose two figures joined the row's: found by a review.)
  let q = p - 1;
  while (q > 0 && (isDigit(text.charCodeAt(q - 1)) || text.charCodeAt(q - 1) === 0x2e)) q--;
  if (q === 0 || !isSpace(text.charCodeAt(q - 1))) return false;
  while (q > 0 && isSpace(text.charCodeAt(q - 1))) q--;
  // (That one's own rule glued to it too: 「0)     0)」.)
  if (q > 1 && RULE_GLYPHS.has(text.charCodeAt(q - 1))) q--;
  return q > 0 && isDigit(text.charCodeAt(q - 1));
}

/**
 * Whether a cell's words are what an OCR makes of a figure: letters that look like digits (「lo」「|o」「s21」「O」), with
 * digits or not, nothing else — said so by cell-invalid, which would otherwise blame the report for the OCR's reading.
 */
export function looksMisread(raw: string): boolean {
  const t = raw.replace(/\s+/g, '');
  if (!t || t.length > 8) return false;
  let letters = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (LOOKS_LIKE_DIGIT[c] === 1) letters++;
    else if (!isDigit(c)) return false;
  }
  return letters > 0;
}
