/**
 * html-source: the text is a web page's source (HTML markup), not a report — a page saved as .txt.
 * Reading markup as a report would only give noise; the fix imports it into report text, with the
 * page's tables as pipe rows, next to it.
 */
import type { Finding } from '../../analysis/types';
import { msg } from '../shared/cells';
import type { DocumentCheck } from '../types';

export const IMPORT_COMMAND = 'disclosureReport.server.importText';

export const htmlSource: DocumentCheck = {
  code: 'html-source',
  severity: 'information',
  scope: 'document',
  description: {
    cn: '这是网页的源代码（HTML），不是报告正文；可导入为报告文本',
    tw: '這是網頁的原始碼（HTML），不是報告正文；可匯入為報告文字',
    en: "The text is a web page's source (HTML), not a report; it can be imported as report text",
  },
  messages: {
    'html-source': {
      // (Not only a page saved as text: pandoc's Markdown of a page keeps its tables as HTML — 「网页的源代码」 of a .md
      // puzzled a review.)
      cn: '这里是网页的 HTML 标记（网页的源代码，或保留了 HTML 表格的 Markdown），不是报告正文，暂不检查；导入后即可按报告检查，表格也会保留单元格',
      tw: '這裡是網頁的 HTML 標記（網頁的原始碼，或保留了 HTML 表格的 Markdown），不是報告正文，暫不檢查；匯入後即可按報告檢查，表格也會保留儲存格',
      en: "This is a web page's HTML markup (its source, or Markdown that kept the page's tables as HTML), not a report's text, so it is not checked; import it to check it as a report, with its table cells kept",
    },
    'fix.import': { cn: '导入为报告文本（另存为 .report.txt 并打开）', tw: '匯入為報告文字（另存為 .report.txt 並開啟）', en: 'Import as report text (saved as .report.txt and opened)' },
  },
  run(f) {
    if (f.htmlSource === undefined) return [];
    const at = f.htmlSource;
    const finding: Finding = { code: 'html-source', severity: 'information', span: { start: at, end: Math.min(f.length, at + 1) }, message: msg('html-source'), fixes: [{ title: msg('fix.import'), edits: [], command: IMPORT_COMMAND, preferred: true }] };
    return [finding];
  },
};
