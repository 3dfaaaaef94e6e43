/**
 * What tells which of two decodings of a file's bytes is its text: the words every report holds, in either script
 * (政府 is written alike in both), and how many characters a decoding could not read. Shared by the text files'
 * reader (GBK or Big5) and the pages' (a charset declared over another's bytes).
 */
export const REPORT_WORDS = /政府|信息公[开開]|資訊公開|年度[报報]告/;

/** How many characters could not be decoded (U+FFFD). */
export function undecoded(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}
