/**
 * A segment's part of the document facts (its heading, tables and statements at document offsets):
 * made once per segment, moved in place with it, and carried over to the segment that replaces it
 * where the text they stand for did not change — so that document checks reading them can keep
 * their findings (DocumentCheck.inputs).
 */
import { scopeBefore, scopeWords, wordsBetween } from './tableScope';
import type { Statement } from '../reader/segments/prose';
import type { Heading, Span } from '../types';
import type { Segment } from './document';
import type { DocFacts } from './facts';
import { titleCount } from './otherReport';

export interface SegmentFacts {
  heading: Heading | undefined;
  tables: DocFacts['tables'];
  statements: DocFacts['statements'];
  /** Characters of one script only (for the document's script). */
  simplified: number;
  traditional: number;
  /** The HTML table tags in the segment's text (SegmentParse.htmlTables): a page's tables in Markdown. */
  htmlTags: number;
  /** How many report titles the segment holds (otherReport.ts titleCount). */
  titles: number;
  /**
   * Whether it has tables or statements to move with the segment: read where the facts are, so that moving the facts of a
   * segment with neither (most) does not load its two empty arrays — an edit moves the facts of every segment after it.
   */
  parts: boolean;
}

/** Facts of an earlier version, by what they say and where (in the new text): see ReportAnalysis.update. */
type Carried = Map<string, Heading | Statement>;
const headingKey = (section: number, start: number, end: number, text: string) => `h${section}|${start}|${end}|${text}`;
const statementKey = (kind: string, value: number, start: number, end: number, year: number | undefined, since?: number) => `s${kind}|${value}|${start}|${end}|${year ?? ''}|${since ?? ''}`;

/**
 * The heading and statement facts of segments an edit replaced, moved to the new text where it did
 * not touch them (before the edit: where they were; after it: moved by `delta`).
 */
export function carriedFacts(dropped: readonly Segment[], start: number, end: number, delta: number): Carried {
  const out: Carried = new Map();
  const at = (span: Span): number | undefined => (span.end <= start ? 0 : span.start >= end ? delta : undefined);
  for (const o of dropped) {
    if (!o.facts) continue;
    const h = o.facts.heading;
    const dh = h && at(h.span);
    if (h && dh !== undefined) {
      (h.span.start += dh), (h.span.end += dh);
      out.set(headingKey(h.section, h.span.start, h.span.end, h.text), h);
    }
    for (const x of o.facts.statements) {
      const d = at(x.span);
      if (d === undefined) continue;
      (x.span.start += d), (x.span.end += d);
      out.set(statementKey(x.kind, x.value, x.span.start, x.span.end, x.year, x.since), x);
    }
  }
  return out;
}

/** A segment's part of the document facts, at document offsets (the objects of `carried` where they say the same). */
export function segmentFacts(s: Segment, carried?: Carried): SegmentFacts {
  const at = s.start;
  const section = s.heading?.section;
  const reuse = <T>(key: string, make: () => T): T => {
    const x = carried?.get(key);
    if (x === undefined) return make();
    carried!.delete(key);
    return x as T;
  };
  // (Every field set, in one order: the facts of all segments are read on every edit, by one shape.)
  const out: SegmentFacts = {
    heading: undefined,
    tables: s.parse.tables.map((t, i) => {
      const scoped = scopeBefore(s.text, t.span.start);
      const apart = i > 0 && wordsBetween(s.text, s.parse.tables[i - 1].span.end, t.span.start);
      return { kind: t.kind, span: { start: t.span.start + at, end: t.span.end + at }, section, table: t, offset: at, scoped, scope: scoped ? scopeWords(s.text, t.span.start) : undefined, apart, undetermined: !!t.glue?.unknown || (t.kind === 'applications' && !!t.ruleDigits) };
    }),
    statements: s.parse.prose.statements.map((x) => {
      const a = x.span.start + at;
      const b = x.span.end + at;
      return reuse(statementKey(x.kind, x.value, a, b, x.year, x.since), () => {
        const st: DocFacts['statements'][number] = { kind: x.kind, value: x.value, span: { start: a, end: b } };
        if (x.year !== undefined) st.year = x.year;
        if (x.since !== undefined) st.since = x.since;
        return st;
      });
    }),
    simplified: s.parse.simplified,
    traditional: s.parse.traditional,
    htmlTags: s.parse.htmlTables?.tags ?? 0,
    titles: titleCount(s),
    parts: s.parse.tables.length > 0 || s.parse.prose.statements.length > 0,
  };
  const h = s.heading;
  if (h) out.heading = reuse(headingKey(h.section, h.start, h.end, h.text), () => ({ section: h.section, span: { start: h.start, end: h.end }, text: h.text }));
  return out;
}

/** A segment's facts moved with it, in place (the facts and the findings that share their spans move too). */
export function moveFacts(f: SegmentFacts, d: number): void {
  if (f.heading) (f.heading.span.start += d), (f.heading.span.end += d);
  if (!f.parts) return;
  for (let i = 0; i < f.tables.length; i++) {
    const t = f.tables[i];
    (t.span.start += d), (t.span.end += d), (t.offset += d);
  }
  for (let i = 0; i < f.statements.length; i++) (f.statements[i].span.start += d), (f.statements[i].span.end += d);
}
