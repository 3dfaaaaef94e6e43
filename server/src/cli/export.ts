/**
 * `export`: every figure of every report's tables, for researchers — JSON (one object per report),
 * CSV (one line per figure, UTF-8 with BOM so that Excel reads the Chinese correctly) or XLSX (a
 * summary sheet and one sheet per table, one row per report).
 */
import type { Locale } from '../analysis/types';
import { notReportNote } from './notReport';
import { exportRecord, exportRows, tablesLeftOut, unread, type ExportRecord } from '../analysis/views/exportRecord';
import { failingSums, keyFigures, type KeyFigures } from '../analysis/views/keyFigures';
import { tablesOf } from '../analysis/views/locate';
import type { ApplicationsTable, Finding, ReviewTable, Table } from '../analysis/types';
import { TABLE_NAMES } from '../analysis/form/schema';
import { text3 } from '../i18n/render';
import { loadXlsx } from '../export/loadXlsx';
import { ReportDocument } from '../checks/document';
import { budgetCut } from '../analysis/reader/text/budget';
import { DEFAULT_MAX_SIZE, MIN_MAX_SIZE } from './check/command';
import { CSV_HEAD, csvLines, jsonEnd, jsonItem } from '../export/csv';
import { StreamedOutput } from './streamOut';
import { expandAll, fileUri, isOption, notTextKey, readReport, realPath, skippedNote, splitAtDashes, splitOption } from './files';
import { pace, type CliIO } from './io';
import { SameYear } from './sameYear';
import { FirstOfYear } from '../corpus/firstOfYear';
import { say, usageError, whyUnreadable, type MessageKey } from './messages';
import { writeOutput } from './writeBack';

/** Notes of one kind said file by file; the others are counted. */
const NOTE_CAP = 20;

/** The rows of one Excel sheet. */
const EXCEL_ROWS = 1_048_576;

