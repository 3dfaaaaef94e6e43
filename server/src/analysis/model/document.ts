/**
 * The analysis of a report document: its text, its headings, and its segments (one per section,
 * plus the preamble), each with a parse that depends on its own text only. `update` applies one
 * edit: it re-scans the window around the edit for headings, re-parses the segments whose text or
 * bounds changed, and reuses all the others — so an edit costs the size of a section, not of the
 * document. `model()` and `facts()` are derived on demand and memoised; they equal what a fresh
 * parse of the same text gives (test/property). This layer knows nothing of checks: a segment
 * carries a `cache` slot that the layers above use to keep what they derive from it.
 */
import { detectFormat } from './format';
import type { DocFacts } from './facts';
import { findHeadings, updateHeadings, type HeadingHit } from '../reader/segments/headings';
import { parseSegment, type SegmentParse } from '../reader/segment';
import { shifted } from './shift';
import { htmlSourceAt } from '../reader/text/htmlSource';
import type { FormatVersion, ReportModel, Script, SectionModel, Table } from '../types';

export interface Segment {
  start: number;
  end: number;
  heading: HeadingHit | null;
  /** The parse, relative to `start`. */
  parse: SegmentParse;
  /** Kept with the segment as long as its text is unchanged (moved with it when only its position changes). */
  cache: Record<string, unknown>;
}

export class ReportAnalysis {
  private _text: string;
  private headings: HeadingHit[];
  private _segments: Segment[];
  private memoModel?: ReportModel;
  private memoFacts?: DocFacts;
  /** How many segments the last update parsed (for tests and the benchmark). */
  lastReparsed = 0;

  constructor(text: string) {
    this._text = text;
    this.headings = findHeadings(text, 0, text.length);
    this._segments = this.buildSegments([]);
  }

  get text(): string {
    return this._text;
  }

  get segments(): readonly Segment[] {
    return this._segments;
  }

  /** Replaces text[start, end) with `insert`. */
  update(start: number, end: number, insert: string): void {
    const old = this._text;
    start = Math.max(0, Math.min(start, old.length));
    end = Math.max(start, Math.min(end, old.length));
    const delta = insert.length - (end - start);
    this._text = old.slice(0, start) + insert + old.slice(end);
    this.headings = updateHeadings(this.headings, this._text, start, end, insert.length);
    // Segments wholly before or after the edit keep their parse if their bounds did not move.
    const reusable: Segment[] = [];
    for (const s of this._segments) {
      if (s.end <= start) reusable.push(s);
      else if (s.start >= end) {
        const h = s.heading;
        const heading = h && { section: h.section, start: h.start + delta, end: h.end + delta, text: h.text };
        reusable.push({ start: s.start + delta, end: s.end + delta, heading, parse: s.parse, cache: s.cache });
      }
    }
    this._segments = this.buildSegments(reusable);
    this.memoModel = undefined;
    this.memoFacts = undefined;
  }

  /**
   * Segments from the headings: one before the first heading (unless a heading opens the text), one per
   * heading. `reusable` (in document order) are kept where their start, end and heading are unchanged;
   * both lists are in order, so they are walked together.
   */
  private buildSegments(reusable: Segment[]): Segment[] {
    const hs = this.headings;
    const out: Segment[] = [];
    let reparsed = 0;
    let r = 0;
    let k = hs.length && hs[0].start === 0 ? 1 : 0;
    let start = 0;
    let heading: HeadingHit | null = k === 1 ? hs[0] : null;
    for (;;) {
      const end = k < hs.length ? hs[k].start : this._text.length;
      while (r < reusable.length && reusable[r].start < start) r++;
      const old = r < reusable.length && reusable[r].start === start ? reusable[r] : undefined;
      if (old && old.end === end && sameHeading(old.heading, heading)) out.push(old);
      else {
        reparsed++;
        const text = this._text.slice(start, end);
        const parse = parseSegment(text, heading && { section: heading.section, length: heading.end - heading.start, text: heading.text });
        out.push({ start, end, heading, parse, cache: {} });
      }
      if (k >= hs.length) break;
      heading = hs[k++];
      start = heading.start;
    }
    this.lastReparsed = reparsed;
    return out;
  }

  /** The small, cheap facts the document-level checks need. */
  facts(): DocFacts {
    if (this.memoFacts) return this.memoFacts;
    const tables: DocFacts['tables'] = [];
    const statements: DocFacts['statements'] = [];
    let simplified = 0;
    let traditional = 0;
    for (const s of this._segments) {
      simplified += s.parse.simplified;
      traditional += s.parse.traditional;
      for (const t of s.parse.tables) tables.push({ kind: t.kind, span: { start: t.span.start + s.start, end: t.span.end + s.start }, section: s.heading?.section, table: t, offset: s.start });
      for (const x of s.parse.prose.statements) statements.push({ kind: x.kind, value: x.value, span: { start: x.span.start + s.start, end: x.span.end + s.start } });
    }
    const pre = this._segments[0];
    const title = pre.parse.title && shifted(pre.parse.title, pre.start);
    const periodSeg = this._segments.find((s) => s.parse.period);
    const period = periodSeg?.parse.period && shifted(periodSeg.parse.period, periodSeg.start);
    const year = title?.year ?? period?.to;
    const format: FormatVersion = detectFormat(tables.map((t) => t.table), year);
    const script: Script = traditional > simplified ? 'traditional' : 'simplified';
    const sections = new Set(this.headings.map((h) => h.section));
    const facts: DocFacts = {
      text: this._text,
      length: this._text.length,
      headings: this.headings.map((h) => ({ section: h.section, span: { start: h.start, end: h.end }, text: h.text })),
      tables,
      format,
      script,
      statements,
      isReport: !!title || sections.size >= 3 || tables.length > 0,
    };
    if (title) facts.title = title;
    if (year !== undefined) facts.year = year;
    const html = htmlSourceAt(this._text);
    if (html >= 0) facts.htmlSource = html;
    if (period) facts.period = period;
    return (this.memoFacts = facts);
  }

  /** The whole report model with document offsets (built on demand: hovers, outline, tests). */
  model(): ReportModel {
    if (this.memoModel) return this.memoModel;
    const facts = this.facts();
    const pre = this._segments[0];
    const sections: SectionModel[] = [];
    let preambleTables: Table[] = [];
    for (const s of this._segments) {
      const p = shifted(s.parse, s.start);
      if (!s.heading || !p.heading) {
        preambleTables = p.tables;
        continue;
      }
      sections.push({ section: p.heading.section, heading: p.heading.span, headingText: p.heading.text, span: { start: s.start, end: s.end }, subheadings: p.subheadings, tables: p.tables });
    }
    const model: ReportModel = {
      length: this._text.length,
      format: facts.format,
      script: facts.script,
      isReport: facts.isReport,
      preamble: { start: 0, end: pre.heading ? 0 : pre.end },
      preambleTables,
      sections,
    };
    if (facts.title) model.title = facts.title;
    if (facts.year !== undefined) model.year = facts.year;
    return (this.memoModel = model);
  }
}

function sameHeading(a: HeadingHit | null, b: HeadingHit | null): boolean {
  if (!a || !b) return a === b;
  return a.start === b.start && a.end === b.end && a.section === b.section && a.text === b.text;
}
