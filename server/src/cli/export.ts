/**
 * `export`: every figure of every report's tables, for researchers — JSON (one object per report),
 * CSV (one line per figure, UTF-8 with BOM so that Excel reads the Chinese correctly) or XLSX (a
 * summary sheet and one sheet per table, one row per report).
 */
import type { Locale } from '../analysis/types';
import { exportRecord, exportRows, tablesLeftOut, unread, type ExportRecord } from '../analysis/views/exportRecord';
import { failingSums, keyFigures, type KeyFigures } from '../analysis/views/keyFigures';
import { tablesOf } from '../analysis/views/locate';
import type { ApplicationsTable, Finding, ReviewTable, Table } from '../analysis/types';
import { TABLE_NAMES } from '../analysis/form/schema';
import { text3 } from '../i18n/render';
import { loadXlsx } from '../export/loadXlsx';
import { ReportDocument } from '../checks/document';
import { exportCsv } from '../export/csv';
import { expandAll, notTextKey, readReport, skippedNote, splitAtDashes, splitOption } from './files';
import type { CliIO } from './io';
import { SameYear } from './sameYear';
import { say, usageError, whyUnreadable } from './messages';
import { writeOutput } from './writeBack';

/** The rows of one Excel sheet. */
const EXCEL_ROWS = 1_048_576;

