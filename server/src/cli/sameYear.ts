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
  private first = new Map<string, { file: string; agency: string }>();
  private more = new Map<string, { agency: string; year: number; files: string[]; count: number }>();

  /** A body's name with its city and without, in one folder (localKeys): the key of the first spelling met, by the other's. */
  private spelled = new Map<string, Set<string>>();

  add(file: string, agency: string | null | undefined, year: number | null | undefined): void {
    if (!agency || year == null) return;
    const uri = fileUri(file);
    const name = agencyKey(agency);
    let key = `${placedKey(name, uri)}@${year}`;
    // (「南昌市青山湖区教育局」 and 「青山湖区教育局」 in one folder are one body, as the year-against-year check has them — two copies
    // of its year were not said, found by a review; a short name two cities' long ones could be is said of neither.)
    const local = localKeys(name, uri);
    if (local) {
      const other = this.spelled.get(`${local.seek}@${year}`);
      if (other?.size === 1) key = [...other][0];
      const own = `${local.own}@${year}`;
      const mine = this.spelled.get(own) ?? new Set<string>();
      mine.add(key);
      this.spelled.set(own, mine);
    }
    const seen = this.first.get(key);
    if (seen === undefined) {
      this.first.set(key, { file, agency });
      return;
    }
    const group = this.more.get(key);
    // (Named as its first file names it — the name with its city, where the other leaves it out.)
    if (!group) this.more.set(key, { agency: seen.agency.length >= agency.length ? seen.agency : agency, year, files: [seen.file, file], count: 2 });
    else if (++group.count <= SHOWN) group.files.push(file);
  }

  notes(locale: Locale): string[] {
    return [...this.more.values()].map((g) => {
      const files = g.files.join(locale === 'en' ? ', ' : '、');
      return g.count > g.files.length ? say('sameYearMore', locale, g.agency, g.year, g.count, files, g.files.length, g.count - g.files.length) : say('sameYear', locale, g.agency, g.year, g.count, files);
    });
  }
}
