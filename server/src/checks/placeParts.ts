/**
 * The document checks' findings in document order, kept from one version to the next. Most edits change one check's
 * list at most (text-mismatch's, when a table or a stated figure is touched): the order of the others' is known from last
 * time, so the new list is merged into it — sorting every finding again (two thousand on a document of a hundred
 * reports) took a sixth of such an edit. The order is the one a stable sort of the lists put end to end gives: by place,
 * and between equals by the list they come from, then by their order in it.
 */
import type { Finding } from '../analysis/types';
import { byPlace } from './findingList';

export interface PlacedParts {
  /** The lists as given (a list unchanged is the same array as last time: see runCheckParts). */
  parts: readonly (readonly Finding[])[];
  /** Their findings in document order. */
  sorted: Finding[];
  /** For each of `sorted`, the index of its list. */
  partOf: number[];
}

/** Each list's findings sorted by place (a copy, kept by the list: a check's own list keeps the check's order). */
const SORTED = new WeakMap<readonly Finding[], readonly Finding[]>();
function sortedCopy(list: readonly Finding[]): readonly Finding[] {
  let s = SORTED.get(list);
  if (!s) SORTED.set(list, (s = list.slice().sort(byPlace)));
  return s;
}

/** `parts` in document order, from `last` (the same check's lists at the last version) where they are unchanged. */
export function placeParts(parts: readonly (readonly Finding[])[], last?: PlacedParts): PlacedParts {
  const usable = last !== undefined && last.parts.length === parts.length;
  // The lists that are not last time's (every one the first time), sorted.
  const changed: number[] = [];
  for (let i = 0; i < parts.length; i++) if (!usable || (parts[i] !== last.parts[i] && (parts[i].length || last.parts[i].length))) changed.push(i);
  if (usable && !changed.length) return { parts, sorted: last.sorted, partOf: last.partOf };
  const isChanged = new Uint8Array(parts.length);
  for (const i of changed) isChanged[i] = 1;
  // Heads: 0 is last time's order without the changed lists; 1 + j is changed list j.
  const keptSorted: Finding[] = [];
  const keptPart: number[] = [];
  if (usable)
    for (let k = 0; k < last.sorted.length; k++)
      if (!isChanged[last.partOf[k]]) (keptSorted.push(last.sorted[k]), keptPart.push(last.partOf[k]));
  const lists: (readonly Finding[])[] = [keptSorted];
  for (const i of changed) lists.push(sortedCopy(parts[i]));
  const partAt = (l: number, k: number) => (l === 0 ? keptPart[k] : changed[l - 1]);
  let total = 0;
  for (const l of lists) total += l.length;
  const sorted: Finding[] = new Array(total);
  const partOf: number[] = new Array(total);
  const at = new Array<number>(lists.length).fill(0);
  for (let o = 0; o < total; o++) {
    let best = -1;
    for (let l = 0; l < lists.length; l++) {
      if (at[l] >= lists[l].length) continue;
      if (best < 0) {
        best = l;
        continue;
      }
      const c = byPlace(lists[l][at[l]], lists[best][at[best]]);
      if (c < 0 || (c === 0 && partAt(l, at[l]) < partAt(best, at[best]))) best = l;
    }
    partOf[o] = partAt(best, at[best]);
    sorted[o] = lists[best][at[best]++];
  }
  return { parts, sorted, partOf };
}
