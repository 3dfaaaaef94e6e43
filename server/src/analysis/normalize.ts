/**
 * Normalisation for matching labels and headings: one width (NFKC folds full-width digits,
 * letters and punctuation), no spaces, one script (traditional folded to simplified through the
 * generated character table). Only used to compare; source ranges always come from the raw text.
 */
import { T2S_PAIRS, SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './scriptTable.generated';
import type { Script } from './types';

const T2S = new Map<string, string>();
for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) T2S.set(T2S_PAIRS[i], T2S_PAIRS[i + 1]);
const SIMP_ONLY = new Set(SIMPLIFIED_ONLY);
const TRAD_ONLY = new Set(TRADITIONAL_ONLY);

/** Traditional → simplified, character by character (enough for labels; not a document converter). */
export function toSimplifiedChars(s: string): string {
  let out = '';
  for (const ch of s) out += T2S.get(ch) ?? ch;
  return out;
}

const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const QUOTES = /[“”"'‘’「」『』]/g;

/** The key used to compare a piece of text with a known label. */
export function norm(s: string): string {
  return toSimplifiedChars(s.normalize('NFKC')).replace(SPACES, '').replace(QUOTES, '').toLowerCase();
}

export function isTraditionalOnly(ch: string): boolean {
  return TRAD_ONLY.has(ch);
}
export function isSimplifiedOnly(ch: string): boolean {
  return SIMP_ONLY.has(ch);
}

/** Counts the characters that exist in only one script. */
export function scriptCounts(text: string, start = 0, end = text.length): { simplified: number; traditional: number } {
  let simplified = 0;
  let traditional = 0;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch < '\u3400') continue;
    if (SIMP_ONLY.has(ch)) simplified++;
    else if (TRAD_ONLY.has(ch)) traditional++;
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
