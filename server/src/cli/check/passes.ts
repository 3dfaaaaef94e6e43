/**
 * The two passes of `check`, file by file, as plain data in and out — so that they run the same in
 * the CLI's own thread or in a pool of worker threads (pool.ts).
 *
 *  1. read: the file read (GB18030 when not UTF-8), cut to the size budget, recognised as a report or
 *     not, fixed in place with --fix, and its entry for the index of agencies and years;
 *  2. check: its findings — with the whole index, for the year-against-year comparison — as output
 *     lines (text), an object (JSON) or a SARIF file entry, and its counts for the summary.
 *
 * Messages for stderr are returned in order (`notes`), not printed, so the caller prints them in the
 * files' order whichever thread did the work.
 */
import { notReportNote } from '../notReport';
import { budgetCut } from '../../analysis/reader/text/budget';
import type { Finding, Locale, Msg, ReportModel, Severity, TextEdit } from '../../analysis/types';
import { TABLE_NAMES } from '../../analysis/form/schema';
import { locate, tablesOf } from '../../analysis/views/locate';
import { BLANK, locatedCellName } from '../../checks/shared/cells';
import { ReportDocument } from '../../checks/document';
import { byPlace, mergeSorted } from '../../checks/findingList';
import { CHECKS, corpusFacts, runCorpusChecks, type DocFacts } from '../../checks/registry';
import { ConfigFinder } from '../../config/configFile';
import { agencyOfFacts, indexEntry, type IndexedReport } from '../../corpus/entry';
import { lookupFrom, type CorpusLookup } from '../../corpus/index';
import { LineIndex } from '../../corpus/positions';
import { effectiveSeverity, toDiagnostics } from '../../features/diagnostics';
import { applyEdits } from '../../fixes/edits';
import { fixAllWhy } from '../../fixes/fixAll';
import { isLayoutEdit, keepWidths } from '../../fixes/keepWidth';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileUri, notTextKey, readReport, type Target } from '../files';
import { say } from '../messages';
import { nearestWord } from '../../config/nearestWord';
import { render, text3 } from '../../i18n/render';
import type { TextForm } from '../../textFiles/readText';
import { writeBack } from '../writeBack';
import type { SarifFile } from './sarif';
import type { SummaryRow } from './summary';
import { csvFindings, SEVERITY_NAMES } from './csvFindings';
import { groupMixedScript } from './groupMixed';

export interface PassOptions {
  format: 'text' | 'json' | 'sarif' | 'csv';
  locale: Locale;
  localeGiven: boolean;
  fix: boolean;
  quiet: boolean;
  maxSize: number;
}

/** A file to check, and whether it was named on the command line (not found in a folder). */
export type Job = Target;

export interface Read {
  notes: string[];
  /** Counts against the run: an empty, binary or non-report file that was named. */
  refused?: boolean;
  unreadable?: string;
  /** A report: its index entry (when it names an agency and a year). */
  report?: boolean;
  entry?: IndexedReport;
  /** A page's HTML source (not read as a report: html-source offers its import). */
  page?: true;
  /** A report of a known year whose body is not read: compared with no other year. */
  noAgency?: true;
}

export interface Checked {
  notes: string[];
  lines: string[];
  json?: unknown;
  sarif?: SarifFile;
  /** --format csv: the report's lines of the run's CSV (csvFindings.ts). */
  csv?: string;
  row?: SummaryRow;
  counts: Record<Severity, number>;
  unreadable?: string;
}

/**
 * A report checked in pass 1 but for the comparison with the others: its text, its findings (without
 * their fixes), and the facts the corpus checks read. Pass 2 adds theirs (`withCorpus`). A few times lighter than its
 * analysis (which weighs some ten times its text and is let go).
 */
export interface KeptReport {
  text: string;
  findings: Finding[];
  facts: DocFacts;
  /** What the preferred fixes suggest (`suggestions`), kept where the fixes are not. */
  suggest: Map<string, Msg>;
}

