/**
 * numbering: a list whose numbers repeat or skip — （一）（二）（二）, 一是…二是…二是 (seed 004), or （1）（2）（4). A
 * list may start again at 一 (a new list); each kind of numbering is followed within its section.
 */
import type { Finding, SectionId, Text3 } from '../../analysis/types';
import { foldChars } from '../../analysis/reader/text/normalize';
import { lineStartAt } from '../../analysis/reader/text/lines';
import { headingAfterShi } from '../sections/misnumbered';
import { msg } from '../shared/cells';
import type { SegmentCheck } from '../types';

const NUMERALS = '一二三四五六七八九十';
/** The words of table 三's groups and numbered rows after their 「（N）」 (folded: simplified, no line breaks). */
const GROUP_WORDS = ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理', '总计'];
/**
 * Where a group's words after its numbering at `from` end (wrapped over lines: 「无法提」 / 「供」), when they are
 * one of table 三's and nothing more follows them on their line; 0 otherwise.
 */
function groupWords(text: string, from: number): number {
  const f = foldChars(text.slice(from, from + 24));
  const w = GROUP_WORDS.find((g) => f.folded.startsWith(g));
  if (!w) return 0;
  const end = from + (f.back[w.length - 1] as number) + 1;
  const line = text.indexOf('\n', end);
  return /^[\s\u3000]*$/.test(text.slice(end, line < 0 ? text.length : line)) ? end : 0;
}
/** A note's line up to a point in it: 「注：」「说明：」「备注：」 opening it. */
const NOTE_LINE = /^[\s\u3000|]*[（(]?(?:注|註|说明|說明|备注|備註)\d?[）)]?[：:]/;
/** The number `n` in the brackets and digits of `mark` (「（3）」「(3)」「（３）」). */
function arabicLike(mark: string, n: number): string {
  const wide = /[０-９]/.test(mark);
  const digits = wide ? String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : String(n);
  return mark[0] + digits + mark[mark.length - 1];
}
/** The numbers a list skipped, as the message quotes them: 「二是」「三是」, or past three 「（二）」至「（八）」. */
function skippedMarks(marks: string[]): Text3 {
  if (marks.length <= 3) return { cn: marks.join('」「'), tw: marks.join('」「'), en: marks.join('”, “') };
  const [a, b] = [marks[0], marks[marks.length - 1]];
  return { cn: `${a}」至「${b}`, tw: `${a}」至「${b}`, en: `${a}” to “${b}` };
}
/** A bracketed figure in text[from, to) (「（1）」「(１)」): the number of the last one, if any. */
function lastGlued(text: string, from: number, to: number): number | undefined {
  let last: number | undefined;
  for (const g of text.slice(from, to).matchAll(/[（(]([0-9０-９]{1,2})[）)]/g)) last = Number(g[1].normalize('NFKC'));
  return last;
}
/**
 * Whether text[start, end) stands in a cell of a table row, bars before and after it on its line: a list's items written
 * in a table (a university's 「| 3 | 招生考试信息 | （7）招生章程… |」, the 教育部's list quoting its items' own numbers) skip
 * on purpose — a review saw 「（3）至（6）」 said missing.
 */
function inCell(text: string, start: number, end: number): boolean {
  let bar = false;
  // (A cell's width at most each way: on a one-line page every marker's line is the whole page.)
  for (let i = start - 1; i >= Math.max(0, start - CELL_REACH) && !bar; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return false;
    bar = c === 0x7c || c === 0xff5c;
  }
  if (!bar) return false;
  for (let i = end; i < Math.min(text.length, end + CELL_REACH); i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return false;
    if (c === 0x7c || c === 0xff5c) return true;
  }
  return false;
}
const CELL_REACH = 300;
const numeral = (n: number) => (n <= 10 ? NUMERALS[n - 1] : n < 20 ? '十' + NUMERALS[n - 11] : String(n));

