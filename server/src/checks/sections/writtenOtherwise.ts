/**
 * Where a section the reader did not find stands all the same: its heading under another numeral, numbered in
 * another style, or in words of the report's own — looked for between the headings around where it belongs.
 * section-missing names it and offers the form's heading; table-missing speaks of the section there (「第三部分缺少
 * 表三」 at the heading as written, not 「连这一部分也没有」 at the top).
 */
import type { DocFacts } from '../../analysis/model/facts';
import type { SectionId, Span } from '../../analysis/types';
import { misnumberedHeading, type Misnumbered } from './misnumbered';
import { restyledHeading, type Restyled } from './restyledHeading';
import { rewordedHeading, type Reworded } from './rewordedHeading';

export type WrittenOtherwise = { kind: 'misnumbered'; heading: Misnumbered; span: Span } | { kind: 'restyled'; heading: Restyled; span: Span } | { kind: 'reworded'; heading: Reworded; span: Span };

export function sectionWrittenOtherwise(f: DocFacts, id: SectionId): WrittenOtherwise | undefined {
  const next = f.headings.find((h) => h.section > id);
  const prev = f.headings.filter((h) => h.section < id && (!next || h.span.start < next.span.start)).pop();
  const to = next ? next.span.start : f.length;
  const wrong = misnumberedHeading(f, id, prev ? prev.span.end : 0, to);
  if (wrong) return { kind: 'misnumbered', heading: wrong, span: { start: wrong.numeral.start, end: wrong.numeral.start + wrong.text.length } };
  // (A heading in another style or other words is looked for after the title: the title is no section's heading.)
  const from = prev ? prev.span.end : f.title ? f.title.span.end : 0;
  const restyled = restyledHeading(f, id, from, to);
  if (restyled) return { kind: 'restyled', heading: restyled, span: { ...restyled.span } };
  const reworded = rewordedHeading(f, id, from, to);
  return reworded && { kind: 'reworded', heading: reworded, span: { ...reworded.span } };
}
