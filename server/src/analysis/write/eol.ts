/**
 * The line break a text is written with, for what is written into it: CRLF, LF, or a lone CR (old Mac files, and a
 * client that keeps a document's own line ends — Neovim, any but VS Code: a CR document given LF in every multi-line
 * edit came out mixed, found by a review).
 */
export type Eol = '\r\n' | '\n' | '\r';

/** The first line break of the text (LF when it has none). */
export function eolOf(text: string): Eol {
  const n = text.indexOf('\n');
  const r = text.indexOf('\r');
  if (r < 0 || (n >= 0 && n < r)) return '\n';
  return text.charCodeAt(r + 1) === 10 ? '\r\n' : '\r';
}
