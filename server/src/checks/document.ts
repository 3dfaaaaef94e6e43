/**
 * A report document with its findings: the analysis (text → model, incremental) and the checks run
 * on it. Document checks run on the cheap document facts after every change; table and segment
 * checks run once per segment and context (form, script, year) and their findings are kept in the
 * segment's cache, reused until that segment's text changes.
 */
import { ReportAnalysis, type Segment } from '../analysis/model/document';
import type { DocFacts } from '../analysis/model/facts';
import { keptEnds } from '../analysis/model/keptEnds';
import type { Finding, ReportModel, Span } from '../analysis/types';
import type { CorpusLookup } from '../corpus/index';
import { runCheckParts, runChecks, runCorpusChecks, runSegmentChecks, type DocumentCheckMemo, type SegmentContext } from './registry';
import { byPlace, FindingList, kindsOf, type Kind } from './findingList';
import { moveInPlace, shiftFinding } from './shiftFinding';
import { placeParts, type PlacedParts } from './placeParts';
import type { Eol } from '../analysis/write/eol';

interface SegmentFindings {
  /** The context they were made for. */
  key: string;
  /** Relative to the segment, sorted. */
  list: Finding[];
  /** Its kinds (FindingList's), counted once. */
  kinds: Kind[];
}

export class ReportDocument {
  readonly analysis: ReportAnalysis;
  private memo?: { assumeReport: boolean; corpus?: number; list: FindingList };
  /** The document checks' last findings, kept while what they read is unchanged. */
  private readonly checkMemo: DocumentCheckMemo = new Map();
  /** The document-level findings in order, and the lists they were put in order from (see `documentFindings`). */
  private lastWhole?: PlacedParts;
  private contextKey = '';
  /** What the last segment lists were put together from (see `segmentLists`). */
  private lastLists?: { key: string; segs: readonly Segment[]; first: number[]; offsets: number[]; lists: Finding[][]; kinds: Kind[][]; length: number };

  /**
   * Set when the text is the first part of a longer document, read up to the size budget: what lies
   * past the cut is not known, so no finding says a section or table is missing, and none is made of a
   * table the cut runs through (a review saw 「缺少」 said of five sections and three tables that were all
   * there, with fixes inserting them again).
   */
  truncated = false;
  /** The document's findings as filtered at the cut, kept while the list and the cut are the same (withinCut). */
  private readonly cutMemo: CutMemo = {};

  constructor(text: string) {
    this.analysis = new ReportAnalysis(text);
  }

  get text(): string {
    return this.analysis.text;
  }
  get lastReparsed(): number {
    return this.analysis.lastReparsed;
  }

  /** Replaces text[start, end) with `insert`. */
  update(start: number, end: number, insert: string): void {
    this.analysis.update(start, end, insert);
    this.memo = undefined;
  }

  facts(): DocFacts {
    return this.analysis.facts();
  }

  model(): ReportModel {
    return this.analysis.model();
  }

  /**
   * Every finding, in document order, at document offsets. Text that does not read as a report gets
   * none, unless the caller knows it is one (a file in the report language, a file named on the
   * command line). With the other reports checked together (`corpus`), also the findings that
   * compare with them.
   */
  findings(assumeReport = false, corpus?: CorpusLookup): Finding[] {
    return this.findingList(assumeReport, corpus).all();
  }

  /**
   * The same findings, held where they were made (see FindingList): what an edit needs, since it
   * costs one entry per segment, not one copy per finding after the edit.
   */
  findingList(assumeReport = false, corpus?: CorpusLookup): FindingList {
    if (this.memo && this.memo.assumeReport === assumeReport && this.memo.corpus === corpus?.version) return this.memo.list;
    const facts = this.facts();
    let list: FindingList;
    if (facts.htmlSource !== undefined) {
      // A page's markup is not a report to read: the one finding offers its import.
      list = FindingList.of(runChecks(facts).filter((f) => f.code === 'html-source'));
      // (The report's language is no report where the text says it is another document about one: a notice or an
      // interpretation an editor took for a report by its title — the CLI's verdict, found by a review.)
    } else if (facts.isReport || (assumeReport && !facts.about && !blank(this.analysis.text))) {
      const whole = this.documentFindings(facts, corpus);
      const ctx = { format: facts.format, script: facts.script, year: facts.year, eol: lineEnd(this.analysis.segments) };
      // One string while the context is unchanged: each segment compares its key with it, and the same
      // string compares at once where an equal one made again is compared character by character.
      const made = `${ctx.format}|${ctx.script}|${ctx.year}|${ctx.eol}`;
      const key = made === this.contextKey ? this.contextKey : (this.contextKey = made);
      const { offsets, lists, kinds } = this.segmentLists(key, ctx);
      let shown = this.truncated ? withinCut(whole, offsets, lists, facts, this.analysis.length, this.cutMemo) : { whole, offsets, lists };
      if (facts.otherReport) shown = beforeOther(shown, facts.otherReport.span.start);
      // (The lists' kinds where the lists are the segments' own, not filtered.)
      list = new FindingList(shown.offsets, shown.lists, shown.whole, (k) => atOffset(shown.lists[k], shown.offsets[k]), shown.lists === lists ? kinds : undefined);
    } else list = FindingList.of([]); // (Nothing written yet — a new, empty 「….report.txt」 — is no report missing six sections: a review saw nine errors on opening one.)
    this.memo = { assumeReport, corpus: corpus?.version, list };
    return list;
  }

