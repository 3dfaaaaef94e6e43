/**
 * Two or more reports of one body for one year among the files of a run (a report and its corrected
 * version, two sites' copies): said once at the end, with their files. The year-against-year check
 * compares with one of them, and a sum over the export counts the year twice — a reviewer or a
 * researcher must choose (found by a review: nothing said it). Bodies whose names say no place are
 * told apart by their folders, as the year-against-year check tells them (agencyPlace.ts).
 */
import type { Locale } from '../analysis/types';
import { agencyKey } from '../analysis/views/agency';
import { localKeys, placedKey } from '../corpus/agencyPlace';
import { fileUri } from './files';
import { say } from './messages';

/**
 * The files named for one body and year: a scraper that fetched one page two hundred times gave a
 * line of two hundred paths (found by trying a thousand copies); the count says the rest.
 */
const SHOWN = 5;

export class SameYear {
  /** The files of each body and year (by its key), in the order first met: the first SHOWN named, all counted. */
  private groups = new Map<string, { agency: string; year: number; files: string[]; count: number }>();
  /**
   * A body's name with its city and without, in one folder (localKeys), by year: the keys of each spelling. Joined when
   * the notes are made — a short name is one body with the long one only where one long name has it (「鼓楼区…」 beside
   * 南京's and 福州's is neither's: found by the review of the first version, which joined it to the first met).
   */
  private spellings = new Map<string, { long: Set<string>; short: Set<string> }>();

  add(file: string, agency: string | null | undefined, year: number | null | undefined): void {
    if (!agency || year == null) return;
    const uri = fileUri(file);
    const name = agencyKey(agency);
    const key = `${placedKey(name, uri)}@${year}`;
    // (「南昌市青山湖区教育局」 and 「青山湖区教育局」 in one folder are one body, as the year-against-year check has them — two copies
    // of its year were not said, found by a review.)
    const local = localKeys(name, uri);
    if (local) {
      const id = `${local.own.slice(1)}@${year}`;
      let s = this.spellings.get(id);
      if (!s) this.spellings.set(id, (s = { long: new Set(), short: new Set() }));
      (local.long ? s.long : s.short).add(key);
    }
    const group = this.groups.get(key);
    if (!group) this.groups.set(key, { agency, year, files: [file], count: 1 });
    else if (++group.count <= SHOWN) group.files.push(file);
  }

  notes(locale: Locale): string[] {
    const groups = new Map(this.groups);
    for (const { long, short } of this.spellings.values()) {
      if (long.size !== 1 || !short.size) continue;
      const into = groups.get([...long][0])!;
      const joined = { ...into, files: [...into.files] };
      for (const k of short) {
        const g = groups.get(k)!;
        joined.count += g.count;
        joined.files.push(...g.files.slice(0, Math.max(0, SHOWN - joined.files.length)));
        groups.delete(k);
      }
      groups.set([...long][0], joined);
    }
    return [...groups.values()]
      .filter((g) => g.count > 1)
      .map((g) => {
        const files = g.files.join(locale === 'en' ? ', ' : '、');
        return g.count > g.files.length ? say('sameYearMore', locale, g.agency, g.year, g.count, files, g.files.length, g.count - g.files.length) : say('sameYear', locale, g.agency, g.year, g.count, files);
      });
  }
}
