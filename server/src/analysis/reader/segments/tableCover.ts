/**
 * Whether an offset lies inside one of a segment's tables — asked for every numbering, statement and
 * year the prose patterns find. A search in the tables' spans sorted by start, with the farthest end
 * reached so far, instead of a look at every table for every match: a page that repeats a table
 * thousands of times has thousands of tables and of matches.
 */
import type { Span } from '../../types';
import { firstAbove } from '../text/sorted';

export function tableCover(tables: readonly { span: Span }[]): (at: number) => boolean {
  if (tables.length === 0) return () => false;
  const spans = tables.map((t) => t.span).sort((a, b) => a.start - b.start);
  const starts = spans.map((s) => s.start);
  // reach[i]: the farthest end of spans[0..i] (spans may nest or overlap).
  const reach: number[] = [];
  for (let i = 0, far = -Infinity; i < spans.length; i++) reach.push((far = Math.max(far, spans[i].end)));
  return (at) => {
    // The last span starting at or before `at`: `at` is covered iff some span up to it reaches past it.
    const lo = firstAbove(starts, at);
    return lo > 0 && reach[lo - 1] > at;
  };
}
