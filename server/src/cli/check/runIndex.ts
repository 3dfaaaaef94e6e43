/**
 * The index of agencies and years of one `check` run, for the year-against-year comparison, in
 * memory that does not grow with the number of files: entries are kept in memory up to a limit;
 * past it, all of them go to bucket files in a temporary folder (by a hash of the agency), and a
 * lookup reads the one bucket its agency is in. A run of 100,000 reports then holds a few buckets,
 * not 100,000 entries (~0.5 KB each). The folder is removed when the run ends.
 *
 * Answers are those of ReportIndex, in memory or not: the same agency's report for the year
 * before, the first by URI when there are several.
 */
import { catchSignals, done, removeAtExit } from '../leftAtExit';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fnv1a, type IndexedReport } from '../../corpus/entry';
import { ReportIndex, type CorpusLookup } from '../../corpus/index';
import { localKeys, onePlace } from '../../corpus/agencyPlace';
import { byName } from '../../analysis/views/nameOrder';

/** Entries kept in memory before the index moves to disk (~5 MB of them). */
export const ENTRIES_IN_MEMORY = 10_000;
/** About this many entries a bucket: a lookup reads and parses a few kilobytes. */
const PER_BUCKET = 16;
/** Characters of entries waiting to be appended before they are written out. */
const WRITE_BUFFER = 1 << 20;
/** Buckets read and kept parsed (reports of one agency tend to come together), one entry per agency and year each. */
const BUCKETS_KEPT = 32;

/** The index could not be written to its folder (a full or read-only disk): the run cannot go on. */
export class IndexUnwritable extends Error {
  constructor(
    readonly dir: string,
    readonly code: string,
  ) {
    super(`${dir}: ${code}`);
  }
}

/** What a worker thread needs to answer the same lookups. */
export type SharedIndex = { entries: IndexedReport[] } | { dir: string; buckets: number };

export class RunIndex implements CorpusLookup {
  /** Changes with every entry added (the CorpusLookup contract: findings made before are stale). */
  version = 0;
  private memory: ReportIndex | undefined = new ReportIndex();
  private dir?: string;
  private buckets = 0;
  private pending = new Map<number, string[]>();
  private pendingChars = 0;
  private read = new Map<number, Bucket>();
  private borrowed = false;

  /**
   * `expected`: how many files the run has (sizes the buckets); `limit`: entries kept in memory.
   */
  constructor(private expected: number, private limit = ENTRIES_IN_MEMORY) {}

  /** A worker's view of the main thread's index: its entries, or its folder (read, never removed). */
  static of(shared: SharedIndex): RunIndex {
    const index = new RunIndex(0, Infinity);
    index.borrowed = true;
    if ('dir' in shared) {
      index.memory = undefined;
      index.dir = shared.dir;
      index.buckets = shared.buckets;
    } else for (const e of shared.entries) index.add(e);
    return index;
  }

  add(entry: IndexedReport): void {
    this.version++;
    if (this.memory) {
      this.memory.set(entry.uri, entry);
      if (this.memory.size > this.limit) this.spill();
      return;
    }
    this.queue(entry);
  }

  /** Everything written out (done before any lookup: a lookup reads the files). */
  seal(): void {
    try {
      for (const [b, lines] of this.pending) appendFileSync(this.bucketFile(b), lines.join(''));
    } catch (e) {
      throw new IndexUnwritable(this.dir!, (e as NodeJS.ErrnoException).code ?? String(e));
    }
    this.pending.clear();
    this.pendingChars = 0;
  }

  share(): SharedIndex {
    this.seal();
    return this.dir ? { dir: this.dir, buckets: this.buckets } : { entries: this.memory!.all() };
  }

  /** Whether the entries are on disk. */
  get spilled(): boolean {
    return this.dir !== undefined;
  }

  previousYear(agencyKey: string, year: number, near?: string, agrees?: (e: IndexedReport) => boolean): IndexedReport | undefined {
    // (Spilled to disk, the index keeps one report an agency and year: the nearest is chosen in memory only.)
    if (this.memory) return this.memory.previousYear(agencyKey, year, near, agrees);
    if (this.pending.size) this.seal();
    const own = this.bucket(bucketOf(agencyKey, this.buckets)).answers.get(agencyKey + '\n' + (year - 1));
    if (own || near === undefined) return own;
    // (As ReportIndex: under its other spelling in its folder, where that spelling's long names are one place's.)
    for (const s of localKeys(agencyKey, near)) {
      const found = this.bucket(bucketOf(s.seek, this.buckets)).answers.get(s.seek + '\n' + (year - 1));
      const froms = [...(this.bucket(bucketOf(s.longKey, this.buckets)).froms.get(s.longKey) ?? [])];
      if (found && onePlace(s.long ? [...froms, s.from] : froms)) return found;
    }
    return undefined;
  }

