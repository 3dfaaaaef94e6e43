/**
 * `check`: the findings of each report, as `file:line:col severity code message` lines or JSON.
 * The files are read first into an index of agencies and years, so that each report is also
 * compared with the same agency's previous year among them (carry-over); `--summary` ends with one
 * line per report.
 */
import { budgetCut } from '../analysis/reader/text/budget';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../analysis/types';
import { ReportDocument } from '../checks/document';
import { indexEntry } from '../corpus/entry';
import { ReportIndex } from '../corpus/index';
import { effectiveSeverity, toDiagnostics } from '../features/diagnostics';
import { toLocale } from '../i18n/render';
import { expandAll, readReport, splitOption } from './files';
import type { CliIO } from './io';
import { say, usageError, whyUnreadable } from './messages';
import { ConfigFinder } from '../config/configFile';
import { sarifLog, type SarifFile } from './sarif';
import { summaryLines, type SummaryRow } from './summary';
import { copyFileSync, writeFileSync } from 'node:fs';
import { fixAll } from '../fixes/fixAll';
import { applyEdits } from '../fixes/edits';
import { LineIndex } from '../corpus/positions';

const SEVERITY_NAMES = ['', 'error', 'warning', 'information', 'hint'] as const;
/** Texts kept between the two passes up to this many characters; beyond, files are read again. */
const KEEP_CHARS = 64_000_000;

interface Options {
  format: 'text' | 'json' | 'sarif';
  locale: Locale;
  /** Whether --locale was given (it then wins over a configuration file's). */
  localeGiven: boolean;
  summary: boolean;
  fix: boolean;
  /** Errors only. */
  quiet: boolean;
  maxWarnings?: number;
  /** The most characters of one file that are checked (the editor's disclosureReport.maxDocumentSize). */
  maxSize: number;
  paths: string[];
}

export function checkCommand(argv: readonly string[], locale: Locale, io: CliIO): number {
  const opts: Options = { format: 'text', locale, localeGiven: argv.some((a) => a === '--locale' || a.startsWith('--locale=')), summary: false, fix: false, quiet: false, maxSize: 500_000, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = splitOption(a);
    if (name === '--format' || name === '--locale') {
      const v = inline ?? argv[++i];
      if (name === '--format') {
        if (v !== 'text' && v !== 'json' && v !== 'sarif') return usageError(io, locale, 'badValue', name, String(v));
        opts.format = v;
      } else if (!toLocale(v)) return usageError(io, locale, 'badValue', name, String(v));
    } else if (name === '--summary') opts.summary = true;
    else if (name === '--fix') opts.fix = true;
    else if (name === '--quiet' || name === '-q') opts.quiet = true;
    else if (name === '--max-warnings') {
      const v = inline ?? argv[++i];
      if (!/^\d+$/.test(String(v))) return usageError(io, locale, 'badValue', name, String(v));
      opts.maxWarnings = Number(v);
    } else if (name === '--max-size') {
      const v = inline ?? argv[++i];
      if (!/^\d+$/.test(String(v)) || Number(v) < 10_000) return usageError(io, locale, 'badValue', name, String(v));
      opts.maxSize = Number(v);
    }
    else if (name === '--help' || name === '-h') {
      io.out(say('usage', locale));
      return 0;
    } else if (name.startsWith('-') && name !== '-') {
      return usageError(io, locale, 'unknownOption', name);
    } else opts.paths.push(a);
  }
  if (!opts.paths.length) return usageError(io, locale, 'noFiles');
  return check(opts, io);
}

export const fileUri = (file: string) => pathToFileURL(path.resolve(file)).href;

