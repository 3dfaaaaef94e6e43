/**
 * Which script a segment's Han characters are in: how many exist only in simplified or only in
 * traditional script, and their runs, for the mixed-script check. After an edit only the stretch of
 * text the edit touched is scanned again (`scanScriptEdit`): a run never crosses a character that is
 * not Han, so the runs elsewhere are the same ones, moved.
 */
import { KEPT_IN_SIMPLIFIED, KEPT_IN_TRADITIONAL, SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './scriptTable.generated';

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
for (const pairs of [KEPT_IN_TRADITIONAL, KEPT_IN_SIMPLIFIED])
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    IN_KEPT[pairs.charCodeAt(i)] |= 1;
    IN_KEPT[pairs.charCodeAt(i + 1)] |= 2;
  }

export interface ScriptScan {
  simplified: number;
  traditional: number;
  /** Runs of simplified-only / traditional-only characters, as [start, end, start, end, …] offsets. */
  simplifiedRuns: number[];
  traditionalRuns: number[];
}

/**
 * Counts characters that exist in only one script and groups them into runs: a run holds
 * characters of one script, may contain characters common to both, and ends at anything that is
 * not a Han character or at a character of the other script (「屬于」 gives a traditional run 「屬」
 * and a simplified run 「于」).
 */
export function scanScript(text: string): ScriptScan {
  const simplifiedRuns: number[] = [];
  const traditionalRuns: number[] = [];
  const simplified = scanRange(text, 0, text.length, simplifiedRuns, traditionalRuns);
  return { simplified, traditional: traditionalFound, simplifiedRuns, traditionalRuns };
}

/** The traditional count of the last `scanRange` (its simplified count is what it returns). */
let traditionalFound = 0;

/**
 * Scans text[from, to), appending its runs; returns how many simplified-only characters it holds and
 * leaves the traditional count in `traditionalFound` (counts in locals, not in an object: this loop
 * runs on every character of every segment).
 */
function scanRange(text: string, from: number, to: number, simplifiedRuns: number[], traditionalRuns: number[]): number {
  let simplified = 0;
  let traditional = 0;
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
    const kept = IN_KEPT[c];
    if (kept !== 0 && (((kept & 2) !== 0 && i > 0 && keptAt(text, i - 1, k)) || ((kept & 1) !== 0 && i + 1 < text.length && keptAt(text, i, k)))) continue;
    if (k === 1) simplified++;
    else traditional++;
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
  traditionalFound = traditional;
  return simplified;
}

/**
 * The scan of `text`, which is `before` with before[start, end) replaced by `inserted` characters,
 * from the scan of `before`: only from the last character that is not Han before the edit to the
 * first one after it is read again (in both texts, to take the old stretch's counts out). What is
 * outside that stretch — its runs, its kept pairs — reads the same, since no run and no kept pair
 * crosses a character that is not Han.
 */
export function scanScriptEdit(text: string, before: string, was: ScriptScan, start: number, end: number, inserted: number): ScriptScan {
  const delta = inserted - (end - start);
  let a = start;
  while (a > 0 && SCRIPT[before.charCodeAt(a - 1)] !== NOT_HAN) a--;
  let b = end;
  while (b < before.length && SCRIPT[before.charCodeAt(b)] !== NOT_HAN) b++;
  const oldSimplified = scanRange(before, a, b, [], []);
  const oldTraditional = traditionalFound;
  const scan: ScriptScan = { simplified: 0, traditional: 0, simplifiedRuns: [], traditionalRuns: [] };
  // Runs before the stretch, its new runs, then the runs after it moved by the edit's length.
  const cut = (runs: number[]) => {
    let i = 0;
    while (i < runs.length && runs[i] < a) i += 2;
    let j = i;
    while (j < runs.length && runs[j] < b) j += 2;
    return [i, j];
  };
  const [si, sj] = cut(was.simplifiedRuns);
  const [ti, tj] = cut(was.traditionalRuns);
  for (let i = 0; i < si; i++) scan.simplifiedRuns.push(was.simplifiedRuns[i]);
  for (let i = 0; i < ti; i++) scan.traditionalRuns.push(was.traditionalRuns[i]);
  scan.simplified = was.simplified - oldSimplified + scanRange(text, a, b + delta, scan.simplifiedRuns, scan.traditionalRuns);
  scan.traditional = was.traditional - oldTraditional + traditionalFound;
  for (let i = sj; i < was.simplifiedRuns.length; i++) scan.simplifiedRuns.push(was.simplifiedRuns[i] + delta);
  for (let i = tj; i < was.traditionalRuns.length; i++) scan.traditionalRuns.push(was.traditionalRuns[i] + delta);
  return scan;
}
