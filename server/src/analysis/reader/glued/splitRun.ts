/**
 * Splitting a run of glued digits into a row's cells (spec §4 item 6). A run is one or more words
 * (「142000016」, or half-glued 「0 0 0 0 0 00」): a cell never crosses a space, every word gives at
 * least one cell, and a figure never has a leading zero (「00」 is two cells). Sums the row must
 * satisfy can be imposed: a total is then not guessed but computed from its parts and looked for
 * in the digits, which is what keeps the search small. The search is depth-first with pruning by
 * digit counts and has a node budget, so no input can make it slow (a 40-digit run has millions
 * of unconstrained 7-way splits; the search never enumerates them).
 */

export interface RunWord {
  /** Source offset of the word's first character (its sign, if it has one). */
  start: number;
  /** The word's digits, ASCII (full-width digits folded; each is still one source character). */
  digits: string;
  /** The word opens with a minus sign (本年增/减 in the 2019 form): its first cell is negative. */
  negative?: boolean;
  /**
   * The word is none marks (「///」「—————」), `digits` their characters: one none cell a mark, or — a word of
   * dashes of even length — one a pair (「——」), the same for the whole word. Its cells count 0 in a sum.
   */
  marks?: boolean;
  /**
   * Where each digit stands in the source, when the word is not one character a digit: a word written with its
   * thousands commas (「1,117241874592061,975」, a page that formats figures of four digits or more so, its cell
   * boundaries lost — the comma is part of a figure, three digits before the figure's end).
   */
  offsets?: number[];
}

/** Dashes a none cell may be written with in pairs (「——」「--」). */
const PAIRED = /^[\u2014\u2013\u2015\u2500\uff0d-]+$/;

/** How many characters each cell of a word of marks may take: 1, or 2 for a word of dashes of even length. */
export function markSizes(w: RunWord): readonly number[] {
  return w.digits.length % 2 === 0 && PAIRED.test(w.digits) ? [1, 2] : [1];
}

/** cells[total] = Σ cells[parts]; parts come before the total. */
export interface SumRule {
  parts: readonly number[];
  total: number;
}

export interface SplitOptions {
  /** Sums every reading must satisfy. */
  rules?: readonly SumRule[];
  /** Columns that may hold a negative figure. */
  signed?: readonly boolean[];
  /** Stop after this many readings (the result is then incomplete). */
  limit: number;
}

export interface SplitResult {
  /** Each reading: the figures, and how many digits each takes. */
  readings: { values: number[]; lengths: number[] }[];
  /** False when the limit or the search budget cut the search short: there are more readings. */
  complete: boolean;
}

/** Counts of applications and cases: nine digits is far beyond any real figure. */
const MAX_DIGITS = 9;
const BUDGET = 200_000;

export function splitRun(words: readonly RunWord[], width: number, o: SplitOptions): SplitResult {
  const result: SplitResult = { readings: [], complete: true };
  const all = words.map((w) => w.digits).join('');
  const n = all.length;
  if (n < width || width === 0) return result;
  // For each digit position: where its word ends, whether a word starts there, and words left from there.
  // (Plain arrays: a typed array this size gets a backing store of its own, which costs more to
  // collect than the run costs to split.)
  const wordEnd: number[] = new Array(n + 1).fill(0);
  const wordStart: number[] = new Array(n + 1).fill(0);
  const wordsLeft: number[] = new Array(n + 1).fill(0);
  const negativeAt: number[] = new Array(n + 1).fill(0);
  /** A thousands comma stands before this digit (its word's offsets skip a character there). */
  const commaBefore: number[] = new Array(n + 1).fill(0);
  let commas = false;
  /** At the start of a word of marks: the word. */
  const marksAt: (RunWord | undefined)[] = new Array(n + 1);
  let p = 0;
  words.forEach((w, i) => {
    if (w.marks) marksAt[p] = w;
    for (let k = 0; k < w.digits.length; k++) {
      wordEnd[p + k] = p + w.digits.length;
      wordsLeft[p + k] = words.length - i;
    }
    wordStart[p] = 1;
    if (w.negative) negativeAt[p] = 1;
    const at = w.offsets;
    if (at)
      for (let k = 1; k < w.digits.length; k++)
        if (at[k] - at[k - 1] > 1) {
          commaBefore[p + k] = 1;
          commas = true;
        }
    p += w.digits.length;
  });
  const totalOf = new Map<number, SumRule>();
  for (const r of o.rules ?? []) totalOf.set(r.total, r);
  const values = new Array<number>(width);
  const lengths = new Array<number>(width);
  let nodes = 0;
  /**
   * Whether the digits [at, at + len) can be one figure as its commas are written: a comma three digits before its
   * end, every three digits back, and nowhere else — nor before its first digit. A run that writes commas writes
   * them for every figure of four digits or more, so a figure without one has three at most (「1,117241874592061,975」
   * is 1,117|2|4|187|459|206|1,975, not 1,117|24|18|74|59|206|1,975).
   */
  const commasFit = (at: number, len: number): boolean => {
    if (!commas) return true;
    if (commaBefore[at]) return false;
    const end = at + len;
    for (let q = at + 1; q < end; q++) if (commaBefore[q] !== ((end - q) % 3 === 0 ? 1 : 0)) return false;
    return true;
  };

  const dfs = (k: number, at: number): boolean => {
    if (++nodes > BUDGET) {
      result.complete = false;
      return false;
    }
    if (k === width) {
      if (at !== n) return true;
      if (result.readings.length >= o.limit) {
        result.complete = false;
        return false;
      }
      result.readings.push({ values: values.slice(), lengths: lengths.slice() });
      return true;
    }
    const cellsLeft = width - k;
    const digitsLeft = n - at;
    if (digitsLeft < cellsLeft || wordsLeft[at] > cellsLeft || digitsLeft > cellsLeft * MAX_DIGITS) return true;
    const end = wordEnd[at];
    const marks = marksAt[at];
    if (marks) {
      // The whole word at once, a cell a mark or a pair: none cells, 0 in a sum — a total among them only if its parts make 0.
      for (const size of markSizes(marks)) {
        const cells = (end - at) / size;
        if (k + cells > width) continue;
        let fits = true;
        for (let c = k; c < k + cells && fits; c++) {
          const r = totalOf.get(c);
          if (r) fits = r.parts.reduce((sum, i) => sum + (i < k ? values[i] : 0), 0) === 0;
          values[c] = 0;
          lengths[c] = size;
        }
        if (fits && !dfs(k + cells, end)) return false;
      }
      return true;
    }
    const negative = negativeAt[at] === 1;
    if (negative && !o.signed?.[k]) return true;
    const rule = totalOf.get(k);
    if (rule) {
      let sum = 0;
      for (const i of rule.parts) sum += values[i];
      if (sum < 0 && !negative) return true;
      const s = String(Math.abs(sum));
      if (s.length > end - at || all.slice(at, at + s.length) !== s || !commasFit(at, s.length)) return true;
      values[k] = sum;
      lengths[k] = s.length;
      return dfs(k + 1, at + s.length);
    }
    const max = all.charCodeAt(at) === 0x30 ? 1 : Math.min(MAX_DIGITS, end - at);
    let v = 0;
    for (let len = 1; len <= max; len++) {
      v = v * 10 + (all.charCodeAt(at + len - 1) - 0x30);
      values[k] = negative ? -v : v;
      lengths[k] = len;
      if (commasFit(at, len) && !dfs(k + 1, at + len)) return false;
    }
    return true;
  };
  dfs(0, 0);
  return result;
}
