/**
 * The walk of a table reader that carries nothing from one table to the next (table 四, the pre-2019
 * statistics table): a step at a token reads a table there and goes on after it, or goes on at the
 * next token. After an edit the walk takes up at the last mark before the first token cut again
 * whose steps before read nothing at or after it, and stops at the first token after the edited
 * lines where the walk before the edit took a step too (a step reads only forward): from there on it
 * is the same walk on the same tokens, moved, and its tables are the ones read before, moved. So an
 * edit re-reads the table it is in, not the section. (Table 三's reader carries its open table from
 * step to step: appMarks.ts.)
 */
import { movedCopy } from '../../../shift';
import type { TokenCut } from '../../tokens/retokenize';
import type { Token } from '../../tokens/token';

/** A step of the walk: the token it started at, where the next one started, the tables before it, and how far the steps before it read (one past). */
export interface WalkMark {
  at: number;
  next: number;
  tables: number;
  reach: number;
}

export interface WalkResume<T> {
  tables: readonly T[];
  marks: readonly WalkMark[];
  cut: TokenCut;
}

export interface Walk<T> {
  tables: T[];
  marks: WalkMark[];
  /** The tokens the walk went over, [from, to) (for tests and the benchmark). */
  walked: [number, number];
}

/** What a step found: the table (or none), where the next step starts, and one past the last token it read. */
export interface StepOut<T> {
  table: T | undefined;
  next: number;
  reach: number;
}

/**
 * Where a walk after an edit takes up (every reader's): the last mark of the walk before with nothing
 * its steps before read at or after the first token cut again. The tables and the marks before it are
 * put in `tables` and `marks`; returns it and its index, or undefined (then the walk starts afresh).
 */
export function takeUp<M extends { at: number; reach: number; tables: number }, T>(resume: { tables: readonly T[]; marks: readonly M[]; cut: TokenCut } | undefined, tables: T[], marks: M[]): { mark: M; index: number } | undefined {
  if (!resume) return undefined;
  const { cut } = resume;
  for (let k = resume.marks.length - 1; k >= 0; k--) {
    const m = resume.marks[k];
    if (m.at > cut.from || m.reach > cut.from) continue;
    for (let t = 0; t < m.tables; t++) tables.push(resume.tables[t]);
    // (Marks at the same token as this one are made again by the walk.)
    for (let t = 0; t < k; t++) if (resume.marks[t].at < m.at) marks.push(resume.marks[t]);
    return { mark: m, index: k };
  }
  return undefined;
}

/**
 * A step makes a mark only this many tokens after the last (a step that reads a table always does):
 * marks stay few, about one per three rows. Tests set it to 1, a mark at every step, to hold each
 * step's look-ahead to account. (Table 三's reader spaces its marks the same.)
 */
export const markSpacing = { tokens: 24 };

/**
 * `lookBack`: how many tokens before its own a step may read (table 四's header looks back at the words before it): the walk
 * stops no sooner than that many tokens past the edited lines, so a step whose look back reaches them is taken again.
 */
export function walkTables<T extends object>(tokens: readonly Token[], step: (i: number, out: StepOut<T>) => void, resume?: WalkResume<T>, keepMarks = true, lookBack = 0): Walk<T> {
  const tables: T[] = [];
  const marks: WalkMark[] = [];
  const spacing = keepMarks || resume ? markSpacing.tokens : Infinity;
  let reach = 0;
  let from = 0;
  const cut = resume?.cut;
  const start = takeUp(resume, tables, marks);
  if (start) {
    reach = start.mark.reach;
    from = start.mark.at;
  }
  let s = 0; // (the old marks looked at so far, for the stop)
  const out: StepOut<T> = { table: undefined, next: 0, reach: 0 };
  let lastMark = marks.length ? marks[marks.length - 1].at : -Infinity;
  for (let i = from; i < tokens.length; ) {
    if (resume && cut && i >= cut.oldAfter + cut.moved + lookBack) {
      // Did the walk before the edit take a step at this token? Not if a table it read spans it.
      const x = i - cut.moved;
      const old = resume.marks;
      while (s < old.length && old[s].next <= x) s++;
      if (s >= old.length || old[s].at >= x) {
        const first = s < old.length ? old[s].tables : resume.tables.length;
        const dTables = tables.length - first;
        for (let t = first; t < resume.tables.length; t++) tables.push(cut.delta ? movedCopy(resume.tables[t], cut.delta) : resume.tables[t]);
        for (let t = s; t < old.length; t++) {
          const m = old[t];
          marks.push({ at: m.at + cut.moved, next: m.next + cut.moved, tables: m.tables + dTables, reach: Math.max(reach, m.reach + cut.moved) });
        }
        return { tables, marks, walked: [from, i] };
      }
    }
    out.table = undefined;
    out.next = i + 1;
    out.reach = i + 1;
    step(i, out);
    if (spacing !== Infinity && (out.table || i - lastMark >= spacing)) {
      marks.push({ at: i, next: out.next, tables: tables.length, reach });
      lastMark = i;
    }
    if (out.reach > reach) reach = out.reach;
    if (out.table) tables.push(out.table);
    i = out.next;
  }
  return { tables, marks, walked: [from, tokens.length] };
}
