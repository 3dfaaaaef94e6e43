/** A code lens above each table: 「勾稽关系 ✓」, or 「3 处不平 · 全部修正」 running fix-all for that table. */
import type { CodeLens } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { tablesOf } from '../analysis/views/locate';
import type { Finding, Locale, ReportModel } from '../analysis/types';
import { render, registerMessages } from '../i18n/render';
import { COMMAND_FIX_ALL, COMMAND_NOTE, COMMAND_REVEAL } from './codeActions';
import { toRange } from './ranges';

registerMessages({
  'lens.balanced': { cn: '勾稽关系 ✓', tw: '勾稽關係 ✓', en: 'Balance ✓' },
  'lens.totalsOk': { cn: '合计 ✓', tw: '合計 ✓', en: 'Totals ✓' },
  'lens.ok': { cn: '表格完整 ✓', tw: '表格完整 ✓', en: 'Table complete ✓' },
  'lens.broken': { cn: '{count} 处不平（查看）', tw: '{count} 處不平（檢視）', en: '{count} sum(s) off (show)' },
  'lens.fixAll': { cn: '全部修正合计', tw: '全部修正合計', en: 'Fix all totals' },
  'lens.problems': { cn: '{count} 个问题 · 查看', tw: '{count} 個問題 · 檢視', en: '{count} problem(s) · show' },
  'lens.gluedFix': { cn: '恢复分隔符并修正合计', tw: '恢復分隔符號並修正合計', en: 'Restore separators and fix totals' },
  'lens.glued': { cn: '已推断 {count} 个数字 · 恢复分隔符', tw: '已推斷 {count} 個數字 · 恢復分隔符號', en: '{count} figure(s) inferred · restore separators' },
});

const ARITHMETIC = new Set(['row-total', 'column-total', 'balance', 'review-total']);

/**
 * `plainStatus`: a status lens (「勾稽关系 ✓」) runs no command — VS Code draws a lens whose command is 「」
 * as words only; any other client would say it runs an unknown command (Neovim: 「does not support command
 * ``」), so there it runs one that says its words.
 */
export function codeLenses(doc: TextDocument, model: ReportModel, findings: readonly Finding[], locale: Locale, plainStatus = true, off?: ReadonlySet<string>): CodeLens[] {
  // (With a sum's check turned off, its findings are not among these: a table is then given no verdict of its sums —
  // 「勾稽关系 ✓」 over a table that does not balance, found by a review.)
  const unjudged = !!off && [...ARITHMETIC].some((c) => off.has(c));
  const out: CodeLens[] = [];
  for (const t of tablesOf(model)) {
    // A table's state is its errors and warnings; notes (such as mixed script) do not make it unsound.
    const inTable = findings.filter((f) => f.span.start >= t.span.start && f.span.end <= t.span.end && (f.severity === 'error' || f.severity === 'warning'));
    const sums = inTable.filter((f) => ARITHMETIC.has(f.code));
    const start = doc.positionAt(t.span.start);
    const range = { start: { line: start.line, character: 0 }, end: { line: start.line, character: 0 } };
    // (Every problem of the table selected, as 「N 处不平（查看）」 selects every sum: it selected only the first — found by a review.)
    const reveal = (title: string) => ({ title, command: COMMAND_REVEAL, arguments: [{ uri: doc.uri, ranges: inTable.map((f) => toRange(doc, f.span)) }] });
    if (sums.length) {
      // Two actions: see the sums that are off, or fix them (totals set to the sum of their parts).
      out.push({ range, command: { title: render({ key: 'lens.broken', args: { count: sums.length } }, locale), command: COMMAND_REVEAL, arguments: [{ uri: doc.uri, ranges: sums.map((f) => toRange(doc, f.span)) }] } });
      if (sums.some((f) => f.fixes?.some((x) => x.safe))) out.push({ range, command: { title: render({ key: 'lens.fixAll' }, locale), command: COMMAND_FIX_ALL, arguments: [{ uri: doc.uri, version: doc.version, within: toRange(doc, t.span) }] } });
      // Figures read from glued digits: a total is set safely once the separators are back, which
      // fix-all does first (its next round sets the totals in the restored rows).
      else if (t.glue) out.push({ range, command: { title: render({ key: 'lens.gluedFix' }, locale), command: COMMAND_FIX_ALL, arguments: [{ uri: doc.uri, version: doc.version, within: toRange(doc, t.span), codes: ['table-glued', ...ARITHMETIC] }] } });
    } else if (inTable.length) {
      out.push({ range, command: reveal(render({ key: 'lens.problems', args: { count: inTable.length } }, locale)) });
    } else if (t.glue) {
      // Figures read from glued digits: not a verdict on the sums; offer to restore the separators.
      out.push({ range, command: { title: render({ key: 'lens.glued', args: { count: t.glue.inferred } }, locale), command: COMMAND_FIX_ALL, arguments: [{ uri: doc.uri, version: doc.version, within: toRange(doc, t.span), codes: ['table-glued'] }] } });
    } else if (!unjudged) {
      const key = t.kind === 'applications' ? 'lens.balanced' : t.kind === 'review' ? 'lens.totalsOk' : 'lens.ok';
      const title = render({ key }, locale);
      out.push({ range, command: plainStatus ? { title, command: '' } : { title, command: COMMAND_NOTE, arguments: [{ note: title }] } });
    }
  }
  return out;
}
