/**
 * Normalisation for matching labels and headings: one width (NFKC folds full-width digits,
 * letters and punctuation), no spaces, one script (traditional folded to simplified through the
 * generated character table). Only used to compare; source ranges always come from the raw text.
 */
import { T2S_PAIRS } from './tables/scriptTable.generated';
import { LOOKALIKE_PAIRS } from './tables/lookalikes.generated';
import { VARIANT_PAIRS } from './tables/variants.generated';
import { glossAt, glossEnd, PINYIN_LETTER } from './gloss';

// Lookups by UTF-16 code unit (all table characters are in the BMP): these run on every
// character of every label and every segment, so they are flat typed arrays, not Maps.
const T2S = new Uint16Array(0x10000);
for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) T2S[T2S_PAIRS.charCodeAt(i)] = T2S_PAIRS.charCodeAt(i + 1);
/**
 * A variant form neither script's standard writes (「縂計」「報吿」「擧報」, a Japanese form 「新収」「結転」) is folded to the
 * simplified character it stands for, as a traditional one is: a label or a heading so written was no label (the row, the
 * section lost — found by a hunt over traditional variants). Only in the fold: the text, and what the look-alikes'
 * reading gives, keep it as written. (The pairs: tables/variants.generated.ts, made by scripts/gen-variants.mjs.)
 * (Before the look-alikes: one that reads as a variant, 「⾡」 as 辵, folds on as the variant does.)
 */
for (let i = 0; i + 1 < VARIANT_PAIRS.length; i += 2) T2S[VARIANT_PAIRS.charCodeAt(i)] ||= VARIANT_PAIRS.charCodeAt(i + 1);
/**
 * A character that looks like a Han character and is another — a Kangxi radical (「⼀、总体情况」, as a PDF's text
 * gives 一 where its font shares the glyph), a compatibility ideograph — is read as that character, folded on to
 * simplified like any other. One unit for one: offsets stay the text's. (The pairs: tables/lookalikes.generated.ts, made by
 * scripts/gen-lookalikes.mjs.)
 */
export const LOOKALIKE = new Uint16Array(0x10000);
for (let i = 0; i + 1 < LOOKALIKE_PAIRS.length; i += 2) {
  const k = LOOKALIKE_PAIRS.charCodeAt(i);
  const c = LOOKALIKE_PAIRS.charCodeAt(i + 1);
  LOOKALIKE[k] = c;
  T2S[k] = T2S[c] || c;
}
/**
 * `text` with each look-alike as its ideograph, one unit for one (the text itself when it holds none, nearly always): for the
 * patterns that read the text as written — its numbering, 「（⼀）」「⼆是」 — rather than its fold.
 */
export function lookalikesRead(text: string): string {
  let i = 0;
  while (i < text.length && !LOOKALIKE[text.charCodeAt(i)]) i++;
  if (i === text.length) return text;
  const codes = codesFor(text.length);
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    codes[k] = LOOKALIKE[c] || c;
  }
  return stringOf(codes, text.length);
}
/** The first code unit a fold may change besides width and case: the radicals (traditional characters start at 0x3400). */
const FIRST_HAN_FOLD = 0x2e80;
/** toSimplifiedChars's code units (made into a string before it returns: never held). */
const t2sScratch = new Uint16Array(1 << 16);

/** Traditional → simplified, character by character (enough for labels; not a document converter). */
export function toSimplifiedChars(s: string): string {
  let i = 0;
  while (i < s.length && !T2S[s.charCodeAt(i)]) i++;
  if (i === s.length) return s;
  const codes = s.length <= t2sScratch.length ? t2sScratch : new Uint16Array(s.length);
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    codes[k] = T2S[c] || c;
  }
  return stringOf(codes, s.length);
}

/**
 * Scratch reused by every fold and `norm` (they run on every token): typed arrays instead of two
 * growing arrays per call. Texts beyond SCRATCH get arrays of their own, so a huge document does not
 * leave huge scratch behind.
 */
