/**
 * The order of a list of many reports (the CLI's --summary, the workspace's check and export): each body's years
 * together, as the year-against-year check matches them — in either script, with its city before its district's
 * name or not (「上海市松江区…」「松江区…」「松江區…」 in one folder), a name that says no place (「区教育局」) with its
 * folder's. Sorted by the name as written, one body's years stood apart (found by a review). The bodies are in the
 * order of their names as written (the first of each body's, by name), then each body's years.
 */
import { agencyKey } from '../analysis/views/agency';
import { byName } from '../analysis/views/nameOrder';
import { placedKey } from './agencyPlace';
import { Bodies } from './bodies';

export function byBody<T>(rows: readonly T[], agency: (r: T) => string | null | undefined, uri: (r: T) => string, year: (r: T) => number | null | undefined, then: (a: T, b: T) => number): T[] {
  // The keys the index matches reports by (placedKey: a name that says its place, in any folder; one that does not,
  // in its folder), joined where one body's spellings meet in its folder (Bodies: 「上海市松江区…」, 「松江区…」).
  const bodies = new Bodies();
  const own = new Map<T, string>();
  for (const r of rows) {
    const name = agency(r);
    if (!name) continue;
    const key = placedKey(agencyKey(name), uri(r));
    own.set(r, key);
    bodies.add(key, uri(r));
  }
  const group = new Map<T, string>();
  const first = new Map<string, string>();
  for (const r of rows) {
    const key = own.get(r);
    const g = key === undefined ? '' : bodies.of(key);
    group.set(r, g);
    const name = agency(r) ?? '';
    const was = first.get(g);
    if (was === undefined || byName(name, was) < 0) first.set(g, name);
  }
  const nameOf = (r: T) => first.get(group.get(r)!)!;
  return [...rows].sort((a, b) => byName(nameOf(a), nameOf(b)) || (group.get(a)! < group.get(b)! ? -1 : group.get(a)! > group.get(b)! ? 1 : 0) || (year(a) ?? 0) - (year(b) ?? 0) || then(a, b));
}
