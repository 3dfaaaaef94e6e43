/**
 * Moving relative results (a segment's parse, its findings) to document offsets. Every position
 * in the analysis is a `{start, end}` object, so one generic walk shifts them all and cannot
 * forget a field.
 */
export function shifted<T>(value: T, delta: number): T {
  return walk(value, delta) as T;
}

function walk(v: unknown, d: number): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = walk(v[i], d);
    return out;
  }
  const o = v as Record<string, unknown>;
  // (Keys counted and copied with for-in, not Object.keys: no array per object. The analysis's
  // objects are plain, so for-in reads their own keys only, in the same order.)
  let span = true;
  for (const k in o) {
    if (k !== 'start' && k !== 'end') {
      span = false;
      break;
    }
  }
  if (span && typeof o.start === 'number' && typeof o.end === 'number') return { start: o.start + d, end: o.end + d };
  const out: Record<string, unknown> = {};
  for (const k in o) out[k] = walk(o[k], d);
  return out;
}

/**
 * Moves, in place, every position of a value `shifted` made (a tree: `shifted` copies each object
 * wherever it is reached, so none is reached twice and none is moved twice). For a segment's part of
 * the model when the segment moved: no copy of its tables.
 */
export function moveShifted(v: unknown, d: number): void {
  if (v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) moveShifted(v[i], d);
    return;
  }
  const o = v as Record<string, unknown>;
  let n = 0;
  for (const k in o) {
    n++;
    const x = o[k];
    if (x !== null && typeof x === 'object') moveShifted(x, d);
  }
  if (n === 2 && typeof o.start === 'number' && typeof o.end === 'number') {
    o.start += d;
    o.end = (o.end as number) + d;
  }
}

/**
 * A table an edit moved past is a copy of the one read before, moved: what the layers above derived
 * from that one (its findings) holds for the copy, moved by as much. A value and the copies made of it
 * share a lineage: a token of their own (not the value: a copy must not keep earlier versions alive)
 * and each one's offset from the first. Caches keyed by the token serve every member, moved.
 */
const lineages = new WeakMap<object, { root: object; at: number }>();

/** The lineage of `value`: its token and its offset from the first of it (made on first asking). */
export function lineage(value: object): { root: object; at: number } {
  let l = lineages.get(value);
  if (!l) lineages.set(value, (l = { root: {}, at: 0 }));
  return l;
}

/** `shifted`, of the lineage of `value`. */
export function movedCopy<T extends object>(value: T, delta: number): T {
  const copy = shifted(value, delta);
  const l = lineage(value);
  lineages.set(copy, { root: l.root, at: l.at + delta });
  return copy;
}
