/**
 * Normalisation for matching labels and headings: one width (NFKC folds full-width digits,
 * letters and punctuation), no spaces, one script (traditional folded to simplified through the
 * generated character table). Only used to compare; source ranges always come from the raw text.
 */
import { T2S_PAIRS, SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './scriptTable.generated';
import type { Script } from './types';

// Lookups by UTF-16 code unit (all table characters are in the BMP): these run on every
// character of every label and every segment, so they are flat typed arrays, not Maps.
const T2S = new Uint16Array(0x10000);
for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) T2S[T2S_PAIRS.charCodeAt(i)] = T2S_PAIRS.charCodeAt(i + 1);
/** 1: simplified only; 2: traditional only. */
const SCRIPT = new Uint8Array(0x10000);
for (let i = 0; i < SIMPLIFIED_ONLY.length; i++) SCRIPT[SIMPLIFIED_ONLY.charCodeAt(i)] = 1;
for (let i = 0; i < TRADITIONAL_ONLY.length; i++) SCRIPT[TRADITIONAL_ONLY.charCodeAt(i)] = 2;

/** Traditional → simplified, character by character (enough for labels; not a document converter). */
export function toSimplifiedChars(s: string): string {
  let changed = false;
  const codes = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const t = T2S[c];
    codes[i] = t || c;
    if (t) changed = true;
  }
  return changed ? String.fromCharCode(...codes) : s;
}

const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const QUOTES = /[“”"'‘’「」『』]/g;

/** The key used to compare a piece of text with a known label. */
export function norm(s: string): string {
  return toSimplifiedChars(s.normalize('NFKC')).replace(SPACES, '').replace(QUOTES, '').toLowerCase();
}

export function isTraditionalOnly(ch: string): boolean {
  return SCRIPT[ch.charCodeAt(0)] === 2;
}
export function isSimplifiedOnly(ch: string): boolean {
  return SCRIPT[ch.charCodeAt(0)] === 1;
}

/** Counts the characters that exist in only one script. */
export function scriptCounts(text: string, start = 0, end = text.length): { simplified: number; traditional: number } {
  let simplified = 0;
  let traditional = 0;
  for (let i = start; i < end; i++) {
    const k = SCRIPT[text.charCodeAt(i)];
    if (k === 1) simplified++;
    else if (k === 2) traditional++;
  }
  return { simplified, traditional };
}

export function detectScript(text: string): Script {
  const c = scriptCounts(text);
  return c.traditional > c.simplified ? 'traditional' : 'simplified';
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 as a number (for （十二） and the like); undefined if it is not a Chinese numeral. */
export function chineseNumeral(s: string): number | undefined {
  if (!s) return undefined;
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[2] ? CN_DIGITS[m[2]] : 0);
  if (s.length === 1 && s in CN_DIGITS) return CN_DIGITS[s];
  return undefined;
}

/** A year written with Chinese digits (二〇二三) as a number. */
export function chineseYear(s: string): number | undefined {
  if (!/^[〇零一二三四五六七八九]{4}$/.test(s)) return undefined;
  return Number([...s].map((c) => CN_DIGITS[c]).join(''));
}
