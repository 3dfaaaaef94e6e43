/**
 * "Fix all": applies every safe fix (a total set to the sum of its parts), re-analyses, and repeats
 * until nothing safe is left — setting row totals can change a column's total, and so on. A cell
 * that two fixes would set to different values is ambiguous and left alone, and fixes that in the end
 * make a sum fail that held are not made (the total was right and a part wrong). Returns the edits in
 * the coordinates of the text it was given, as one set: one undo step in the editor.
 */
import { ReportDocument } from '../checks/document';
import type { Finding, Span, TextEdit } from '../analysis/types';
import { applyEdits, EditLog, normaliseEdits, type InnerChange } from './edits';
import { shiftFinding } from '../checks/shiftFinding';

export interface FixAllOptions {
  /** Only fixes of these codes. */
  codes?: ReadonlySet<string>;
  /** No fixes of these codes (the editor's fix-all of totals leaves a glued table's separators to their own action). */
  except?: ReadonlySet<string>;
  /** Only findings inside this span (of the original text). */
  within?: Span;
  assumeReport?: boolean;
  /**
   * A total the prose states as written is vouched for: no edit that makes a figure the text states disagree with the
   * table (the command line's --fix, unattended over published reports — 「行政复议3件」 beside a 行政复议·总计 3 whose
   * parts add to 2 is a mistyped part; setting the total to 2 overruled two agreeing sources, found by a review). Not
   * in the editor: a writer who retypes parts on purpose has their totals set, and is then told the prose disagrees.
   */
  keepStated?: boolean;
}

const MAX_ROUNDS = 6;

/**
 * The edits of this round: each finding's safe fix, in the findings' order. Two fixes that set one
 * range to different texts are ambiguous: neither is made. A fix with an edit inside or across another
 * fix's range (a total set in a glued row that the table's restored separators rewrite whole) waits
 * for the next round, which reads the text the first made: made together, the two would write into
 * each other (「7」 and the restored 「| 7 |」 made 「70」).
 */
export function safeEdits(findings: readonly Finding[], o: FixAllOptions, within?: Span): TextEdit[] {
  const chosen = new Map<string, TextEdit>();
  const conflicted = new Set<string>();
  /** The ranges chosen, sorted by start (for the overlap test). */
  const taken: Span[] = [];
  for (const f of findings) {
    if (o.codes && !o.codes.has(f.code)) continue;
    if (o.except?.has(f.code)) continue;
    if (within && (f.span.start < within.start || f.span.end > within.end)) continue;
    const fix = f.fixes?.find((x) => x.safe);
    if (!fix) continue;
    if (fix.edits.some((e) => !chosen.has(key(e)) && overlapsTaken(taken, e.span))) continue;
    for (const e of fix.edits) {
      const k = key(e);
      const prev = chosen.get(k);
      if (prev && prev.newText !== e.newText) conflicted.add(k);
      if (!prev) insertSorted(taken, e.span);
      chosen.set(k, e);
    }
  }
  return [...chosen].filter(([k]) => !conflicted.has(k)).map(([, e]) => e);
}

const key = (e: TextEdit) => `${e.span.start}:${e.span.end}`;

/** Whether `s` shares characters with a taken range, or is an insertion strictly inside one (or one inside it). */
function overlapsTaken(taken: readonly Span[], s: Span): boolean {
  // The first taken range that ends after s starts; ranges before it end at or before s.start.
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (taken[mid].end <= s.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < taken.length && taken[i].start <= s.end; i++) {
    const t = taken[i];
    if (t.start === s.start && t.end === s.end) continue; // the same range: a conflict or the same edit, told by its text
    if (t.start < s.end && s.start < t.end) return true;
    if (s.start === s.end && t.start < s.start && s.start < t.end) return true;
    if (t.start === t.end && s.start < t.start && t.start < s.end) return true;
  }
  return false;
}

function insertSorted(taken: Span[], s: Span): void {
  let i = taken.length;
  while (i > 0 && taken[i - 1].start > s.start) i--;
  taken.splice(i, 0, s);
}

export function fixAll(text: string, o: FixAllOptions = {}): TextEdit[] {
  return fixAllWhy(text, o).edits;
}

/**
 * `fixAll`, and whether its guard held edits back: the safe fixes would have made a sum fail that held
 * (what the editor's message says when nothing is left to do).
 */
