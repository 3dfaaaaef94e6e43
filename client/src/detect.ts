/**
 * Whether a plain-text document is an annual report, from its opening lines: a line naming
 * 政府信息公开 (either script) and a report. Kept free of the vscode API so it can be unit-tested.
 */
const TITLE = /(?:政府信息公[开開]|政務公[开開]|政务公开).{0,40}(?:报告|報告|年报|年報)/;
const OPENING_LINES = 40;

export function looksLikeReport(text: string): boolean {
  const lines = text.slice(0, 8000).split(/\r\n|\r|\n/, OPENING_LINES);
  // Only the start of each line: a scraped title may be followed by a thousand table separators.
  return lines.some((l) => TITLE.test(l.slice(0, 300)));
}