/** `sheetRows`: the rows of one Excel sheet (a test's smaller one). */
export function exportCommand(given: readonly string[], locale: Locale, io: CliIO, sheetRows = EXCEL_ROWS): number | Promise<number> {
  // (After 「--」 every argument is a file, even one named like an option.)
  const { args: argv, files: afterDashes } = splitAtDashes(given);
  let format: 'json' | 'csv' | 'xlsx' = 'json';
  let output: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = splitOption(a);
    if (name === '--format') {
      const v = inline ?? argv[++i];
      if (v !== 'json' && v !== 'csv' && v !== 'xlsx') return usageError(io, locale, 'badValue', name, String(v));
      format = v;
    } else if (name === '-o' || name === '--output') output = inline ?? argv[++i];
    else if (name === '--locale') i += inline === undefined ? 1 : 0;
    else if (name === '--help' || name === '-h') {
      io.out(say('usage', locale));
      return 0;
    } else if (name.startsWith('-') && name !== '-') return usageError(io, locale, 'unknownOption', name);
    else paths.push(a);
  }
  paths.push(...afterDashes);
  if (!paths.length) return usageError(io, locale, 'noFilesToExport');
  if (format === 'xlsx' && (!output || output === '-')) return usageError(io, locale, 'xlsxNeedsOutput');
  const { files, unreadable, skipped } = expandAll(paths);
  const inputs = files.map((f) => f.file);
  const records: ExportRecord[] = [];
  const sameYear = new SameYear();
  const figures: KeyFigures[] = [];
  const unsureOf: Table['kind'][][] = [];
  /** A file named on the command line that was not exported (not text, empty, no report, a page's source): the run fails, as `check`'s does. */
  let refused = false;
  const names = (kinds: readonly Table['kind'][]) => kinds.map((kind) => text3(TABLE_NAMES[kind], locale)).join(locale === 'en' ? ', ' : '、');
  for (const { file, named } of files) {
    const read = readReport(file);
    if ('error' in read) {
      if (read.problem === 'unreadable') unreadable.push({ file, why: read.error });
      else {
        io.err(say(notTextKey(read), locale, file));
        if (named) refused = true;
      }
      continue;
    }
    if (read.encoding === 'gb18030') io.err(say('gb18030', locale, file));
    if (read.damaged) io.err(say('damagedUtf8', locale, file, read.damaged));
    const doc = new ReportDocument(read.text);
    if (!doc.facts().isReport) {
      io.err(say(named ? 'notReportNotExported' : 'notReport', locale, file));
      if (named) refused = true;
      continue;
    }
    // A page's source: its words are markup, its figures the page's own — the import reads it (check says so too).
    if (doc.facts().htmlSource !== undefined) {
      io.err(say('htmlNotExported', locale, file));
      if (named) refused = true;
      continue;
    }
    const model = doc.model();
    const record = exportRecord(file, model);
    records.push(record);
    sameYear.add(file, record.agency, record.year);
    const tables = tablesOf(model);
    const twice = tablesLeftOut(model);
    if (twice.length) io.err(say('moreTables', locale, file, names(twice)));
    // What the export lacks, said: a table not read at all, or read with places the reader could not tell
    // (its undetermined figures are empty, as are the cells a page left blank — only this note tells them apart).
    const lacks = expectedTables(model.format).filter((kind) => !tables.some((t) => t.kind === kind));
    if (lacks.length) io.err(say(lacks.length > 1 ? 'exportLacksMany' : 'exportLacks', locale, file, names(lacks)));
    const findings = doc.findings();
    const unsure = unsureTables(findings, tables);
    unsureOf.push(unsure);
    if (unsure.length) io.err(say('exportUnsure', locale, file, names(unsure)));
    const key = keyFigures(tables.find((t): t is ApplicationsTable => t.kind === 'applications'), tables.find((t): t is ReviewTable => t.kind === 'review'));
    key.failingSums = failingSums(findings);
    figures.push(key);
  }
  for (const u of unreadable) io.err(say('unreadable', locale, u.file, whyUnreadable(u.why, locale)));
  for (const n of sameYear.notes(locale)) io.err(n);
  const others = skippedNote(skipped, locale);
  if (others) io.err(others);
  // (Figures: not the line that says a table was not read.)
  const count = records.reduce((n, r) => n + exportRows(r).length - unread(r).length, 0);
  const status = unreadable.length || refused ? 2 : 0;
  const write = (body: string | Buffer): number => {
    if (!output || output === '-') {
      io.raw(body.toString());
      return status;
    }
    // Nothing exported and something named could not be read (a folder's name mistyped): the file a
    // researcher asked for keeps what it held (it was replaced by a header alone: found by a review).
    if (status && !records.length) {
      io.err(say('exportNotWritten', locale, output));
      return status;
    }
    const written = writeOutput(output, body, inputs, locale);
    if (written.error) {
      io.err(written.error);
      return 2;
    }
    if (written.note) io.err(written.note);
    io.err(say('exported', locale, records.length, count, output));
    return status;
  };
  if (format === 'json') return write(JSON.stringify(records, null, 2) + '\n');
  if (format === 'csv') {
    // (Header and figures: a sheet of Excel holds 1,048,576 rows, and drops the rest without a word.)
    if (count + 1 > sheetRows) io.err(say('csvTooLong', locale, (count + 1).toLocaleString('en-US')));
    return write(exportCsv(records));
  }
  return loadXlsx()
    .workbook(records.map((record, i) => ({ record, figures: figures[i], unsure: unsureOf[i] })), locale)
    .then(write);
}

/** The tables a report of the form has. */
function expectedTables(format: string): Table['kind'][] {
  return format === 'pre-2019' ? ['statistics'] : ['active', 'applications', 'review'];
}

/** The kinds of the tables (the first of each, the one exported) that table-shape or table-ambiguous speaks of. */
function unsureTables(findings: readonly Finding[], tables: readonly Table[]): Table['kind'][] {
  const out: Table['kind'][] = [];
  for (const t of tables) {
    if (out.includes(t.kind) || tables.find((x) => x.kind === t.kind) !== t) continue;
    // (Not a table read in its header's column order: its figures are certain.)
    if (findings.some((f) => (f.code === 'table-shape' || f.code === 'table-ambiguous') && f.message.key !== 'shape.columnOrder' && f.span.start >= t.span.start && f.span.start <= t.span.end)) out.push(t.kind);
  }
  return out;
}
