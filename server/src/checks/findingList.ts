/**
 * A document's findings in document order, held where they were made: each segment's findings
 * relative to the segment (as its checks made them and its cache keeps them), and the document-level
 * ones at document offsets. An edit moves segments, not findings: building this list costs one
 * entry per segment, and a finding gets document offsets only when someone reads it — the
 * diagnostics published (at most `maxProblems`), a hover, a code action — instead of every finding
 * after the edit being copied or moved on every keystroke.
 */
import type { Finding, Severity } from '../analysis/types';
import { shiftFinding } from './shiftFinding';

/** Document order of `a` moved by `da` and `b` moved by `db`; codes compared as plain strings. */
function order(a: Finding, da: number, b: Finding, db: number): number {
  return a.span.start + da - (b.span.start + db) || a.span.end + da - (b.span.end + db) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

export const byPlace = (a: Finding, b: Finding): number => order(a, 0, b, 0);

export class FindingList {
  private readonly offsets: number[];
  private readonly lists: (readonly Finding[])[];
  private readonly whole: readonly Finding[];
  private readonly atOffsets?: (k: number) => readonly Finding[];
  /** Each list's kinds (tally), where the caller keeps them with the lists. */
  private readonly listKinds?: readonly (readonly Kind[])[];
  private resolved?: Finding[];
  readonly length: number;

  /**
   * `lists[i]` sorted and relative to `offsets[i]`, the lists in document order (a segment's
   * findings lie within it); `whole` sorted, at document offsets.
   */
  constructor(
    offsets: number[],
    lists: (readonly Finding[])[],
    whole: readonly Finding[],
    /** `lists[k]` at document offsets, when the caller keeps them (else they are made by shifting). */
    atOffsets?: (k: number) => readonly Finding[],
    /**
     * `lists[k]`'s kinds (`kindsOf`), when the caller keeps them with the lists: the server's diagnostics after every edit
     * look at every list's, and a weak map's lookup a list was a tenth of publishing them on a megabyte of reports.
     */
    kinds?: readonly (readonly Kind[])[],
  ) {
    let n = whole.length;
    let inOrder = true;
    for (let k = 0; k < lists.length; k++) {
      n += lists[k].length;
      if (k && inOrder) {
        const prev = lists[k - 1];
        inOrder = order(prev[prev.length - 1], offsets[k - 1], lists[k][0], offsets[k]) <= 0;
      }
    }
    this.length = n;
    if (inOrder) {
      this.offsets = offsets;
      this.lists = lists;
      this.whole = whole;
      this.atOffsets = atOffsets;
      this.listKinds = kinds;
    } else {
      // (Not the case while each segment's findings stay within it; if a check ever breaks that,
      // the order is still right: everything at document offsets, sorted.)
      const all: Finding[] = [];
      for (let k = 0; k < lists.length; k++) for (const f of lists[k]) all.push(offsets[k] ? shiftFinding(f, offsets[k]) : f);
      this.offsets = [0];
      this.lists = [mergeSorted(all.sort(byPlace), whole)];
      this.whole = [];
    }
  }

  /** Findings already at document offsets, in the order given (they are not re-sorted). */
  static of(findings: readonly Finding[]): FindingList {
    return new FindingList([0], findings.length ? [findings] : [], []);
  }

  /**
   * Calls `f` with each finding in document order and the offset to add to its positions (0 for one
   * already at document offsets): what only needs its code or severity does not pay for moving it.
   * Ties between a segment's finding and a document-level one put the segment's first.
   */
  each(f: (finding: Finding, offset: number) => void): void {
    walk(this.offsets, this.lists, this.whole, f);
  }

  /**
   * How many findings there are of each code and severity, without visiting them: a segment's list
   * is tallied once (its segment keeps it), so after an edit this costs one look per segment.
   */
  kinds(): Kind[] {
    const out: Kind[] = [];
    for (let i = 0; i < this.lists.length; i++) {
      const t = this.kindsAt(i);
      for (let j = 0; j < t.length; j++) addKind(out, t[j].code, t[j].severity, t[j].count);
    }
    for (let i = 0; i < this.whole.length; i++) addKind(out, this.whole[i].code, this.whole[i].severity, 1);
    return out;
  }

  /**
   * `each`, for the findings `wanted` may want: a segment whose findings are all of kinds it does
   * not want is passed over whole (the callback still decides for the others), and the walk ends
   * where `f` returns false (it has all it wants).
   */
  eachWanted(wanted: (code: string, severity: Severity) => boolean, f: (finding: Finding, offset: number) => boolean | void): void {
    const offsets: number[] = [];
    const lists: (readonly Finding[])[] = [];
    for (let k = 0; k < this.lists.length; k++) {
      const t = this.kindsAt(k);
      let some = false;
      for (let j = 0; j < t.length && !some; j++) some = wanted(t[j].code, t[j].severity);
      if (!some) continue;
      offsets.push(this.offsets[k]);
      lists.push(this.lists[k]);
    }
    walk(offsets, lists, this.whole, f);
  }

  /** List k's kinds: the caller's, or counted once a list. */
  private kindsAt(k: number): readonly Kind[] {
    return this.listKinds ? this.listKinds[k] : kindsOf(this.lists[k]);
  }

  /** Every finding at document offsets, in document order (made once, on first use). */
  all(): Finding[] {
    if (!this.resolved) {
      const out: Finding[] = [];
      const push = (x: Finding, d: number) => out.push(d ? shiftFinding(x, d) : x);
      const { atOffsets } = this;
      if (atOffsets && this.lists.length) {
        const zeros: number[] = new Array(this.lists.length).fill(0);
        walk(zeros, this.lists.map((_, k) => atOffsets(k)), this.whole, push);
      } else walk(this.offsets, this.lists, this.whole, push);
      this.resolved = out;
    }
    return this.resolved;
  }
}

/** The findings of `lists` (relative to `offsets`) and `whole`, in document order, to `f` — until it returns false. */
function walk(offsets: readonly number[], lists: readonly (readonly Finding[])[], whole: readonly Finding[], f: (finding: Finding, offset: number) => unknown): void {
  let j = 0;
  for (let k = 0; k < lists.length; k++) {
    const list = lists[k];
    const d = offsets[k];
    if (!list.length) continue;
    while (j < whole.length && order(whole[j], 0, list[0], d) < 0) if (f(whole[j++], 0) === false) return;
    if (j < whole.length && order(list[list.length - 1], d, whole[j], 0) > 0) {
      // A document-level finding among this segment's: merged one by one.
      let i = 0;
      while (i < list.length && j < whole.length) {
        if (order(list[i], d, whole[j], 0) <= 0) {
          if (f(list[i++], d) === false) return;
        } else if (f(whole[j++], 0) === false) return;
      }
      while (i < list.length) if (f(list[i++], d) === false) return;
    } else for (let i = 0; i < list.length; i++) if (f(list[i], d) === false) return;
  }
  while (j < whole.length) if (f(whole[j++], 0) === false) return;
}

export interface Kind {
  code: string;
  severity: Severity;
  count: number;
}

/** A list's kinds of finding, counted once: lists are kept (by their segment) while their text is unchanged. */
const TALLIES = new WeakMap<readonly Finding[], Kind[]>();
export function kindsOf(list: readonly Finding[]): Kind[] {
  let t = TALLIES.get(list);
  if (!t) {
    t = [];
    for (const f of list) addKind(t, f.code, f.severity, 1);
    TALLIES.set(list, t);
  }
  return t;
}

/** `n` more of a kind. A handful of kinds: a list searched beats a map keyed by a made string. */
function addKind(kinds: Kind[], code: string, severity: Severity, n: number): void {
  for (const k of kinds) {
    if (k.code === code && k.severity === severity) {
      k.count += n;
      return;
    }
  }
  kinds.push({ code, severity, count: n });
}

/**
 * Two sorted lists, merged in order; at a tie, `a`'s first. (A document's findings with the corpus
 * checks' are its findings without them merged with theirs, sorted: see ReportDocument.findings.)
 */
export function mergeSorted(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(byPlace(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}