const SCRATCH = 1 << 16;
const scratchCodes = new Uint16Array(SCRATCH);
const scratchBacks = new Int32Array(SCRATCH + 1);
const codesFor = (len: number) => (len <= SCRATCH ? scratchCodes : new Uint16Array(len));
const backsFor = (len: number) => (len <= SCRATCH ? scratchBacks : new Int32Array(len + 1));

/**
 * A string from `n` UTF-16 code units, lone surrogates kept as they are. Short ones through
 * `fromCharCode`; long ones (a segment's fold) through Node's two-byte decoding, which copies the
 * units as they are at a twentieth of `apply`'s cost per character.
 */
const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;
/**
 * For each short length, an array of it the units are copied into to be passed to `fromCharCode`: a
 * view of the scratch (`subarray`) was an object made for every token folded on its own.
 */
const SHORT_UNITS: number[][] = Array.from({ length: 65 }, (_, n) => new Array<number>(n).fill(0));
function stringOf(units: Uint16Array, n: number): string {
  if (n <= 64) {
    const a = SHORT_UNITS[n];
    for (let i = 0; i < n; i++) a[i] = units[i];
    return String.fromCharCode.apply(null, a);
  }
  if (NodeBuffer) return NodeBuffer.from(units.buffer, units.byteOffset, n * 2).toString('utf16le');
  let out = '';
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return out;
}

export interface Folded {
  folded: string;
  s: string;
  /** Source offset of each folded character, and the text's length after the last. */
  back: ArrayLike<number>;
}

/**
 * One pass over a text for matching: spaces and emphasis marks dropped, full-width ASCII folded,
 * traditional folded to simplified; `back[i]` is the source offset of folded character i. Same folding as
 * `norm` for what prose patterns look at, at a fraction of its cost per character.
 */
export function foldChars(text: string): Folded {
  const len = text.length;
  const out = codesFor(len);
  const at = backsFor(len);
  const n = foldInto(text, out, at);
  // Most text folds to itself (simplified words without spaces): no new string, no new offsets.
  if (n < 0) {
    at[len] = len;
    return { folded: text, s: text, back: identity(len) ?? at };
  }
  at[n] = len;
  const folded = stringOf(out, n);
  let back: ArrayLike<number>;
  if (n < 256) {
    // A small array is cheaper to make than a typed one.
    const b = new Array<number>(n + 1);
    for (let k = 0; k <= n; k++) b[k] = at[k];
    back = b;
  } else back = len <= SCRATCH ? at.slice(0, n + 1) : at.subarray(0, n + 1);
  return { folded, s: folded, back };
}

/**
 * The fold itself: folded code units into `out`, their source offsets into `at`, and for each source
 * offset the folded index it starts at into `fwd` (when given). Returns how many were kept, or -1 when
 * the text folds to itself (then `at` holds 0, 1, 2, … and `fwd` the same).
 */
function foldInto(text: string, out: Uint16Array, at: Int32Array, fwd?: Int32Array): number {
  const len = text.length;
  let n = 0;
  let same = true;
  /** Where the last pinyin gloss skipped ended: another may follow it (「政(zheng)(zheng)」). */
  let glossAfter = -1;
  for (let i = 0; i < len; i++) {
    if (fwd) fwd[i] = n;
    const raw = text.charCodeAt(i);
    if (raw === 0x28) {
      const e = glossAt(text, i, glossAfter);
      if (e > 0) {
        if (fwd) for (let k = i + 1; k < e; k++) fwd[k] = n;
        same = false;
        glossAfter = e;
        i = e - 1;
        continue;
      }
    }
    let c = raw;
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    else if (c >= FIRST_HAN_FOLD) {
      const t = T2S[c];
      if (t !== 0) c = t;
    }
    if (c <= 0x20) {
      // Spaces and line breaks.
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
        same = false;
        continue;
      }
    } else if (c === 0x2a || c === 0x3000 || c === 0xa0 || c === 0x200b || c === 0xfeff) {
      // Markdown emphasis around a label (「**第二十条第（五）项**」) is not part of it.
      same = false;
      continue;
    } else if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== raw) same = false;
    out[n] = c;
    at[n++] = i;
  }
  if (fwd) fwd[len] = n;
  return same ? -1 : n;
}

