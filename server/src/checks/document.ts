/**
 * A report document with its findings: the analysis (text → model, incremental) and the checks run
 * on it. Document checks run on the cheap document facts after every change; table and segment
 * checks run once per segment and context (form, script, year) and their findings are kept in the
 * segment's cache, reused until that segment's text changes.
 */
import { ReportAnalysis } from '../analysis/model/document';
import type { DocFacts } from '../analysis/model/facts';
import type { Finding, ReportModel } from '../analysis/types';
import type { CorpusLookup } from '../corpus/index';
import { runChecks, runCorpusChecks, runSegmentChecks } from './registry';
import { moveInPlace, shiftFinding } from './shiftFinding';

interface SegmentFindings {
  /** Relative to the segment, for one context. */
  key: string;
  list: Finding[];
  /** The same findings at document offsets, for the segment start they were shifted to. */
  abs?: { start: number; list: Finding[] };
}

export class ReportDocument {
  readonly analysis: ReportAnalysis;
  private memo?: { assumeReport: boolean; corpus?: number; list: Finding[] };

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
   * Every finding, in document order. Text that does not read as a report gets none, unless the
   * caller knows it is one (a file in the report language, a file named on the command line).
   * With the other reports checked together (`corpus`), also the findings that compare with them.
   */
  findings(assumeReport = false, corpus?: CorpusLookup): Finding[] {
    if (this.memo && this.memo.assumeReport === assumeReport && this.memo.corpus === corpus?.version) return this.memo.list;
    const facts = this.facts();
    const out: Finding[] = [];
    if (facts.htmlSource !== undefined) {
      // A page's markup is not a report to read: the one finding offers its import.
      out.push(...runChecks(facts).filter((f) => f.code === 'html-source'));
    } else if (facts.isReport || assumeReport) {
      const whole = [...runChecks(facts), ...(corpus ? runCorpusChecks(facts, corpus) : [])].sort(byPlace);
      const ctx = { format: facts.format, script: facts.script, year: facts.year };
      const key = `${ctx.format}|${ctx.script}|${ctx.year}`;
      // Segments are in document order and each one's findings are sorted once, when computed: the
      // document's findings are their concatenation, merged with the few document-level ones.
      const lists: Finding[][] = [];
      for (const s of this.analysis.segments) {
        let sf = s.cache.findings as SegmentFindings | undefined;
        if (!sf || sf.key !== key) s.cache.findings = sf = { key, list: runSegmentChecks(s.parse, this.text.slice(s.start, s.end), ctx).sort(byPlace) };
        if (!sf.list.length) continue;
        // At document offsets: made once per segment, then moved in place when an edit before the
        // segment moves it (the findings of an earlier version are not kept by anyone: memo is reset).
        if (!sf.abs) sf.abs = { start: s.start, list: sf.list.map((f) => shiftFinding(f, s.start)) };
        else if (sf.abs.start !== s.start) {
          const d = s.start - sf.abs.start;
          for (const f of sf.abs.list) moveInPlace(f, d);
          sf.abs.start = s.start;
        }
        lists.push(sf.abs.list);
      }
      if (!concatInOrder(lists, whole, out)) {
        // (Segments' findings lie within their segments, so this does not happen; if a check ever
        // breaks that, the order is still right.)
        out.length = 0;
        merge(lists.flat(), whole, out);
        out.sort(byPlace);
      }
    }
    this.memo = { assumeReport, corpus: corpus?.version, list: out };
    return out;
  }
}

/** Document order; codes compared as plain strings (localeCompare cost more than the rest of an edit). */
function byPlace(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/**
 * Sorted lists (one per segment, in document order) and the sorted document-level findings into
 * `out`, exactly as merging the lists' concatenation with them would (a segment's finding first on a
 * tie) — comparing only where a list starts and where a document-level finding falls, not every
 * finding: an edit rebuilds this list for thousands of findings, and touching each one costs more
 * than the rest of the edit. False, with `out` incomplete, if the lists are not in order.
 */
function concatInOrder(lists: readonly Finding[][], whole: readonly Finding[], out: Finding[]): boolean {
  let j = 0;
  for (const list of lists) {
    if (out.length && byPlace(out[out.length - 1], list[0]) > 0) return false;
    while (j < whole.length && byPlace(whole[j], list[0]) < 0) out.push(whole[j++]);
    if (j < whole.length && byPlace(list[list.length - 1], whole[j]) > 0) {
      // A document-level finding inside this segment's: merged one by one.
      let i = 0;
      while (i < list.length && j < whole.length) out.push(byPlace(list[i], whole[j]) <= 0 ? list[i++] : whole[j++]);
      while (i < list.length) out.push(list[i++]);
    } else for (let i = 0; i < list.length; i++) out.push(list[i]);
  }
  while (j < whole.length) out.push(whole[j++]);
  return true;
}

/** Two sorted lists into `out`, in order. */
function merge(a: readonly Finding[], b: readonly Finding[], out: Finding[]): void {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(byPlace(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
}
