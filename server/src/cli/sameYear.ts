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
import { Bodies } from '../corpus/bodies';
import { fileUri } from './files';
import { say } from './messages';

/**
 * The files named for one body and year: a scraper that fetched one page two hundred times gave a
 * line of two hundred paths (found by trying a thousand copies); the count says the rest.
 */
const SHOWN = 5;

/** The files of one body and year: the first SHOWN + 1 kept, all counted. */
interface Group {
  agency: string;
  year: number;
  files: string[];
  count: number;
}

export class SameYear {
  /** The files of each body and year (by its key), in the order first met: the first SHOWN named, all counted. */
  private groups = new Map<string, Group>();
  /**
   * A body's spellings in one folder (「南昌市青山湖区教育局」「青山湖区教育局」, 「福州市财政局」「市财政局」: Bodies), joined when the
   * notes are made — a short name is one body with a long one only where the folder's long names are one place's (「鼓楼区…」
   * beside 南京's and 福州's is neither's: found by the review of the first version, which joined it to the first met).
   */
  private bodies = new Bodies();

  add(file: string, agency: string | null | undefined, year: number | null | undefined): void {
    if (!agency || year == null) return;
    this.joined = undefined;
    const uri = fileUri(file);
    const name = placedKey(agencyKey(agency), uri);
    const key = `${name}@${year}`;
    // (「南昌市青山湖区教育局」 and 「青山湖区教育局」 in one folder are one body, as the year-against-year check has them — two copies
    // of its year were not said, found by a review.)
    this.bodies.add(name, uri);
    const group = this.groups.get(key);
    if (!group) this.groups.set(key, { agency, year, files: [file], count: 1 });
    // (One more than shown: a report's copies name SHOWN others besides itself.)
    else if (++group.count <= SHOWN + 1) group.files.push(file);
  }

  /** The groups of one body and year, its spellings joined (made once all reports are added: pass 1's end). */
  private joined?: Map<string, Group>;
  private groupsJoined(): Map<string, Group> {
    if (this.joined) return this.joined;
    const groups = new Map<string, Group>();
    for (const [key, g] of this.groups) {
      const body = this.bodyOf(key, g.year);
      const into = groups.get(body);
      if (!into) {
        groups.set(body, { ...g, files: [...g.files] });
        continue;
      }
      into.count += g.count;
      into.files.push(...g.files.slice(0, Math.max(0, SHOWN + 1 - into.files.length)));
      // (Named with its city where one spelling says it: the longer name.)
      if (g.agency.length > into.agency.length) into.agency = g.agency;
    }
    return (this.joined = groups);
  }
  /** The body a group's key (placedKey's name, 「@」, its year) names, with its year. */
  private bodyOf(key: string, year: number): string {
    return `${this.bodies.of(key.slice(0, key.lastIndexOf('@')))}@${year}`;
  }

  /**
   * For a report added, the run's other reports of its body and year: how many there are with it, and the first of their
   * files — for the machine-readable output, where a review office's script counts reports by body and year (the note
   * on the standard error was all that said it: found by a review). Undefined where it is the only one.
   */
  copies(file: string, agency: string | null | undefined, year: number | null | undefined): { reports: number; files: string[] } | undefined {
    if (!agency || year == null) return undefined;
    const key = `${placedKey(agencyKey(agency), fileUri(file))}@${year}`;
    if (!this.groups.has(key)) return undefined;
    const g = this.groupsJoined().get(this.bodyOf(key, year));
    return g && g.count > 1 ? { reports: g.count, files: g.files.filter((f) => f !== file).slice(0, SHOWN) } : undefined;
  }

  notes(locale: Locale): string[] {
    const groups = this.groupsJoined();
    return [...groups.values()]
      .filter((g) => g.count > 1)
      .map((g) => {
        const shown = g.files.slice(0, SHOWN);
        const files = shown.join(locale === 'en' ? ', ' : '、');
        return g.count > shown.length ? say('sameYearMore', locale, g.agency, g.year, g.count, files, shown.length, g.count - shown.length) : say('sameYear', locale, g.agency, g.year, g.count, files);
      });
  }
}
