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

export class SameYear {
  private first = new Map<string, string>();
  private more = new Map<string, { agency: string; year: number; files: string[] }>();

  add(file: string, agency: string | null | undefined, year: number | null | undefined): void {
    if (!agency || year == null) return;
    const key = `${placedKey(agencyKey(agency), fileUri(file))}@${year}`;
    const seen = this.first.get(key);
    if (seen === undefined) {
      this.first.set(key, file);
      return;
    }
    const group = this.more.get(key);
    if (group) group.files.push(file);
    else this.more.set(key, { agency, year, files: [seen, file] });
  }

  notes(locale: Locale): string[] {
    return [...this.more.values()].map((g) => say('sameYear', locale, g.agency, g.year, g.files.length, g.files.join(locale === 'en' ? ', ' : '、')));
  }
}