/** Reports kept between the passes (up to `limit` characters of text; beyond, files are read again). */
export class Kept {
  private docs = new Map<string, KeptReport>();
  private chars = 0;
  constructor(private limit: number) {}
  put(file: string, doc: ReportDocument, text: string): void {
    if (this.chars + text.length > this.limit) return;
    this.chars += text.length;
    // Without their fixes: the check prints none, and --fix reads the text again. (A fix whose edits
    // are made when read keeps its section's text and table alive to make them: lazyFix.ts.)
    const findings = doc.findings(true);
    const suggest = suggestions(findings);
    for (const f of findings) if (f.fixes) f.fixes = undefined;
    this.docs.set(file, { text, findings, facts: corpusFacts(doc.facts()), suggest });
  }
  take(file: string): KeptReport | undefined {
    const k = this.docs.get(file);
    this.docs.delete(file);
    return k;
  }
}

/** A kept report's findings with the corpus checks': the order `doc.findings(true, index)` gives. */
function withCorpus(k: KeptReport, index: CorpusLookup): Finding[] {
  const others = runCorpusChecks(k.facts, index);
  return others.length ? mergeSorted(k.findings, others.sort(byPlace)) : k.findings;
}

/** A text that is a single-file page's MIME or rich text (their markup in the text), by its opening. */
function textKind(text: string): 'mhtml' | 'rtf' | undefined {
  if (text.startsWith('{\\rtf')) return 'rtf';
  const head = text.slice(0, 2000);
  return /^MIME-Version:/im.test(head) && /^Content-Type:\s*multipart\/related/im.test(head) ? 'mhtml' : undefined;
}

export function readPass(job: Job, o: PassOptions, kept: Kept): Read {
  const notes: string[] = [];
  const read = readReport(job.file);
  if ('error' in read) {
    if (read.problem === 'unreadable') return { notes, unreadable: read.error };
    // An empty or binary file: one clear line, and it counts against the run only when named.
    return { notes: [say(notTextKey(read, job.file), o.locale, job.file)], refused: job.named };
  }
  if (read.encoding === 'gb18030' || read.encoding === 'big5') notes.push(say(read.encoding, o.locale, job.file));
  if (read.damaged) notes.push(say('damagedUtf8', o.locale, job.file, read.damaged));
  // A file of millions of characters is read up to the budget, and the reader is told.
  const cut = budgetCut(read.text, o.maxSize);
  if (cut < read.text.length) notes.push(say('budget', o.locale, job.file, read.text.length.toLocaleString('en-US'), cut.toLocaleString('en-US')));
  let text = cut < read.text.length ? read.text.slice(0, cut) : read.text;
  let doc = new ReportDocument(text);
  doc.truncated = cut < read.text.length;
  if (!doc.facts().isReport) {
    // Not a report: one line — never a page of section-missing for a file that was not one. (What it is where that
    // says what to do: a single-file page to import, rich text to save as .docx — found by a review.)
    const kind = textKind(text);
    notes.push(kind ? say(kind === 'mhtml' ? 'mhtmlText' : 'binaryRtf', o.locale, job.file) : notReportNote(doc.facts(), job.file, o.locale, job.named, 'check'));
    return { notes, refused: job.named };
  }
  let failedFix = false;
  // A page's HTML source is not checked (its one finding offers the import): named, it fails the run
  // (a CI given a page must not pass it as checked), and --fix never touches it.
  const page = doc.facts().htmlSource !== undefined;
  // (Said on stderr, whatever --quiet hides: the run fails for it, and html-source is only information — `--quiet` printed
  // nothing but 「检查了 1 个文件」 and exited 2, found by a review.)
  if (page) notes.push(say('pageNotChecked', o.locale, job.file));
  if (o.fix && cut < read.text.length) notes.push(say('budgetNoFix', o.locale, job.file));
  else if (o.fix && !page) {
    const fixed = fixFile(job.file, text, read.form, o.locale, notes);
    // Not written (the note says why): its findings are still reported, and the run fails.
    if (fixed === undefined) failedFix = true;
    else if (fixed !== text) {
      text = fixed;
      doc = new ReportDocument(text);
    }
  }
  kept.put(job.file, doc, text);
  const entry = indexEntry(fileUri(job.file), text, doc.analysis, false, fileUri(process.cwd())); // (no key figures: the CLI compares carry-over only)
  // (Named as the user gave it, as every other line names a file: 「../w/a.txt」 was said by its absolute path — a review.)
  if (entry) entry.name = job.file;
  const out: Read = entry ? { notes, report: true, entry } : { notes, report: true };
  if (failedFix || (page && job.named)) out.refused = true;
  if (page) out.page = true;
  else if (!entry && doc.facts().isReport && doc.facts().year !== undefined) out.noAgency = true;
  return out;
}