export function fixAllWhy(text: string, o: FixAllOptions = {}): { edits: TextEdit[]; heldBack: boolean; inside: ReadonlyMap<TextEdit, readonly InnerChange[]> } {
  const readings = new Readings(o.assumeReport ?? true);
  const first = readings.of(text);
  // (Rounds that set a figure and then set it back leave an edit writing what is there: dropped.)
  const net = (edits: TextEdit[]) => edits.filter((e) => text.slice(e.span.start, e.span.end) !== e.newText);
  /** Cells (original ranges) fix-all leaves as written: a figure it set there ended failing its own sum. */
  const frozen = new Set<string>();
  for (let pass = 0; ; pass++) {
    // Every safe fix, round after round; kept if, in the end, no sum fails that held before — a part
    // retyped on purpose (one more application) has its row's total, its column's and (七)总计's set
    // together. Where one does (a mistyped part made a wrong total and broke the balance: found by a
    // review), the rounds again, each keeping only the edits that break no sum.
    const whole = rounds(text, o, readings, first, false, frozen);
    const guarded = breaksSums(first, whole.findings, o.keepStated) ? rounds(text, o, readings, first, true, frozen) : undefined;
    const made = guarded ?? whole;
    // A total fix-all wrote that fails its own row's or column's sum in the end (set from a column whose part a later
    // round changed, then held by the guard: 「（七）总计·总计」 14 → 10, which neither its row nor its column makes —
    // found by a review) is no fix: that cell is left as the writer typed it, and the rounds made again without it.
    const failing = pass < MAX_PASSES ? failingWritten(text, made.edits, readings) : [];
    if (!failing.length) return { edits: net(made.edits), heldBack: guarded !== undefined && guarded.edits.length < whole.edits.length, inside: made.inside };
    for (const e of failing) frozen.add(spanKey(e.span));
  }
}

const MAX_PASSES = 3;
const spanKey = (s: Span) => `${s.start}:${s.end}`;
const OWN_SUMS = new Set(['row-total', 'column-total', 'review-total']);

/** The edits (original ranges) whose figure, in the text they all make, is a total whose own sum fails. */
function failingWritten(text: string, edits: readonly TextEdit[], readings: Readings): TextEdit[] {
  if (!edits.length) return [];
  const list = normaliseEdits(edits);
  const findings = readings.of(applyEdits(text, list));
  const failing = new Set<number>();
  for (const f of findings) if (OWN_SUMS.has(f.code) && f.severity === 'error' && f.arith) failing.add(f.span.start);
  const out: TextEdit[] = [];
  let delta = 0;
  for (const e of list) {
    if (failing.has(e.span.start + delta) && text.slice(e.span.start, e.span.end) !== e.newText) out.push(e);
    delta += e.newText.length - (e.span.end - e.span.start);
  }
  return out;
}

/**
 * The rounds of fix-all from `text` (its findings `first`); `guarded`: each round keeps only the edits that break no sum;
 * none is made at a `frozen` cell (its original range).
 */
function rounds(text: string, o: FixAllOptions, readings: Readings, first: Finding[], guarded: boolean, frozen: ReadonlySet<string>): { edits: TextEdit[]; findings: Finding[]; inside: ReadonlyMap<TextEdit, readonly InnerChange[]> } {
  const log = new EditLog();
  let current = text;
  let within = o.within;
  let findings = first;
  // (Guarded rounds try edits one by one, each a reading of the whole text: not on a document of many reports.)
  const oneByOne = text.length <= MAX_TRIED_TEXT;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    // (An edit that writes what is there changes nothing: not made, nor offered — a fix-all that 「applied」 「8」→「8」
    // on every save, found by a review.)
    let edits = safeEdits(findings, o, within).filter((e) => current.slice(e.span.start, e.span.end) !== e.newText && !isFrozen(log, e, frozen));
    if (!edits.length) break;
    let next = applyEdits(current, edits);
    if (next === current) break;
    let after = readings.of(next, { from: current, edits });
    if (guarded && breaksSums(findings, after, o.keepStated)) {
      // A total set to the sum of its parts where another rule vouched for the total as written (a
      // (七)总计 that the balance holds, two figures of a row swapped): the round made a sum wrong that
      // held. Only the edits that break none are made — tried one by one, in order.
      const kept = oneByOne ? withoutBreaking(current, edits, findings, readings, o.keepStated) : undefined;
      if (!kept) break;
      ({ edits, next, after } = kept);
    }
    log.add(edits);
    if (within) within = { start: within.start, end: within.end + next.length - current.length };
    current = next;
    findings = after;
  }
  return { edits: log.list, findings, inside: log.inside };
}

