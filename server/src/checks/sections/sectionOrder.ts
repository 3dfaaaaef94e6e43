/**
 * section-order: sections out of order. The headings kept in place are the longest run already in
 * order; every other heading is reported, so one misplaced section gives one warning, not five.
 */
import { governmentForm } from '../../analysis/model/format';
import { sectionDef } from '../../analysis/form/schema';
import type { Finding, Heading } from '../../analysis/types';
import { msg } from '../shared/cells';
import type { DocumentCheck } from '../types';
import { mayBeSwapped, swappedBack, swappedSections } from './swapped';

export const sectionOrder: DocumentCheck = {
  code: 'section-order',
  severity: 'warning',
  scope: 'document',
  description: { cn: '各部分顺序不对（应为一至六）', tw: '各部分順序不對（應為一至六）', en: 'Sections are out of order (must run I to VI)' },
  messages: {
    'section-order': { cn: '「{heading}」位置不对：各部分应按一至六的顺序排列', tw: '「{heading}」位置不對：各部分應按一至六的順序排列', en: '“{heading}” is out of place: sections must run in order I to VI' },
    'section-order.swapped': {
      cn: '「{one}」与「{other}」两部分次序颠倒（编号也随之颠倒）：应为「{first}」在前、「{second}」在后',
      tw: '「{one}」與「{other}」兩部分次序顛倒（編號也隨之顛倒）：應為「{first}」在前、「{second}」在後',
      en: '“{one}” and “{other}” are in each other’s place (numbered where they stand): “{first}” comes first, then “{second}”',
    },
    'fix.swapSections': { cn: '调换这两部分并改正编号', tw: '調換這兩部分並改正編號', en: 'Swap the two sections and correct their numbers' },
  },
  // Its findings share the headings' spans, which move with the text. (The text too, where sections are missing:
  // two sections in each other's place read as missing, and are found in it — the facts, made anew at every version,
  // stand for it: the text itself, joined for it at every edit of a megabyte of glued pages, was half of such an edit.)
  inputs: (f) => [[f.format, mayBeSwapped(f) ? f : undefined], f.headings],
  run(f) {
    if (!governmentForm(f.format) || f.tablesOnly) return [];
    const swapped = mayBeSwapped(f) ? swappedSections(f) : undefined;
    const out: Finding[] = [];
    if (swapped) {
      const one = f.slice(swapped.secondHeading.numeral.start, swapped.secondHeading.numeral.start + swapped.secondHeading.text.length);
      const other = f.slice(swapped.firstHeading.numeral.start, swapped.firstHeading.numeral.start + swapped.firstHeading.text.length);
      out.push({
        code: 'section-order',
        severity: 'warning',
        span: { start: swapped.secondHeading.numeral.start, end: swapped.secondHeading.numeral.start + swapped.secondHeading.text.length },
        message: msg('section-order.swapped', { one, other, first: sectionDef(swapped.first).name, second: sectionDef(swapped.second).name }),
        fixes: [{ title: msg('fix.swapSections'), edits: [{ span: { start: swapped.start, end: swapped.end }, newText: swappedBack(f, swapped) }], preferred: true }],
      });
    }
    const seen = new Set<number>();
    const firsts: Heading[] = [];
    for (const h of f.headings) {
      if (seen.has(h.section)) continue;
      seen.add(h.section);
      firsts.push(h);
    }
    const keep = longestIncreasing(firsts.map((h) => h.section));
    for (let i = 0; i < firsts.length; i++) {
      const h = firsts[i];
      if (!keep.has(i)) out.push({ code: 'section-order', severity: 'warning', span: h.span, message: msg('section-order', { heading: sectionDef(h.section).name }) });
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  },
};


/** Indices of one longest strictly increasing subsequence. */
function longestIncreasing(xs: number[]): Set<number> {
  const len = xs.map(() => 1);
  const prev = xs.map(() => -1);
  for (let i = 0; i < xs.length; i++) {
    for (let j = 0; j < i; j++) {
      if (xs[j] < xs[i] && len[j] + 1 > len[i]) {
        len[i] = len[j] + 1;
        prev[i] = j;
      }
    }
  }
  let best = -1;
  for (let i = 0; i < xs.length; i++) if (best < 0 || len[i] > len[best]) best = i;
  const keep = new Set<number>();
  for (let i = best; i >= 0; i = prev[i]) keep.add(i);
  return keep;
}
