/** CSV as Excel opens it correctly: UTF-8 with a byte-order mark, CRLF, fields quoted where needed. */
import { EXPORT_COLUMNS, exportRows, type ExportRecord } from '../analysis/views/exportRecord';

export function csvField(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? plain(v) : String(v);
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

/**
 * A figure in plain digits: a fee of 0.0000001 万元 was 「1e-7」, which a spreadsheet reads as text or as another number
 * (found by a review). (Past 1e21 a figure is no report's.)
 */
function plain(v: number): string {
  const s = String(v);
  return /e/i.test(s) && Math.abs(v) < 1e21 ? v.toFixed(20).replace(/\.?0+$/, '') : s;
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
