/**
 * Where a section the reader did not find stands all the same: its heading under another numeral, numbered in
 * another style, or in words of the report's own — as section-missing finds it, for the other checks that speak of
 * the section (table-missing: 「第三部分缺少表三」 at the heading as written, not 「连这一部分也没有」 at the top).
 */
import type { DocFacts } from '../../analysis/model/facts';
import type { SectionId, Span } from '../../analysis/types';
import { misnumberedHeading } from './misnumbered';
import { restyledHeading } from './restyledHeading';
import { rewordedHeading } from './rewordedHeading';

export function sectionWrittenOtherwise(f: DocFacts, id: SectionId): Span | undefined {
  const next = f.headings.find((h) => h.section > id);
  const prev = f.headings.filter((h) => h.section < id && (!next || h.span.start < next.span.start)).pop();
  const to = next ? next.span.start : f.length;
  const wrong = misnumberedHeading(f, id, prev ? prev.span.end : 0, to);
  if (wrong) return { start: wrong.numeral.start, end: wrong.numeral.start + wrong.text.length };
  const from = prev ? prev.span.end : f.title ? f.title.span.end : 0;
  return restyledHeading(f, id, from, to)?.span ?? rewordedHeading(f, id, from, to)?.span;
}
