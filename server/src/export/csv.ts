/** CSV as Excel opens it correctly: UTF-8 with a byte-order mark, CRLF, fields quoted where needed. */
import { EXPORT_COLUMNS, exportRows, type ExportRecord } from '../analysis/views/exportRecord';

export function csvField(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

export function csvLine(fields: readonly (string | number | boolean | null | undefined)[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

export const BOM = '\ufeff';

/** The exported figures of many reports: BOM, a header, one line per figure. */
export function exportCsv(records: readonly ExportRecord[]): string {
  const lines = [BOM, csvLine(EXPORT_COLUMNS)];
  for (const r of records) for (const row of exportRows(r)) lines.push(csvLine(row));
  return lines.join('');
}
