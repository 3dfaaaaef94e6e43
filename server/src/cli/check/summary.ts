/** `--summary`: one line per report — agency, year, form, errors, warnings, file — aligned for reading. */
import { displayWidth } from '../../analysis/write/grid';
import type { Locale } from '../../analysis/types';
import { text3 } from '../../i18n/render';
import { SUMMARY_HEADINGS } from '../../i18n/summaryHeadings';
import { byName } from '../../analysis/views/nameOrder';

export interface SummaryRow {
  file: string;
  agency?: string;
  year?: number;
  form: string;
  errors: number;
  warnings: number;
  /** A page's HTML source, not read as a report (html-source). */
  page?: true;
}

const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));

export function summaryLines(rows: readonly SummaryRow[], locale: Locale): string[] {
  const sorted = [...rows].sort((a, b) => byName(a.agency ?? '', b.agency ?? '') || (a.year ?? 0) - (b.year ?? 0) || byName(a.file, b.file));
  const table = [
    [SUMMARY_HEADINGS.agency, SUMMARY_HEADINGS.year, SUMMARY_HEADINGS.form, SUMMARY_HEADINGS.errors, SUMMARY_HEADINGS.warnings, SUMMARY_HEADINGS.file].map((h) => text3(h, locale)),
    ...sorted.map((r) => [r.agency ?? '—', r.year === undefined ? '—' : String(r.year), r.form, String(r.errors), String(r.warnings), r.file]),
  ];
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => displayWidth(row[i]))));
  return table.map((row) => row.map((c, i) => (i === row.length - 1 ? c : pad(c, widths[i]))).join('  ').trimEnd());
}
