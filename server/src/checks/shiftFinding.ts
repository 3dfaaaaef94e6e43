/**
 * A segment's findings at document offsets, made when they are read (see FindingList) and moved
 * when their segment has moved since. A finding's positions
 * are its span, its related spans, and its fixes' edits, reveals and conversion span; everything else
 * (messages, arithmetic) has none and is shared, not copied. Reading every finding of a large
 * document takes this path for each of them, so it copies the least it can (the generic walk of analysis/shift.ts copied
 * every object of every finding; a test checks the two agree).
 */
import type { Finding, Fix, Span } from '../analysis/types';
import { movePending, shiftedPending } from './lazyFix';

const mv = (s: Span, d: number): Span => ({ start: s.start + d, end: s.end + d });

function shiftFix(x: Fix, d: number): Fix {
  // A fix whose edits are not made yet is moved without making them (lazyFix.ts).
  const pending = shiftedPending(x, d);
  if (pending) return pending;
  // A fix without a position (convert the whole report, import the page) is the same at any offset:
  // shared, not copied (moveInPlace finds nothing in it to move).
  if (x.edits.length === 0 && !x.reveal && !x.convert?.span) return x;
  const out: Fix = { ...x, edits: x.edits.map((e) => ({ span: mv(e.span, d), newText: e.newText })) };
  if (x.reveal) out.reveal = x.reveal.map((s) => mv(s, d));
  if (x.convert) out.convert = x.convert.span ? { ...x.convert, span: mv(x.convert.span, d) } : { ...x.convert };
  return out;
}

export function shiftFinding(f: Finding, d: number): Finding {
  const out: Finding = { code: f.code, severity: f.severity, span: mv(f.span, d), message: f.message };
  if (f.arith) out.arith = f.arith;
  // A related place in another file (last year's report) has no offset here.
  if (f.related) out.related = f.related.map((r) => (r.location ? r : { ...r, span: mv(r.span, d) }));
  if (f.fixes) out.fixes = f.fixes.map((x) => shiftFix(x, d));
  return out;
}

/**
 * Moves findings made by `shiftFinding` by `d` more, in place: they own every position object they
 * hold (`shiftFinding` made them new), so nothing else moves with them. Cheaper than a new copy —
 * no garbage — which is what an edit needs for every finding after it.
 */
export function moveInPlace(f: Finding, d: number): void {
  f.span.start += d;
  f.span.end += d;
  if (f.related) for (const r of f.related) if (!r.location) (r.span.start += d), (r.span.end += d);
  if (f.fixes) {
    for (const x of f.fixes) {
      if (movePending(x, d)) continue;
      for (const e of x.edits) (e.span.start += d), (e.span.end += d);
      if (x.reveal) for (const r of x.reveal) (r.start += d), (r.end += d);
      if (x.convert?.span) (x.convert.span.start += d), (x.convert.span.end += d);
    }
  }
}
