/**
 * table-duplicate: a statistics table pasted twice in its section (found by a review: a table 三 under one heading twice,
 * the copies different — the export took the first, the second's sums were said not to add up, and nothing said there
 * were two). Said at the second copy, with the rows in which the copies differ. Only a copy right after the table before
 * it, no line of words between (a sub-heading 「（二）区就业促进中心」「（二）2022年度」 names another table); not a scope's
 * table (「（二）市局本级情况」: tableScope.ts), nor a copy in a section written again (section-duplicate says that).
 */
import { governmentForm } from '../../analysis/model/format';
import { activeBlocks, appRowDef, REVIEW_GROUPS, TABLE_NAMES } from '../../analysis/form/schema';
import type { Finding, Table, Text3 } from '../../analysis/types';
import { msg } from '../shared/cells';
import type { DocFacts, DocumentCheck } from '../types';
import { LineIndex } from '../../corpus/positions';
import { lineStartOf, repeatedRightAfter } from '../shared/repeatedCopy';

/** The most rows named in one message. */
const NAMED = 3;
/** The most copies of a kind said. */
const SAID = 20;

export const tableDuplicate: DocumentCheck = {
  code: 'table-duplicate',
  severity: 'warning',
  scope: 'document',
  description: { cn: '同一张统计表在同一部分出现了两次', tw: '同一張統計表在同一部分出現了兩次', en: 'A statistics table occurs twice in its section' },
  messages: {
    same: { cn: '{table}又出现了一次（第 {nth} 张），与第一张相同：请删去重复的一张', tw: '{table}又出現了一次（第 {nth} 張），與第一張相同：請刪去重複的一張', en: '{table} occurs again (copy {nth}), the same as the first: delete the repeated one' },
    differ: {
      cn: '{table}又出现了一次（第 {nth} 张），与第一张不同（{rows}）：导出和与上年的比较只用第一张，请核对后删去错误的一张',
      tw: '{table}又出現了一次（第 {nth} 張），與第一張不同（{rows}）：匯出和與上年的比較只用第一張，請核對後刪去錯誤的一張',
      en: '{table} occurs again (copy {nth}), different from the first ({rows}): exports and the comparison with last year use the first; check them and delete the wrong one',
    },
    first: { cn: '第一张在这里', tw: '第一張在這裡', en: 'The first copy' },
    'fix.deleteTableCopy': {
      cn: '删除重复的一张（第 {from}–{to} 行，与第 {firstFrom}–{firstTo} 行逐字相同）',
      tw: '刪除重複的一張（第 {from}–{to} 行，與第 {firstFrom}–{firstTo} 行逐字相同）',
      en: 'Delete the repeated copy (lines {from}–{to}, the same as lines {firstFrom}–{firstTo} character for character)',
    },
  },
  // (Made again each version — its spans are its own, not the tables', which an edit moves —, and cheap: a report has a
  // table of a kind; a text of ten thousand copies is said of its first SAID.)
  stable: true,
  run(f) {
    if (!governmentForm(f.format) || f.tablesOnly || f.tables.length < 2) return [];
    // (One pass over the tables, not a list of each kind made at every version: on a document of many reports an edit
    // filtered its five hundred tables three times. A kind's first whole table, then its copies up to SAID.)
    const firsts: Partial<Record<'active' | 'applications' | 'review', DocFacts['tables'][number]>> = {};
    const copiesSeen = { active: 0, applications: 0, review: 0 };
    const said: Partial<Record<'active' | 'applications' | 'review', Finding[]>> = {};
    // (An index, not for-of: this runs once an edit, too seldom to be optimised, and an unoptimised for-of makes an object a step.)
    const tables = f.tables;
    // (The text's line starts found once, for the copies' fixes: each copy found them again, twenty times over the
    // 500,000 characters a document of ten thousand pasted tables is read to — 90 ms of its first diagnostics.)
    let lineIndex: LineIndex | undefined;
    for (let i = 0; i < tables.length; i++) {
      const copy = tables[i];
      const kind = copy.kind;
      if (kind === 'statistics' || copiesSeen[kind] >= SAID) continue;
      // (Whole tables only: a line read as a table of a row or two — 「予以公开,12,3」 before table 三 — is no copy of it, nor
      // the table its copy; found by the review of the first version.)
      if (copy.scoped || !whole(copy.table)) continue;
      const first = firsts[kind];
      if (!first) {
        firsts[kind] = copy;
        continue;
      }
      const n = ++copiesSeen[kind];
      // (Words between it and the table before it — a sub-heading naming another body's table or another year's, a
      // paragraph —: no copy pasted right after; found by the review of the first version.)
      if (copy.apart || sectionAgainBetween(f, first.span.start, copy.span.start)) continue;
      const differ = differingRows(first.table, copy.table);
      const message = differ.length ? msg('differ', { table: TABLE_NAMES[kind], nth: n + 1, rows: named(differ) }) : msg('same', { table: TABLE_NAMES[kind], nth: n + 1 });
      const finding: Finding = { code: 'table-duplicate', severity: 'warning', span: { start: copy.span.start, end: copy.span.start + 1 }, message, related: [{ span: { start: first.span.start, end: first.span.start + 1 }, message: msg('first') }] };
      // (Deleted only where the copy is the first one's text again right after it, character for character, from
      // the first's line on: a copy the same in its figures but written otherwise is the writer's to choose.)
      const again = differ.length ? undefined : repeatedRightAfter(f.text, lineStartOf(f.text, first.span.start), lineStartOf(f.text, copy.span.start));
      if (again) {
        const lines = (lineIndex ??= new LineIndex(f.text));
        const line = (offset: number) => lines.positionAt(offset).line + 1;
        const args = { firstFrom: line(again.original.start), firstTo: line(again.original.end - 1), from: line(again.copy.start), to: line(again.copy.end - 1) };
        finding.fixes = [{ title: msg('fix.deleteTableCopy', args), edits: [{ span: again.copy, newText: '' }] }];
      }
      (said[kind] ??= []).push(finding);
    }
    // (Said in the order of the kinds, as before: table 二's copies, then 三's, then 四's.)
    return [...(said.active ?? []), ...(said.applications ?? []), ...(said.review ?? [])];
  },
};

