/**
 * Which script a segment's Han characters are in: how many exist only in simplified or only in
 * traditional script (`scanScript`), and, when the mixed-script check asks, their runs
 * (`scriptRuns`). After an edit only the stretch of text the edit touched is counted again
 * (`scanScriptEdit`): a kept pair never crosses a character that is not Han. The runs are found only
 * when asked, and only where the other script occurs at all: in a report of one script — nearly all —
 * never (its segments' count of the other script is 0).
 */
import { KEPT_IN_SIMPLIFIED, KEPT_IN_TRADITIONAL, SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './tables/scriptTable.generated';

/**
 * A Han character's script: 0 common to both, 1 simplified only, 2 traditional only; NOT_HAN for any
 * other code unit (what ends a run of one script). One load per character for the script scan.
 */
const NOT_HAN = 3;
const SCRIPT = new Uint8Array(0x10000).fill(NOT_HAN);
const isHan = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
SCRIPT.fill(0, 0x3400, 0xa000);
SCRIPT.fill(0, 0xf900, 0xfb00);
for (let i = 0; i < SIMPLIFIED_ONLY.length; i++) if (isHan(SIMPLIFIED_ONLY.charCodeAt(i))) SCRIPT[SIMPLIFIED_ONLY.charCodeAt(i)] = 1;
for (let i = 0; i < TRADITIONAL_ONLY.length; i++) if (isHan(TRADITIONAL_ONLY.charCodeAt(i))) SCRIPT[TRADITIONAL_ONLY.charCodeAt(i)] = 2;

/**
 * Contexts where a one-script character is proper in the other script too (風采 in traditional text).
 * Pairs of Han characters only (the generated table's): a pair never holds a character that ends a run.
 * A pair is a number, not a two-character string: the scan looks pairs up on every one-script
 * character that may open or close one (a slice per lookup was a third of the scan's time on
 * traditional text). Its first character's index among the characters that open a pair (under
 * 32,768) times 65,536, plus its second: a small integer.
 */
const OPENER = new Uint16Array(0x10000);
let openers = 0;
const pairKey = (a: number, b: number) => OPENER[a] * 0x10000 + b;
function pairs(s: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < s.length; i += 2) {
    const a = s.charCodeAt(i);
    if (OPENER[a] === 0) OPENER[a] = ++openers;
    out.add(pairKey(a, s.charCodeAt(i + 1)));
  }
  return out;
}
const KEPT = [new Set<number>(), pairs(KEPT_IN_TRADITIONAL), pairs(KEPT_IN_SIMPLIFIED)];
/** Whether text[i, i + 2) is a kept pair of script k (0 when text[i] opens none: no pair). */
const keptAt = (text: string, i: number, k: number) => {
  const a = text.charCodeAt(i);
  return OPENER[a] !== 0 && KEPT[k].has(pairKey(a, text.charCodeAt(i + 1)));
};
/** Bit 1: first character of a kept pair; bit 2: its second. Most characters are neither: no pair is looked up for them. */
const IN_KEPT = new Uint8Array(0x10000);
for (const list of [KEPT_IN_TRADITIONAL, KEPT_IN_SIMPLIFIED])
  for (let i = 0; i + 1 < list.length; i += 2) {
    IN_KEPT[list.charCodeAt(i)] |= 1;
    IN_KEPT[list.charCodeAt(i + 1)] |= 2;
  }
/** Whether the one-script character c = text[i], of script k, stands in a kept pair (with the one before or after it). */
const inKeptPair = (text: string, i: number, c: number, k: number) => {
  const kept = IN_KEPT[c];
  return kept !== 0 && (((kept & 2) !== 0 && i > 0 && keptAt(text, i - 1, k)) || ((kept & 1) !== 0 && i + 1 < text.length && keptAt(text, i, k)));
};

export interface ScriptScan {
  simplified: number;
  traditional: number;
}

