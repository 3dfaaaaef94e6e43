/**
 * Where table 三's reader (readApplications) can take up its walk over a segment's tokens after an
 * edit, and where it can stop. The walk carries a state from token to token — the table it has open
 * (a draft: its rows so far, the rows it has seen) — so a table's rows may be far apart (a page's
 * header between them) and a row read twice opens the next table (a scraped page's copy). Marks are
 * that state at some of the walk's steps, with what the walk had read by then:
 *
 * - *take up*: the last mark before the first token the edit cut again, when nothing read before
 *   it lies at or after that token — the walk from there sees the same state and the same tokens;
 * - *stop*: a mark after the edited lines where the walk after the edit is in the same state as the
 *   walk before it was (no table open; or the same row repeated after the same row, which closes
 *   the open table and opens the next the same way), and from which the walk never looks back
 *   before those lines — from there on it would read the same tokens (moved) the same way, so the
 *   tables it would read are the ones read before, moved by the edit's length.
 *
 * So an edit re-reads table 三 from the mark before it to the end of the table it falls in, not the
 * whole segment (a section repeating the table a thousand times is read one table at a time).
 *
 * What a step reads must be in its mark: forward, `reach` — the cells it fitted, and how far a wrapped label was
 * looked for, found or not —; back, `back` — the header's search, to the segment's start where it ran out of tokens,
 * and the text before the table its finishing read. A step that changed the open table before closing it (stacked
 * rows' figures given to the row above, a group's label taken in) is no place to stop (`noStop`). Each of these was a
 * way the reading after an edit differed from a fresh one, found by random hunts of edits.
 */
import { movedCopy, shifted } from '../../../shift';
import type { TokenCut } from '../../tokens/retokenize';
import type { ApplicationsTable, GroupLabel, Span, TableRow } from '../../../types';

/** The table the walk has open. Its rows and groups are never changed once pushed (marks hold them). */
export interface Draft {
  start: number;
  header?: Span;
  end: number;
  rows: TableRow[];
  groups: GroupLabel[];
  seen: Set<string>;
}

/**
 * open: no table open before `at` (the walk may open one there); repeat: the open table is closed at
 * `at` because row `id` repeats after row `previous`; row: a table open, after one of its rows.
 */
export type MarkKind = 'open' | 'repeat' | 'row';

export interface AppMark {
  /** The token the walk's step starts at; the mark is the state before that step. */
  at: number;
  kind: MarkKind;
  /** Tables finished before the step; for `repeat`, also after it (the closed one counted if kept). */
  tables: number;
  after: number;
  /** Every token the steps before read is below this index. */
  reach: number;
  /** The lowest token the step's header search read (open, repeat: the step may open a table); Infinity if none. */
  back: number;
  /** The lowest `back` of this mark and every later one: how far the walk from here looks back. */
  backAfter: number;
  /** The open table: its first `n` rows and `g` groups, its place (before `shift`). */
  draft?: { start: number; header?: Span; end: number; rows: readonly TableRow[]; n: number; groups: readonly GroupLabel[]; g: number };
  id?: string;
  previous?: string;
  /** Characters the edits since the mark was made moved what it holds (its draft's positions). */
  shift: number;
  /** The step changed the open table before closing it (repeat): a walk after an edit may take up here, not stop. */
  noStop?: boolean;
}

/** What the walk after an edit starts from: the walk before it (its tables and marks) and the tokens the edit cut again. */
export interface AppResume {
  tables: readonly ApplicationsTable[];
  marks: readonly AppMark[];
  cut: TokenCut;
}

/** A snapshot of the open table for a mark (the arrays are shared: they only grow). */
export function snapshot(d: Draft): AppMark['draft'] {
  return { start: d.start, header: d.header, end: d.end, rows: d.rows, n: d.rows.length, groups: d.groups, g: d.groups.length };
}

/** The open table of a mark, made again (moved by the mark's shift). */
export function restore(m: AppMark): Draft | undefined {
  const d = m.draft;
  if (!d) return undefined;
  const s = m.shift;
  const rows = d.rows.slice(0, d.n);
  const groups = d.groups.slice(0, d.g);
  return {
    start: d.start + s,
    header: d.header && (s ? { start: d.header.start + s, end: d.header.end + s } : d.header),
    end: d.end + s,
    rows: s ? shifted(rows, s) : rows,
    groups: s ? shifted(groups, s) : groups,
    seen: new Set(rows.map((r) => r.id)),
  };
}


/** A mark of the walk before the edit, moved past the edited lines (`tables`: how many more tables now come before it). */
export function movedMark(m: AppMark, cut: TokenCut, tables: number, reach: number): AppMark {
  const out: AppMark = { ...m, at: m.at + cut.moved, tables: m.tables + tables, after: m.after + tables, reach: Math.max(reach, m.reach + cut.moved), back: m.back + cut.moved, shift: m.shift + cut.delta };
  return out;
}

/** Sets each mark's backAfter (a pass from the end: cheap beside the walk). */
export function settleBacks(marks: AppMark[]): void {
  let low = Infinity;
  for (let i = marks.length - 1; i >= 0; i--) {
    if (marks[i].back < low) low = marks[i].back;
    marks[i].backAfter = low;
  }
}

/** A table of the walk before the edit, after the edited lines: moved by the edit's length. */
export const movedTable = (t: ApplicationsTable, cut: TokenCut): ApplicationsTable => (cut.delta ? movedCopy(t, cut.delta) : t);