/** Whether a table was read whole enough to be a copy of another: half of table 三's rows, two of table 二's blocks, ten of table 四's figures. */
function whole(t: Table): boolean {
  if (t.kind === 'applications') return t.rows.length >= 12;
  if (t.kind === 'active') return t.blocks.length >= 2;
  if (t.kind === 'review') return t.found >= 10;
  return false;
}

/** Whether a section's heading stands between two places (the section written again: section-duplicate's). */
function sectionAgainBetween(f: DocFacts, a: number, b: number): boolean {
  // (The headings are in document order: the first after a, found by halving — a document of many reports has a thousand.)
  const hs = f.headings;
  let lo = 0;
  let hi = hs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hs[mid].span.start > a) hi = mid;
    else lo = mid + 1;
  }
  return lo < hs.length && hs[lo].span.start < b;
}

/** The rows whose figures differ between two tables of a kind, by the form's names (a row one has and the other not too). */
function differingRows(a: Table, b: Table): Text3[] {
  const fa = figures(a);
  const fb = figures(b);
  const out: Text3[] = [];
  for (const [key, v] of fa) if (fb.get(key)?.values !== v.values) out.push(v.name);
  for (const [key, v] of fb) if (!fa.has(key)) out.push(v.name);
  return out;
}

/** A table's figures by row: its name, and its cells' readings as one string. */
function figures(t: Table): Map<string, { name: Text3; values: string }> {
  const out = new Map<string, { name: Text3; values: string }>();
  const values = (cells: readonly { kind: string; value?: number }[]) => cells.map((c) => (c.kind === 'number' ? String(c.value) : c.kind)).join(',');
  if (t.kind === 'applications') {
    for (const r of t.rows) {
      const name = appRowDef(r.id)?.short;
      if (name) out.set(r.id, { name, values: values(r.cells) });
    }
  } else if (t.kind === 'active') {
    const defs = activeBlocks(t.variant);
    for (const b of t.blocks) {
      for (const r of b.rows) {
        const name = defs.find((d) => d.id === b.id)?.rows.find((d) => d.id === r.id)?.short;
        if (name) out.set(`${b.id}.${r.id}`, { name, values: values(r.cells) });
      }
    }
  } else if (t.kind === 'review') {
    const groups = REVIEW_GROUPS.length;
    const width = t.cells.length / groups;
    REVIEW_GROUPS.forEach((g, k) => out.set(g.id, { name: g.short, values: values(t.cells.slice(k * width, (k + 1) * width)) }));
  }
  return out;
}

/** Up to NAMED rows' names, and how many more. */
function named(rows: Text3[]): Text3 {
  const shown = rows.slice(0, NAMED);
  const join = (k: 'cn' | 'tw' | 'en') => shown.map((r) => r[k]).join(k === 'en' ? ', ' : '、');
  const more = rows.length - shown.length;
  if (!more) return { cn: join('cn'), tw: join('tw'), en: join('en') };
  return { cn: `${join('cn')}等 ${rows.length} 行`, tw: `${join('tw')}等 ${rows.length} 列`, en: `${join('en')} and ${more} more` };
}