/** A whole segment folded once, with the way back and the way there, for every token to cut its own from. */
export interface SegmentFold {
  s: string;
  /** Source offset of each folded character; back[s.length] = the text's length. */
  back: Int32Array;
  /** For each source offset (and the text's length), the folded index of the first character kept at or after it. */
  fwd: Int32Array;
}

/**
 * The maps of a segment's fold, reused by every segment (up to SCRATCH characters): a segment's fold
 * is used only while the segment is read, and a pair of new typed arrays per segment cost more to
 * collect than to fill (each has its own backing store, swept by every young-generation collection).
 */
const segmentBacks = new Int32Array(SCRATCH + 1);
const segmentFwds = new Int32Array(SCRATCH + 1);

/**
 * `foldChars` of a segment, plus the forward map. Its maps are valid until the next segment is
 * folded (parseSegment reads one segment at a time and keeps nothing of its fold but strings). The
 * fold of text[a, b) is s.slice(fwd[a], fwd[b]) (the fold is character by character), so tokens take
 * theirs by slicing instead of folding again.
 */
export function foldSegment(text: string): SegmentFold {
  const len = text.length;
  const back = len <= SCRATCH ? segmentBacks : new Int32Array(len + 1);
  const fwd = len <= SCRATCH ? segmentFwds.subarray(0, len + 1) : new Int32Array(len + 1);
  const out = codesFor(len);
  const n = foldInto(text, out, back, fwd);
  if (n < 0) {
    back[len] = len;
    return { s: text, back: back.subarray(0, len + 1), fwd };
  }
  back[n] = len;
  return { s: stringOf(out, n), back: back.subarray(0, n + 1), fwd };
}

/**
 * The fold of the segment an edit was last read in, kept in arrays of its own (the segment scratch
 * is the next segment's) so that the next edit there folds only what it inserted. The fold is
 * character by character, so the fold of the new text is the old fold before the edit, the fold of
 * the inserted characters, and the old fold after the edit with its offsets moved: the maps are
 * spliced in place (moving and adding to the part after the edit is a copy, not a fold).
 */
export class KeptFold {
  private backs: Int32Array = new Int32Array(0);
  private fwds: Int32Array = new Int32Array(0);
  private fold?: SegmentFold;
  /** The text the kept fold is of. */
  private of?: string;

  /** Keeps `fold`, the fold of `text`. */
  keep(text: string, fold: SegmentFold): void {
    this.of = text;
    if (fold.back.buffer === this.backs.buffer) {
      this.fold = fold; // spliced here
      return;
    }
    this.backs = room(this.backs, fold.back.length, 0);
    this.fwds = room(this.fwds, fold.fwd.length, 0);
    this.backs.set(fold.back);
    this.fwds.set(fold.fwd);
    this.fold = { s: fold.s, back: this.backs.subarray(0, fold.back.length), fwd: this.fwds.subarray(0, fold.fwd.length) };
  }

