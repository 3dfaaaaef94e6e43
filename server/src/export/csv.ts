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

/** What a CSV of figures opens with: the byte-order mark and the header. */
export const CSV_HEAD = BOM + csvLine(EXPORT_COLUMNS);

/** One report's lines of a CSV of figures (`rows`: its exportRows, where the caller has them). */
export function csvLines(r: ExportRecord, rows = exportRows(r)): string {
  return rows.map(csvLine).join('');
}

/** The exported figures of many reports: BOM, a header, one line per figure. */
export function exportCsv(records: readonly ExportRecord[]): string {
  return CSV_HEAD + records.map((r) => csvLines(r)).join('');
}

/**
 * A JSON array of records written a record at a time — `jsonItem` for each (the `index`th), then
 * `jsonEnd(count)` —: the text JSON.stringify(records, null, 2) gives.
 */
export function jsonItem(record: unknown, index: number): string {
  return (index ? ',\n' : '[\n') + '  ' + JSON.stringify(record, null, 2).replace(/\n/g, '\n  ');
}
export function jsonEnd(count: number): string {
  return count ? '\n]\n' : '[]\n';
}
