/**
 * The file name a new report is saved under: 「AGENCY YEAR年政府信息公开工作年度报告」. The agency is
 * what the user typed, not a path: characters no file name may hold (「市人社局/市医保局」, 「../局」) are
 * replaced, and leading dots dropped, so the file is made where it was asked for and nowhere else.
 */
const NOT_IN_NAMES = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/** Characters an agency's name cannot hold in a file name, as typed (for the input box's check). */
export const hasPathCharacters = (agency: string): boolean => /[\\/:*?"<>|\u0000-\u001f\u007f]/.test(agency) || /^\.+$/.test(agency.trim());

export function reportFileBase(agency: string, year: number | string): string {
  // (Fifty characters at most: a file name holds 255 bytes, three a Han character in UTF-8.)
  const safe = [...agency.trim().replace(NOT_IN_NAMES, '_').replace(/^[.\s]+/, '')].slice(0, 50).join('');
  return `${safe}${year}年政府信息公开工作年度报告`;
}