export function checkPass(job: Job, o: PassOptions, index: CorpusLookup, configs: ConfigFinder, kept: Kept, reportedConfigs: Set<string>): Checked {
  const notes: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  const k = kept.take(job.file);
  let text: string;
  let facts: DocFacts;
  let findings: Finding[];
  let suggest: Map<string, Msg>;
  const near = lookupFrom(index, fileUri(job.file));
  if (k) ({ text, facts, suggest } = k), (findings = withCorpus(k, near));
  else {
    const read = readReport(job.file);
    if ('error' in read) return { notes, lines: [], counts, unreadable: read.error };
    text = read.text.slice(0, budgetCut(read.text, o.maxSize));
    const doc = new ReportDocument(text);
    doc.truncated = text.length < read.text.length;
    facts = doc.facts();
    findings = doc.findings(true, near);
    suggest = suggestions(findings);
  }
  // (What a reviewer reads, one line for a report's many runs of the other script; JSON and SARIF keep each.)
  if (o.format === 'text' || o.format === 'csv') findings = groupMixedScript(findings, text);
  // The project's .disclosure-report.json: severities, and the locale unless --locale was given.
  const config = configs.forFile(job.file);
  if (config && !reportedConfigs.has(config.file)) {
    reportedConfigs.add(config.file);
    if (config.errorAt) notes.push(say('badConfigAt', o.locale, config.file, config.errorAt.line, config.errorAt.column));
    else if (config.error) notes.push(say('badConfig', o.locale, config.file, config.error));
    // What it sets that means nothing: a severity that is none, a check that does not exist (a typo: the nearest code
    // offered), a key.
    const codes = CHECKS.map((k) => k.code);
    const unknown = Object.keys(config.checks ?? {})
      .filter((code) => !codes.includes(code))
      .map((code) => {
        const near = nearestWord(code, codes);
        return `checks.${code}${near ? say('unknownCheck', o.locale, near) : ''}`;
      });
    const ignored = [...(config.ignored ?? []), ...unknown];
    if (ignored.length) notes.push(say('configIgnored', o.locale, config.file, ignored.join(o.locale === 'en' ? ', ' : '，')));
  }
  const overrides = config?.checks;
  const locale = !o.localeGiven && config?.locale ? config.locale : o.locale;
  const mine = { error: 0, warning: 0 };
  for (const f of findings) {
    const s = effectiveSeverity(f, overrides);
    if (!s) continue;
    counts[s]++;
    if (s === 'error' || s === 'warning') mine[s]++;
  }
  // (What its index entry says, without keeping entries; a copy, as summary rows are kept.)
  // A page's source is not read as a report (html-source offers its import): its agency is its <title>'s, and it has no form
  // — its first line's markup was the agency, 「<meta name="ArticleTitle" content="…」, and 2021 its form (found by a review).
  const page = facts.htmlSource !== undefined;
  const agency = page ? pageAgency(text, facts.year) : agencyOfFacts(facts);
  const row: SummaryRow = { file: job.file, agency, year: facts.year, form: page ? '—' : facts.format, errors: mine.error, warnings: mine.warning };
  if (page) row.page = true;
  // --quiet prints errors only: the others are counted above, never made into messages and positions.
  const shown = o.quiet ? findings.filter((f) => effectiveSeverity(f, overrides) === 'error') : findings;
  const doc = TextDocument.create(fileUri(job.file), 'disclosure-report', 1, text);
  const diagnostics = toDiagnostics(shown, doc, locale, overrides);
  const suggestion = (d: (typeof diagnostics)[number]) => {
    const m = suggest.get(`${d.code}@${doc.offsetAt(d.range.start)}`);
    return m && render(m, locale);
  };
  const out: Checked = { notes, lines: [], counts, row };
  if (o.format === 'sarif') out.sarif = { file: job.file, diagnostics };
  else if (o.format === 'csv') out.csv = csvFindings(job.file, diagnostics, suggestion, agency, facts.year);
  else if (o.format === 'json') {
    out.json = {
      file: job.file,
      agency: agency ?? null,
      year: facts.year ?? null,
      format: page ? null : facts.format,
      isReport: facts.isReport && !page,
      diagnostics: diagnostics.map((d) => {
        const s = suggestion(d);
        return { code: d.code, severity: SEVERITY_NAMES[d.severity ?? 1], message: d.message, range: d.range, ...(s ? { suggestion: s } : {}) };
      }),
    };
  } else {
    for (const d of diagnostics) {
      const s = suggestion(d);
      out.lines.push(`${job.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY_NAMES[d.severity ?? 1]} ${d.code} ${d.message}${s ? say('suggestion', locale, s) : ''}`);
    }
  }
  return out;
}

