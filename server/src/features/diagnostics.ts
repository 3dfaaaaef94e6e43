/** Findings as LSP diagnostics: positions from the TextDocument, messages in the user's language. */
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Locale, Severity } from '../analysis/types';
import { registerMessages, render } from '../i18n/render';
import { codeDocUri } from './codeDocs';

export const SOURCE = 'disclosure-report';

const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, information: 3, hint: 4 };

/** Per-code severity overrides; 'off' drops the code. */
export type SeverityOverrides = Record<string, Severity | 'off'>;

export function effectiveSeverity(f: Finding, overrides?: SeverityOverrides): Severity | undefined {
  const o = overrides?.[f.code];
  if (o === 'off') return undefined;
  return o ?? f.severity;
}

registerMessages({
  'limit.problems': {
    cn: '另有 {count} 个问题未显示：每个文档最多显示 {max} 个（设置 disclosureReport.maxProblems）',
    tw: '另有 {count} 個問題未顯示：每個文件最多顯示 {max} 個（設定 disclosureReport.maxProblems）',
    en: '{count} more problem(s) not shown: at most {max} are shown per document (setting disclosureReport.maxProblems)',
  },
  'limit.size': {
    cn: '文档很大（{total} 个字符），只检查了前 {analysed} 个字符（设置 disclosureReport.maxDocumentSize）',
    tw: '文件很大（{total} 個字元），只檢查了前 {analysed} 個字元（設定 disclosureReport.maxDocumentSize）',
    en: 'This document is large ({total} characters): only its first {analysed} characters were checked (setting disclosureReport.maxDocumentSize)',
  },
});

export interface Limits {
  /** The most diagnostics; the rest are counted in one more. */
  maxProblems?: number;
  /** Set when only the first `analysed` characters of `total` were read. */
  budget?: { analysed: number; total: number };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export function toDiagnostics(findings: readonly Finding[], doc: TextDocument, locale: Locale, overrides?: SeverityOverrides, limits: Limits = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  let shown = findings.map((f) => ({ f, severity: effectiveSeverity(f, overrides) })).filter((x): x is { f: Finding; severity: Severity } => !!x.severity);
  const max = limits.maxProblems ?? Infinity;
  const left = Math.max(0, shown.length - max);
  // Over the limit: the most severe first, each kind in document order.
  if (left) shown = shown.map((x, i) => ({ ...x, i })).sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.i - b.i).slice(0, max).sort((a, b) => a.i - b.i);
  const n = (x: number) => x.toLocaleString('en-US');
  for (const { f, severity } of shown) {
    const d: Diagnostic = {
      range: { start: doc.positionAt(f.span.start), end: doc.positionAt(f.span.end) },
      severity: SEVERITY[severity],
      code: f.code,
      codeDescription: { href: codeDocUri(f.code) },
      source: SOURCE,
      message: render(f.message, locale),
    };
    if (f.related?.length) {
      d.relatedInformation = f.related.map((r) => ({
        location: r.location ?? { uri: doc.uri, range: { start: doc.positionAt(r.span.start), end: doc.positionAt(r.span.end) } },
        message: render(r.message, locale),
      }));
    }
    out.push(d);
  }
  if (limits.budget) {
    const at = doc.positionAt(limits.budget.analysed);
    out.push({ range: { start: at, end: at }, severity: 3, source: SOURCE, message: render({ key: 'limit.size', args: { total: n(limits.budget.total), analysed: n(limits.budget.analysed) } }, locale) });
  }
  // The last one says how many were left out.
  if (left) out.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 3, source: SOURCE, message: render({ key: 'limit.problems', args: { count: left, max } }, locale) });
  return out;
}
