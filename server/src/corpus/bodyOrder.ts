/**
 * The order of a list of many reports (the CLI's --summary, the workspace's check and export): each body's years
 * together, as the year-against-year check matches them — in either script, with its city before its district's
 * name or not (「上海市松江区…」「松江区…」「松江區…」 in one folder), a name that says no place (「区教育局」) with its
 * folder's. Sorted by the name as written, one body's years stood apart (found by a review). The bodies are in the
 * order of their names as written (the first of each body's, by name), then each body's years.
 */
import { agencyKey } from '../analysis/views/agency';
import { byName } from '../analysis/views/nameOrder';
import { localKeys, placedKey } from './agencyPlace';

/** A body's reports' common key: its name without its higher places, in its folder; else its key as the check places it. */
function bodyGroup(agency: string, uri: string): string {
  const key = agencyKey(agency);
  const local = localKeys(key, uri);
  return local ? local.own.slice(1) : placedKey(key, uri);
}

export function byBody<T>(rows: readonly T[], agency: (r: T) => string | null | undefined, uri: (r: T) => string, year: (r: T) => number | null | undefined, then: (a: T, b: T) => number): T[] {
  const group = new Map<T, string>();
  const first = new Map<string, string>();
  for (const r of rows) {
    const name = agency(r) ?? '';
    const g = name ? bodyGroup(name, uri(r)) : '';
    group.set(r, g);
    const was = first.get(g);
    if (was === undefined || byName(name, was) < 0) first.set(g, name);
  }
  const nameOf = (r: T) => first.get(group.get(r)!)!;
  return [...rows].sort((a, b) => byName(nameOf(a), nameOf(b)) || (group.get(a)! < group.get(b)! ? -1 : group.get(a)! > group.get(b)! ? 1 : 0) || (year(a) ?? 0) - (year(b) ?? 0) || then(a, b));
}