/** The agency a page's <title> names (「…财政金融局2023年度政府信息公开工作年度报告 - 网站名」), if it names one with the year. */
function pageAgency(text: string, year: number | undefined): string | undefined {
  const title = /<title[^>]*>([^<]{1,300})<\/title>/i.exec(text.slice(0, 20_000))?.[1];
  // (The report's part of a title the site's name joins: 「…年度报告 - 网站」「网站_…年度报告」.)
  const own = title?.split(/\s+[-|｜—–]\s+|[_｜|]/).find((p) => /报告|報告|年报|年報/.test(p));
  return own && year !== undefined ? agencyOfFacts({ title: { text: own.trim() } as DocFacts['title'] }) : undefined;
}

/**
 * The edit the editor prefers where it is not the total the message names: one figure that repairs its row,
 * its column or the balance at once (cheapestFix.ts). Said after the message — a reviewer reading only the
 * messages was sent to set two totals to the sum of a mistyped part, which broke the balance (found by a review).
 * Keyed by code and place.
 */
function suggestions(findings: readonly Finding[]): Map<string, Msg> {
  const out = new Map<string, Msg>();
  for (const f of findings) {
    const fix = f.fixes?.find((x) => x.preferred);
    if (fix && 'key' in fix.title && fix.title.key === 'fix.cell') out.set(`${f.code}@${f.span.start}`, fix.title);
  }
  return out;
}

/**
 * Where a place in a table's written rows is: its row's label (its first cell's words, cut short) and
 * which of the row's figures it is (1 for the first cell after the label); a row of figures only (table
 * 四's) has no label — its line in the written text, and which of its figures, 1 for the first.
 */
function rowOf(written: string, at: number): { label?: string; line: number; figure: number } {
  const start = written.lastIndexOf('\n', at - 1) + 1;
  const end = written.indexOf('\n', at);
  const line = written.slice(start, end < 0 ? written.length : end).replace(/\r$/, '');
  const cells = line.split(/[|｜]/);
  const first = cells.findIndex((c) => /[^\s\u3000]/.test(c));
  const words = first >= 0 ? cells[first].replace(/^[\s\u3000]+|[\s\u3000]+$/g, '') : line.trim();
  const before = written.slice(start, at).split(/[|｜]/).length - 1;
  const lineNo = written.slice(0, start).split('\n').length - (written.startsWith('\n') || written.startsWith('\r\n') ? 1 : 0);
  if (/^[0-9０-９.,，\s\u3000-]*$/.test(words)) return { line: lineNo, figure: before - first + 1 };
  return { label: words.length > 30 ? words.slice(0, 29) + '…' : words, line: lineNo, figure: before - first };
}

/**
 * A change of --fix said by what it changed: a cell of the form by its name and figures (「已修正「（一）予以公开·总计」：
 * 空白 → 272」), a table written back with its separators by the table's name; undefined for anything else.
 */