/** Whether an edit of the current text falls on a frozen cell of the original (not inside text fix-all wrote itself). */
function isFrozen(log: EditLog, e: TextEdit, frozen: ReadonlySet<string>): boolean {
  if (!frozen.size) return false;
  const m = log.toOriginal(e.span);
  return frozen.has(spanKey(m.span));
}

/**
 * Fix-all's readings of the texts it makes. One document is kept and moved from text to text by an edit
 * (ReportDocument.update: it reads again the tables the edit touches, not the report — a round's reading
 * of a 37,000-character page took 26 ms read afresh, and fix-all read it eleven times: a second in a
 * fuzzer's server); and each text is read once (the guarded rounds go again over texts the whole rounds
 * read). The findings are copied as read: the document's own are moved in place by its next edit.
 */
class Readings {
  private doc?: ReportDocument;
  /** The text the document is at. */
  private at = '';
  private readonly read = new Map<string, Finding[]>();
  constructor(private readonly assumeReport: boolean) {}

  /** The findings of `text`; `made`: it is `from` with `edits` made (then the document takes those edits, if it is at `from`). */
  of(text: string, made?: { from: string; edits: readonly TextEdit[] }): Finding[] {
    let findings = this.read.get(text);
    if (findings) return findings;
    if (!this.doc) this.doc = new ReportDocument(text);
    else if (made && made.from === this.at) applyGrouped(this.doc, made.edits);
    else moveTo(this.doc, text);
    this.at = text;
    findings = this.doc.findings(this.assumeReport).map((f) => shiftFinding(f, 0));
    this.read.set(text, findings);
    return findings;
  }
}

/** Edits closer than this are made as one: one reading of their table, not one each. */
const NEAR = 400;

/** A round's edits made on the document, last first, those near each other together. */
function applyGrouped(doc: ReportDocument, edits: readonly TextEdit[]): void {
  const list = normaliseEdits(edits);
  const text = doc.text;
  for (let j = list.length; j > 0; ) {
    let i = j - 1;
    while (i > 0 && list[i].span.start - list[i - 1].span.end < NEAR) i--;
    const start = list[i].span.start;
    const end = list[j - 1].span.end;
    doc.update(start, end, applyEdits(text.slice(start, end), list.slice(i, j).map((e) => ({ span: { start: e.span.start - start, end: e.span.end - start }, newText: e.newText }))));
    j = i;
  }
}

/** Makes a document's text `text` by one edit: from the first character that differs to the last. */
function moveTo(doc: ReportDocument, text: string): void {
  const old = doc.text;
  const n = Math.min(old.length, text.length);
  let a = 0;
  while (a < n && old.charCodeAt(a) === text.charCodeAt(a)) a++;
  let b = 0;
  while (b < n - a && old.charCodeAt(old.length - 1 - b) === text.charCodeAt(text.length - 1 - b)) b++;
  doc.update(a, old.length - b, text.slice(a, text.length - b));
}

const SUMS = new Set(['row-total', 'column-total', 'balance', 'review-total']);
/** A sum that fails, by rule, row and column: the same after edits that move it. */
const sumKey = (f: Finding) => `${f.code}|${f.arith?.row ?? ''}|${f.arith?.col ?? ''}`;

/**
 * Whether `after` has a failing sum that `before` did not (counted: a report may hold a table twice) —
 * one that held with figures —, or one further off or off the other way than before: a sum that held as 0 = 0 vouched for nothing. A form filled in figure by
 * figure has its balance fail in the total column once a row's total is set, until (七)总计 and 四 are
 * filled in; that is the writer's next step, not a figure written over a right one.
 */
export function breaksSums(before: readonly Finding[], after: readonly Finding[], keepStated = false): boolean {
  // (With `keepStated`, a figure the prose states that no longer agrees with the table: FixAllOptions.keepStated.)
  if (keepStated && newlyStated(before, after)) return true;
  const had = new Map<string, Finding[]>();
  for (const f of before) {
    if (!SUMS.has(f.code) || f.severity !== 'error') continue;
    const list = had.get(sumKey(f));
    if (list) list.push(f);
    else had.set(sumKey(f), [f]);
  }
  for (const f of after) {
    if (!SUMS.has(f.code) || f.severity !== 'error') continue;
    const was = nearest(had.get(sumKey(f)), f);
    if (was === undefined) {
      if (!f.arith || (f.arith.expected !== 0 && f.arith.actual !== 0)) return true;
      continue;
    }
    // A sum that failed and now fails further off, or off the other way: an edit went the wrong way (a total
    // set to parts one of which was mistyped: （七）总计's column, one short before, one over after).
    const now = offBy(f);
    if (Math.abs(now) > Math.abs(was) || (now !== 0 && was !== 0 && Math.sign(now) !== Math.sign(was))) return true;
  }
  return false;
}

