/**
 * Whether two lists of findings say the same things at the same places: for a document check whose
 * findings are made again on every run (`DocumentCheck.stable`), so that an unchanged list is the last
 * one kept — and the document's sorted list with it — rather than a new one sorted again after every edit.
 * Findings are plain data (strings, numbers, spans, messages, fixes): compared as such.
 */
import type { Finding } from '../analysis/types';

/** Whether two lists hold the same objects in the same places (a check's inputs, a check's kept answers). */
export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a.length !== b.length) return false;
  // Places first: an edit before some of them moved those, which is found without reading the rest.
  for (let i = 0; i < a.length; i++) if (a[i].span.start !== b[i].span.start || a[i].span.end !== b[i].span.end) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
  return true;
}

function same(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const kx = Object.keys(x);
  const ky = Object.keys(y);
  if (kx.length !== ky.length) return false;
  for (const k of kx) if (!same((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k])) return false;
  return true;
}