  /**
   * The fold of `text`, which is `before` with before[start, end) replaced by text[start, start +
   * inserted) — if the fold kept is of `before` (else undefined: fold the text afresh).
   */
  splice(text: string, before: string, start: number, end: number, inserted: number): SegmentFold | undefined {
    const old = this.fold;
    if (!old || this.of !== before) return undefined;
    // A pinyin gloss is folded away by what stands around it (foldInto): near a bracket the edit may
    // make or break one, and the text is folded afresh.
    if (nearBracket(before, start, end) || nearBracket(text, start, start + inserted)) return undefined;
    const L = old.fwd.length - 1;
    const N = old.back.length - 1;
    const fs = old.fwd[start];
    const fe = old.fwd[end];
    // The inserted characters folded (into the shared scratch: not the arrays kept here).
    const ins = text.slice(start, start + inserted);
    const out = codesFor(inserted);
    const at = backsFor(inserted);
    const insFwd = inserted <= SCRATCH ? segmentFwds : new Int32Array(inserted + 1);
    const folded = foldInto(ins, out, at, insFwd);
    const n = folded < 0 ? inserted : folded;
    const delta = inserted - (end - start);
    const shift = n - (fe - fs);
    const newN = N + shift;
    const newL = L + delta;
    this.backs = room(this.backs, newN + 1, N + 1);
    this.fwds = room(this.fwds, newL + 1, L + 1);
    const back = this.backs;
    const fwd = this.fwds;
    // After the edit: moved, then offset.
    back.copyWithin(fs + n, fe, N + 1);
    for (let k = fs + n; k <= newN; k++) back[k] += delta;
    fwd.copyWithin(start + inserted, end, L + 1);
    for (let i = start + inserted; i <= newL; i++) fwd[i] += shift;
    // The inserted characters.
    for (let k = 0; k < n; k++) back[fs + k] = start + at[k];
    for (let j = 0; j < inserted; j++) fwd[start + j] = fs + insFwd[j];
    const s = old.s.slice(0, fs) + (folded < 0 ? ins : stringOf(out, n)) + old.s.slice(fe);
    return { s, back: back.subarray(0, newN + 1), fwd: fwd.subarray(0, newL + 1) };
  }
}

/** Whether a round bracket stands in text[from − 8, to + 8): as far as a gloss around an edit reaches. */
function nearBracket(text: string, from: number, to: number): boolean {
  for (let i = Math.max(0, from - 8), e = Math.min(text.length, to + 8); i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0x29) return true;
  }
  return false;
}

/** `a`, or a larger array holding its first `keep` entries, with room for `need`. */
function room(a: Int32Array, need: number, keep: number): Int32Array {
  if (a.length >= need) return a;
  const b = new Int32Array(Math.max(need, a.length * 2, 256));
  b.set(a.subarray(0, keep));
  return b;
}

/** 0, 1, 2, …: the offsets of a text that folds to itself (shared, read-only, grown as needed). */
let IDENTITY = new Int32Array(0);
function identity(len: number): Int32Array | undefined {
  if (len > SCRATCH) return undefined;
  if (IDENTITY.length <= len) {
    // Grown to the longest text asked for so far, not built whole at start.
    IDENTITY = new Int32Array(Math.min(SCRATCH + 1, Math.max(256, 2 * (len + 1))));
    for (let i = 0; i < IDENTITY.length; i++) IDENTITY[i] = i;
  }
  return IDENTITY;
}

const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g;
/** Pinyin glosses after Han characters, as `norm`'s fast path drops them (glossEnd says which are syllables). */
const GLOSSES = new RegExp(`(?<=[\\u3400-\\u9fff\\uf900-\\ufaff]|${PINYIN_LETTER}\\))\\((${PINYIN_LETTER}{1,6})\\)`, 'g');
/** The quotes `norm` drops (a label is the same quoted or not); the fold keeps them. */
export const QUOTE_CHARS = '“”"\'‘’「」『』';
const QUOTES = new RegExp(`[${QUOTE_CHARS}*]`, 'g');

/** The key used to compare a piece of text with a known label (any text: full Unicode normalisation). */
export function normSlow(s: string): string {
  // (NFKC, then the radicals it leaves that a font draws as their ideograph: 「⺠」 as 民.)
  return toSimplifiedChars(lookalikesRead(s.normalize('NFKC'))).replace(GLOSSES, (g, letters: string) => (glossEnd(`(${letters})`, 0) > 0 ? '' : g)).replace(SPACES, '').replace(QUOTES, '').toLowerCase();
}

/**
 * What `norm` does to one code unit of the characters labels are made of, whose NFKC form is
 * themselves (or, full-width ASCII, plain ASCII): 0 = not known here (the whole text takes
 * `normSlow`), DROP = dropped (a space or a quote), SAME = kept as it is, otherwise the code unit it
 * becomes. Ranges are filled natively: the table is built while the server starts.
 */
