/**
 * `check`: the findings of each report, as `file:line:col severity code message` lines or JSON.
 * The files are read first into an index of agencies and years, so that each report is also
 * compared with the same agency's previous year among them (carry-over); `--summary` ends with one
 * line per report.
 */
import { STDIN } from '../../textFiles/readText';
import type { Locale } from '../../analysis/types';
import { toLocale } from '../../i18n/render';
import { expandAll, isOption, skippedNote, splitAtDashes, splitOption } from '../files';
import { pace, type CliIO } from '../io';
import { say, usageError, whyUnreadable } from '../messages';
import { ConfigFinder } from '../../config/configFile';
import { SameYear } from '../sameYear';
import { SarifStream } from './sarif';
import { CSV_FINDINGS_HEAD } from './csvFindings';
import { summaryLines, type SummaryRow } from './summary';
import os from 'node:os';
import { checkPass, Kept, readPass, type Checked, type Job, type PassOptions, type Read } from './passes';
import { checkInPool } from './pool';
import { IndexUnwritable, RunIndex } from './runIndex';

/**
 * Reports kept checked between the two passes (their text, findings and the facts the comparison
 * reads: ~4 bytes a character, ~30 MB here; their analyses, ~16 bytes a character, are let go), up to
 * this many characters of text; beyond, files are read again in pass 2 — memory stays flat however
 * many files there are, at the cost of reading the rest twice.
 */
const KEEP_CHARS = 8_000_000;

interface Options {
  format: 'text' | 'json' | 'sarif' | 'csv';
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
  /** Worker threads (--jobs); by default one per core beyond the first, up to four, from 64 files on. */
  jobs?: number;
  paths: string[];
}

/** Characters read of each file by default (a report is 5–50 thousand), and the least --max-size (less cuts a report inside its first table). */
export const DEFAULT_MAX_SIZE = 500_000;
export const MIN_MAX_SIZE = 10_000;

export function checkCommand(given: readonly string[], locale: Locale, io: CliIO): number | Promise<number> {
  // (After 「--」 every argument is a file, even one named like an option.)
  const { args: argv, files: afterDashes } = splitAtDashes(given);
  const opts: Options = { format: 'text', locale, localeGiven: argv.some((a) => a === '--locale' || a.startsWith('--locale=')), summary: false, fix: false, quiet: false, maxSize: DEFAULT_MAX_SIZE, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = splitOption(a);
    if (name === '--format' || name === '--locale') {
      const v = inline ?? (isOption(argv[i + 1]) ? undefined : argv[++i]);
      if (name === '--format') {
        if (v !== 'text' && v !== 'json' && v !== 'sarif' && v !== 'csv') return usageError(io, locale, 'badValue', name, String(v), 'text|json|sarif|csv');
        opts.format = v;
      } else if (!toLocale(v)) return usageError(io, locale, 'badValue', name, String(v), LOCALES);
    } else if (name === '--summary') opts.summary = true;
    else if (name === '--fix') opts.fix = true;
    else if (name === '--quiet' || name === '-q') opts.quiet = true;
    else if (name === '--max-warnings') {
      const v = inline ?? (isOption(argv[i + 1]) ? undefined : argv[++i]);
      if (!/^\d+$/.test(String(v))) return usageError(io, locale, 'badValue', name, String(v));
      opts.maxWarnings = Number(v);
    } else if (name === '--jobs' || name === '-j') {
      const v = inline ?? (isOption(argv[i + 1]) ? undefined : argv[++i]);
      if (!/^\d+$/.test(String(v)) || Number(v) < 1) return usageError(io, locale, 'badValue', name, String(v));
      opts.jobs = Number(v);
    } else if (name === '--max-size') {
      const v = inline ?? (isOption(argv[i + 1]) ? undefined : argv[++i]);
      if (!/^\d+$/.test(String(v))) return usageError(io, locale, 'badValue', name, String(v));
      // (Less than this and a report would be cut inside its first table: say the least, not just 「invalid」.)
      if (Number(v) < MIN_MAX_SIZE) return usageError(io, locale, 'tooSmall', name, String(MIN_MAX_SIZE));
      opts.maxSize = Number(v);
    }
    else if (name === '--help' || name === '-h') {
      io.out(say('usage', locale));
      return 0;
    } else if (name.startsWith('-') && name !== '-') {
      return usageError(io, locale, 'unknownOption', name);
    } else opts.paths.push(a);
  }
  opts.paths.push(...afterDashes);
  if (!opts.paths.length) return usageError(io, locale, 'noFiles');
  if (opts.fix && opts.paths.includes(STDIN)) return usageError(io, locale, 'stdinInPlace', '--fix');
  return check(opts, io);
}

/** What --locale takes (and the spellings toLocale knows besides: zh-Hans, zh_TW, en-US …). */
const LOCALES = 'zh-cn|zh-tw|en';

/** The most files a note of reports with no agency names. */
const NAMED_NO_AGENCY = 5;

/** From this many files on, the work is shared by a pool of worker threads (pool.ts). */
const POOL_FROM = 64;