export const numbering: SegmentCheck = {
  code: 'numbering',
  severity: 'warning',
  scope: 'segment',
  description: { cn: '序号重复或跳号（（一）（二）（二），一是、二是、二是，（1）（2）（4））', tw: '序號重複或跳號（（一）（二）（二），一是、二是、二是，（1）（2）（4））', en: 'List numbers repeat or skip (（一）（二）（二）, 一是 二是 二是, (1)(2)(4))' },
  messages: {
    'numbering.repeat': { cn: '序号重复：「{mark}」前面已经用过，应为「{expected}」', tw: '序號重複：「{mark}」前面已經用過，應為「{expected}」', en: 'Numbering repeats: “{mark}” was used earlier; expected “{expected}”' },
    'numbering.skip': { cn: '序号跳号：「{mark}」之前缺少「{expected}」', tw: '序號跳號：「{mark}」之前缺少「{expected}」', en: 'Numbering skips: “{expected}” is missing before “{mark}”' },
    'numbering.skipMany': { cn: '序号跳号：「{mark}」之前缺少「{expected}」', tw: '序號跳號：「{mark}」之前缺少「{expected}」', en: 'Numbering skips: “{expected}” are missing before “{mark}”' },
  },
  run(seg, text) {
    const out: Finding[] = [];
    // 「三是收到和处理政府信息公开申请情况」 is a section's heading under a list's numeral (section-missing says so),
    // no item; 「四是依法做好行政复议应诉工作，…」 is an item.
    // (Only where it breaks the list: 「二是主动公开情况」 after 「一是…」 is the list's next item, whatever its words.)
    const heading = (m: { kind: string; value: number; span: { start: number; end: number } }) =>
      m.kind === 'shi' && m.value >= 1 && m.value <= 6 && headingAfterShi(text, m.span.start, m.span.end, m.value as SectionId);
    // Table 三's group labels a PDF's text put after the table's rows (its merged cells 「（四）无法提」 / 「供」
    // come last: a review saw 「（一）」 said missing before 「（六）」) are the table's, not a list's.
    // Only inside the table, or one after another right after its last row, nothing else between: a list of
    // the section's own after the table (「（一）予以公开情况。…」) is a list (found by the review of this change).
    const app = seg.tables.find((t) => t.kind === 'applications');
    const tableGroups = new Set<object>();
    if (app) {
      let after = app.span.end;
      for (const m of seg.prose.markers) {
        if (m.kind !== 'paren' || m.span.start < app.span.start) continue;
        const words = groupWords(text, m.span.end);
        if (!words) continue;
        if (m.span.start < app.span.end || /^[\s\u3000]*$/.test(text.slice(after, m.span.start))) {
          tableGroups.add(m);
          after = Math.max(after, words);
        }
      }
    }
    // 「（七）总计」 is table 三's row wherever it stands — a note 「注：（七）总计中含…」 names it —, never a list's seventh item.
    for (const m of seg.prose.markers) if (m.kind === 'paren' && m.value === 7 && /^[总總][计計]/.test(text.slice(m.span.end, m.span.end + 2))) tableGroups.add(m);
    // So is a group a note under the table names (「注：（六）3.其他2件为申请人撤回申请。」): a row's reference, no list's item
    // (found by a hunt: 「（六）之前缺少（一）至（五）」).
    if (app) for (const m of seg.prose.markers) if (m.kind === 'paren' && m.span.start >= app.span.start && NOTE_LINE.test(text.slice(lineStartAt(text, m.span.start), m.span.start))) tableGroups.add(m);
    // (Made once, not once a kind; and the cells looked for only in a text that has bars.)
    const bars = text.includes('|') || text.includes('｜');
    const list = tableGroups.size || bars ? seg.prose.markers.filter((m) => !tableGroups.has(m) && !(bars && inCell(text, m.span.start, m.span.end))) : seg.prose.markers;
    for (const kind of ['paren', 'shi', 'arabic'] as const) {
      let prev = 0;
      /** Where the last item of this kind ends. */
      let lastEnd = 0;
      for (let i = 0; i < list.length; i++) {
        const m = list[i];
        if (m.kind === kind && m.value !== 1 && m.value !== prev + 1 && heading(m)) continue;
        // A new sub-section （二） starts its 一是、二是 afresh. (A list of （1）（2） is followed across them: one written on
        // from （一） into （二） — （3）（4） there — is no slip, and one started afresh opens with （1）.)
        if (m.kind !== kind) {
          if (kind === 'shi' && m.kind === 'paren') prev = 0;
          continue;
        }
        if (m.value === 1 || m.value === prev + 1 || m.value === 0) {
          prev = m.value;
          lastEnd = m.span.end;
          continue;
        }
        // (A list started afresh at an item glued to its heading — 「2.用好新平台（1）充分发挥…（2）加强…」 on a page that
        // lost its lines, no item found at that 「（1）」 — goes on from it: its 「（2）」 was said a repeat, found by a review.)
        if (kind === 'arabic') {
          const glued = lastGlued(text, lastEnd, m.span.start);
          if (glued !== undefined && m.value === glued + 1) {
            prev = m.value;
            lastEnd = m.span.end;
            continue;
          }
        }
        lastEnd = m.span.end;
        // (A list in Arabic figures is said only where it slips forward or repeats its last number: one whose first item
        // opens no clause — glued to a heading, 「1.加强培训（1）…」 on a page that lost its lines — is met from its second,
        // and a list started afresh so goes back; found by the review of the first version.)
        if (kind === 'arabic' && (prev === 0 || m.value < prev)) {
          prev = m.value;
          continue;
        }
        const mark = kind === 'paren' ? `（${numeral(m.value)}）` : kind === 'shi' ? `${numeral(m.value)}是` : text.slice(m.span.start, m.span.end);
        const markOf = (n: number) => (kind === 'paren' ? `（${numeral(n)}）` : kind === 'shi' ? `${numeral(n)}是` : arabicLike(mark, n));
        // (Every number skipped, not the first alone: 「一是…四是」 lacks 「二是」「三是」 — a review; past three, the first and last.)
        const skipped = m.value - prev - 1;
        const message =
          m.value <= prev || skipped === 1
            ? msg(m.value <= prev ? 'numbering.repeat' : 'numbering.skip', { mark, expected: markOf(prev + 1) })
            : msg('numbering.skipMany', { mark, expected: skippedMarks(Array.from({ length: skipped }, (_, k) => markOf(prev + 1 + k))) });
        out.push({ code: 'numbering', severity: 'warning', span: { ...m.span }, message });
        // One slip is one warning: when the list goes on as if it had not happened (一是 五是 二是),
        // keep counting from before it; otherwise count on from the number written.
        // (Looked for from here, not in a copy of the rest: a list of 50,000 slips made that quadratic.)
        let n = i + 1;
        while (n < list.length && list[n].kind !== kind) n++;
        const next = list[n];
        // (And when it goes on as if the slip had been the number expected — （一）（二）（二）（四）: one typo, where a
        // second warning said （三） was missing before （四）, found by a review.)
        if (next && next.value === prev + 2) prev = prev + 1;
        else if (!next || next.value !== prev + 1) prev = m.value;
      }
    }
    return out;
  },
};
