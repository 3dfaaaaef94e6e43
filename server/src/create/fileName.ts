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

/**
 * The year typed for a new report: four digits, ASCII or full-width (a Chinese input method in full-width mode types
 * 「２０２４」), 「年」 after them allowed — from 2019, the form's first year; undefined otherwise (「２０２４」 was refused
 * as no year: found by a review in code-server).
 */
export function typedYear(input: string): number | undefined {
  const ascii = input.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\s*年$/, '');
  if (!/^(19|20)\d{2}$/.test(ascii)) return undefined;
  const year = Number(ascii);
  return year >= 2019 ? year : undefined;
}
