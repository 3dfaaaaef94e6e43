/**
 * `check --format csv`: one line per finding, for a review office that sorts and filters a run's findings in a
 * spreadsheet (hundreds of reports: the text lines were to be split by hand). The CSV of `export`: UTF-8 with a
 * byte-order mark so that Excel reads the Chinese, CRLF, fields quoted where needed; the columns' names are keys, as
 * export's are, the same in every language.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { BOM, csvLine } from '../../export/csv';

/** A diagnostic's severity (1–4) by the name every format writes. */
export const SEVERITY_NAMES = ['', 'error', 'warning', 'information', 'hint'] as const;

export const CSV_FINDINGS_HEAD = BOM + csvLine(['file', 'line', 'column', 'severity', 'code', 'message', 'suggestion', 'agency', 'year']);

/** A report's lines (each finding's place counted from 1, as the text format's `file:line:col`). */
export function csvFindings(
  file: string,
  diagnostics: readonly Diagnostic[],
  suggestion: (d: Diagnostic) => string | undefined,
  agency: string | undefined,
  year: number | undefined,
): string {
  let out = '';
  for (const d of diagnostics) {
    out += csvLine([file, d.range.start.line + 1, d.range.start.character + 1, SEVERITY_NAMES[d.severity ?? 1], String(d.code ?? ''), d.message, suggestion(d), agency, year]);
  }
  return out;
}
