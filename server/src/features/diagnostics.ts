/** Findings as LSP diagnostics: positions from the TextDocument, messages in the user's language. */
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Locale, Severity } from '../analysis/types';
import { registerMessages, render, renderOnce } from '../i18n/render';
import { FindingList } from '../checks/findingList';
import { codeDocUri } from './codeDocs';

export const SOURCE = 'disclosure-report';

const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, information: 3, hint: 4 };

/** Per-code severity overrides; 'off' drops the code. */
export type SeverityOverrides = Record<string, Severity | 'off'>;

export function effectiveSeverity(f: Pick<Finding, 'code' | 'severity'>, overrides?: SeverityOverrides): Severity | undefined {
  const o = overrides?.[f.code];
  if (o === 'off') return undefined;
  return o ?? f.severity;
}

/** The checks turned off. */
export function offChecks(overrides: SeverityOverrides | undefined): ReadonlySet<string> {
  const off = new Set<string>();
  for (const [code, o] of Object.entries(overrides ?? {})) if (o === 'off') off.add(code);
  return off;
}

/**
 * Findings as the user set the checks — one turned off left out, one given another severity with it: what the hover
 * counts, the lenses show and the code actions fix, as the diagnostics do (found by a review: a check turned off still
 * had its lens, its count in the hover and its quick fix). The same array where nothing is set.
 */
export function asSet(findings: readonly Finding[], overrides: SeverityOverrides | undefined): readonly Finding[] {
  if (!overrides || !Object.keys(overrides).length) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    const s = effectiveSeverity(f, overrides);
    if (s) out.push(s === f.severity ? f : { ...f, severity: s });
  }
  return out;
}

registerMessages({
  'limit.problems': {
    cn: '另有 {count} 个问题未显示：每个文档最多显示 {max} 个（设置 disclosureReport.maxProblems）',
    tw: '另有 {count} 個問題未顯示：每個文件最多顯示 {max} 個（設定 disclosureReport.maxProblems）',
    en: '{count} more problem(s) not shown: the limit is {max} a document (setting disclosureReport.maxProblems)',
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

/**
 * The diagnostics for `findings` (an array, or a FindingList whose findings are moved to document
 * offsets only here, and only for the ones shown). Over `maxProblems`: the most severe first, each
 * severity in document order, and one more diagnostic that says how many were left out.
 */
export function toDiagnostics(findings: readonly Finding[] | FindingList, doc: Pick<TextDocument, 'uri' | 'positionAt'>, locale: Locale, overrides?: SeverityOverrides, limits: Limits = {}): Diagnostic[] {
  const list = findings instanceof FindingList ? findings : FindingList.of(findings);
  const out: Diagnostic[] = [];
  // First the count by severity (no finding moved), which tells which ones the limit keeps: every
  // one more severe than `cut`, and the first `quota` of severity `cut`.
  const count = [0, 0, 0, 0];
  for (const k of list.kinds()) {
    const s = effectiveSeverity(k, overrides);
    if (s) count[RANK[s]] += k.count;
  }
  const max = limits.maxProblems ?? Infinity;
  const total = count[0] + count[1] + count[2] + count[3];
  const left = Math.max(0, total - max);
  let cut = 3;
  let quota = Infinity;
  if (left) {
    let before = 0;
    for (cut = 0; before + count[cut] <= max; cut++) before += count[cut];
    quota = max - before;
  }
  const shown = (code: string, severity: Severity) => {
    const s = effectiveSeverity({ code, severity }, overrides);
    return s !== undefined && RANK[s] <= cut;
  };
  const n = (x: number) => x.toLocaleString('en-US');
  const at = (x: number) => doc.positionAt(x);
  // Those more severe than `cut`, all shown: how many are still to come.
  let severe = 0;
  for (let r = 0; r < cut; r++) severe += count[r];
  // Segments with nothing shown are passed over whole (the findings the limit leaves out, most often); the walk ends
  // once every diagnostic kept is made (it went on to the document's end: on a megabyte of reports, 16,000 findings
  // visited for 1,000 shown at every edit).
  list.eachWanted(shown, (f, d) => {
    const severity = effectiveSeverity(f, overrides);
    if (!severity) return;
    const rank = RANK[severity];
    if (rank > cut) return;
    if (rank === cut) {
      if (quota <= 0) return severe > 0;
      quota--;
    } else severe--;
    const diagnostic: Diagnostic = {
      range: { start: at(f.span.start + d), end: at(f.span.end + d) },
      severity: SEVERITY[severity],
      code: f.code,
      codeDescription: { href: codeDocUri(f.code, locale) },
      source: SOURCE,
      message: renderOnce(f.message, locale),
    };
    if (f.related?.length) {
      diagnostic.relatedInformation = f.related.map((r) => ({
        location: r.location ?? { uri: doc.uri, range: { start: at(r.span.start + d), end: at(r.span.end + d) } },
        message: renderOnce(r.message, locale),
      }));
    }
    out.push(diagnostic);
    return severe > 0 || quota > 0;
  });
  if (limits.budget) {
    const at = doc.positionAt(limits.budget.analysed);
    out.push({ range: { start: at, end: at }, severity: 3, source: SOURCE, message: render({ key: 'limit.size', args: { total: n(limits.budget.total), analysed: n(limits.budget.analysed) } }, locale) });
  }
  // The last one says how many were left out.
  if (left) out.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 3, source: SOURCE, message: render({ key: 'limit.problems', args: { count: left, max } }, locale) });
  return out;
}