  /**
   * Each segment's findings (relative to it), for the segments that have some, and where those start.
   * A segment's are made once per context and sorted then; they stay relative to the segment, which
   * is all an edit before it changes. After an edit only the segments between the unchanged first
   * ones and the unchanged (moved) last ones are visited; the others' entries are copied from the last
   * lists (the last ones' offsets moved by the edit), as ReportAnalysis puts its facts together.
   */
  private segmentLists(key: string, ctx: SegmentContext): { offsets: number[]; lists: Finding[][]; kinds: Kind[][] } {
    const segments = this.analysis.segments;
    const last = this.lastLists && this.lastLists.key === key ? this.lastLists : undefined;
    const n = segments.length;
    const m = last ? last.segs.length : 0;
    const { head: p, tail: q } = last ? keptEnds(last.segs, segments) : { head: 0, tail: 0 };
    // How many segments before each one have findings (the index of its entry if it has some).
    const first: number[] = new Array(n + 1);
    if (last) for (let i = 0; i <= p; i++) first[i] = last.first[i];
    else first[0] = 0;
    // (Sized for the most and cut to length: arrays grown push by push cost twice the memory.)
    const kept = last ? last.lists.length - last.first[m - q] : 0;
    const offsets: number[] = new Array(first[p] + (n - q - p) + kept);
    const lists: Finding[][] = new Array(offsets.length);
    const kinds: Kind[][] = new Array(offsets.length);
    for (let i = 0; i < first[p]; i++) (offsets[i] = last!.offsets[i]), (lists[i] = last!.lists[i]), (kinds[i] = last!.kinds[i]);
    let k = first[p];
    for (let i = p; i < n - q; i++) {
      first[i] = k;
      const s = segments[i];
      let sf = s.cache.findings as SegmentFindings | undefined;
      if (!sf || sf.key !== key) {
        const list = runSegmentChecks(s.parse, s.text, ctx).sort(byPlace);
        s.cache.findings = sf = { key, list, kinds: kindsOf(list) };
      }
      if (!sf.list.length) continue;
      offsets[k] = s.start;
      kinds[k] = sf.kinds;
      lists[k++] = sf.list;
    }
    if (last) {
      // The last segments: moved together by every edit since (all of which lay before them).
      const delta = this.analysis.length - last.length;
      const from = last.first[m - q];
      for (let i = 0; i <= q; i++) first[n - q + i] = last.first[m - q + i] - from + k;
      for (let i = from; i < last.lists.length; i++) (offsets[k] = last.offsets[i] + delta), (kinds[k] = last.kinds[i]), (lists[k++] = last.lists[i]);
    } else first[n] = k;
    offsets.length = lists.length = kinds.length = k;
    this.lastLists = { key, segs: segments, first, offsets, lists, kinds, length: this.analysis.length };
    return { offsets, lists, kinds };
  }

  /**
   * The document-level findings, sorted. The order of the lists a check kept from last time (a kept one, or none) is
   * still right — kept findings move with the facts whose spans they share, all in the same direction —: the lists
   * made again are merged into it (placeParts), not everything sorted again.
   */
  private documentFindings(facts: DocFacts, corpus?: CorpusLookup): Finding[] {
    const parts = runCheckParts(facts, this.checkMemo);
    const others = corpus ? runCorpusChecks(facts, corpus) : [];
    if (others.length) {
      this.lastWhole = undefined;
      return [...parts.flat(), ...others].sort(byPlace);
    }
    return (this.lastWhole = placeParts(parts, this.lastWhole)).sorted;
  }
}

/**
 * A segment's findings at document offsets, for a segment start: made when all the findings are
 * first read, then moved in place when the segment has moved — reading every finding again after an
 * edit (a hover, a code action) costs a move, not a copy. Kept by the segment's list (which its
 * segment keeps while its text is unchanged); nobody keeps an earlier version's.
 */