function changeNote(model: ReportModel, text: string, e: TextEdit, locale: Locale, file: string, line: number, col: number): string | undefined {
  const hit = locate(model, e.span.start);
  const old = text.slice(e.span.start, e.span.end).trim();
  // (The edit may take in the cell's padding after it, which keepWidths gives or takes to keep the line.)
  const cellEdit = hit?.kind === 'cell' && (e.span.end <= Math.max(hit.cell.span.end, e.span.start) || /^[ \u3000]*$/.test(text.slice(hit.cell.span.end, e.span.end)));
  if (hit?.kind === 'cell' && cellEdit && !/[\r\n|｜\t]/.test(e.newText)) {
    const name = locatedCellName(hit);
    if (name) return say('fixedCell', locale, file, line, col, text3(name, locale), old || text3(BLANK, locale), e.newText.trim());
  }
  if (/\n/.test(e.newText)) {
    const table = tablesOf(model).find((t) => t.span.start < e.span.end && e.span.start < t.span.end);
    if (table) return say('fixedTable', locale, file, line, col, text3(TABLE_NAMES[table.kind], locale));
  }
  return undefined;
}

/**
 * `--fix`: the safe fixes — totals set to the sum of their parts, separators restored — applied in
 * place, the original kept as FILE.bak; each change noted. Returns the new text (undefined if the
 * file could not be written).
 */
/** The project settings of the files --fix writes (one finder for the run: each folder's file read once). */
let fixConfigs: ConfigFinder | undefined;

function fixFile(file: string, text: string, form: TextForm, locale: Locale, notes: string[]): string | undefined {
  // (Not what a check the project turned off would fix — `"row-total": "off"` in .disclosure-report.json: its findings
  // are not shown, and --fix rewrote them all the same, found by a review.)
  const checks = (fixConfigs ??= new ConfigFinder(true)).forFile(file)?.checks ?? {};
  const off = new Set(Object.entries(checks).filter(([, v]) => v === 'off').map(([code]) => code));
  // (An edit that writes what is there already changes nothing, and is not reported as a change.)
  const all = fixAllWhy(text, off.size ? { keepStated: true, except: off } : { keepStated: true });
  const edits = keepWidths(text, all.edits.filter((e) => text.slice(e.span.start, e.span.end) !== e.newText));
  // (Fixes held back are said: the findings stay, and without a word the reader took --fix to have missed them.)
  if (all.heldBack) notes.push(say('fixHeldBack', locale, file));
  if (!edits.length) return text;
  const fixed = applyEdits(text, edits);
  const written = writeBack(file, fixed, form, locale);
  if (written.error) {
    notes.push(written.error);
    return undefined;
  }
  const lines = new LineIndex(text);
  const short = (s: string) => {
    const one = s.replace(/\r?\n/g, '⏎');
    return one.length > 40 ? one.slice(0, 39) + '…' : one;
  };
  let count = 0;
  // (Each change said by what it changed — the cell by the form's name, a glued table by its name — not by the bare
  // characters: 「已修正：「」→「272」」 named no cell, and a table written back was two clipped blobs (a review).)
  const model = new ReportDocument(text).model();
  for (const e of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    // (A column widened for a figure too wide for its cell: part of that figure's change, not one of its own.)
    if (isLayoutEdit(e)) continue;
    const p = lines.positionAt(e.span.start);
    notes.push(changeNote(model, text, e, locale, file, p.line + 1, p.character + 1) ?? say('fixed', locale, file, p.line + 1, p.character + 1, short(text.slice(e.span.start, e.span.end).trimEnd()), short(e.newText.trimEnd())));
    count++;
    // A figure set inside what the edit wrote (a total in a glued table written back with its separators):
    // said with its row, or the note above would show only the separators restored (found by a review).
    for (const c of [...(all.inside.get(e) ?? [])].sort((a, b) => a.at - b.at)) {
      const row = rowOf(e.newText, c.at);
      if (row.label !== undefined) notes.push(say('fixedInRow', locale, file, p.line + 1, p.character + 1, row.label, row.figure, c.from, c.to));
      else notes.push(say('fixedInLine', locale, file, p.line + 1, p.character + 1, row.line, row.figure, c.from, c.to));
      count++;
    }
  }
  notes.push(say('fixedFile', locale, file, count, written.kept ?? file + '.bak'));
  return fixed;
}