function check(opts: Options, io: CliIO): number {
  const { files, unreadable } = expandAll(opts.paths);
  const configs = new ConfigFinder();
  let refused = 0;
  // Pass 1: every report into the index (and its analysis kept while memory allows).
  const index = new ReportIndex();
  const reports: { file: string; uri: string; doc?: ReportDocument; text?: string }[] = [];
  let kept = 0;
  for (const { file, named } of files) {
    const read = readReport(file);
    if ('error' in read) {
      if (read.problem === 'unreadable') unreadable.push({ file, why: read.error });
      else {
        // An empty or binary file: one clear line, and it counts against the run only when named.
        io.err(say(read.problem, opts.locale, file));
        if (named) refused++;
      }
      continue;
    }
    if (read.encoding === 'gb18030') io.err(say('gb18030', opts.locale, file));
    // A file of millions of characters is read up to the budget, and the reader is told.
    const cut = budgetCut(read.text, opts.maxSize);
    if (cut < read.text.length) io.err(say('budget', opts.locale, file, read.text.length.toLocaleString('en-US'), cut.toLocaleString('en-US')));
    let text = cut < read.text.length ? read.text.slice(0, cut) : read.text;
    let doc = new ReportDocument(text);
    if (!doc.facts().isReport) {
      // Not a report: one line — never a page of section-missing for a file that was not one.
      io.err(say(named ? 'notReportNamed' : 'notReport', opts.locale, file));
      if (named) refused++;
      continue;
    }
    if (opts.fix && cut < read.text.length) io.err(say('budgetNoFix', opts.locale, file));
    else if (opts.fix) {
      const fixed = fixFile(file, text, opts.locale, io);
      if (fixed === undefined) unreadable.push({ file, why: 'EACCES' });
      else if (fixed !== text) {
        text = fixed;
        doc = new ReportDocument(text);
      }
    }
    const uri = fileUri(file);
    index.set(uri, indexEntry(uri, text, doc.analysis));
    kept += text.length;
    reports.push(kept <= KEEP_CHARS ? { file, uri, doc, text } : { file, uri });
  }
  // Pass 2: findings, with the others to compare with.
  const reportedConfigs = new Set<string>();
  const json: unknown[] = [];
  const sarif: SarifFile[] = [];
  const rows: SummaryRow[] = [];
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of reports) {
    let { doc, text } = r;
    if (!doc || text === undefined) {
      const read = readReport(r.file);
      if ('error' in read) {
        unreadable.push({ file: r.file, why: read.error });
        continue;
      }
      text = read.text.slice(0, budgetCut(read.text, opts.maxSize));
      doc = new ReportDocument(text);
    }
    const facts = doc.facts();
    const findings = doc.findings(true, index);
    // The project's .disclosure-report.json: severities, and the locale unless --locale was given.
    const config = configs.forFile(r.file);
    if (config?.error && !reportedConfigs.has(config.file)) {
      reportedConfigs.add(config.file);
      io.err(say('badConfig', opts.locale, config.file, config.error));
    }
    const overrides = config?.checks;
    const locale = !opts.localeGiven && config?.locale ? config.locale : opts.locale;
    const mine = { error: 0, warning: 0 };
    for (const f of findings) {
      const s = effectiveSeverity(f, overrides);
      if (!s) continue;
      counts[s]++;
      if (s === 'error' || s === 'warning') mine[s]++;
    }
    const entry = index.get(r.uri);
    rows.push({ file: r.file, agency: entry?.agency, year: facts.year, form: facts.format, errors: mine.error, warnings: mine.warning });
    const all = toDiagnostics(findings, TextDocument.create(r.uri, 'disclosure-report', 1, text), locale, overrides);
    const diagnostics = opts.quiet ? all.filter((d) => d.severity === 1) : all;
    if (opts.format === 'sarif') sarif.push({ file: r.file, diagnostics });
    else if (opts.format === 'json') {
      json.push({
        file: r.file,
        agency: entry?.agency ?? null,
        year: facts.year ?? null,
        format: facts.format,
        isReport: facts.isReport,
        diagnostics: diagnostics.map((d) => ({ code: d.code, severity: SEVERITY_NAMES[d.severity ?? 1], message: d.message, range: d.range })),
      });
    } else {
      for (const d of diagnostics) io.out(`${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY_NAMES[d.severity ?? 1]} ${d.code} ${d.message}`);
    }
  }
  for (const u of unreadable) io.err(say('unreadable', opts.locale, u.file, whyUnreadable(u.why, opts.locale)));
  if (opts.format === 'json') io.out(JSON.stringify(json, null, 2));
  else if (opts.format === 'sarif') io.out(JSON.stringify(sarifLog(sarif, opts.locale), null, 2));
  else {
    if (opts.summary) for (const line of summaryLines(rows, opts.locale)) io.out(line);
    io.err(say('summary', opts.locale, reports.length, counts.error, counts.warning, counts.information + counts.hint));
  }
  if (unreadable.length || refused) return 2;
  if (counts.error > 0) return 1;
  if (opts.maxWarnings !== undefined && counts.warning > opts.maxWarnings) {
    io.err(say('tooManyWarnings', opts.locale, counts.warning, opts.maxWarnings));
    return 1;
  }
  return 0;
}

/**
 * `--fix`: the safe fixes — totals set to the sum of their parts, separators restored — applied in
 * place, the original kept as FILE.bak; each change printed. Returns the new text (undefined if the
 * file could not be written).
 */
function fixFile(file: string, text: string, locale: Locale, io: CliIO): string | undefined {
  const edits = fixAll(text);
  if (!edits.length) return text;
  const fixed = applyEdits(text, edits);
  try {
    copyFileSync(file, file + '.bak');
    writeFileSync(file, fixed);
  } catch (e) {
    io.err(say('unwritable', locale, file, (e as NodeJS.ErrnoException).code ?? String(e)));
    return undefined;
  }
  const lines = new LineIndex(text);
  const short = (s: string) => {
    const one = s.replace(/\r?\n/g, '⏎');
    return one.length > 40 ? one.slice(0, 39) + '…' : one;
  };
  for (const e of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    const p = lines.position(e.span.start);
    io.err(say('fixed', locale, file, p.line + 1, p.character + 1, short(text.slice(e.span.start, e.span.end)), short(e.newText)));
  }
  io.err(say('fixedFile', locale, file, edits.length, file + '.bak'));
  return fixed;
}
