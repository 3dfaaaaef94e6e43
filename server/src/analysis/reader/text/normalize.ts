/**
 * Normalisation for matching labels and headings: one width (NFKC folds full-width digits,
 * letters and punctuation), no spaces, one script (traditional folded to simplified through the
 * generated character table). Only used to compare; source ranges always come from the raw text.
 */
import { KEPT_IN_SIMPLIFIED, KEPT_IN_TRADITIONAL, SIMPLIFIED_ONLY, T2S_PAIRS, TRADITIONAL_ONLY } from './scriptTable.generated';

// Lookups by UTF-16 code unit (all table characters are in the BMP): these run on every
// character of every label and every segment, so they are flat typed arrays, not Maps.
const T2S = new Uint16Array(0x10000);
for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) T2S[T2S_PAIRS.charCodeAt(i)] = T2S_PAIRS.charCodeAt(i + 1);
/** 1: simplified only; 2: traditional only. */
const SCRIPT = new Uint8Array(0x10000);
for (let i = 0; i < SIMPLIFIED_ONLY.length; i++) SCRIPT[SIMPLIFIED_ONLY.charCodeAt(i)] = 1;
for (let i = 0; i < TRADITIONAL_ONLY.length; i++) SCRIPT[TRADITIONAL_ONLY.charCodeAt(i)] = 2;

const bigrams = (s: string) => new Set(Array.from({ length: s.length / 2 }, (_, i) => s.slice(2 * i, 2 * i + 2)));
/** Contexts where a one-script character is proper in the other script too (風采 in traditional text). */
const KEPT = [new Set<string>(), bigrams(KEPT_IN_TRADITIONAL), bigrams(KEPT_IN_SIMPLIFIED)];
/** Bit 1: first character of a kept pair; bit 2: its second. Most characters are neither: no pair is cut for them. */
const IN_KEPT = new Uint8Array(0x10000);
for (const pairs of [KEPT_IN_TRADITIONAL, KEPT_IN_SIMPLIFIED])
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    IN_KEPT[pairs.charCodeAt(i)] |= 1;
    IN_KEPT[pairs.charCodeAt(i + 1)] |= 2;
  }

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

/**
 * One pass over a text for matching: spaces and emphasis marks dropped, full-width ASCII folded,
 * traditional folded to simplified; `back[i]` is the source offset of folded character i. Same folding as
 * `norm` for what prose patterns look at, at a fraction of its cost per character.
 */
export function foldChars(text: string): { folded: string; s: string; back: number[] } {
  const codes: number[] = [];
  const back: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x3000 || c === 0xa0 || c === 0x200b || c === 0xfeff || (c >= 0x09 && c <= 0x0d)) continue;
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    // Markdown emphasis around a label (「**第二十条第（五）项**」) is not part of it.
    if (c === 0x2a) continue;
    else if (T2S[c]) c = T2S[c];
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    codes.push(c);
    back.push(i);
  }
  back.push(text.length);
  let folded = '';
  for (let i = 0; i < codes.length; i += 8192) folded += String.fromCharCode(...codes.slice(i, i + 8192));
  return { folded, s: folded, back };
}

const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const QUOTES = /[“”"'‘’「」『』*]/g;

/** The key used to compare a piece of text with a known label. */
export function norm(s: string): string {
  return toSimplifiedChars(s.normalize('NFKC')).replace(SPACES, '').replace(QUOTES, '').toLowerCase();
}

export interface ScriptScan {
  simplified: number;
  traditional: number;
  /** Runs of simplified-only / traditional-only characters, as [start, end, start, end, …] offsets. */
  simplifiedRuns: number[];
  traditionalRuns: number[];
}

const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/**
 * Counts characters that exist in only one script and groups them into runs: a run holds
 * characters of one script, may contain characters common to both, and ends at anything that is
 * not a Han character or at a character of the other script (「屬于」 gives a traditional run 「屬」
 * and a simplified run 「于」).
 */
export function scanScript(text: string): ScriptScan {
  const scan: ScriptScan = { simplified: 0, traditional: 0, simplifiedRuns: [], traditionalRuns: [] };
  let open: 0 | 1 | 2 = 0;
  let start = 0;
  let end = 0;
  const close = () => {
    if (open === 1) scan.simplifiedRuns.push(start, end);
    else if (open === 2) scan.traditionalRuns.push(start, end);
    open = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isHan(c)) {
      close();
      continue;
    }
    let k = SCRIPT[c] as 0 | 1 | 2;
    if (k !== 0 && IN_KEPT[c] !== 0 && (((IN_KEPT[c] & 2) !== 0 && KEPT[k].has(text.slice(i - 1, i + 1))) || ((IN_KEPT[c] & 1) !== 0 && KEPT[k].has(text.slice(i, i + 2))))) k = 0;
    if (k === 0) continue;
    if (k === 1) scan.simplified++;
    else scan.traditional++;
    if (open !== k) {
      close();
      open = k;
      start = i;
    }
    end = i + 1;
  }
  close();
  return scan;
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
