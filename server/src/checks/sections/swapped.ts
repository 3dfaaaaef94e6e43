/**
 * Two neighbouring sections written in each other's place and numbered where they stand: 「三、政府信息公开行政复议、
 * 行政诉讼情况」 then 「四、收到和处理政府信息公开申请情况」. Each heading is the other section's numeral with its own
 * words, so both sections read as missing and each was offered the other's numeral — which left them out of order
 * (found by a review). They are there; what is wrong is their order: section-order says so, section-missing does not.
 */
import type { DocFacts } from '../../analysis/model/facts';
import type { SectionId } from '../../analysis/types';
import { misnumberedHeading, type Misnumbered } from './misnumbered';
import { eolOf } from '../../analysis/write/eol';

export interface Swapped {
  /** The sections, in the form's order. */
  first: SectionId;
  second: SectionId;
  /** Their headings as found: `second`'s stands first in the text, numbered as `first`. */
  firstHeading: Misnumbered;
  secondHeading: Misnumbered;
  /** Where the first of the two (the second section's) starts, and where the two end. */
  start: number;
  end: number;
}

const NUMERALS = '一二三四五六';

/** The sections whose headings the reader found, as bits. */
function presentSections(f: DocFacts): number {
  let present = 0;
  for (const h of f.headings) present |= 1 << h.section;
  return present;
}

/** Whether two neighbouring sections are both missing (all a swap needs; most reports have all six): a cheap test first. */
export function mayBeSwapped(f: DocFacts): boolean {
  const present = presentSections(f);
  for (let a = 1; a < 6; a++) if (!(present & (1 << a)) && !(present & (1 << (a + 1)))) return true;
  return false;
}

export function swappedSections(f: DocFacts): Swapped | undefined {
  const present = presentSections(f);
  for (let a = 1; a < 6; a++) {
    const b = a + 1;
    if (present & (1 << a) || present & (1 << b)) continue;
    const prev = f.headings.filter((h) => h.section < a).pop();
    const next = f.headings.find((h) => h.section > b && (!prev || h.span.start > prev.span.start));
    const from = prev ? prev.span.end : 0;
    const to = next ? next.span.start : f.length;
    const first = misnumberedHeading(f, a as SectionId, from, to);
    const second = misnumberedHeading(f, b as SectionId, from, to);
    if (!first || !second) continue;
    // Each under the other's numeral, the second section's standing first.
    if (f.slice(first.numeral.start, first.numeral.end) !== NUMERALS[b - 1] || f.slice(second.numeral.start, second.numeral.end) !== NUMERALS[a - 1]) continue;
    if (second.numeral.start >= first.numeral.start) continue;
    const after = f.headings.find((h) => h.span.start > first.numeral.start);
    return { first: a as SectionId, second: b as SectionId, firstHeading: first, secondHeading: second, start: second.numeral.start, end: after ? after.span.start : f.length };
  }
  return undefined;
}

/** The two sections' text, each in its place and under its numeral (what the fix writes over [start, end)). */
export function swappedBack(f: DocFacts, s: Swapped): string {
  const eol = eolOf(f.text);
  let second = s.secondHeading.newText + f.slice(s.secondHeading.numeral.end, s.firstHeading.numeral.start);
  let first = s.firstHeading.newText + f.slice(s.firstHeading.numeral.end, s.end);
  // (The block that ends the document may lack its line break: the two change places, the break stays at the end.)
  if (!first.endsWith('\n')) {
    first += eol;
    if (second.endsWith(eol)) second = second.slice(0, -eol.length);
  }
  return first + second;
}
