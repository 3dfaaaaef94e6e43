/**
 * Two or more reports of one body for one year among the files of a run (a report and its corrected
 * version, two sites' copies): said once at the end, with their files. The year-against-year check
 * compares with one of them, and a sum over the export counts the year twice — a reviewer or a
 * researcher must choose (found by a review: nothing said it). Bodies whose names say no place are
 * told apart by their folders, as the year-against-year check tells them (agencyPlace.ts).
 */
import type { Locale } from '../analysis/types';
import { agencyKey } from '../analysis/views/agency';
import { placedKey } from '../corpus/agencyPlace';
import { fileUri } from './files';
import { say } from './messages';

/**
 * The files named for one body and year: a scraper that fetched one page two hundred times gave a
 * line of two hundred paths (found by trying a thousand copies); the count says the rest.
 */
const SHOWN = 5;

export class SameYear {
  private first = new Map<string, string>();
  private more = new Map<string, { agency: string; year: number; files: string[]; count: number }>();

  add(file: string, agency: string | null | undefined, year: number | null | undefined): void {
    if (!agency || year == null) return;
    const key = `${placedKey(agencyKey(agency), fileUri(file))}@${year}`;
    const seen = this.first.get(key);
    if (seen === undefined) {
      this.first.set(key, file);
      return;
    }
    const group = this.more.get(key);
    if (!group) this.more.set(key, { agency, year, files: [seen, file], count: 2 });
    else if (++group.count <= SHOWN) group.files.push(file);
  }

  notes(locale: Locale): string[] {
    return [...this.more.values()].map((g) => {
      const files = g.files.join(locale === 'en' ? ', ' : '、');
      return g.count > g.files.length ? say('sameYearMore', locale, g.agency, g.year, g.count, files, g.files.length, g.count - g.files.length) : say('sameYear', locale, g.agency, g.year, g.count, files);
    });
  }
}
