/**
 * `import`: a report saved from a government site (.html, .htm) or circulated as Word (.docx, .doc, .rtf) into
 * report text — the article only, tables as pipe rows with their cells intact — written next to the
 * source as NAME.report.txt (or to -o, or with -o - to the standard output).
 */
import { STDIN, stdinBytes } from '../textFiles/readText';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../analysis/types';
import { besideFile } from '../import/besideFile';
import { loadImporter } from '../import/load';
import { notImportable } from '../textFiles/binaryKind';
import { byName } from '../analysis/views/nameOrder';
import { expand, isOption, noneSkipped, realPath, splitAtDashes, splitOption, type SkippedFiles, type Unreadable } from './files';
import type { CliIO } from './io';
import { say, usageError, whyUnreadable } from './messages';
import { writeOutput } from './writeBack';
import { ReportDocument } from '../checks/document';
import { notReportNote } from './notReport';

export const importedName = (file: string) => path.join(path.dirname(file), path.basename(file).replace(/\.(html?|xhtml|docx?|wps|rtf|pdf|txt|mht|mhtml)$/i, '') + '.report.txt');

/**
 * Where each of a run's files is imported to: NAME.report.txt, or where two of them would be written there — 年报.doc,
 * 年报.docx and 年报.pdf, three reports a clerk saved under one name — NAME.EXT.report.txt, each its own. (Each was written
 * over the last, the others kept only as .bak, which no check reads, and 「导入了 3 个文件」 said: found by a review.)
 */
export function importedNames(files: readonly string[]): Map<string, string> {
  const by = new Map<string, string[]>();
  for (const f of files) {
    const key = path.resolve(importedName(f));
    by.set(key, [...(by.get(key) ?? []), f]);
  }
  const out = new Map<string, string>();
  for (const [, same] of by) for (const f of same) out.set(f, same.length > 1 ? f + '.report.txt' : importedName(f));
  return out;
}

const REFUSALS = { depth: 'importDepth', cells: 'importCells', size: 'importSize', docx: 'importDocx', doc: 'importDoc', docOld: 'importDocOld', rtf: 'importRtf', wordSize: 'importWordSize', pdf: 'importPdf', pdfPassword: 'importPdfPassword', pdfScanned: 'importPdfScanned', pdfSize: 'importPdfSize', emptyPdf: 'importEmptyPdf', encrypted: 'importDocEncrypted', docxSize: 'importDocxSize', mhtml: 'importMhtml', empty: 'importEmpty', emptyWord: 'importEmptyWord' } as const;

export async function importCommand(given: readonly string[], locale: Locale, io: CliIO): Promise<number> {
  let output: string | undefined;
  const files: string[] = [];
  // (After 「--」 every argument is a file, even one named like an option.)
  const { args: argv, files: after } = splitAtDashes(given);
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = splitOption(argv[i]);
    if (name === '-o' || name === '--output') {
      output = inline ?? (isOption(argv[i + 1]) ? undefined : argv[++i]);
      if (output === undefined) return usageError(io, locale, 'badValue', name, 'undefined');
    } else if (name === '--locale') i += inline === undefined ? 1 : 0;
    else if (name.startsWith('-') && name !== '-') return usageError(io, locale, 'unknownOption', name);
    else files.push(argv[i]);
  }
  files.push(...after);
  if (!files.length) return usageError(io, locale, 'noFilesToImport');
  // A folder named: the pages, Word files and PDFs in it and in its folders, each not imported already (its
  // NAME.report.txt beside it) — a review office's folder of a year's downloads imported at once, then checked.
  const found = importTargets(files);
  const { folders, unreadable } = found;
  // (A file named twice — 「import 年报.html 年报*.html」 — or named and in a folder named is imported once: twice, it was
  // two files of one name, written to 年报.html.report.txt beside an earlier 年报.report.txt, and checked as two reports
  // — found by a review.)
  const seen = new Set<string>();
  const targets: string[] = [];
  for (const f of found.targets) {
    const key = f === STDIN ? f : realPath(f);
    if (f !== STDIN && seen.has(key)) continue;
    seen.add(key);
    targets.push(f);
  }
  if (output && (targets.length > 1 || folders.length)) return usageError(io, locale, 'oneOutput');
  let status = 0;
  for (const u of unreadable) {
    io.err(say('unreadable', locale, u.file, whyUnreadable(u.why, locale)));
    status = 2;
  }
  let done = 0;
  let failed = 0;
  const names = importedNames(targets.filter((f) => f !== STDIN));
  for (const file of targets) {
    const before = status;
    status = Math.max(status, await importOne(file, output ?? names.get(file), locale, io));
    if (folders.length) (status > before ? failed++ : done++), (status = before);
  }
  // (A file of a folder that could not be imported is said, and counted, and the run's status is 1: a batch script knows
  // some reports are not there to check — found by a review office's trial, which saw 「3 个未能导入」 exit 0. A file named
  // that could not be is 2, as before.)
  if (folders.length) io.err(done + failed ? say('importedFolder', locale, folders.join('、'), done, failed) : say('importNothing', locale, folders.join('、')));
  return status === 0 && failed > 0 ? 1 : status;
}