/** Counts the characters that exist in only one script (a character of a kept pair is in both). */
export function scanScript(text: string): ScriptScan {
  const simplified = countRange(text, 0, text.length);
  return { simplified, traditional: traditionalFound };
}

/** The traditional count of the last `countRange` (its simplified count is what it returns). */
let traditionalFound = 0;

/**
 * The counts of text[from, to), simplified returned and traditional left in `traditionalFound`
 * (counts in locals, not in an object: this loop runs on every character of every segment).
 */
function countRange(text: string, from: number, to: number): number {
  let simplified = 0;
  let traditional = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const k = SCRIPT[c];
    if (k === 0 || k === NOT_HAN) continue;
    if (inKeptPair(text, i, c, k)) continue;
    if (k === 1) simplified++;
    else traditional++;
  }
  traditionalFound = traditional;
  return simplified;
}

/**
 * The characters of text[from, to) that exist in one script only (a kept pair's aside), each once, in
 * order: what a run of them with characters common to both between (「開工作堅」) is about — 開 and 堅.
 */
export function oneScriptChars(text: string, from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const k = SCRIPT[c];
    if (k === 0 || k === NOT_HAN || inKeptPair(text, i, c, k)) continue;
    const ch = text[i];
    if (!out.includes(ch)) out.push(ch);
  }
  return out;
}

/**
 * The runs of one script's characters in `text`, as [start, end, start, end, …] offsets: a run holds
 * characters of one script, may contain characters common to both, and ends at anything that is
 * not a Han character or at a character of the other script (「屬于」 gives a traditional run 「屬」
 * and a simplified run 「于」).
 */
export function scriptRuns(text: string, script: 'simplified' | 'traditional'): number[] {
  const simplifiedRuns: number[] = [];
  const traditionalRuns: number[] = [];
  scanRange(text, 0, text.length, simplifiedRuns, traditionalRuns);
  return script === 'simplified' ? simplifiedRuns : traditionalRuns;
}

/** Appends the runs of text[from, to). */
function scanRange(text: string, from: number, to: number, simplifiedRuns: number[], traditionalRuns: number[]): void {
  // The open run (its script, 0 for none; its start and end) in locals, not in a closure's context.
  let open = 0;
  let start = 0;
  let end = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const k = SCRIPT[c];
    if (k === 0) continue; // a Han character of both scripts: neither opens nor closes a run
    if (k === NOT_HAN) {
      if (open === 1) simplifiedRuns.push(start, end);
      else if (open === 2) traditionalRuns.push(start, end);
      open = 0;
      continue;
    }
    if (inKeptPair(text, i, c, k)) continue;
    if (open !== k) {
      if (open === 1) simplifiedRuns.push(start, end);
      else if (open === 2) traditionalRuns.push(start, end);
      open = k;
      start = i;
    }
    end = i + 1;
  }
  if (open === 1) simplifiedRuns.push(start, end);
  else if (open === 2) traditionalRuns.push(start, end);
}

/**
 * The counts of `text`, which is `before` with before[start, end) replaced by `inserted` characters,
 * from the counts of `before`: only from the last character that is not Han before the edit to the
 * first one after it is read again (in both texts, to take the old stretch's counts out). What is
 * outside that stretch — its kept pairs — reads the same, since no kept pair crosses a character
 * that is not Han.
 */
export function scanScriptEdit(text: string, before: string, was: ScriptScan, start: number, end: number, inserted: number): ScriptScan {
  const delta = inserted - (end - start);
  let a = start;
  while (a > 0 && SCRIPT[before.charCodeAt(a - 1)] !== NOT_HAN) a--;
  let b = end;
  while (b < before.length && SCRIPT[before.charCodeAt(b)] !== NOT_HAN) b++;
  const oldSimplified = countRange(before, a, b);
  const oldTraditional = traditionalFound;
  const simplified = was.simplified - oldSimplified + countRange(text, a, b + delta);
  return { simplified, traditional: was.traditional - oldTraditional + traditionalFound };
}
