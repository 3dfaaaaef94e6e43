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

/** Whether what stands between two headings, `length` characters (`text`), lets them be entries of one list. */
export function blankGap(length: number, text: () => string): boolean {
  return length <= GAP && BLANK.test(text());
}

/**
 * The headings without the entries of a table of contents: `headings` itself (the same array) when there
 * are none, which is nearly always; `gapAfter(k)` says whether heading k and the next, no further apart
 * than a list's entries may be, have white space alone between them (blankGap). Where the headings left
 * are those of `last` (the last version's answer), `last` itself: an edit makes no new list of them.
 */
export function withoutContents(headings: Heading[], gapAfter: (k: number) => boolean, last?: readonly Heading[]): Heading[] {
  let drop: Uint8Array | undefined;
  let dropped = 0;
  /** Where each section's heading last is: an entry's comes again after it. */
  const lastOf: number[] = [];
  for (let j = 0; j < headings.length; j++) lastOf[headings[j].section] = j;
  for (let i = 0; i < headings.length; ) {
    // The run of headings from i with nothing between one and the next.
    let k = i;
    while (k + 1 < headings.length && headings[k + 1].span.start - headings[k].span.end <= GAP && gapAfter(k)) k++;
    if (k - i + 1 >= RUN) {
      // The entries: from i on, while each one's section comes again after it (its heading proper), in the form's order.
      let m = i;
      while (m <= k && (m === i || headings[m - 1].section < headings[m].section) && lastOf[headings[m].section] > m) m++;
      if (m - i >= RUN) {
        drop ??= new Uint8Array(headings.length);
        drop.fill(1, i, m);
        dropped += m - i;
      }
    }
    i = k + 1;
  }
  if (!drop) return headings;
  if (last && last.length === headings.length - dropped) {
    let j = 0;
    let i = 0;
    for (; i < headings.length; i++) if (!drop[i] && headings[i] !== last[j++]) break;
    if (i === headings.length) return last as Heading[];
  }
  const kept: Heading[] = new Array(headings.length - dropped);
  for (let i = 0, j = 0; i < headings.length; i++) if (!drop[i]) kept[j++] = headings[i];
  return kept;
}
