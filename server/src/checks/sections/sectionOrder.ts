/**
 * section-order: sections out of order. The headings kept in place are the longest run already in
 * order; every other heading is reported, so one misplaced section gives one warning, not five.
 */
import { sectionDef } from '../../analysis/form/schema';
import type { Finding, Heading } from '../../analysis/types';
import { msg } from '../shared/cells';
import type { DocumentCheck } from '../types';

export const sectionOrder: DocumentCheck = {
  code: 'section-order',
  severity: 'warning',
  scope: 'document',
  description: { cn: '各部分顺序不对（应为一至六）', tw: '各部分順序不對（應為一至六）', en: 'Sections are out of order (must run I to VI)' },
  messages: {
    'section-order': { cn: '「{heading}」位置不对：各部分应按一至六的顺序排列', tw: '「{heading}」位置不對：各部分應按一至六的順序排列', en: '“{heading}” is out of place: sections must run in order I to VI' },
  },
  // Its findings share the headings' spans, which move with the text.
  inputs: (f) => [[f.format], f.headings],
  run(f) {
    if (f.format === 'pre-2019') return [];
    const seen = new Set<number>();
    const firsts: Heading[] = [];
    for (const h of f.headings) {
      if (seen.has(h.section)) continue;
      seen.add(h.section);
      firsts.push(h);
    }
    const keep = longestIncreasing(firsts.map((h) => h.section));
    return firsts
      .filter((_, i) => !keep.has(i))
      .map((h): Finding => ({ code: 'section-order', severity: 'warning', span: h.span, message: msg('section-order', { heading: sectionDef(h.section).name }) }));
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
