/** The least and the most of a value over a list, in a loop: Math.min(...list) overflows the stack past ~100,000 values. */
export function least<T>(list: readonly T[], f: (x: T) => number): number {
  let m = Infinity;
  for (const x of list) m = Math.min(m, f(x));
  return m;
}

export function most<T>(list: readonly T[], f: (x: T) => number): number {
  let m = -Infinity;
  for (const x of list) m = Math.max(m, f(x));
  return m;
}
