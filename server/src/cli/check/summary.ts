/** `--summary`: one line per report — agency, year, form, errors, warnings, file — aligned for reading. */
import { displayWidth } from '../../analysis/write/grid';
import type { Locale } from '../../analysis/types';
import { text3 } from '../../i18n/render';

export interface SummaryRow {
  file: string;
  agency?: string;
  year?: number;
  form: string;
  errors: number;
  warnings: number;
}

const HEAD = {
  agency: { cn: '机关', tw: '機關', en: 'Agency' },
  year: { cn: '年度', tw: '年度', en: 'Year' },
  form: { cn: '格式', tw: '格式', en: 'Form' },
  errors: { cn: '错误', tw: '錯誤', en: 'Errors' },
  warnings: { cn: '警告', tw: '警告', en: 'Warnings' },
  file: { cn: '文件', tw: '檔案', en: 'File' },
};

const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));

export function summaryLines(rows: readonly SummaryRow[], locale: Locale): string[] {
  const sorted = [...rows].sort((a, b) => (a.agency ?? '').localeCompare(b.agency ?? '') || (a.year ?? 0) - (b.year ?? 0) || a.file.localeCompare(b.file));
  const table = [
    [HEAD.agency, HEAD.year, HEAD.form, HEAD.errors, HEAD.warnings, HEAD.file].map((h) => text3(h, locale)),
    ...sorted.map((r) => [r.agency ?? '—', r.year === undefined ? '—' : String(r.year), r.form, String(r.errors), String(r.warnings), r.file]),
  ];
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => displayWidth(row[i]))));
  return table.map((row) => row.map((c, i) => (i === row.length - 1 ? c : pad(c, widths[i]))).join('  ').trimEnd());
}
