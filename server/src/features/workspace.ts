/**
 * Views of the whole workspace, for review offices and researchers: every report checked at once
 * (the findings of files that are not open, a summary line per report), the statistics of every
 * report exported, and one agency's key figures across the years. LSP-shaped data; the server wires
 * them to requests and the client shows them.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { exportRecord, tablesLeftOut, type ExportRecord } from '../analysis/views/exportRecord';
import { failingSums, keyFigures, type KeyFigures } from '../analysis/views/keyFigures';
import { tablesOf } from '../analysis/views/locate';
import type { ApplicationsTable, Locale, ReviewTable } from '../analysis/types';
import { budgetCut } from '../analysis/reader/text/budget';
import { ReportDocument } from '../checks/document';
import { fileName } from '../corpus/entry';
import { lookupFrom, type ReportIndex } from '../corpus/index';
import { CSV_HEAD, csvLines, jsonEnd, jsonItem } from '../export/csv';
import { workbookInWorker } from '../export/loadXlsx';
import { toDiagnostics, type SeverityOverrides } from './diagnostics';
import { byName, byPath } from '../analysis/views/nameOrder';
import { byBody } from '../corpus/bodyOrder';
import { reportAgency } from '../analysis/views/agency';
import { FirstOfYear } from '../corpus/firstOfYear';

export interface WorkspaceHost {
  /** The workspace's report files (URIs). */
  files(): Promise<string[]>;
  /** An open document's text, or the file's text on disk. */
  text(uri: string): Promise<string | undefined>;
  isOpen(uri: string): boolean;
  index: ReportIndex;
  locale: Locale;
  checks: SeverityOverrides;
  /** The severities for one file (its project's .disclosure-report.json over the settings). */
  checksFor?(uri: string): SeverityOverrides;
  /** The most characters of one report read (the size budget the open editor reads to): none when unset. */
  budget?: number;
}

/** A report as the editor reads it: up to the size budget, told so (ReportDocument.truncated). */
function readReport(host: WorkspaceHost, whole: string): { doc: ReportDocument; text: string } {
  const cut = host.budget === undefined ? whole.length : budgetCut(whole, host.budget);
  const text = cut < whole.length ? whole.slice(0, cut) : whole;
  const doc = new ReportDocument(text);
  doc.truncated = cut < whole.length;
  return { doc, text };
}

