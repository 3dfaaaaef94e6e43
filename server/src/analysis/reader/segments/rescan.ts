/**
 * The matches of a global pattern over a string after an edit, from its matches before: found again
 * only around the stretch the edit changed. A global scan goes from match to match, each the
 * leftmost from where the last one ended; two scans of texts that differ in one stretch agree
 *
 * - before it: on every match (and every failed attempt) that reads nothing of the stretch. A
 *   match of these patterns reads at most REACH characters beyond where it starts, but a run of
 *   digits (a figure), so an attempt that starts REACH before the stretch and before the digits that
 *   run up to it reads nothing of it;
 * - after it: from a place past the stretch where both scans are between two matches — they then
 *   try the same places on the same characters (moved by the edit's length).
 *
 * So the old matches are kept up to the first place, the new string is scanned from there to the
 * second (in a slice a little longer: no match is cut short), and the old matches after it are
 * moved. Patterns whose matches may be longer than REACH without digits (spam runs) are not for this.
 */

/** A match's extent in the string scanned. */
export interface Found {
  from: number;
  to: number;
}

/** The changed stretch: [start, end) in the new string, which is `delta` longer than the old one. */
export interface Stretch {
  start: number;
  end: number;
  delta: number;
}

/** Longer than any match of the prose patterns but for its digits, with the characters their look-arounds read. */
const REACH = 64;
/** How many characters before a match the patterns' look-behinds read. */
const BEHIND = 3;
const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);

/**
 * `re` (global) over `s` after the edit. `old`: its matches over the string before, in order; `make`
 * makes a match found at `at`; `move` moves an old one by the edit's length (its offsets in `s` by
 * `stretch.delta`, and any others it holds as their own text moved).
 */
/**
 * `behind`: how many characters before a match its pattern's look-behinds — and `make`, which may read the text before it
 * (a statement's year: prose.ts) — read; a match that starts within it after the stretch is found again.
 */
export function rescan<T extends Found>(re: RegExp, s: string, old: readonly T[], stretch: Stretch, make: (m: RegExpExecArray, at: number) => T, move: (x: T) => T, behind = BEHIND): T[] {
  const { start, end, delta } = stretch;
  // Where both scans agree from the start: REACH before the stretch and the digits running up to it, at no match's middle.
  // (A few characters before it, then back over digits: a figure's digits end before a character
  // that is none, and what follows a figure — 件, one character of look-ahead — stays before the stretch.)
  let digitsFrom = Math.max(0, start - 4);
  while (digitsFrom > 0 && isDigit(s.charCodeAt(digitsFrom - 1))) digitsFrom--;
  let from = Math.max(0, digitsFrom - REACH);
  let i = 0;
  while (i < old.length && old[i].to <= from) i++;
  if (i < old.length && old[i].from < from) from = old[i].from;
  const out: T[] = old.slice(0, i);
  let j = i;
  let lastEnd = from;
  for (;;) {
    // The first place past the stretch (and its characters of look-behind) where both scans are between matches.
    let q = Math.max(end + behind, lastEnd);
    for (;;) {
      while (j < old.length && old[j].to + delta <= q) j++;
      if (j < old.length && old[j].from + delta < q) q = old[j].to + delta;
      else break;
    }
    // The next match before it, looked for in a slice that holds all of any match starting before it
    // (and the characters before, for a look-behind).
    let limit = q + REACH;
    let k = limit - 3;
    while (k < s.length && isDigit(s.charCodeAt(k))) k++;
    limit = Math.min(s.length, Math.max(limit, k + 3));
    const pre = Math.min(lastEnd, behind);
    re.lastIndex = pre;
    const m = lastEnd - pre < limit ? re.exec(s.slice(lastEnd - pre, limit)) : null;
    const at = m ? m.index + lastEnd - pre : -1;
    if (!m || at >= q) {
      for (let x = j; x < old.length; x++) out.push(move(old[x]));
      return out;
    }
    out.push(make(m, at));
    lastEnd = at + m[0].length;
  }
}
