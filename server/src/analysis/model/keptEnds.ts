/**
 * How many items two versions of a list share at their start and at their end, by identity: what an
 * edit left alone. Lists built from the segments (the facts, the findings) copy those parts from their
 * last version and read only the items between.
 */
export function keptEnds<T>(before: readonly T[], after: readonly T[]): { head: number; tail: number } {
  const max = Math.min(before.length, after.length);
  let head = 0;
  while (head < max && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < max - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { head, tail };
}
