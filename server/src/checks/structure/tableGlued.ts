/**
 * table-glued: a table whose cell boundaries a web page's text extraction threw away, so that its
 * figures run together (「一、本年新收…142000016二、上年结转…」). The reader split them where it
 * could (the hover on each figure says how); this note says so, and its fix writes the table back
 * with its separators — one row per line, the same labels and figures — so that nothing is left
 * to inference. Rows whose figures could not be determined are kept exactly as written.
 */
import { TABLE_NAMES } from '../../analysis/form/schema';
import { rewriteTableEdit } from '../../analysis/write/rewriteTable';
import { lineage } from '../../analysis/shift';
import type { Finding, Span, Table, TextEdit } from '../../analysis/types';
import { lazyFix } from '../lazyFix';
import { msg } from '../shared/cells';
import type { SegmentCheck } from '../types';
import { eolOf, type Eol } from '../../analysis/write/eol';

/** Where a table is named: its header, or its first row's label. */
export function tableHead(t: Table): Span {
  switch (t.kind) {
    case 'applications':
      return { ...(t.header ?? t.rows[0].label) };
    case 'active':
      return { ...t.blocks[0].header };
    default:
      return { ...t.header };
  }
}

/**
 * The table written back, kept with the table's lineage (by the document's line end, which it writes): a
 * table an edit did not reach is the same object when its segment is read again, and one it moved past
 * a copy of the one read before (`movedCopy`), whose rewrite is that one's moved — typing beside a
 * glued table does not write it out again.
 */
const rewrites = new WeakMap<object, { eol: Eol; at: number; edit: TextEdit | undefined }>();
function rewritten(text: string, t: Table, eol: Eol): TextEdit | undefined {
  const l = lineage(t);
  const kept = rewrites.get(l.root);
  if (kept && kept.eol === eol) return copy(kept.edit, l.at - kept.at);
  const edit = rewriteTableEdit(text, t, 'pipe', { eol });
  rewrites.set(l.root, { eol, at: l.at, edit: copy(edit, 0) });
  return edit;
}
/** The fix's edits: the table written back, or none when it is written as the rewrite would write it. */
function restoreEdits(text: string, t: Table, eol: Eol): TextEdit[] {
  const edit = rewritten(text, t, eol);
  if (!edit) return [];
  // The next section's heading may follow the table on the same line (it opens the next segment).
  if (edit.span.end === text.length && !/[\r\n]$/.test(edit.newText)) edit.newText += eol;
  return [edit];
}
/** A copy of an edit, moved (the finding's fix owns its edit). */
const copy = (e: TextEdit | undefined, d: number): TextEdit | undefined => e && { span: { start: e.span.start + d, end: e.span.end + d }, newText: e.newText };

export const tableGlued: SegmentCheck = {
  code: 'table-glued',
  severity: 'information',
  scope: 'segment',
  description: {
    cn: '表格的单元格分隔已丢失（数字连在一起），其中的数字是推断出来的',
    tw: '表格的儲存格分隔已遺失（數字連在一起），其中的數字是推斷出來的',
    en: 'A table lost its cell boundaries (its figures run together); its figures were inferred',
  },
  messages: {
    'table-glued': {
      cn: '{table}的单元格分隔已丢失（数字连在一起），其中 {inferred} 个数字是推断的',
      tw: '{table}的儲存格分隔已遺失（數字連在一起），其中 {inferred} 個數字是推斷的',
      en: '{table} lost its cell boundaries (its figures run together); {inferred} figures were inferred',
    },
    'table-glued.unknown': {
      cn: '{table}的单元格分隔已丢失（数字连在一起），其中 {inferred} 个数字是推断的，{unknown} 个无法确定',
      tw: '{table}的儲存格分隔已遺失（數字連在一起），其中 {inferred} 個數字是推斷的，{unknown} 個無法確定',
      en: '{table} lost its cell boundaries (its figures run together); {inferred} figures were inferred, {unknown} could not be determined',
    },
    'table-glued.unknownOnly': {
      cn: '{table}有连在一起、无法确定的数字（{unknown} 个）',
      tw: '{table}有連在一起、無法確定的數字（{unknown} 個）',
      en: '{table} has glued figures that could not be determined ({unknown})',
    },
    'fix.restoreSeparators': {
      cn: '恢复表格分隔符（每行一行，用竖线分隔）',
      tw: '恢復表格分隔符號（每列一行，以豎線分隔）',
      en: "Restore the table's separators (one row per line, cells split by |)",
    },
  },
  run(seg, text, ctx) {
    // (The document's line end: the segment of a glued page holds none.)
    const eol = ctx.eol ?? eolOf(text);
    const out: Finding[] = [];
    for (const t of seg.tables) {
      if (!t.glue) continue;
      const unknown = t.glue.unknown;
      const finding: Finding = {
        code: 'table-glued',
        severity: 'information',
        span: tableHead(t),
        message: msg(!t.glue.inferred ? 'table-glued.unknownOnly' : unknown ? 'table-glued.unknown' : 'table-glued', { table: TABLE_NAMES[t.kind], inferred: t.glue.inferred, unknown }),
      };
      // The table written back when the fix is first read (lazyFix.ts): most readings never apply it.
      finding.fixes = [lazyFix({ title: msg('fix.restoreSeparators'), preferred: true, safe: true }, () => restoreEdits(text, t, eol))];
      out.push(finding);
    }
    return out;
  },
};
