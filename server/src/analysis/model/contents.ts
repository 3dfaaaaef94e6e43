/**
 * A table of contents written as the headings alone — 「目录」, then 「一、总体情况」 … 「六、其他需要报告的事项」
 * one a line, no leader and no page number (those are no headings at all: headings.ts TOC_PAGE). Its
 * entries are headings with nothing under them, one after another, each of whose sections comes again
 * further down: they name the sections, whose headings are below. (Each was said to repeat — six
 * section-duplicate warnings on a well-formed report: found by a review.)
 */
import type { Heading } from '../types';

/** At least this many headings one after another, nothing between, make a list of them. */
const RUN = 3;
/** What may stand between two entries: spaces and line breaks, no more than this much of them. */
const GAP = 40;
const BLANK = /^[\s\u3000\u00a0]*$/;

/**
 * The headings without the entries of a table of contents: `headings` itself (the same array) when there
 * are none, which is nearly always; `read` gives the text between two of them.
 */
export function withoutContents(headings: Heading[], read: (from: number, to: number) => string): Heading[] {
  let drop: Set<Heading> | undefined;
  /** Where each section's heading last is: an entry's comes again after it. */
  const last: number[] = [];
  for (let j = 0; j < headings.length; j++) last[headings[j].section] = j;
  for (let i = 0; i < headings.length; ) {
    // The run of headings from i with nothing between one and the next.
    let k = i;
    while (k + 1 < headings.length && headings[k + 1].span.start - headings[k].span.end <= GAP && BLANK.test(read(headings[k].span.end, headings[k + 1].span.start))) k++;
    if (k - i + 1 >= RUN) {
      const entries: Heading[] = [];
      for (let m = i; m <= k; m++) {
        const h = headings[m];
        // An entry's section comes again after it (its heading proper), and entries run in the form's order.
        if (entries.length && entries[entries.length - 1].section >= h.section) break;
        if (last[h.section] <= m) break;
        entries.push(h);
      }
      if (entries.length >= RUN) for (const h of entries) (drop ??= new Set()).add(h);
    }
    i = k + 1;
  }
  return drop ? headings.filter((h) => !drop!.has(h)) : headings;
}