function check(opts: Options, io: CliIO): number | Promise<number> {
  // The files found are the jobs (a job's URI is made when it is needed: kept for 100,000 files,
  // URIs would take ~10 MB).
  const { files: jobs, unreadable, skipped } = expandAll(opts.paths);
  // The run's own sentences (the count, the summary) in the language the project's configuration asks for,
  // as its findings are — the configuration of the first file's folder, unless --locale says otherwise (they
  // stayed Chinese under 「"locale": "en"」: found by a review).
  if (!opts.localeGiven && jobs.length) {
    const configured = new ConfigFinder(true).forFile(jobs[0].file)?.locale;
    if (configured) opts.locale = configured;
  }
  const po: PassOptions = { format: opts.format, locale: opts.locale, localeGiven: opts.localeGiven, fix: opts.fix, quiet: opts.quiet, maxSize: opts.maxSize };
  const run = new Run(opts, io, unreadable.map((u) => ({ file: u.file, why: u.why })), new RunIndex(jobs.length), jobs.length, skippedNote(skipped, opts.locale));
  // Chosen by measurement: on a 2-core machine two threads analysed only 1.2 times as much as one
  // (two processes in parallel, the same), and the pool's start-up and copies cost more than that. A
  // thread per core beyond the first, up to four; --jobs sets it.
  const threads = opts.jobs ?? Math.max(1, Math.min((os.availableParallelism?.() ?? os.cpus().length) - 1, 4));
  // The index's folder, if it moved to disk, goes however the run ends; a disk that cannot take it
  // ends the run with a sentence, not a stack.
  const failed = (e: unknown): number => {
    if (!(e instanceof IndexUnwritable)) throw e;
    io.err(say('unwritable', opts.locale, e.dir, e.code));
    return 2;
  };
  // (The standard input is read in this thread: a worker would read it again, and find it spent.)
  if (threads > 1 && jobs.length >= POOL_FROM && !jobs.some((j) => j.file === STDIN)) {
    return checkInPool(jobs, po, threads, run)
      .then(() => run.finish(), failed)
      .finally(() => run.index.close());
  }
  let result: number | Promise<number>;
  try {
    result = checkHere(jobs, po, run, io);
  } catch (e) {
    run.index.close();
    return failed(e);
  }
  if (typeof result === 'number') {
    run.index.close();
    return result;
  }
  return result.then((n) => n, failed).finally(() => run.index.close());
}

/** The two passes in this thread (a run of many files paced by its output: eachJob). */
function checkHere(jobs: Job[], po: PassOptions, run: Run, io: CliIO): number | Promise<number> {
  const paced = jobs.length >= POOL_FROM ? io : undefined;
  // Pass 1: every file read, every report into the index (its analysis kept while memory allows).
  const kept = new Kept(KEEP_CHARS);
  // (Which files are reports, one byte each: what pass 1 says of a file is taken as it comes, not kept.)
  const isReport = new Uint8Array(jobs.length);
  const first = eachJob(
    jobs.length,
    (i) => {
      const r = readPass(jobs[i], po, kept);
      run.read(jobs[i], r);
      if (r.report) isReport[i] = 1;
    },
    paced,
  );
  // Pass 2: findings, with the others to compare with.
  const second = (): number | Promise<number> => {
    const index = run.index;
    index.seal();
    const configs = new ConfigFinder(true);
    const reported = new Set<string>();
    const done = eachJob(jobs.length, (i) => isReport[i] && run.checked(jobs[i], checkPass(jobs[i], po, index, configs, kept, reported)), paced);
    return done ? done.then(() => run.finish()) : run.finish();
  };
  return first ? first.then(second) : second();
}

/**
 * `step` for each of n files in order. With `io`, paced (io.ts): the run waits while its output waits to be taken, and
 * the event loop has a turn between blocks of files.
 */
function eachJob(n: number, step: (i: number) => unknown, io: CliIO | undefined): Promise<void> | undefined {
  if (!io) {
    for (let i = 0; i < n; i++) step(i);
    return undefined;
  }
  return (async () => {
    for (let i = 0; i < n; i++) {
      step(i);
      const wait = pace(io, i);
      if (wait) await wait;
    }
  })();
}

/**
 * What a run has found so far, taken file by file in the files' order: stderr notes printed as they
 * come, output written as it comes (JSON as a stream of array elements, SARIF as a stream of results:
 * memory does not grow with the number of files), counts and summary rows kept.
 */
class Run {
  private refused = 0;
  private reports = 0;
  private counts = { error: 0, warning: 0, information: 0, hint: 0 };
  private rows: SummaryRow[] = [];
  private sarif?: SarifStream;
  private jsonCount = 0;
  private pendingJson?: string;
  private csvStarted = false;
  private notedConfigs = new Set<string>();
  private sameYear = new SameYear();
  /** Reports of a known year whose body is not read (said at the end where other reports were checked with them). */
  private noAgency: string[] = [];

  constructor(
    private opts: Options,
    private io: CliIO,
    private unreadable: { file: string; why: string }[],
    readonly index: RunIndex,
    private files: number,
    /** The reports in another form the folders held (PDF, Word, saved pages), said at the end. */
    private skipped?: string,
  ) {}

