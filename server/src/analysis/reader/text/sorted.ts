/** Searches in ascending arrays of offsets (line starts, chunk starts, table starts). */

/** The index of the first value above `offset` (the array's length if none). */
export function firstAbove(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first item whose key is above `offset`, in items ascending by that key (tokens by their end, …). */
export function firstAboveBy<T>(items: readonly T[], key: (item: T) => number, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the last value at or before `offset` (0 if none). */
export function lastAtOrBefore(starts: readonly number[], offset: number): number {
  return Math.max(0, firstAbove(starts, offset) - 1);
}