const ABS = new WeakMap<readonly Finding[], { start: number; list: Finding[] }>();
function atOffset(list: readonly Finding[], start: number): Finding[] {
  let abs = ABS.get(list);
  if (!abs) ABS.set(list, (abs = { start, list: list.map((f) => shiftFinding(f, start)) }));
  else if (abs.start !== start) {
    const d = start - abs.start;
    for (const f of abs.list) moveInPlace(f, d);
    abs.start = start;
  }
  return abs.list;
}

interface CutMemo {
  from?: Finding[];
  key?: string;
  kept?: Finding[];
}

/** What a finding can say only of the whole text: that something is not there. */
const ABSENCE = new Set(['section-missing', 'table-missing']);
/** How near the cut a table ends that the cut may run through (the cut falls at a line break). */
const NEAR_CUT = 300;

/**
 * The findings of a text cut at the budget that the rest of the document cannot make wrong: the
 * document's, and the segments' (relative to their starts) — only the last segments, those the tables
 * the cut runs through lie in, are filtered (copies: a segment's list is its cache's): an edit of a
 * document over the budget copies no more than before (flattening every list each time made publishing
 * four times slower).
 */
function withinCut(whole: Finding[], offsets: number[], lists: Finding[][], facts: DocFacts, length: number, memo: CutMemo): { whole: Finding[]; offsets: number[]; lists: Finding[][] } {
  const cut: Span[] = [];
  for (let i = facts.tables.length - 1; i >= 0 && facts.tables[i].span.end >= length - NEAR_CUT; i--) cut.push(facts.tables[i].span);
  const inCut = (at: number) => cut.some((t) => at >= t.start && at < t.end + NEAR_CUT);
  // (The same document list, filtered the same, is the same array: the finding list then merges nothing again.)
  const key = cut.map((t) => `${t.start}:${t.end}`).join(',');
  if (memo.from !== whole || memo.key !== key) Object.assign(memo, { from: whole, key, kept: whole.filter((f) => !ABSENCE.has(f.code) && !inCut(f.span.start)) });
  const keptWhole = memo.kept!;
  if (!cut.length) return { whole: keptWhole, offsets, lists };
  const from = Math.min(...cut.map((t) => t.start));
  // The last segment starting at or before the first table cut, and those after it.
  let k = lists.length;
  while (k > 0 && offsets[k - 1] > from) k--;
  if (k > 0) k--;
  if (k >= lists.length) return { whole: keptWhole, offsets, lists };
  // (A list left empty is no entry, as segmentLists makes none for a segment without findings.)
  const outOffsets = offsets.slice(0, k);
  const outLists = lists.slice(0, k);
  for (let i = k; i < lists.length; i++) {
    const l = lists[i].filter((f) => !inCut(f.span.start + offsets[i]));
    if (l.length) (outOffsets.push(offsets[i]), outLists.push(l));
  }
  return { whole: keptWhole, offsets: outOffsets, lists: outLists };
}

/**
 * The findings up to another report appended (DocFacts.otherReport), and the one that says it starts: the other's are
 * not this report's, and it is to be checked on its own (a 2022 report after the 2023 one had its every year said
 * mismatched against 2023).
 */
function beforeOther(s: { whole: Finding[]; offsets: number[]; lists: Finding[][] }, cut: number): { whole: Finding[]; offsets: number[]; lists: Finding[][] } {
  const whole = s.whole.filter((f) => f.span.start < cut || f.code === 'other-report');
  const offsets: number[] = [];
  const lists: Finding[][] = [];
  for (let i = 0; i < s.lists.length && s.offsets[i] < cut; i++) {
    const l = s.lists[i].filter((f) => f.span.start + s.offsets[i] < cut);
    if (l.length) (offsets.push(s.offsets[i]), lists.push(l));
  }
  return { whole, offsets, lists };
}

/**
 * The document's line end: its first line break's (a segment's text may hold none — a glued page's table
 * is one line — and what a fix writes there takes the document's). Read from the segments up to the first
 * line break only: the document's whole text is never joined for it.
 */
function lineEnd(segments: readonly { text: string }[]): Eol {
  // The first line break, across the segments (a CRLF may straddle two): CRLF, LF or a lone CR.
  for (let i = 0; i < segments.length; i++) {
    const text = segments[i].text;
    const n = text.indexOf('\n');
    const r = text.indexOf('\r');
    if (r < 0 && n < 0) continue;
    if (r < 0 || (n >= 0 && n < r)) return '\n';
    if (r + 1 < text.length) return text.charCodeAt(r + 1) === 10 ? '\r\n' : '\r';
    // (The CR ends its segment: the next character that follows decides.)
    const next = segments.slice(i + 1).find((s) => s.text.length);
    return next && next.text.charCodeAt(0) === 10 ? '\r\n' : '\r';
  }
  return '\n';
}

/** Whether a text holds nothing but white space (found at its first other character: cheap on any document). */
const blank = (text: string): boolean => !/\S/.test(text);
