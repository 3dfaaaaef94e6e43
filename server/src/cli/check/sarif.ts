/**
 * SARIF 2.1.0 for code scanning (GitHub and other CI): one rule per check with its description and a
 * link to its page, one result per finding with its region (1-based lines and columns, UTF-16 code
 * units — the SARIF default column kind).
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Locale } from '../../analysis/types';
import { CHECKS } from '../../checks/registry';
import { codeHref } from '../../features/codeDocs';
import { text3 } from '../../i18n/render';

export interface SarifFile {
  file: string;
  diagnostics: Diagnostic[];
}

const LEVEL = ['none', 'error', 'warning', 'note', 'note'] as const;
const SEVERITY_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;
export const TOOL = { name: 'disclosure-report', version: '0.1.0', informationUri: 'https://example.invalid/disclosure-report' };

export function sarifLog(files: readonly SarifFile[], locale: Locale): unknown {
  const index = new Map(CHECKS.map((c, i) => [c.code, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            ...TOOL,
            rules: CHECKS.map((c) => ({
              id: c.code,
              name: c.code.replace(/(^|-)(\w)/g, (_, __, ch: string) => ch.toUpperCase()),
              shortDescription: { text: text3(c.description, locale) },
              fullDescription: { text: `${c.description.cn} / ${c.description.en}` },
              helpUri: codeHref(c.code),
              help: { text: text3(c.description, locale), markdown: `${text3(c.description, locale)} — [${c.code}](${codeHref(c.code)})` },
              defaultConfiguration: { level: SEVERITY_LEVEL[c.severity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: files.flatMap(({ file, diagnostics }) =>
          diagnostics.map((d) => ({
            ruleId: String(d.code),
            ruleIndex: index.get(String(d.code)) ?? -1,
            level: LEVEL[d.severity ?? 1],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: file.split('\\').join('/') },
                  region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
}