/**
 * Whether a statement of the prose disagrees with the table after that did not before — the statement by what it states
 * (its message's words and figure, not the table's), counted: one mismatch mended did not pay for one made (found by the
 * review of the first version, which counted them: a total the prose vouched for was set when another was mended).
 */
function newlyStated(before: readonly Finding[], after: readonly Finding[]): boolean {
  const had = new Map<string, number>();
  for (const f of before) if (f.code === 'text-mismatch') had.set(statedKey(f), (had.get(statedKey(f)) ?? 0) + 1);
  for (const f of after) {
    if (f.code !== 'text-mismatch') continue;
    const n = had.get(statedKey(f)) ?? 0;
    if (n === 0) return true;
    had.set(statedKey(f), n - 1);
  }
  return false;
}
const statedKey = (f: Finding) => {
  const m = typeof f.message === 'string' ? undefined : f.message;
  const what = m?.args?.what;
  return `${m?.key ?? f.message}|${typeof what === 'object' && what && 'cn' in what ? what.cn : String(what)}|${m?.args?.stated ?? ''}`;
};

/**
 * How far off the same sum was before: of the failing sums of its rule, row and column, the one nearest it
 * (taken out of the list). Not the first: with two copies of a table, fixing the first left the second's, which
 * was compared with the first's and said to be off the other way (the lens of one table refused, found by a review).
 * Edits between the two readings set figures, moving text by a few characters, never as far as the next table.
 */
function nearest(list: Finding[] | undefined, f: Finding): number | undefined {
  if (!list?.length) return undefined;
  let best = 0;
  for (let i = 1; i < list.length; i++) if (Math.abs(list[i].span.start - f.span.start) < Math.abs(list[best].span.start - f.span.start)) best = i;
  return offBy(list.splice(best, 1)[0]);
}

/** How far a failing sum is off, signed. */
const offBy = (f: Finding) => (f.arith ? f.arith.actual - f.arith.expected : 0);

/** Past this many edits in a round that broke a sum, the round is dropped rather than tried edit by edit. */
const MAX_TRIED = 24;
/** Past this many characters, a round that broke a sum is dropped rather than tried edit by edit. */
const MAX_TRIED_TEXT = 200_000;

/** The round's edits that, made together, break no sum that held: each kept if adding it breaks none. */
function withoutBreaking(current: string, edits: TextEdit[], before: readonly Finding[], readings: Readings, keepStated?: boolean): { edits: TextEdit[]; next: string; after: Finding[] } | undefined {
  if (edits.length > MAX_TRIED) return undefined;
  let kept: TextEdit[] = [];
  let best: { next: string; after: Finding[] } | undefined;
  const refused: TextEdit[] = [];
  const tryWith = (more: TextEdit[]): boolean => {
    const tryEdits = [...kept, ...more];
    const next = applyEdits(current, tryEdits);
    const after = readings.of(next, { from: current, edits: tryEdits });
    if (breaksSums(before, after, keepStated)) return false;
    kept = tryEdits;
    best = { next, after };
    return true;
  };
  for (const e of edits) if (!tryWith([e])) refused.push(e);
  // Two totals of one column each set alone move its total further off, or off the other way, and together mend it
  // (（一）予以公开 and （五）2 both wrong: （七）总计's column 8 short, one over after either): the refused ones tried
  // together, then two by two (found by a review of a writer's session: one mistyped part elsewhere held both back).
  if (refused.length >= 2 && !tryWith(refused) && refused.length <= 6) {
    for (let i = 0; i < refused.length; i++)
      for (let j = i + 1; j < refused.length; j++) {
        if (!refused[i] || !refused[j]) continue;
        if (tryWith([refused[i], refused[j]])) {
          delete refused[i];
          delete refused[j];
          break;
        }
      }
  }
  const done = best as { next: string; after: Finding[] } | undefined;
  return done && done.next !== current ? { edits: kept, ...done } : undefined;
}
