/** Line boundaries in a text (\n, \r\n and a lone \r each end a line), and display columns along a line. */

export function lineStartAt(text: string, offset: number): number {
  let i = offset;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}

export function lineEndAt(text: string, offset: number): number {
  let i = offset;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  return i;
}

/** The line that holds `offset`, its break left out. */
export const lineAround = (text: string, offset: number): string => text.slice(lineStartAt(text, offset), lineEndAt(text, offset));

/** The offset where the next line starts after a line ending at `end` (CRLF is one break). */
export function nextLineStart(text: string, end: number): number {
  return text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
}

/** Where the line after the one holding `offset` starts (the text's end if none). */
export const lineAfter = (text: string, offset: number): number => Math.min(text.length, nextLineStart(text, lineEndAt(text, offset)));

/** The start of the line before the one starting at `start` (CRLF is one break). */
export function prevLineStart(text: string, start: number): number {
  let end = start - 1;
  if (end > 0 && text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
  return lineStartAt(text, end);
}

/** Where each line of text[from, to) starts and ends (its break excluded; CRLF is one break). */
export function lineBounds(text: string, from: number, to: number): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let ls = from; ls <= to; ) {
    let le = ls;
    while (le < to && text.charCodeAt(le) !== 10 && text.charCodeAt(le) !== 13) le++;
    starts.push(ls);
    ends.push(le);
    if (le >= to) break;
    ls = text.charCodeAt(le) === 13 && text.charCodeAt(le + 1) === 10 ? le + 2 : le + 1;
  }
  return { starts, ends };
}

/**
 * Display widths in a CJK monospace font, as a PDF's text extraction (`pdftotext -layout`) and a fixed-width editor lay
 * text out: CJK and full-width characters take two columns.
 */
export const isWide = (c: number) => (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000;

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += isWide(ch.codePointAt(0) as number) ? 2 : 1;
  return w;
}

/**
 * The display width of the code unit at `i`, at display column `col` of its line: a character beyond the BMP by its code
 * point (its second unit 0), a tab to the next stop of eight.
 */
export function unitWidth(text: string, i: number, col: number): number {
  const c = text.charCodeAt(i);
  if ((c & 0xfc00) === 0xdc00) return 0;
  if ((c & 0xfc00) === 0xd800) return isWide(text.codePointAt(i) as number) ? 2 : 1;
  return c === 0x09 ? 8 - (col % 8) : isWide(c) ? 2 : 1;
}

/** The display columns text[start, end) takes on its line, from the line's start: [first, past its last]. */
export function displayColumns(text: string, start: number, end: number): [number, number] {
  const from = displayWidth(text.slice(lineStartAt(text, start), start));
  return [from, from + displayWidth(text.slice(start, end))];
}
