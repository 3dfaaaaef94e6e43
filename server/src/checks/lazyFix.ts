/**
 * A fix whose edits are made when they are first read. Writing a glued table back (table-glued's
 * fix) was a seventh of a glued page's whole analysis, made on every first reading — by the CLI,
 * which never applies it without --fix, and by the server, for a fix the user picks now and then.
 *
 * Its `edits` is an own, enumerable property read through a getter: whoever reads it (a code action,
 * fix-all, a test comparing findings) gets the array, made once. Moving the fix to other offsets —
 * `shiftFinding` and `moveInPlace`, which every finding goes through — moves it without making them.
 * A fix whose edits turn out to change nothing is not offered (`doesSomething`).
 */
import type { Fix, TextEdit } from '../analysis/types';

/** What a lazy fix has still to make: its edits, to be moved by `delta` once made. */
interface Pending {
  /** The fix but its edits. */
  readonly base: Omit<Fix, 'edits'>;
  readonly make: () => TextEdit[];
  delta: number;
  made?: TextEdit[];
}
const PENDING = Symbol('pending edits');
type LazyFix = Fix & { [PENDING]?: Pending };

/** `fix` with edits made by `make` on first reading (`make` returns edits of its own, not shared). */
export function lazyFix(fix: Omit<Fix, 'edits'>, make: () => TextEdit[]): Fix {
  return withPending({ base: fix, make, delta: 0 });
}

function withPending(p: Pending): Fix {
  const fix = { ...p.base };
  Object.defineProperty(fix, 'edits', {
    enumerable: true,
    get: () => (p.made ??= p.make().map((e) => ({ span: { start: e.span.start + p.delta, end: e.span.end + p.delta }, newText: e.newText }))),
  });
  Object.defineProperty(fix, PENDING, { value: p });
  return fix as Fix;
}

/** A copy of a lazy fix moved by `d`, its edits still to make; undefined if it is none, or they are made (moved as any). */
export function shiftedPending(x: Fix, d: number): Fix | undefined {
  const p = (x as LazyFix)[PENDING];
  if (!p || p.made) return undefined;
  return withPending({ base: p.base, make: p.make, delta: p.delta + d });
}

/** Moves a lazy fix by `d` in place, if its edits are still to make; false if it is none, or they are made. */
export function movePending(x: Fix, d: number): boolean {
  const p = (x as LazyFix)[PENDING];
  if (!p || p.made) return false;
  p.delta += d;
  return true;
}

/** Whether applying a fix does anything: an edit, a command, a conversion or cells to show. */
export const doesSomething = (x: Fix): boolean => x.edits.length > 0 || !!x.command || !!x.convert || !!x.reveal?.length;
