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

/**
 * Bytes that are not UTF-8, in one of the two Chinese legacy charsets: GB18030 (GBK, GB2312: most government sites), or
 * Big5 — traditional script as Taiwan's and Hong Kong's editors save it — where that holds a report's words and GB18030
 * does not (Big5 read as GBK is ideographs too, but none of a report's words). A few pairs no decoder maps (Big5's own
 * extensions, 0xA3C0…) are no reason to read it as GBK: one in a hundred characters may be undecodable.
 */
export function decodeChineseLegacy(bytes: Uint8Array): { text: string; encoding: 'gb18030' | 'big5' } {
  const gb = new TextDecoder('gb18030').decode(bytes);
  if (REPORT_WORDS.test(gb)) return { text: gb, encoding: 'gb18030' };
  const big5 = new TextDecoder('big5').decode(bytes);
  return REPORT_WORDS.test(big5) && undecoded(big5) * 100 <= big5.length ? { text: big5, encoding: 'big5' } : { text: gb, encoding: 'gb18030' };
}
