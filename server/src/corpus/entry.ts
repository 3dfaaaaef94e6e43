/**
 * What the workspace remembers of a report: who issued it, for which year, in which form, its key
 * figures, and where its 二、上年结转 and 四、结转下年度 figures stand — enough to compare it with the
 * same agency's other years without keeping its text.
 */
import type { ReportAnalysis } from '../analysis/model/document';
import { agencyKey, reportAgency } from '../analysis/views/agency';
import { keyFigures, type KeyFigures } from '../analysis/views/keyFigures';
import type { DocFacts } from '../analysis/model/facts';
import type { ApplicationsTable, FormatVersion, ReviewTable } from '../analysis/types';
import { APP_TOTAL_COL, APP_WIDTH } from '../analysis/form/schema';
import { figuresKnown, totalFigure } from '../analysis/views/summary';
import { LineIndex, type PlainRange, type Positions } from './positions';
import { placedKey } from './agencyPlace';
import { otherScopes } from '../analysis/model/tableScope';
import { norm } from '../analysis/reader/text/normalize';

export interface FigureAt {
  value?: number;
  /** The cell was blank (its value 0): said so, not 「0」. */
  blank?: true;
  range: PlainRange;
}

export interface IndexedReport {
  uri: string;
  /** The file's name, for messages. */
  name: string;
  agency: string;
  agencyKey: string;
  year: number;
  form: FormatVersion;
  /** Its key figures, for the history of an agency (the CLI's index, which has no use for them, leaves them out). */
  figures?: KeyFigures;
  /**
   * Table 三's 四、结转下年度继续办理, where it has it: next year's 上年结转 must equal it. Flat, five
   * values a column (figure — null where none was read — start line, start character, end line, end
   * character): an index of 100,000 reports holds one small array each, not 35 objects (`carryNextAt`).
   */
  carryNext?: (number | null)[];
  /** Which of those cells were blank (bit per column; their value 0): a message says 「空白」, not 0. */
  carryNextBlank?: number;
  /**
   * The 结转下年度 rows of its other scopes' tables 三 (「（一）全区汇总情况」 then 「（二）区政府本级情况」: the region's
   * first, the body's own after), in their order, each as `carryNext` and `carryNextBlank` are (none where its figures
   * were not read): next year's report may carry over either (it gave a false warning against the region's where the
   * body's own agreed — found by a review), and where next year's has as many tables each is compared with its own,
   * its warning pointing at this row's cell.
   */
  carryNextOthers?: CarryRow[];
  /** Its first table 三's scope, as its heading names it, where it has others (CarryRow.scope). */
  scope?: string;
  /** Its tables' figures in one short string (`figuresDigest`): two reports of a body and year, the same figures or not. */
  digest?: string;
}

/** A table's 四、结转下年度继续办理 row as an entry keeps it: flat figures and places, its blank cells' bits. */
export interface CarryRow {
  carryNext?: (number | null)[];
  carryNextBlank?: number;
  /** Its table's scope, as its heading names it (「市局本级情况」: tableScope.ts), where more than one table 三 is read. */
  scope?: string;
}

/**
 * Last year's 结转下年度 rows that this year's tables 三 (`scopes`: its first, then its other scopes', otherScopes) are
 * compared with, table by table — where both years hold as many tables and more than one, each its counterpart in
 * order —, or undefined where which scope is which cannot be told (any of this year's with any of last year's).
 */
export function counterparts(scopes: readonly { scope?: string }[], e: IndexedReport): CarryRow[] | undefined {
  const rows = [e, ...(e.carryNextOthers ?? [])];
  if (scopes.length < 2 || rows.length !== scopes.length) return undefined;
  // (By their headings where both years name every table alike, in any order — a year that put 「市局本级情况」 first and
  // 「全市税务系统情况」 second, the other the reverse, had each compared with the other scope's: found by a review. Else in order.)
  const mine = scopes.map((t) => scopeKey(t.scope));
  const theirs = rows.map((r) => scopeKey(r.scope));
  if (mine.every((k) => k) && new Set(mine).size === mine.length && mine.every((k) => theirs.includes(k))) return mine.map((k) => rows[theirs.indexOf(k)]);
  return rows;
}
/** A scope's heading as two years' are compared: simplified, without spaces, its 「情况」 and its 「的」. */
function scopeKey(words: string | undefined): string {
  return words ? norm(words).replace(/[的]|情况$|汇总$/g, '') : '';
}

