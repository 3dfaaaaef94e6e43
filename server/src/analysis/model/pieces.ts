/** The document's text as its segments hold it: one string per segment, end to end. */
import type { Segment } from './document';

/** text[from, to) of the text the segments hold (they cover it end to end, in order). */
export function readPieces(segments: readonly Segment[], from: number, to: number): string {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start <= from) lo = mid;
    else hi = mid - 1;
  }
  let out = '';
  for (let i = lo; from < to && i < segments.length; i++) {
    const s = segments[i];
    const e = Math.min(to, s.end);
    if (e > from) out += s.text.slice(from - s.start, e - s.start);
    from = Math.max(from, e);
  }
  return out;
}
