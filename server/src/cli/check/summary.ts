/** `--summary`: one line per report — agency, year, form, errors, warnings, file — aligned for reading. */
import { displayWidth } from '../../analysis/write/grid';
import type { Locale } from '../../analysis/types';
import { text3 } from '../../i18n/render';
import { SUMMARY_HEADINGS } from '../../i18n/summaryHeadings';
import { byName } from '../../analysis/views/nameOrder';
import { byBody } from '../../corpus/bodyOrder';
import { fileUri } from '../files';

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

const PAGE_ROW = { cn: '（网页源代码，未检查）', tw: '（網頁原始碼，未檢查）', en: ' (a page\'s HTML source, not checked)' };

export function summaryLines(rows: readonly SummaryRow[], locale: Locale): string[] {
  // (Each body's years together: bodyOrder.ts.)
  const sorted = byBody(rows, (r) => r.agency, (r) => fileUri(r.file), (r) => r.year, (a, b) => byName(a.file, b.file));
  const table = [
    [SUMMARY_HEADINGS.agency, SUMMARY_HEADINGS.year, SUMMARY_HEADINGS.form, SUMMARY_HEADINGS.errors, SUMMARY_HEADINGS.warnings, SUMMARY_HEADINGS.file].map((h) => text3(h, locale)),
    // (A page's source is not checked: no 0 errors, 0 warnings, which read as a clean report — found by a review.)
    ...sorted.map((r) => [r.agency ?? '—', r.year === undefined ? '—' : String(r.year), r.form, r.page ? '—' : String(r.errors), r.page ? '—' : String(r.warnings), r.page ? r.file + text3(PAGE_ROW, locale) : r.file]),
  ];
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => displayWidth(row[i]))));
  return table.map((row) => row.map((c, i) => (i === row.length - 1 ? c : pad(c, widths[i]))).join('  ').trimEnd());
}