const DROP = 1;
const SAME = 2;
const NORM = new Uint16Array(0x10000);
{
  for (const [from, to] of [[0x21, 0x7e], [0x3001, 0x3003], [0x3008, 0x3011], [0x3014, 0x301b], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xb7, 0xb7], [0x2014, 0x2014]]) NORM.fill(SAME, from, to + 1);
  for (let c = 0xff01; c <= 0xff5e; c++) NORM[c] = c - 0xfee0;
  // Lower case for Latin capitals, plain and full-width; simplified for traditional characters.
  for (let c = 0x41; c <= 0x5a; c++) NORM[c] = c + 0x20;
  for (let c = 0xff21; c <= 0xff3a; c++) NORM[c] = c - 0xfee0 + 0x20;
  for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) {
    const c = T2S_PAIRS.charCodeAt(i);
    if (NORM[c]) NORM[c] = T2S_PAIRS.charCodeAt(i + 1);
  }
  // (A lookalike as its ideograph, folded: 「⾏」 as 行. normSlow — NFKC, then the lookalikes it leaves — gives the same.)
  for (let i = 0; i + 1 < LOOKALIKE_PAIRS.length; i += 2) NORM[LOOKALIKE_PAIRS.charCodeAt(i)] = T2S[LOOKALIKE_PAIRS.charCodeAt(i)];
  for (let i = 0; i + 1 < VARIANT_PAIRS.length; i += 2) NORM[VARIANT_PAIRS.charCodeAt(i)] = T2S[VARIANT_PAIRS.charCodeAt(i)];
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x3000, 0x200b, 0xfeff]) NORM[c] = DROP;
  for (const q of '“”"\'‘’「」『』*＂＇＊') NORM[q.charCodeAt(0)] = DROP;
}

/** The key used to compare a piece of text with a known label. */
export function norm(s: string): string {
  const len = s.length;
  const codes = codesFor(len);
  let n = 0;
  let same = true;
  let glossAfter = -1;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    const t = NORM[c];
    if (c === 0x28) {
      const e = glossAt(s, i, glossAfter);
      if (e > 0) {
        same = false;
        glossAfter = e;
        i = e - 1;
        continue;
      }
    }
    if (t === SAME) {
      codes[n++] = c;
      continue;
    }
    if (t === 0) return normSlow(s);
    same = false;
    if (t !== DROP) codes[n++] = t;
  }
  return same ? s : stringOf(codes, n);
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

/**
 * A count written in Chinese numerals, up to 9,999 (「一」「两」「十五」「二十三」「一百零五」「两千」) as a number; undefined for
 * anything else — a zero alone (「零件」 is a word), a unit alone (「百件」), digits side by side (「一二」).
 */
export function chineseCount(s: string): number | undefined {
  const m = CN_COUNT.exec(s);
  if (!m || !s || s === '零' || s === '〇') return undefined;
  const d = (c: string | undefined, unit: boolean) => (c === undefined ? (unit ? 1 : 0) : c === '两' ? 2 : CN_DIGITS[c]);
  return (m[1] ? d(m[1], true) * 1000 : 0) + (m[2] ? d(m[2], true) * 100 : 0) + (m[3] !== undefined ? d(m[4], true) * 10 : 0) + d(m[5], false);
}
// (A unit's digit may be left out before 十 alone — 「十五」 —, and 零 stands for the units skipped: 「一百零五」「一千零二十」.)
const CN_COUNT = /^(?:([一二两三四五六七八九])千)?(?:零?([一二两三四五六七八九])百)?(?:零?(([一二两三四五六七八九])?十))?(?:零?([一二两三四五六七八九]))?$/;

/** A year written with Chinese digits (二〇二三) as a number. */
export function chineseYear(s: string): number | undefined {
  // (A zero is also written with a circle or a letter O: 「二○二三」「二Ｏ二三」.)
  if (!/^[〇零○ＯO一二三四五六七八九]{4}$/.test(s)) return undefined;
  return Number([...s].map((c) => CN_DIGITS[c] ?? 0).join(''));
}
