/**
 * Text written again as an exact copy of the text before it — a scraper's double page (seed 000 holds its whole body
 * twice), a table pasted twice — and the stretch a fix may delete: section-duplicate's and table-duplicate's quick fix.
 * For sections, only from the first heading written again (a file of two reports shares a section's words, not a first
 * section's — the adversarial review saw one without its title lose sections 二 to 五), only text that is character for
 * character the earlier text, in whole lines, and that repeats at least two whole sections (or everything between the
 * two headings): a report's own sentence that happens to repeat another section's (「本年度未收取信息处理费」 in two
 * years' reports put in one file) is no copy, and a section written twice with different words has none.
 */
import type { Heading, Span } from '../../analysis/types';

/** A document with more copies of a section than this is a collection of reports, not a page doubled: no fix. */
export const MOST_COPIES = 3;

/** A stretch that repeats earlier text: `copy` can be deleted, `original` stays. */
export interface RepeatedCopy {
  copy: Span;
  original: Span;
}

/** Where the line of `at` starts, if only spaces stand before it on its line; else `at` itself. */
export function lineStartOf(text: string, at: number): number {
  let i = at;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) return i;
    if (c !== 32 && c !== 9 && c !== 0x3000) return at;
    i--;
  }
  return 0;
}

/**
 * The copy that starts at heading `at` (a section written again) of the text from the heading `prev` (the section's
 * occurrence before it) on, or undefined when what follows the heading is not that text repeated in whole lines over at
 * least two sections. `headings` in document order.
 */
export function repeatedCopy(text: string, headings: readonly Heading[], prev: number, at: number): RepeatedCopy | undefined {
  const a = lineStartOf(text, headings[prev].span.start);
  const b = lineStartOf(text, headings[at].span.start);
  if (b <= a) return undefined;
  // (The copy must hold the first copy's next two sections whole — or, with fewer headings between, all of it.)
  const cover = prev + 2 < at ? lineStartOf(text, headings[prev + 2].span.start) - a : b - a;
  const limit = Math.min(b - a, text.length - b);
  if (limit < cover) return undefined;
  let k = 0;
  while (k < limit && text.charCodeAt(a + k) === text.charCodeAt(b + k)) k++;
  let end = b + k;
  // (All of the text before it again, or on to the text's end: the copy whole. Where the copies part and then agree
  // again — a line changed inside the copy —, it ends where a section of the copy starts, not at the line they part,
  // cutting a section, a table, in two: the adversarial review of the first version saw a doubled page whose second
  // table 三 differed in two rows left with half a table, and a new error. Where they part for good — the copy's end, a
  // site's footer after it (seed 000) —, at that line.)
  if (k < b - a && end < text.length && agreeAgain(text, a + k, end)) {
    let cut = b;
    for (let h = at + 1; h < headings.length; h++) {
      const start = lineStartOf(text, headings[h].span.start);
      if (start > end) break;
      if (start === 0 || text.charCodeAt(start - 1) === 10 || text.charCodeAt(start - 1) === 13) cut = start;
    }
    end = cut;
  }
  if (end - b < cover || end <= b) return undefined;
  return { copy: { start: b, end }, original: { start: a, end: a + (end - b) } };
}

/** Whether the lines after the ones holding `x` and `y` (where two copies part) are the same line: the copies agree again. */
function agreeAgain(text: string, x: number, y: number): boolean {
  const next = (at: number) => {
    let i = at;
    while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    while (i < text.length && (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13 || text.charCodeAt(i) === 32)) i++;
    let j = i;
    while (j < text.length && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) j++;
    return text.slice(i, j);
  };
  const p = next(x);
  return p !== '' && p === next(y);
}

/**
 * The copy starting at `b` of everything from `a` to it, right after it (a table pasted twice, its header lines and the
 * empty lines after it too), or undefined if the text after `b` is not that. `a` and `b` start lines.
 */
export function repeatedRightAfter(text: string, a: number, b: number): RepeatedCopy | undefined {
  const n = b - a;
  if (n <= 0 || b + n > text.length) return undefined;
  for (let k = 0; k < n; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return undefined;
  return { copy: { start: b, end: b + n }, original: { start: a, end: b } };
}