/** Import's files: those named, and in each folder named the pages, Word files and PDFs not imported already, by name. */
function importTargets(named: readonly string[]): { targets: string[]; folders: string[]; unreadable: Unreadable[] } {
  const targets: string[] = [];
  const folders: string[] = [];
  const unreadable: Unreadable[] = [];
  for (const file of named) {
    let folder = false;
    try {
      folder = file !== STDIN && statSync(file).isDirectory();
    } catch {
      /* said when read */
    }
    if (!folder) {
      targets.push(file);
      continue;
    }
    folders.push(file);
    const met: SkippedFiles = noneSkipped();
    expand(file, true, [], unreadable, new Set(), met, undefined, true);
    targets.push(...[...met.page, ...met.word, ...met.pdf].sort(byName));
  }
  return { targets, folders, unreadable };
}

/** Imports one file; its exit status (0, or 2 where it could not be). */
async function importOne(file: string, output: string | undefined, locale: Locale, io: CliIO): Promise<number> {
  let bytes: Buffer;
  try {
    bytes = file === STDIN ? stdinBytes() : readFileSync(file);
  } catch (e) {
    io.err(say('unreadable', locale, file, whyUnreadable((e as NodeJS.ErrnoException).code ?? String(e), locale)));
    return 2;
  }
  const engine = loadImporter();
  // An .odt, a PDF or a picture: what to do with it, not only that it cannot be read.
  const binary = notImportable(bytes, file);
  if (binary) {
    io.err(say(({ office: 'importOffice', odf: 'importOdf', encrypted: 'importEncrypted', image: 'importImage' } as const)[binary], locale, file));
    return 2;
  }
  if (!engine.kindOf(file, bytes)) {
    io.err(say('notImportable', locale, file));
    return 2;
  }
  let imported;
  try {
    imported = await engine.importBytes(file, bytes, file === STDIN ? undefined : besideFile(file));
  } catch (e) {
    const refused = engine.refusalOf(e);
    io.err(say('importFailed', locale, file, refused ? say(REFUSALS[refused], locale) : e instanceof Error ? e.message : String(e)));
    return 2;
  }
  // A page that is no report (a directory of reports, an interpretation, a guide): imported all the same — nothing is
  // lost —, and said, as check would say it (found by a review: such pages were imported as reports without a word).
  const facts = new ReportDocument(imported.text).facts();
  const notReport = facts.isReport ? undefined : notReportNote(facts, file, locale, true, 'import');
  // (A page on the standard input, 「curl … | disclosure-report import -」, is written to the standard output unless -o says where.)
  // (What the import left unread or out — pictures, hidden links, other pages — said on stderr also when the text goes to
  // stdout: it was said only with a file written.)
  const notes = () => {
    if (notReport) io.err(notReport);
    if (imported.pictures) io.err(say('importPictures', locale, file, imported.pictures));
    if (imported.hiddenLinks) io.err(say('importHiddenLinks', locale, file, imported.hiddenLinks));
    if (imported.joined) io.err(say(imported.paged ? 'importJoinedPart' : 'importJoined', locale, file, imported.joined));
    else if (imported.paged) io.err(say('importPaged', locale, file));
  };
  if (output === '-' || (output === undefined && file === STDIN)) {
    io.raw(imported.text);
    notes();
    return 0;
  }
  const target = output ?? importedName(file);
  const written = writeOutput(target, imported.text, [file], locale);
  if (written.error) {
    io.err(written.error);
    return 2;
  }
  if (written.note) io.err(written.note);
  io.err(say('imported', locale, file, target, imported.tables));
  notes();
  return 0;
}