/** `sheetRows`: the rows of one Excel sheet (a test's smaller one). */
export function exportCommand(given: readonly string[], locale: Locale, io: CliIO, sheetRows = EXCEL_ROWS): number | Promise<number> {
  // (After 「--」 every argument is a file, even one named like an option.)
  const { args: argv, files: afterDashes } = splitAtDashes(given);
  let chosen: 'json' | 'csv' | 'xlsx' | undefined;
  let output: string | undefined;
  /** Characters read of each file, as check's (a 34 MB line took 16 s and 500 MB: found by a newcomer's trial). */
  let maxSize = DEFAULT_MAX_SIZE;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = splitOption(a);
    if (name === '--format') {
      const v = inline ?? (isOption(argv[i + 1]) ? undefined : argv[++i]);
      if (v !== 'json' && v !== 'csv' && v !== 'xlsx') return usageError(io, locale, 'badValue', name, String(v), 'json|csv|xlsx');
      chosen = v;
    } else if (name === '--max-size') {
      const v = inline ?? (isOption(argv[i + 1]) ? undefined : argv[++i]);
      if (!/^\d+$/.test(String(v))) return usageError(io, locale, 'badValue', name, String(v));
      if (Number(v) < MIN_MAX_SIZE) return usageError(io, locale, 'tooSmall', name, String(MIN_MAX_SIZE));
      maxSize = Number(v);
    } else if (name === '-o' || name === '--output') output = inline ?? (isOption(argv[i + 1]) ? undefined : argv[++i]);
    else if (name === '--locale') i += inline === undefined ? 1 : 0;
    else if (name === '--help' || name === '-h') {
      io.out(say('usage', locale));
      return 0;
    } else if (name.startsWith('-') && name !== '-') return usageError(io, locale, 'unknownOption', name);
    else paths.push(a);
  }
  paths.push(...afterDashes);
  if (!paths.length) return usageError(io, locale, 'noFilesToExport');
  // The format the output file's name says, when --format does not (「-o 统计.xlsx」 wrote JSON into a .xlsx Excel refused,
  // found by a review); a name saying another than --format is refused rather than guessed.
  // (An .xls is Excel's old binary format, which this does not write: XLSX or JSON under that name Excel refuses.)
  if (output && /\.xls$/i.test(output)) return usageError(io, locale, 'xlsNotWritten', output);
  const byName = output && output !== '-' ? formatOfName(output) : undefined;
  if (chosen && byName && chosen !== byName) return usageError(io, locale, 'formatVsOutput', chosen, output!);
  const format = chosen ?? byName ?? 'json';
  if (format === 'xlsx' && (!output || output === '-')) return usageError(io, locale, 'xlsxNeedsOutput');
  const { files, unreadable, skipped } = expandAll(paths);
  const inputs = files.map((f) => f.file);
  // (Never over one of its own inputs: 「export -o a.txt a.txt」 would replace the report with its figures.)
  if (output && output !== '-' && inputs.some((i) => realPath(i) === realPath(output!))) {
    io.err(say('outputIsInput', locale, output));
    return 2;
  }
  // CSV and JSON are written report by report (streamOut.ts); the workbook is made of them all at the end.
  const stream = format === 'xlsx' ? undefined : new StreamedOutput(output, io);
  if (format === 'csv') stream!.write(CSV_HEAD);
  /** The reports exported, and their figures (the lines that say a table was not read are none). */
  let exported = 0;
  let count = 0;
  /** The CSV's lines after its header (a table not read is one). */
  let lines = 0;
  const records: ExportRecord[] = [];
  const sameYear = new SameYear();
  const firstOfYear = new FirstOfYear();
  const figures: KeyFigures[] = [];
  const unsureOf: Table['kind'][][] = [];
  /** A file named on the command line that was not exported (not text, empty, no report, a page's source): the run fails, as `check`'s does. */
  let refused = false;
  // A note a file, up to NOTE_CAP of a kind; the rest counted and said once at the end (4,080 files gave 2,550
  // lines of one note: found by a review).
  const notes = new Map<string, number>();
  const noteLine = (key: MessageKey, line: () => string) => {
    const n = (notes.get(key) ?? 0) + 1;
    notes.set(key, n);
    if (n <= NOTE_CAP) io.err(line());
  };
  const note = (key: MessageKey, file: string, ...args: (string | number)[]) => noteLine(key, () => say(key, locale, file, ...args));
  const names = (kinds: readonly Table['kind'][]) => kinds.map((kind) => text3(TABLE_NAMES[kind], locale)).join(locale === 'en' ? ', ' : '、');
  const exportOne = ({ file, named }: (typeof files)[number]): void => {
    if (stream?.broken) return; // (the output cannot be written: said at the end, without reading the rest)
    const read = readReport(file);
    if ('error' in read) {
      if (read.problem === 'unreadable') unreadable.push({ file, why: read.error });
      else {
        note(notTextKey(read, file), file);
        if (named) refused = true;
      }
      return;
    }
    if (read.encoding === 'gb18030' || read.encoding === 'big5') note(read.encoding, file);
    if (read.damaged) note('damagedUtf8', file, read.damaged);
    // (Up to the size budget, as check reads it: what lies past it is not exported, and the reader is told.)
    const cut = budgetCut(read.text, maxSize);
    if (cut < read.text.length) note('budgetExport', file, read.text.length.toLocaleString('en-US'), cut.toLocaleString('en-US'));
    const doc = new ReportDocument(cut < read.text.length ? read.text.slice(0, cut) : read.text);
    doc.truncated = cut < read.text.length;
    if (!doc.facts().isReport) {
      noteLine(named ? 'notReportNotExported' : 'notReport', () => notReportNote(doc.facts(), file, locale, named, 'export'));
      if (named) refused = true;
      return;
    }
    // A page's source: its words are markup, its figures the page's own — the import reads it (check says so too).
    if (doc.facts().htmlSource !== undefined) {
      note('htmlNotExported', file);
      if (named) refused = true;
      return;
    }
    const model = doc.model();
    const record = exportRecord(file, model);
    record.sameYearAs = firstOfYear.earlier(file, fileUri(file), record.agency, record.year) ?? null;
    const rows = exportRows(record);
    count += rows.length - unread(record).length;
    lines += rows.length;
    if (format === 'csv') stream!.write(csvLines(record, rows));
    else if (format === 'json') stream!.write(jsonItem(record, exported));
    else records.push(record);
    exported++;
    sameYear.add(file, record.agency, record.year);
    const tables = tablesOf(model);
    const twice = tablesLeftOut(model);
    if (twice.length) note('moreTables', file, names(twice));
    // What the export lacks, said: a table not read at all, or read with places the reader could not tell
    // (its undetermined figures are empty, as are the cells a page left blank — only this note tells them apart).
    const lacks = expectedTables(model.format).filter((kind) => !tables.some((t) => t.kind === kind));
    if (lacks.length) note(lacks.length > 1 ? 'exportLacksMany' : 'exportLacks', file, names(lacks));
    const findings = doc.findings();
    const unsure = unsureTables(findings, tables);
    if (format === 'xlsx') unsureOf.push(unsure);
    if (unsure.length) note('exportUnsure', file, names(unsure));
    if (format !== 'xlsx') return;
    const key = keyFigures(tables.find((t): t is ApplicationsTable => t.kind === 'applications'), tables.find((t): t is ReviewTable => t.kind === 'review'));
    key.failingSums = failingSums(findings);
    figures.push(key);
  };
  const rest = (): number | Promise<number> => {
    for (const [key, n] of notes) if (n > NOTE_CAP) io.err(say('moreNotes', locale, n - NOTE_CAP, n, say(key as MessageKey, locale, say('noteFile', locale), say('noteTables', locale), '…')));
    for (const u of unreadable) io.err(say('unreadable', locale, u.file, whyUnreadable(u.why, locale)));
    for (const n of sameYear.notes(locale)) io.err(n);
    const others = skippedNote(skipped, locale);
    if (others) io.err(others);
    // Nothing exported — an empty folder, a folder of files none of which is a report — fails as check's run does,
    // and says why: an export of nothing is no export (it exited 0, the file asked for replaced by a header: found by a review).
    // (An output that cannot be written stopped the reading: that is said by the output's own error.)
    const nothing = !exported && !stream?.broken;
    if (nothing && !unreadable.length && !refused) {
      if (!files.length) io.err(say('noReportFiles', locale, paths.join(' ')));
      else io.err(say('noReportsExported', locale, paths.join(' '), files.length));
    }
    const status = unreadable.length || refused || nothing ? 2 : 0;
    // Nothing exported: the file a researcher asked for keeps what it held (it was replaced by a header
    // alone: found by a review).
    const keep = !nothing;
    const done = (written: { error?: string; note?: string }): number => {
      if (!output || output === '-') return status;
      if (!keep) {
        io.err(say('exportNotWritten', locale, output));
        return status;
      }
      if (written.error) {
        io.err(written.error);
        return 2;
      }
      if (written.note) io.err(written.note);
      io.err(say('exported', locale, exported, count, output));
      return status;
    };
    if (stream) {
      if (format === 'json') stream.write(jsonEnd(exported));
      // (Header and figures: a sheet of Excel holds 1,048,576 rows, and drops the rest without a word.)
      else if (lines + 1 > sheetRows) io.err(say('csvTooLong', locale, (lines + 1).toLocaleString('en-US')));
      return done(stream.finish(keep, locale));
    }
    const write = (body: Buffer): number => {
      if (!output || output === '-') {
        io.raw(body.toString());
        return status;
      }
      return done(keep ? writeOutput(output, body, inputs, locale) : {});
    };
    return loadXlsx()
      .workbook(records.map((record, i) => ({ record, figures: figures[i], unsure: unsureOf[i] })), locale)
      .then(write);
  };
  // (Many files: paced by the output — io.ts.)
  if (files.length < YIELD_FROM) {
    for (const f of files) exportOne(f);
    return rest();
  }
  return (async () => {
    for (let i = 0; i < files.length; i++) {
      exportOne(files[i]);
      const wait = pace(io, i);
      if (wait) await wait;
    }
    return rest();
  })();
}

/** From this many files an export lets the event loop turn as it goes. */
const YIELD_FROM = 64;

/** The tables a report of the form has. */
/** The export format a file's extension names (.json .csv .xlsx), if it names one. */
function formatOfName(file: string): 'json' | 'csv' | 'xlsx' | undefined {
  const m = /\.(json|csv|xlsx)$/i.exec(file);
  return m ? (m[1].toLowerCase() as 'json' | 'csv' | 'xlsx') : undefined;
}

function expectedTables(format: string): Table['kind'][] {
  // (A body's own rules set no tables: a university's or a hospital's report lacks none — found by a review.)
  return format === 'own' ? [] : format === 'pre-2019' ? ['statistics'] : ['active', 'applications', 'review'];
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