/** An entry's 结转下年度 figures, column by column (undefined where none was read). */
export function carryNextValues(entry: CarryRow): (number | undefined)[] | undefined {
  const c = entry.carryNext;
  if (!c) return undefined;
  const out: (number | undefined)[] = [];
  for (let k = 0; k < c.length; k += 5) out.push(c[k] ?? undefined);
  return out;
}

/** Column `col` of an entry's 结转下年度 row: its figure (if read) and where it stands. */
export function carryNextAt(entry: CarryRow, col: number): FigureAt | undefined {
  const c = entry.carryNext;
  if (!c || col * 5 + 4 >= c.length) return undefined;
  const k = col * 5;
  const f: FigureAt = { range: { start: { line: c[k + 1]!, character: c[k + 2]! }, end: { line: c[k + 3]!, character: c[k + 4]! } } };
  if (c[k] !== null) f.value = c[k]!;
  if (entry.carryNextBlank && entry.carryNextBlank & (1 << col)) f.blank = true;
  return f;
}

/** Which of an entry's 结转下年度 cells were blank, column by column. */
export function carryNextBlanks(entry: CarryRow): boolean[] | undefined {
  if (!entry.carryNext) return undefined;
  const out: boolean[] = [];
  for (let col = 0; col * 5 < entry.carryNext.length; col++) out.push(!!entry.carryNextBlank && (entry.carryNextBlank & (1 << col)) !== 0);
  return out;
}

