/**
 * An agency's key as the corpus matches it. A body's name usually says where it is (「福州市财政局」);
 * many a city's or county's own bodies leave it out and title their report 「市财政局2022年…」 or
 * 「区教育局…」 — a name every city has. Two such reports are one agency's years only where they stand
 * together: in the same folder (a collection is kept by agency or by place). Elsewhere the key is
 * qualified by the folder, and nothing is compared across folders (found by a review: 甲市's 2022
 * report and 乙市's 2023, both 「市财政局」, gave a false carry-over warning).
 */

/**
 * A name opening with a level of government and no place: 省…, 市…, 区…, 县…, 州…, 盟…, 旗… (no
 * place's name opens so — but 市中区, a district of several cities). On a key: folded, no spaces.
 */
const NO_PLACE = /^(?:省|市(?!中区)|区|县|州|盟|旗)/;
/** What separates a key from its folder (no name holds it). */
const SEP = '\u0000';

export function placedKey(key: string, uri: string): string {
  if (!NO_PLACE.test(key) || key.includes(SEP)) return key;
  return key + SEP + uri.slice(0, uri.lastIndexOf('/') + 1);
}
