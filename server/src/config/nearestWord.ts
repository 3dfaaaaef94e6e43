/**
 * The word of `words` a typo most likely meant (「row-totl」 → row-total): the nearest by edits (Levenshtein), if it
 * is within a third of the word's length; undefined when none is that near.
 */
export function nearestWord(typed: string, words: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(typed.length / 3)) + 1;
  for (const w of words) {
    const d = distance(typed.toLowerCase(), w);
    if (d < bestDistance) (best = w), (bestDistance = d);
  }
  return best;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