export const fileName = (uri: string) => decoded(uri.replace(/[?#].*$/, '').split('/').pop() ?? uri);
/**
 * How a message names a report: its path under `base` (a folder's URI — the workspace folder, the CLI's
 * working folder), else its whole path (a file's URI; another scheme's, its name). (Two sites' copies of a
 * year's report, 「site-a/2022.txt」 and 「site-b/2022.txt」, named 「2022.txt」 alike, left a reader looking
 * at the wrong one — also when the CLI was given them from another folder.)
 */
export function reportName(uri: string, base?: string): string {
  const folder = base === undefined ? undefined : base.endsWith('/') ? base : base + '/';
  const bare = uri.replace(/[?#].*$/, '');
  if (folder && bare.startsWith(folder)) return decoded(bare.slice(folder.length));
  if (folder && bare.startsWith('file:///')) return decoded(bare.slice('file://'.length)).replace(/^\/([A-Za-z]:\/)/, '$1');
  return fileName(uri);
}
/** A URI's escapes read, or the text as it is where one is malformed (a raw % some clients send). */
export const decoded = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * The entry of a report, or undefined when it names no agency or no year (nothing to match it by).
 * Positions come from `lines` when the caller has them (an open document's TextDocument keeps its
 * lines; finding them again in 1 MB would cost more than the edit that led here), else from `text`.
 */
export function indexEntry(uri: string, lines: string | Positions, analysis: ReportAnalysis, withFigures = true, base?: string): IndexedReport | undefined {
  // From the document facts, not the model: the model moves every table to document offsets, and
  // the index needs two tables' figures and one row's places.
  const facts = analysis.facts();
  if (!facts.isReport || facts.year === undefined) return undefined;
  // (Entries are matched by agency and year: a report of no known year has none.)
  const own = facts.year === undefined ? undefined : agencyOfFacts(facts);
  if (!own) return undefined;
  const appAt = facts.tables.find((t) => t.kind === 'applications');
  const app = appAt?.table as ApplicationsTable | undefined;
  const review = facts.tables.find((t) => t.kind === 'review')?.table as ReviewTable | undefined;
  // (agencyKey of a copy is cut from the copy, and copied again: it is kept as long.)
  const entry: IndexedReport = { uri, name: reportName(uri, base), agency: own, agencyKey: copyString(placedKey(agencyKey(own), uri)), year: facts.year, form: facts.format };
  if (withFigures) entry.figures = keyFigures(app, review);
  const digest = figuresDigest(facts);
  if (digest) entry.digest = digest;
  if (app && appAt) {
    const at = typeof lines === 'string' ? new LineIndex(lines) : lines;
    const d = appAt.offset;
    const row = app.rows.find((r) => r.id === 'carryNext');
    // (A row with more figures than cells keeps no figures here: which are its own is not known.)
    const others = otherScopes(facts, appAt).map((t) => ({ ...carryRow((t.table as ApplicationsTable).rows.find((x) => x.id === 'carryNext'), at, t.offset), ...(t.scope ? { scope: copyString(t.scope) } : {}) }));
    if (others.length) {
      entry.carryNextOthers = others;
      if (appAt.scope) entry.scope = copyString(appAt.scope);
    }
    Object.assign(entry, carryRow(row, at, d));
  }
  return entry;
}

/** A 结转下年度 row as an entry keeps it (`d`: its table's offset in the text), or nothing where its figures are not known. */
function carryRow(row: ApplicationsTable['rows'][number] | undefined, at: Positions, d: number): CarryRow {
  const out: CarryRow = {};
  if (!row || !figuresKnown(row, APP_WIDTH)) return out;
  // Sized once and filled (an array grown push by push keeps spare room), with null, not NaN,
  // for no figure: small integers and null are stored as such, a NaN makes every element a double.
  const flat: (number | null)[] = new Array(row.cells.length * 5).fill(null);
  row.cells.forEach((c, i) => {
    const start = at.positionAt(c.span.start + d);
    const end = at.positionAt(Math.max(c.span.end, c.span.start) + d);
    flat[i * 5] = carryValue(c, i, row.cells);
    if (c.kind === 'blank' && flat[i * 5] === 0) out.carryNextBlank = (out.carryNextBlank ?? 0) | (1 << i);
    flat[i * 5 + 1] = start.line;
    flat[i * 5 + 2] = start.character;
    flat[i * 5 + 3] = end.line;
    flat[i * 5 + 4] = end.character;
  });
  out.carryNext = flat;
  return out;
}

/**
 * A 结转下年度 cell's figure, null where it has none. (A figure too long to be a number, read as Infinity, is
 * no figure: JSON, which carries the entry to a worker or to disk, would make it null anyway. A blank cell
 * is 0 — a page leaves its zeros blank — but a blank 总计 beside figures is no figure.)
 */
function carryValue(c: ApplicationsTable['rows'][number]['cells'][number], i: number, cells: ApplicationsTable['rows'][number]['cells']): number | null {
  const blankTotal = c.kind === 'blank' && i === APP_TOTAL_COL && totalFigure(c, cells.slice(0, APP_TOTAL_COL)) === undefined;
  return c.kind === 'number' ? (Number.isFinite(c.value) ? (c.value as number) : null) : (c.kind === 'blank' && !blankTotal) || c.kind === 'none' ? 0 : null;
}

/**
 * The agency a report's facts name (its title's, else its signer's), as its own string — undefined without a year or
 * an agency: what an index entry holds, and what the CLI prints for a report without keeping entries.
 */
/**
 * A report's statistics tables' figures, every cell as read (its figure, or what it is: blank, missing…), hashed to a
 * short string (FNV-1a, 32 bits): two copies of a year with the same digest have the same figures (year-duplicate).
 * Undefined for a report with no table.
 */
export function figuresDigest(facts: Pick<DocFacts, 'tables'>): string | undefined {
  if (!facts.tables.length) return undefined;
  let h = FNV_OFFSET;
  const add = (s: string) => (h = fnv1a(s, h));
  const cells = (cs: readonly { kind: string; value?: number }[]) => {
    for (const c of cs) add(c.kind === 'number' ? `${c.value},` : `${c.kind},`);
  };
  for (const { table: t } of facts.tables) {
    add(`|${t.kind}:`);
    if (t.kind === 'applications') for (const r of t.rows) (add(r.id), cells(r.cells));
    else if (t.kind === 'active') for (const b of t.blocks) for (const r of b.rows) (add(`${b.id}.${r.id}`), cells(r.cells));
    else if (t.kind === 'review') cells(t.cells);
    else for (const r of t.rows) (add(r.labelText), cells(r.cells));
  }
  return (h >>> 0).toString(36);
}

const FNV_OFFSET = 0x811c9dc5;
/** FNV-1a of a string, 32 bits, on from `h` (a hash so far): the index's buckets and the figures' digest. */
export function fnv1a(s: string, h = FNV_OFFSET): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

export function agencyOfFacts(facts: Pick<DocFacts, 'title' | 'signer'>): string | undefined {
  const agency = reportAgency(facts);
  // The agency is cut from the report's text, and a cut string keeps the whole text it was cut from
  // alive (V8's sliced strings): kept for every report, it would keep every text. A copy holds only itself.
  return agency ? copyString(agency) : undefined;
}

function copyString(s: string): string {
  return Buffer.from(s, 'utf8').toString('utf8');
}