export interface SummaryRow {
  uri: string;
  name: string;
  agency: string | null;
  year: number | null;
  form: string;
  errors: number;
  warnings: number;
  /** A web page's source (html-source): not checked — its row is no clean report's (found by a review). */
  pageSource?: true;
  /** Over the size budget: how many characters of it were checked (its row said 0 errors of the rest: found by a review). */
  checkedTo?: number;
}

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Checks every report of the workspace: `publish` gets the diagnostics of each file that is not open
 * (open ones are the editor's own); `progress` is told of each file; returns one row per report, or
 * undefined when cancelled.
 */
export async function checkAll(host: WorkspaceHost, publish: (uri: string, diagnostics: Diagnostic[]) => void, progress: (done: number, total: number, name: string) => void, cancelled: () => boolean): Promise<SummaryRow[] | undefined> {
  const files = await host.files();
  const rows: SummaryRow[] = [];
  for (let i = 0; i < files.length; i++) {
    if (cancelled()) return undefined;
    const uri = files[i];
    progress(i, files.length, fileName(uri));
    const whole = await host.text(uri);
    if (whole === undefined) continue;
    const { doc, text } = readReport(host, whole);
    const facts = doc.facts();
    if (!facts.isReport) continue;
    const cut = doc.truncated ? { checkedTo: text.length } : {};
    const diagnostics = toDiagnostics(doc.findings(true, lookupFrom(host.index, uri)), TextDocument.create(uri, 'disclosure-report', 0, text), host.locale, host.checksFor?.(uri) ?? host.checks);
    if (!host.isOpen(uri)) publish(uri, diagnostics);
    if (facts.htmlSource !== undefined) {
      rows.push({ uri, name: fileName(uri), agency: null, year: null, form: '', errors: 0, warnings: 0, pageSource: true });
      continue;
    }
    // (The body as the index has it; a file written a moment ago that the index has not read yet, as its own text names
    // it — its row said no body, and stood apart from its body's years: a test's race, seen in CI.)
    const entry = host.index.get(uri);
    rows.push({
      uri,
      name: fileName(uri),
      agency: entry?.agency ?? reportAgency(doc.model()) ?? null,
      year: facts.year ?? null,
      form: facts.format,
      errors: diagnostics.filter((d) => d.severity === 1).length,
      warnings: diagnostics.filter((d) => d.severity === 2).length,
      ...cut,
    });
    if (i % 10 === 9) await yieldToEvents();
  }
  progress(files.length, files.length, '');
  // (Each body's years together: bodyOrder.ts.)
  return byBody(rows, (r) => r.agency, (r) => r.uri, (r) => r.year, (a, b) => byName(a.uri, b.uri));
}

/** The export records and key figures of every report of the workspace. */
async function records(host: WorkspaceHost, relative: (uri: string) => string, pages: string[] = []): Promise<{ record: ExportRecord; figures: KeyFigures; twice: boolean }[]> {
  const out: { record: ExportRecord; figures: KeyFigures; twice: boolean }[] = [];
  const uris: string[] = [];
  for (const uri of await host.files()) {
    const whole = await host.text(uri);
    if (whole === undefined) continue;
    const { doc } = readReport(host, whole);
    const model = doc.model();
    // (Nor a page's HTML source: its figures are the page's markup's; 「导入为报告文本」 reads it.)
    if (!model.isReport) continue;
    // (Said to the user, as the CLI says it: they were left out without a word — found by a review.)
    if (doc.facts().htmlSource !== undefined) {
      pages.push(relative(uri));
      continue;
    }
    const tables = tablesOf(model);
    const twice = tablesLeftOut(model).length > 0;
    const figures = keyFigures(tables.find((t): t is ApplicationsTable => t.kind === 'applications'), tables.find((t): t is ReviewTable => t.kind === 'review'));
    figures.failingSums = failingSums(doc.findings());
    out.push({ record: exportRecord(relative(uri), model), figures, twice });
    uris.push(uri);
    await yieldToEvents();
  }
  const uriOf = new Map(out.map((r, i) => [r, uris[i]]));
  // (A body's reports of one year in the order the command line takes them — its folder walk's —, so both exports name the
  // same one its year's first.)
  const sorted = byBody(out, (r) => r.record.agency, (r) => uriOf.get(r)!, (r) => r.record.year, (a, b) => byPath(a.record.file, b.record.file));
  // (A year's second report marked with the first's file, as the CLI's export marks it.)
  const firstOfYear = new FirstOfYear();
  for (const r of sorted) r.record.sameYearAs = firstOfYear.earlier(r.record.file, uriOf.get(r)!, r.record.agency, r.record.year) ?? null;
  return sorted;
}

/**
 * The workspace's statistics: CSV or JSON text, or an XLSX workbook (base64); `partial`, the reports
 * holding more than one table of a kind, of which only the first was exported.
 */
export async function exportWorkspace(host: WorkspaceHost, format: 'csv' | 'json' | 'xlsx', relative: (uri: string) => string, locale: Locale = 'zh-cn'): Promise<{ reports: number; partial: string[]; pages: string[]; text?: string; base64?: string }> {
  const pages: string[] = [];
  const all = await records(host, relative, pages);
  const partial = all.filter((r) => r.twice).map((r) => r.record.file);
  // (Written a few reports at a time, yielding between: 800 reports' CSV made in one go held the server 1.7 s —
  // found by a review. The same text as exportCsv and JSON.stringify give: a test compares them.)
  if (format === 'json' || format === 'csv') {
    let text = format === 'csv' ? CSV_HEAD : '';
    for (let i = 0; i < all.length; i++) {
      text += format === 'csv' ? csvLines(all[i].record) : jsonItem(all[i].record, i);
      if (i % 50 === 49) await yieldToEvents();
    }
    if (format === 'json') text += jsonEnd(all.length);
    return { reports: all.length, partial, pages, text };
  }
  const book = await workbookInWorker(all, locale);
  return { reports: all.length, partial, pages, base64: book.toString('base64') };
}

export interface TrendPoint {
  year: number;
  uri: string;
  name: string;
  form: string;
  figures: KeyFigures;
  /** How many tables 三 of their scopes the report has, where more than one (「全市」 and 「本级」): its figures are the first's. */
  tables?: number;
}

/** One agency's reports across the years found in the workspace. */
export function trend(index: ReportIndex, uri: string): { agency: string; agencyKey: string; points: TrendPoint[] } | undefined {
  const me = index.get(uri);
  if (!me) return undefined;
  // (The workspace's entries have their key figures: only the CLI's index leaves them out.)
  // (A year whose report has its region's table 三 and its own is marked: its figures are the first table's, the region's —
  // 本年新收 9 → 9 → 300 was shown with nothing said, found by a review.)
  const points = index.ofAgency(me.agencyKey).map((e): TrendPoint => ({ year: e.year, uri: e.uri, name: e.name, form: e.form, figures: e.figures ?? { inferred: false }, ...(e.carryNextOthers?.length ? { tables: 1 + e.carryNextOthers.length } : {}) }));
  return { agency: me.agency, agencyKey: me.agencyKey, points };
}
