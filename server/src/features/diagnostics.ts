/** Findings as LSP diagnostics: positions from the TextDocument, messages in the user's language. */
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Locale, Severity } from '../analysis/types';
import { render } from '../i18n/render';
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

export function toDiagnostics(findings: readonly Finding[], doc: TextDocument, locale: Locale, overrides?: SeverityOverrides): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of findings) {
    const severity = effectiveSeverity(f, overrides);
    if (!severity) continue;
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
  return out;
}