  waiting(): Promise<void> | undefined {
    return this.io.waiting?.();
  }

  read(job: Job, r: Read): void {
    for (const n of r.notes) this.io.err(n);
    if (r.unreadable) this.unreadable.push({ file: job.file, why: r.unreadable });
    if (r.refused) this.refused++;
    if (r.report) this.reports++;
    if (r.entry) this.index.add(r.entry);
    // (Pass 1: every report's body and year known before any is written, each written with its copies. Not a page's source,
    // which is not read as a report: a report beside it was said to be there twice — found by a review.)
    if (r.entry && !r.page) this.sameYear.add(job.file, r.entry.agency, r.entry.year);
    if (r.noAgency) this.noAgency.push(job.file);
  }

  checked(job: Job, c: Checked): void {
    // A broken configuration file is said once, whichever thread read it.
    for (const n of c.notes) if (!this.notedConfigs.has(n)) (this.notedConfigs.add(n), this.io.err(n));
    if (c.unreadable) {
      this.unreadable.push({ file: job.file, why: c.unreadable });
      return;
    }
    for (const k of Object.keys(this.counts) as (keyof Run['counts'])[]) this.counts[k] += c.counts[k];
    if (c.row && this.opts.summary) this.rows.push(c.row); // (kept only for the table that asks for them)
    for (const l of c.lines) this.io.out(l);
    if (c.csv !== undefined) this.io.raw(this.csvHead() + c.csv);
    if (c.sarif) for (const l of (this.sarif ??= new SarifStream(this.opts.locale)).file(c.sarif.file, c.sarif.diagnostics)) this.io.out(l);
    // (The other reports of its body and year, in the JSON a review office's script reads: two copies of a year were said only
    // on the standard error, and a count by body and year counted both — found by a review.)
    const copies = c.json !== undefined && c.row && !c.row.page ? this.sameYear.copies(job.file, c.row.agency, c.row.year) : undefined;
    if (copies) (c.json as Record<string, unknown>).sameYear = copies;
    if (c.json !== undefined) {
      // The array's elements as they come, indented as JSON.stringify(array, null, 2) would; each one
      // is written when the next arrives (with its comma) or at the end (with the closing bracket).
      if (this.pendingJson !== undefined) this.io.out(this.pendingJson + ',');
      this.pendingJson = (this.jsonCount++ ? '  ' : '[\n  ') + JSON.stringify(c.json, null, 2).replace(/\n/g, '\n  ');
    }
  }

  /** The CSV's byte-order mark and header, before its first line (and only then). */
  private csvHead(): string {
    if (this.csvStarted) return '';
    this.csvStarted = true;
    return CSV_FINDINGS_HEAD;
  }

  finish(): number {
    const { opts, io } = this;
    for (const u of this.unreadable) io.err(say('unreadable', opts.locale, u.file, whyUnreadable(u.why, opts.locale)));
    for (const n of this.sameYear.notes(opts.locale)) io.err(n);
    if (this.noAgency.length && this.reports > 1) {
      const shown = this.noAgency.slice(0, NAMED_NO_AGENCY);
      const files = shown.join(opts.locale === 'en' ? ', ' : '、');
      const more = this.noAgency.length - shown.length;
      io.err(more ? say('noAgencyMore', opts.locale, this.noAgency.length, files, shown.length, more) : say('noAgency', opts.locale, this.noAgency.length, files));
    }
    // (Nothing found: that first, then what else the folders hold — not 「检查了 0 个文件」 before it, found by a review.)
    const none = this.files === 0 && !this.unreadable.length && !this.refused;
    if (none) io.err(say('noReportFiles', opts.locale, opts.paths.join(' ')));
    if (this.skipped) io.err(this.skipped);
    if (opts.format === 'json') io.out(this.pendingJson !== undefined ? this.pendingJson + '\n]' : '[]');
    else if (opts.format === 'sarif') io.out((this.sarif ??= new SarifStream(opts.locale)).end());
    // (A CSV of no finding is its header: a review office's spreadsheet opens it as such, not as an empty file.)
    else if (opts.format === 'csv') io.raw(this.csvHead());
    else if (!none) {
      if (opts.summary) for (const line of summaryLines(this.rows, opts.locale)) io.out(line);
      io.err(say('summary', opts.locale, this.reports, this.counts.error, this.counts.warning, this.counts.information + this.counts.hint));
    }
    if (this.unreadable.length || this.refused) return 2;
    // Nothing found to check (an empty folder, a wrong path in CI): not a pass.
    if (none) return 2;
    // Files, but not one of them a report (a folder of notes, a report the reader could not recognise):
    // nothing was checked, which is no pass either.
    if (this.reports === 0) {
      io.err(say('noReportsChecked', opts.locale, opts.paths.join(' '), this.files));
      return 2;
    }
    if (this.counts.error > 0) return 1;
    if (opts.maxWarnings !== undefined && this.counts.warning > opts.maxWarnings) {
      io.err(say('tooManyWarnings', opts.locale, this.counts.warning, opts.maxWarnings));
      return 1;
    }
    return 0;
  }
}
