/**
 * The first report of each body and year in a list taken in order (an export's files): for every later report of the
 * same body and year, the first one's file — so that a study summing an export by body and year can see the year's
 * second report (a corrected version, a second site's copy, a scraper's duplicate) on its own row, not only in a note
 * on the standard error (found by a review: the export counted such a year twice without a mark).
 *
 * Bodies are matched as the year-against-year check matches them within one spelling (agencyKey, a name without its
 * place qualified by its folder: placedKey); a body's other spellings (「福州市财政局」 and 「市财政局」 in one folder) are
 * joined only once all reports are known, which a list written as it is read cannot wait for — the run's note on
 * the standard error names those.
 */
import { agencyKey } from '../analysis/views/agency';
import { placedKey } from './agencyPlace';

export class FirstOfYear {
  private first = new Map<string, string>();

  /**
   * The file of an earlier report of the same body and year as this one (`uri`: its place, for a name without one),
   * or undefined — this one is then the first of its year.
   */
  earlier(file: string, uri: string, agency: string | null | undefined, year: number | null | undefined): string | undefined {
    if (!agency || year == null) return undefined;
    const key = `${placedKey(agencyKey(agency), uri)}@${year}`;
    const first = this.first.get(key);
    if (first === undefined) this.first.set(key, file);
    return first;
  }
}