  sameYear(agencyKey: string, year: number, except?: string): IndexedReport[] {
    if (this.memory) return this.memory.sameYear(agencyKey, year, except);
    if (this.pending.size) this.seal();
    const all = this.bucket(bucketOf(agencyKey, this.buckets)).all.get(agencyKey + '\n' + year) ?? [];
    return all.filter((e) => e.uri !== except).sort((a, b) => byName(a.uri, b.uri));
  }

  /** Removes the folder (the main thread's, once the run is over). */
  close(): void {
    if (!this.dir || this.borrowed) return;
    rmSync(this.dir, { recursive: true, force: true });
    done(this.dir);
  }

  private spill(): void {
    // (Before the folder is made: see catchSignals.)
    catchSignals();
    try {
      this.dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-report-index-'));
    } catch {
      // No temporary folder to write to: the index stays in memory, as it did before it could move.
      this.limit = Infinity;
      return;
    }
    this.buckets = Math.max(64, Math.ceil(Math.max(this.expected, this.memory!.size) / PER_BUCKET));
    removeAtExit(this.dir);
    const all = this.memory!.all();
    this.memory = undefined;
    for (const e of all) this.queue(e);
  }

  private queue(entry: IndexedReport): void {
    this.queueUnder(entry.agencyKey, entry);
    // (Found also by its spellings' keys in its folder: agencyPlace.ts. A copy whose key is that one, in that key's bucket;
    // a long spelling's with the places it leaves out.)
    for (const s of localKeys(entry.agencyKey, entry.uri)) this.queueUnder(s.own, { ...entry, agencyKey: s.own, ...(s.long ? { from: s.from } : {}) });
  }

  private queueUnder(key: string, entry: Line): void {
    const b = bucketOf(key, this.buckets);
    this.read.delete(b); // (read before this entry: read again)
    const line = JSON.stringify(entry) + '\n';
    let lines = this.pending.get(b);
    if (!lines) this.pending.set(b, (lines = []));
    lines.push(line);
    this.pendingChars += line.length;
    if (this.pendingChars > WRITE_BUFFER) this.seal();
  }

  /** A bucket's answers: for each agency and year, the entry a lookup gives (the first by URI) — one each, however many files repeat them — and all of them. */
  private bucket(b: number): Bucket {
    let kept = this.read.get(b);
    if (kept) {
      // Most recently used last.
      this.read.delete(b);
      this.read.set(b, kept);
      return kept;
    }
    const answers = new Map<string, IndexedReport>();
    const all = new Map<string, IndexedReport[]>();
    const froms = new Map<string, Set<string>>();
    let text = '';
    try {
      text = readFileSync(this.bucketFile(b), 'utf8');
    } catch (e) {
      // No report of these agencies: no file. Any other failure would lose findings unsaid.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    for (const line of text.split('\n')) {
      if (!line) continue;
      const { from, ...e } = JSON.parse(line) as Line;
      if (from !== undefined) {
        let f = froms.get(e.agencyKey);
        if (!f) froms.set(e.agencyKey, (f = new Set()));
        f.add(from);
      }
      const key = e.agencyKey + '\n' + e.year;
      const best = answers.get(key);
      if (!best || e.uri < best.uri) answers.set(key, e);
      const those = all.get(key);
      if (!those) all.set(key, [e]);
      else if (!those.some((x) => x.uri === e.uri)) those.push(e);
    }
    if (this.read.size >= BUCKETS_KEPT) this.read.delete(this.read.keys().next().value!);
    kept = { answers, all, froms };
    this.read.set(b, kept);
    return kept;
  }

  private bucketFile(b: number): string {
    return path.join(this.dir!, b.toString(36));
  }
}

/** A line of a bucket: an entry, and a long spelling's copy the places it leaves out (agencyPlace.ts). */
type Line = IndexedReport & { from?: string };
/** A bucket's answers, and by each spelling's long key the places its long names leave out. */
interface Bucket {
  answers: Map<string, IndexedReport>;
  /** Every report of each agency and year (year-duplicate names them). */
  all: Map<string, IndexedReport[]>;
  froms: Map<string, Set<string>>;
}

/** FNV-1a of the agency's key, into `n` buckets. */
function bucketOf(key: string, n: number): number {
  return (fnv1a(key) >>> 0) % n;
}
