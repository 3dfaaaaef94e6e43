/** `check`: the findings of each report, as `file:line:col severity code message` lines or JSON. */
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../analysis/types';
import { ReportDocument } from '../checks/document';
import { effectiveSeverity, toDiagnostics } from '../features/diagnostics';
import { toLocale } from '../i18n/render';
import { expandAll, readReport, splitOption } from './files';
import type { CliIO } from './io';
import { say, usageError } from './messages';

const SEVERITY_NAMES = ['', 'error', 'warning', 'information', 'hint'] as const;

interface Options {
  format: 'text' | 'json';
  locale: Locale;
  paths: string[];
}

export function checkCommand(argv: readonly string[], locale: Locale, io: CliIO): number {
  const opts: Options = { format: 'text', locale, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = splitOption(a);
    if (name === '--format' || name === '--locale') {
      const v = inline ?? argv[++i];
      if (name === '--format') {
        if (v !== 'text' && v !== 'json') return usageError(io, locale, 'badValue', name, String(v));
        opts.format = v;
      } else if (!toLocale(v)) return usageError(io, locale, 'badValue', name, String(v));
    } else if (name === '--help' || name === '-h') {
      io.out(say('usage', locale));
      return 0;
    } else if (name.startsWith('-') && name !== '-') {
      return usageError(io, locale, 'unknownOption', name);
    } else opts.paths.push(a);
  }
  if (!opts.paths.length) return usageError(io, locale, 'noFiles');
  return check(opts, io);
}

function check(opts: Options, io: CliIO): number {
  const { files, unreadable } = expandAll(opts.paths);
  const json: unknown[] = [];
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  let checked = 0;
  for (const { file, named } of files) {
    const read = readReport(file);
    if ('error' in read) {
      unreadable.push({ file, why: read.error });
      continue;
    }
    const text = read.text;
    const report = new ReportDocument(text);
    const facts = report.facts();
    if (!named && !facts.isReport) {
      io.err(say('notReport', opts.locale, file));
      continue;
    }
    checked++;
    const doc = TextDocument.create('file://' + path.resolve(file), 'disclosure-report', 1, text);
    const findings = report.findings(true);
    for (const f of findings) {
      const s = effectiveSeverity(f);
      if (s) counts[s]++;
    }
    const diagnostics = toDiagnostics(findings, doc, opts.locale);
    if (opts.format === 'json') {
      json.push({
        file,
        year: facts.year ?? null,
        format: facts.format,
        isReport: facts.isReport,
        diagnostics: diagnostics.map((d) => ({ code: d.code, severity: SEVERITY_NAMES[d.severity ?? 1], message: d.message, range: d.range })),
      });
    } else {
      for (const d of diagnostics) io.out(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY_NAMES[d.severity ?? 1]} ${d.code} ${d.message}`);
    }
  }
  for (const u of unreadable) io.err(say('unreadable', opts.locale, u.file, u.why));
  if (opts.format === 'json') io.out(JSON.stringify(json, null, 2));
  else io.err(say('summary', opts.locale, checked, counts.error, counts.warning, counts.information + counts.hint));
  if (unreadable.length) return 2;
  return counts.error > 0 ? 1 : 0;
}
