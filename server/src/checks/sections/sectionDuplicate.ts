/** section-duplicate: a section heading occurs twice (seed 000 repeats its whole body: a scraper's double page). */
import { governmentForm } from '../../analysis/model/format';
import { sectionDef } from '../../analysis/form/schema';
import type { Finding, Heading } from '../../analysis/types';
import { msg } from '../shared/cells';
import type { DocFacts, DocumentCheck } from '../types';
import { LineIndex } from '../../corpus/positions';
import { MOST_COPIES, repeatedCopy } from '../shared/repeatedCopy';

export const sectionDuplicate: DocumentCheck = {
  code: 'section-duplicate',
  severity: 'warning',
  scope: 'document',
  description: { cn: '同一部分的标题出现了两次', tw: '同一部分的標題出現了兩次', en: 'A section heading occurs twice' },
  messages: {
    'section-duplicate': { cn: '「{section}」重复出现（第 {nth} 次）', tw: '「{section}」重複出現（第 {nth} 次）', en: 'Section “{section}” occurs again (occurrence {nth})' },
    first: { cn: '第一次出现在这里', tw: '第一次出現在這裡', en: 'First occurrence' },
    'fix.deleteCopy': {
      cn: '删除重复的内容（第 {from}–{to} 行，与第 {firstFrom}–{firstTo} 行逐字相同）',
      tw: '刪除重複的內容（第 {from}–{to} 行，與第 {firstFrom}–{firstTo} 行逐字相同）',
      en: 'Delete the repeated text (lines {from}–{to}, the same as lines {firstFrom}–{firstTo} character for character)',
    },
  },
  // Its findings share the headings' spans, which move with the text — but a copy's fix depends on the text between
  // them (and its title on the lines before), so a document that may be offered one — a heading repeated, no more than
  // a doubled page's copies — is checked again at every version (a few headings). (Known by its first heading, which
  // an edit elsewhere keeps: the list is made again when any heading moves. Known by the list, a fix kept its old
  // place and lines, and a copy an edit made whole was never offered: found by a random hunt of edits.)
  inputs: (f) => (f.headings.length && MAY_OFFER.has(f.headings[0]) ? [[{}]] : [[f.format], f.headings]),
  run(f) {
    // (Before the 2019 form a report's parts were its own, and their numerals name none of the form's six: 「三、…」
    // twice is no section said again — a review saw a 2016 report told its 「收到和处理政府信息公开申请情况」 repeats.)
    if (f.headings.length) MAY_OFFER.delete(f.headings[0]);
    if (!governmentForm(f.format) || f.tablesOnly) return [];
    const first = new Map<number, Heading>();
    const count = new Map<number, number>();
    const out: Finding[] = [];
    const offer = fixable(f);
    const lastAt = new Map<number, number>();
    let repeatSeen = false;
    for (let i = 0; i < f.headings.length; i++) {
      const h = f.headings[i];
      const n = (count.get(h.section) ?? 0) + 1;
      count.set(h.section, n);
      const f0 = first.get(h.section);
      const prev = lastAt.get(h.section);
      lastAt.set(h.section, i);
      if (!f0) {
        first.set(h.section, h);
        continue;
      }
      // A copy of the text before it, starting at the first heading written again (the page's second copy opens there;
      // a second report shares later sections' words, not its first): a fix deleting it.
      const copy = offer && prev !== undefined && !repeatSeen ? repeatedCopy(f.text, f.headings, prev, i) : undefined;
      if (offer && !repeatSeen) MAY_OFFER.add(f.headings[0]);
      repeatSeen = true;
      if (copy) {
        const lines = new LineIndex(f.text);
        const line = (offset: number) => lines.positionAt(offset).line + 1;
        const args = { from: line(copy.copy.start), to: line(copy.copy.end - 1), firstFrom: line(copy.original.start), firstTo: line(copy.original.end - 1) };
        out.push({
          code: 'section-duplicate',
          severity: 'warning',
          span: h.span,
          message: msg('section-duplicate', { section: sectionDef(h.section).name, nth: n }),
          related: [{ span: f0.span, message: msg('first') }],
          fixes: [{ title: msg('fix.deleteCopy', args), edits: [{ span: copy.copy, newText: '' }] }],
        });
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

/** Whether a copy may be offered for deletion: a doubled page, not a file of reports (nor one naming another report). */
function fixable(f: DocFacts): boolean {
  if (f.otherReport) return false;
  const n = new Map<number, number>();
  for (const h of f.headings) {
    const k = (n.get(h.section) ?? 0) + 1;
    if (k > MOST_COPIES) return false;
    n.set(h.section, k);
  }
  return true;
}

/**
 * The first headings of the documents that may be offered a copy's deletion, as their last run found: checked again at
 * every version. (One heading, not each: a look at a thousand headings an edit cost 26 µs on a document of many reports.)
 */
const MAY_OFFER = new WeakSet<Heading>();

/** Each repeated heading's last finding (its spans are the headings', which move with the text). */
const MADE = new WeakMap<Heading, { nth: number; first: Heading; finding: Finding }>();
