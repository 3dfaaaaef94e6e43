/**
 * Whether a plain-text document is an annual report, from its opening lines: a line naming
 * 政府信息公开 (either script) and a report; and whether it was decoded with the wrong encoding.
 * Kept free of the vscode API so it can be unit-tested.
 */
const TITLE = /(?:政府信息公[开開]|政務公[开開]|政务公开).{0,40}(?:报告|報告|年报|年報)/;
const OPENING_LINES = 40;
/** How much of a document detection reads: a pasted one-line page may be megabytes long. */
export const DETECT_CHARS = 8000;

export function looksLikeReport(text: string): boolean {
  const lines = text.slice(0, DETECT_CHARS).split(/\r\n|\r|\n/, OPENING_LINES);
  // Only the start of each line: a scraped title may be followed by a thousand table separators.
  return lines.some((l) => TITLE.test(l.slice(0, 300)));
}

/**
 * GBK or GB18030 bytes read as UTF-8 come out as runs of U+FFFD (each invalid byte one): text with
 * several of them among its opening characters was decoded with the wrong encoding.
 */
export function looksMisdecoded(text: string): boolean {
  const head = text.slice(0, DETECT_CHARS);
  let bad = 0;
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0xfffd && ++bad >= 8) return true;
  return false;
}
