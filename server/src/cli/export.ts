/**
 * `export`: every figure of every report's tables, for researchers — JSON (one object per report)
 * or CSV (one line per figure, UTF-8 with BOM so that Excel reads the Chinese correctly).
 */
import { writeFileSync } from 'node:fs';
import type { Locale } from '../analysis/types';
import { EXPORT_COLUMNS, exportRecord, exportRows, type ExportRecord } from '../analysis/views/exportRecord';
import { ReportDocument } from '../checks/document';
import { BOM, csvLine } from '../export/csv';
import { expandAll, readReport, splitOption } from './files';
import type { CliIO } from './io';
import { say, usageError } from './messages';

export function exportCommand(argv: readonly string[], locale: Locale, io: CliIO): number {
  let format: 'json' | 'csv' = 'json';
  let output: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = splitOption(a);
    if (name === '--format') {
      const v = inline ?? argv[++i];
      if (v !== 'json' && v !== 'csv') return usageError(io, locale, 'badValue', name, String(v));
      format = v;
    } else if (name === '-o' || name === '--output') output = inline ?? argv[++i];
    else if (name === '--locale') i += inline === undefined ? 1 : 0;
    else if (name === '--help' || name === '-h') {
      io.out(say('usage', locale));
      return 0;
    } else if (name.startsWith('-') && name !== '-') return usageError(io, locale, 'unknownOption', name);
    else paths.push(a);
  }
  if (!paths.length) return usageError(io, locale, 'noFiles');
  const { files, unreadable } = expandAll(paths);
  const records: ExportRecord[] = [];
  for (const { file, named } of files) {
    const read = readReport(file);
    if ('error' in read) {
      unreadable.push({ file, why: read.error });
      continue;
    }
    const doc = new ReportDocument(read.text);
    if (!named && !doc.facts().isReport) {
      io.err(say('notReport', locale, file));
      continue;
    }
    records.push(exportRecord(file, doc.model()));
  }
  for (const u of unreadable) io.err(say('unreadable', locale, u.file, u.why));
  let body: string;
  let figures = 0;
  if (format === 'json') {
    body = JSON.stringify(records, null, 2) + '\n';
    figures = records.reduce((n, r) => n + exportRows(r).length, 0);
  } else {
    const lines = [BOM, csvLine(EXPORT_COLUMNS)];
    for (const r of records) {
      for (const row of exportRows(r)) lines.push(csvLine(row));
      figures += exportRows(r).length;
    }
    body = lines.join('');
  }
  if (output) {
    try {
      writeFileSync(output, body);
    } catch (e) {
      io.err(say('unwritable', locale, output, (e as NodeJS.ErrnoException).code ?? String(e)));
      return 2;
    }
    io.err(say('exported', locale, records.length, figures, output));
  } else io.raw(body);
  return unreadable.length ? 2 : 0;
}
