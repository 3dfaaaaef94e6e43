/**
 * Whether a plain-text document is an annual report, from its opening lines: a line naming
 * 政府信息公开 (either script) and a report; and whether it was decoded with the wrong encoding.
 * Kept free of the vscode API so it can be unit-tested.
 */
const TITLE = /(?:政府信息公[开開]|政務公[开開]|政务公开).{0,40}?(?:报告|報告|年报|年報)/;
const OPENING_LINES = 40;
/** How much of a document detection reads: a pasted one-line page may be megabytes long. */
export const DETECT_CHARS = 8000;

export function looksLikeReport(text: string): boolean {
  const lines = text.slice(0, DETECT_CHARS).split(/\r\n|\r|\n/, OPENING_LINES);
  // A reviewer's notes on a report — its title, then 「审核意见：」 — are no report (found by a review office's trial: opened as
  // one, nine errors, where the command line says it is no report).
  if (lines.some((l) => REVIEW_NOTE.test(l))) return false;
  // Only the start of each line: a scraped title may be followed by a thousand table separators.
  // (A title a PDF's text broke over two lines — 「…2023 年度政府信」「息公开工作年度报告」 — is read joined.)
  return lines.some((l, i) => isTitle(l.slice(0, 300)) || (l.trim().length <= 40 && i + 1 < lines.length && isTitle(l.trim() + lines[i + 1].trim().slice(0, 300))));
}

/** Words before the title that end a clause: the line is a sentence naming reports, not a title. */
const CLAUSE = /[，。；、,;]/;
/**
 * What follows a report's name in a sentence or in a notice's title about reports — 「…年度报告编制发布工作的通知」
 * 「…年度报告编写要点」「…年度报告，…」 — and never the report's own title, which ends its line or runs on into the
 * body (「…年度报告本报告根据…」) on a page that lost its lines.
 */
const ABOUT_REPORTS = /^(?:[，。；、,;）)」”]|[》〉]\s*\S|的|编|編|报送|報送|发布|發布|工作|通知|要点|要點|模板|范本|範本|指南|指引|格式|公开|公開|情况|情況|审核|審核|审查|審查|评审|評審|存在|问题|問題|意见|意見|清单|清單)/;
/** A line that opens a reviewer's notes on reports: 「审核意见：」「审核要点」「审查笔记」. */
const REVIEW_NOTE = /^[\s#*>-]*(?:审核|審核|审查|審查|评审|評審|复核|複核)(?:意见|意見|要点|要點|笔记|筆記|清单|清單|结果|結果|情况|情況)[:：\s]*$/;

/**
 * A report's title: the name 「…政府信息公开…报告」 near its line's start, no clause before it, nothing after it that makes
 * it a sentence or a notice about reports. (Any line naming one was taken: notices and guides in a review office's
 * folder — 「关于做好2024年政府信息公开工作年度报告编制发布工作的通知」 — opened as reports with nine errors; found by a review.)
 */
function isTitle(line: string): boolean {
  const m = TITLE.exec(line);
  if (!m) return false;
  const before = line.slice(0, m.index).trim();
  // (Nor an item of a list of them, 「1. 某局2023年…报告」: a report's title is numbered by no list.)
  if (before.length > 40 || CLAUSE.test(before) || GRAPHIC_BEFORE.test(before) || LIST_ITEM.test(before)) return false;
  return !ABOUT_REPORTS.test(line.slice(m.index + m[0].length));
}

/** A list's numbering opening a line: 「1.」「2、」「（3）」「- 」. */
const LIST_ITEM = /^(?:\d{1,3}\s*[.．、)）]|[（(]\d{1,3}[)）]|[-*•·]\s)/;

/**
 * A graphic page's or an interpretation's title (「【图解】…」「图解：…」), one named as attached to a notice (「附件：…」)
 * or as published (「…发布…」): not the report's own title (found by a review).
 */
const GRAPHIC_BEFORE = /^[【\[(（]?(?:图解|圖解|一图读懂|一圖讀懂|图说|圖說|政策解读|政策解讀|解读|解讀)|附件\s*\d*\s*[:：]|发布|發布/;

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
