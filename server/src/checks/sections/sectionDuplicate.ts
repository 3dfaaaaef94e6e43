/** section-duplicate: a section heading occurs twice (seed 000 repeats its whole body: a scraper's double page). */
import { governmentForm } from '../../analysis/model/format';
import { sectionDef } from '../../analysis/form/schema';
import type { Finding, Heading } from '../../analysis/types';
import { msg } from '../shared/cells';
import type { DocumentCheck } from '../types';

export const sectionDuplicate: DocumentCheck = {
  code: 'section-duplicate',
  severity: 'warning',
  scope: 'document',
  description: { cn: '同一部分的标题出现了两次', tw: '同一部分的標題出現了兩次', en: 'A section heading occurs twice' },
  messages: {
    'section-duplicate': { cn: '「{section}」重复出现（第 {nth} 次）', tw: '「{section}」重複出現（第 {nth} 次）', en: 'Section “{section}” occurs again (occurrence {nth})' },
    first: { cn: '第一次出现在这里', tw: '第一次出現在這裡', en: 'First occurrence' },
  },
  // Its findings share the headings' spans, which move with the text.
  inputs: (f) => [[f.format], f.headings],
  run(f) {
    // (Before the 2019 form a report's parts were its own, and their numerals name none of the form's six: 「三、…」
    // twice is no section said again — a review saw a 2016 report told its 「收到和处理政府信息公开申请情况」 repeats.)
    if (!governmentForm(f.format) || f.tablesOnly) return [];
    const first = new Map<number, Heading>();
    const count = new Map<number, number>();
    const out: Finding[] = [];
    for (const h of f.headings) {
      const n = (count.get(h.section) ?? 0) + 1;
      count.set(h.section, n);
      const f0 = first.get(h.section);
      if (!f0) {
        first.set(h.section, h);
        continue;
      }
      // A heading kept by an edit keeps its finding while it is still the nth after the same first
      // one: an edit re-reads one section, not the findings of every repeated heading in the text.
      const last = MADE.get(h);
      if (last && last.nth === n && last.first === f0) {
        out.push(last.finding);
        continue;
      }
      const finding: Finding = {
        code: 'section-duplicate',
        severity: 'warning',
        span: h.span,
        message: msg('section-duplicate', { section: sectionDef(h.section).name, nth: n }),
        related: [{ span: f0.span, message: msg('first') }],
      };
      MADE.set(h, { nth: n, first: f0, finding });
      out.push(finding);
    }
    return out;
  },
};

/** Each repeated heading's last finding (its spans are the headings', which move with the text). */
const MADE = new WeakMap<Heading, { nth: number; first: Heading; finding: Finding }>();
