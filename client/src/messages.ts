/** The client's few messages, in the user's language (VS Code's, or the disclosureReport.locale setting). */
import { englishPlurals } from '../../server/src/i18n/plurals';
import { SUMMARY_HEADINGS } from '../../server/src/i18n/summaryHeadings';
import * as vscode from 'vscode';

const M = {
  nothingToConvert: { cn: '没有需要转换的字', tw: '沒有需要轉換的字', en: 'Nothing to convert' },
  nothingToConvertKept: { cn: '没有需要转换的字（{0} 处受保护的词语按设置保留未转换）', tw: '沒有需要轉換的字（{0} 處受保護的詞語按設定保留未轉換）', en: 'Nothing to convert ({0} protected term(s) kept as set)' },
  converted: { cn: '已转换 {0} 处', tw: '已轉換 {0} 處', en: 'Converted {0} place(s)' },
  convertedKept: { cn: '已转换 {0} 处；{1} 处受保护的词语按设置保留未转换（disclosureReport.conversion.protect）', tw: '已轉換 {0} 處；{1} 處受保護的詞語按設定保留未轉換（disclosureReport.conversion.protect）', en: 'Converted {0} place(s); {1} protected term(s) kept as set (disclosureReport.conversion.protect)' },
  keptDetail: { cn: '{0} 处受保护的词语按设置保留未转换。', tw: '{0} 處受保護的詞語按設定保留未轉換。', en: '{0} protected term(s) are kept as set.' },
  staleFix: { cn: '文档已修改，这个修正是按旧版本计算的，未应用；请重新打开快速修复', tw: '文件已修改，這個修正是按舊版本計算的，未套用；請重新開啟快速修正', en: 'The document has changed since this fix was computed; it was not applied. Open the quick fixes again.' },
  changed: { cn: '文档在转换期间被修改，未应用转换，请重新执行', tw: '文件在轉換期間被修改，未套用轉換，請重新執行', en: 'The document changed during the conversion; nothing was applied. Please run it again.' },
  applyQuestion: { cn: '应用这次转换（{0} 处改动）？', tw: '套用這次轉換（{0} 處改動）？', en: 'Apply this conversion ({0} change(s))?' },
  apply: { cn: '应用', tw: '套用', en: 'Apply' },
  cancel: { cn: '取消', tw: '取消', en: 'Cancel' },
  previewTitle: { cn: '{0}：转换为{1}（预览）', tw: '{0}：轉換為{1}（預覽）', en: '{0}: to {1} (preview)' },
  simplified: { cn: '简体', tw: '簡體', en: 'simplified' },
  traditional: { cn: '繁体', tw: '繁體', en: 'traditional' },
  statusErrors: { cn: '{0} 个错误', tw: '{0} 個錯誤', en: '{0} error(s)' },
  statusWarnings: { cn: '{0} 个警告', tw: '{0} 個警告', en: '{0} warning(s)' },
  statusDetail: { cn: '{0} 个错误，{1} 个警告，{2} 条提示', tw: '{0} 個錯誤，{1} 個警告，{2} 條提示', en: '{0} error(s), {1} warning(s), {2} note(s)' },
  statusBudget: { cn: '只检查了前 {0} 字', tw: '只檢查了前 {0} 字', en: 'first {0} chars checked' },
  statusBudgetDetail: { cn: '文档有 {0} 个字符，只检查了前 {1} 个（设置 disclosureReport.maxDocumentSize），以免输入卡顿', tw: '文件有 {0} 個字元，只檢查了前 {1} 個（設定 disclosureReport.maxDocumentSize），以免輸入卡頓', en: 'The document has {0} characters; only the first {1} were checked (setting disclosureReport.maxDocumentSize), so that typing never waits' },
  statusName: { cn: '政府信息公开年度报告', tw: '政府信息公開年度報告', en: 'Disclosure report' },
  scriptSimplified: { cn: '简体', tw: '簡體', en: 'Simplified Chinese' },
  scriptTraditional: { cn: '繁体', tw: '繁體', en: 'Traditional Chinese' },
  exportFileName: { cn: '年度报告统计', tw: '年度報告統計', en: 'disclosure-statistics' },
  showProblems: { cn: '查看问题', tw: '檢視問題', en: 'Show problems' },
  notReport: { cn: '不是年度报告', tw: '不是年度報告', en: 'Not an annual report' },
  checkAllTitle: { cn: '检查全部报告', tw: '檢查全部報告', en: 'Checking all reports' },
  checkAllProgress: { cn: '{0}/{1} {2}', tw: '{0}/{1} {2}', en: '{0}/{1} {2}' },
  checkAllDone: { cn: '检查了 {0} 份报告：{1} 个错误，{2} 个警告', tw: '檢查了 {0} 份報告：{1} 個錯誤，{2} 個警告', en: 'Checked {0} report(s): {1} error(s), {2} warning(s)' },
  checkAllPages: { cn: '；{0} 个网页源代码未检查（请先「导入为报告文本」）', tw: '；{0} 個網頁原始碼未檢查（請先「匯入為報告文字」）', en: '; {0} web page source(s) not checked (import them first)' },
  checkedStartRow: { cn: '（只检查了前 {0} 个字符）', tw: '（只檢查了前 {0} 個字元）', en: ' (only its first {0} characters checked)' },
  pageSourceRow: { cn: '网页的源代码（HTML），未检查：请先「导入为报告文本」', tw: '網頁的原始碼（HTML），未檢查：請先「匯入為報告文字」', en: 'A web page\'s source (HTML), not checked: import it as report text first' },
  checkAllCancelled: { cn: '已取消检查', tw: '已取消檢查', en: 'Check cancelled' },
  noWorkspace: { cn: '请先打开一个包含年度报告的文件夹', tw: '請先開啟一個包含年度報告的資料夾', en: 'Open a folder of annual reports first' },
  summaryTitle: { cn: '年度报告检查汇总', tw: '年度報告檢查匯總', en: 'Annual reports: summary' },
  ...SUMMARY_HEADINGS,
  exportSave: { cn: '导出统计数据', tw: '匯出統計資料', en: 'Export statistics' },
  exportPartial: { cn: '；其中 {0} 份报告的同类表格不止一张（如全市与本级各一张，或同一页面抓取了两次），只导出了第一张：{1}', tw: '；其中 {0} 份報告的同類表格不止一張（如全市與本級各一張，或同一頁面抓取了兩次），只匯出了第一張：{1}', en: '; {0} report(s) hold more than one table of a kind (such as the whole region’s and its own, or a page saved twice), and only the first was exported: {1}' },
  listSeparator: { cn: '、', tw: '、', en: ', ' },
  exportPages: { cn: '；{0} 个网页源代码未导出（请先「导入为报告文本」）：{1}', tw: '；{0} 個網頁原始碼未匯出（請先「匯入為報告文字」）：{1}', en: '; {0} web page source(s) not exported (import them first): {1}' },
  exportDone: { cn: '已导出 {0} 份报告的统计数据到 {1}', tw: '已匯出 {0} 份報告的統計資料到 {1}', en: 'Exported the statistics of {0} report(s) to {1}' },
  open: { cn: '打开', tw: '開啟', en: 'Open' },
  noTrend: { cn: '当前文件不是可识别机关和年度的年度报告', tw: '目前檔案不是可識別機關和年度的年度報告', en: 'The active file is not a report with a recognisable agency and year' },
  importPick: { cn: '导入网页、Word 或 PDF 年度报告', tw: '匯入網頁、Word 或 PDF 年度報告', en: 'Import a web page, Word or PDF report' },
  importFilter: { cn: '网页、Word 或 PDF 文件', tw: '網頁、Word 或 PDF 檔案', en: 'Web page, Word or PDF file' },
  importFailed: { cn: '无法导入 {0}：不是网页（.html、.htm、.mhtml）、Word 文件（.docx、.doc、.rtf）或 PDF 文件', tw: '無法匯入 {0}：不是網頁（.html、.htm、.mhtml）、Word 檔案（.docx、.doc、.rtf）或 PDF 檔', en: 'Cannot import {0}: not a web page (.html, .htm, .mhtml), a Word file (.docx, .doc, .rtf) or a PDF' },
  importFolderProgress: { cn: '正在导入 {0} 中的网页、Word 和 PDF 文件', tw: '正在匯入 {0} 中的網頁、Word 和 PDF 檔案', en: 'Importing the pages, Word files and PDFs in {0}' },
  importFolderDone: { cn: '{0}：导入了 {1} 个文件，各存为同名 .report.txt；可用「检查全部报告」一并检查', tw: '{0}：匯入了 {1} 個檔案，各存為同名 .report.txt；可用「檢查全部報告」一併檢查', en: '{0}: imported {1} file(s), each saved as NAME.report.txt beside it; 「Check All Reports」 checks them together' },
  importFolderSome: { cn: '{0}：导入了 {1} 个文件，{2} 个未能导入：{3}（可逐个导入以查看原因）', tw: '{0}：匯入了 {1} 個檔案，{2} 個未能匯入：{3}（可逐個匯入以查看原因）', en: '{0}: imported {1} file(s); {2} could not be: {3} (import one at a time to see why)' },
  importFolderNothing: { cn: '{0}：没有要导入的网页、Word 或 PDF 文件（已有同名 .report.txt 的不再导入）', tw: '{0}：沒有要匯入的網頁、Word 或 PDF 檔案（已有同名 .report.txt 的不再匯入）', en: '{0}: no page, Word file or PDF to import (those with a NAME.report.txt beside them are not imported again)' },
  importMhtml: { cn: '无法导入 {0}：这个单文件网页（.mht、.mhtml）里没有网页正文', tw: '無法匯入 {0}：這個單一檔案網頁（.mht、.mhtml）裡沒有網頁內文', en: 'Cannot import {0}: this single-file web page (.mht, .mhtml) holds no page' },
  importTooLarge: { cn: '无法导入 {0}：网页过大或结构过深（超过 2000 万个字符、10 万个单元格或 1000 层嵌套），不像一篇报告', tw: '無法匯入 {0}：網頁過大或結構過深（超過 2000 萬個字元、10 萬個儲存格或 1000 層巢狀），不像一篇報告', en: 'Cannot import {0}: the page is too large or too deeply nested for a report (over 20 million characters, 100,000 cells or 1,000 levels)' },
  importOffice: { cn: '无法导入 {0}：是旧版 Office 文件（如 .xls、.ppt），不是 Word 文件', tw: '無法匯入 {0}：是舊版 Office 檔（如 .xls、.ppt），不是 Word 檔', en: 'Cannot import {0}: an old Office file (such as .xls or .ppt), not a Word file' },
  importWordSize: { cn: '无法导入 {0}：Word 文件太大（超过 2 亿字节，或正文超过 2000 万个字符），不像一份报告', tw: '無法匯入 {0}：Word 檔案太大（超過 2 億位元組，或內文超過 2000 萬個字元），不像一份報告', en: 'Cannot import {0}: the Word file is too large (over 200 million bytes, or over 20 million characters of text) to be a report' },
  importWordOld: { cn: '无法导入 {0}：是 Word 95 或更早版本的文件，请用 Word 或 WPS 另存为 .docx 后再导入', tw: '無法匯入 {0}：是 Word 95 或更早版本的檔案，請用 Word 或 WPS 另存為 .docx 後再匯入', en: 'Cannot import {0}: a Word 95 or earlier file — save it as .docx in Word or WPS, then import that' },
  importEncrypted: { cn: '无法导入 {0}：是设有密码的 Office 文件，请在 Word 或 WPS 中取消密码，另存为 .docx 后再导入', tw: '無法匯入 {0}：是設有密碼的 Office 檔，請在 Word 或 WPS 中取消密碼，另存為 .docx 後再匯入', en: 'Cannot import {0}: a password-protected Office file — remove the password in Word or WPS, save it as .docx, then import that' },
  importOdf: { cn: '无法导入 {0}：是 OpenDocument 文件（如 .odt），请用 WPS、Word 或 LibreOffice 另存为 .docx 后再导入', tw: '無法匯入 {0}：是 OpenDocument 檔（如 .odt），請用 WPS、Word 或 LibreOffice 另存為 .docx 後再匯入', en: 'Cannot import {0}: an OpenDocument file (such as .odt) — save it as .docx in WPS, Word or LibreOffice, then import that' },
  importWordTooLarge: { cn: '无法导入 {0}：Word 文件解压后太大（超过 2 亿字节，或正文超过 4000 万字节），不像一份报告', tw: '無法匯入 {0}：Word 檔案解壓縮後太大（超過 2 億位元組，或內文超過 4000 萬位元組），不像一份報告', en: 'Cannot import {0}: the Word file unpacks to too much (over 200 MB, or over 40 MB of text); not a report' },
  importRtf: { cn: '无法导入 {0}：RTF 文件已损坏，无法读取', tw: '無法匯入 {0}：RTF 檔已損壞，無法讀取', en: 'Cannot import {0}: the RTF file is damaged and cannot be read' },
  importPdf: { cn: '无法导入 {0}：PDF 文件已损坏，无法读取', tw: '無法匯入 {0}：PDF 檔已損壞，無法讀取', en: 'Cannot import {0}: the PDF file is damaged and cannot be read' },
  importPdfPassword: { cn: '无法导入 {0}：PDF 文件设有打开密码；请用密码打开，另存为（或打印为）无密码的 PDF，再导入', tw: '無法匯入 {0}：PDF 檔設有開啟密碼；請用密碼開啟，另存為（或列印為）無密碼的 PDF，再匯入', en: 'Cannot import {0}: the PDF needs a password to open — open it with the password, save (or print) it as a PDF without one, then import that' },
  importPdfScanned: { cn: '无法导入 {0}：PDF 里没有文字，是扫描或拍照的页面；须先经文字识别（OCR）取出文字', tw: '無法匯入 {0}：PDF 裡沒有文字，是掃描或拍照的頁面；須先經文字辨識（OCR）取出文字', en: 'Cannot import {0}: the PDF holds no text — its pages are scans or photographs; its text must first be taken out by OCR' },
  importPdfSize: { cn: '无法导入 {0}：PDF 文件太大（超过 2 亿字节或 500 页，或图形、正文过多），不像一份报告', tw: '無法匯入 {0}：PDF 檔太大（超過 2 億位元組或 500 頁，或圖形、內文過多），不像一份報告', en: 'Cannot import {0}: the PDF is too large (over 200 million bytes or 500 pages, or too much drawing or text) to be a report' },
  importImage: { cn: '无法导入 {0}：是图片，图片中的表格须先识别成文字', tw: '無法匯入 {0}：是圖片，圖片中的表格須先辨識成文字', en: 'Cannot import {0}: an image — a table in a picture must be turned into text first' },
  importPictures: { cn: '{0} 的正文中有 {1} 张图片，其中的文字未能读取（以图片发布的统计表，其中的数字无法检查）', tw: '{0} 的內文中有 {1} 張圖片，其中的文字未能讀取（以圖片發布的統計表，其中的數字無法檢查）', en: '{0}: the article holds {1} picture(s) whose text was not read (a table published as a picture cannot be checked)' },
  importNotReport: { cn: '{0} 不像政府信息公开年度报告（如年报目录、解读、通知或指南），仍已导入：请确认保存的是报告正文的页面', tw: '{0} 不像政府資訊公開年度報告（如年報目錄、解讀、通知或指南），仍已匯入：請確認儲存的是報告內文的頁面', en: '{0} does not read as an annual report (a list of reports, an interpretation, a notice or a guide?); imported all the same: check that the page saved is the report’s own' },
  importPaged: {
    cn: '{0} 有分页，只导入了这一页；请把其余各页也保存到同一文件夹（保留网站上的文件名），再导入第一页，各页会合为一篇',
    tw: '{0} 有分頁，只匯入了這一頁；請把其餘各頁也儲存到同一資料夾（保留網站上的檔名），再匯入第一頁，各頁會合為一篇',
    en: '{0} has a pager: only this page was imported; save the other pages into the same folder (keeping the names the site gives them) and import the first page, and they are joined into one report',
  },
  importJoined: { cn: '{0} 有分页：已把同一文件夹中的其余 {1} 页接在后面，合为一篇', tw: '{0} 有分頁：已把同一資料夾中的其餘 {1} 頁接在後面，合為一篇', en: '{0} has a pager: {1} more page(s) saved in the same folder joined after it, into one report' },
  importJoinedPart: {
    cn: '{0} 有分页：已把同一文件夹中的其余 {1} 页接在后面，但再下一页没有保存，报告还不完整；请把其余各页也保存到同一文件夹后再导入第一页',
    tw: '{0} 有分頁：已把同一資料夾中的其餘 {1} 頁接在後面，但再下一頁沒有儲存，報告還不完整；請把其餘各頁也儲存到同一資料夾後再匯入第一頁',
    en: '{0} has a pager: {1} more page(s) saved in the same folder joined after it, but the page after them was not saved and the report is not whole; save the other pages into the same folder and import the first page again',
  },
  importHiddenLinks: { cn: '{0} 中有 {1} 段隐藏的链接文字（被入侵的网站常这样植入垃圾链接），未导入；请核查原网页', tw: '{0} 中有 {1} 段隱藏的連結文字（被入侵的網站常這樣植入垃圾連結），未匯入；請核查原網頁', en: '{0} hides {1} block(s) of links (how a hacked site injects spam links); not imported — check the original page' },
  importEmptyWord: { cn: '无法导入 {0}：里面没有报告正文：这个 Word 文件只有标题，或没有文字', tw: '無法匯入 {0}：裡面沒有報告內文：這個 Word 檔案只有標題，或沒有文字', en: 'Cannot import {0}: it holds no report text: the Word file has a title alone, or no text' },
  importEmptyPdf: { cn: '无法导入 {0}：里面没有报告正文：这个 PDF 文件只有标题，或没有文字', tw: '無法匯入 {0}：裡面沒有報告內文：這個 PDF 檔只有標題，或沒有文字', en: 'Cannot import {0}: it holds no report text: the PDF has a title alone, or no text' },
  importEmpty: { cn: '无法导入 {0}：里面没有报告正文：网页的正文可能由脚本加载，请在浏览器中打开网页，另存为“网页，单个文件”（.mhtml）后再导入', tw: '無法匯入 {0}：裡面沒有報告內文：網頁的內文可能由指令碼載入，請在瀏覽器中開啟網頁，另存為「網頁，單一檔案」（.mhtml）後再匯入', en: 'Cannot import {0}: it holds no report text: the page may load its article by script — open it in a browser, save it as “Webpage, Single File” (.mhtml), and import that' },
  importDamaged: { cn: '无法导入 {0}：文件已损坏，或不是 Word（.docx、.doc）文件', tw: '無法匯入 {0}：檔案已損壞，或不是 Word（.docx、.doc）檔案', en: 'Cannot import {0}: the file is damaged, or not a Word (.docx, .doc) file' },
  imported: { cn: '已导入 {0}（{1} 张表格）', tw: '已匯入 {0}（{1} 張表格）', en: 'Imported {0} ({1} table(s))' },
  newAgency: { cn: '机关名称（如：某某市财政局）', tw: '機關名稱（如：某某市財政局）', en: 'Agency (e.g. 某某市财政局)' },
  newYear: { cn: '报告年度', tw: '報告年度', en: 'Year reported on' },
  newAgencyInvalid: { cn: '机关名称不能含有 / \\ : * ? " < > | 等字符（它也是文件名）', tw: '機關名稱不能含有 / \\ : * ? " < > | 等字元（它也是檔名）', en: 'The agency name cannot contain / \\ : * ? " < > | (it names the file)' },
  newYearInvalid: { cn: '请输入 2019 年及以后的四位年份（此前没有统一格式）', tw: '請輸入 2019 年及以後的四位年份（此前沒有統一格式）', en: 'Enter a year from 2019 on (there was no national form before)' },
  newLayout: { cn: '表格样式', tw: '表格樣式', en: 'Table layout' },
  layoutPipe: { cn: '竖线表格（纯文本）', tw: '豎線表格（純文字）', en: 'Pipe rows (plain text)' },
  layoutMarkdown: { cn: 'Markdown 表格', tw: 'Markdown 表格', en: 'Markdown tables' },
  // (「简体或繁体」, not 字体: that is a typeface — a review.)
  newScript: { cn: '简体或繁体', tw: '簡體或繁體', en: 'Script' },
  misdecoded: { cn: '{0} 不是 UTF-8 编码，显示为乱码（政府网站的文件常用 GBK/GB18030）。请用正确的编码重新打开，再检查报告。', tw: '{0} 不是 UTF-8 編碼，顯示為亂碼（政府網站的檔案常用 GBK/GB18030）。請用正確的編碼重新開啟，再檢查報告。', en: '{0} is not UTF-8 and shows as mojibake (files from government sites are often GBK/GB18030). Reopen it with its encoding to check the report.' },
  reopenEncoding: { cn: '用其他编码重新打开…', tw: '用其他編碼重新開啟…', en: 'Reopen with Encoding…' },
  alwaysGuessEncoding: { cn: '总是自动识别编码', tw: '總是自動識別編碼', en: 'Always guess encodings' },
  trendTitle: { cn: '{0}：历年统计', tw: '{0}：歷年統計', en: '{0}: year by year' },
} as const;

export type MessageKey = keyof typeof M;

export function locale(): 'cn' | 'tw' | 'en' {
  const forced = vscode.workspace.getConfiguration('disclosureReport').get<string>('locale', 'auto');
  const tag = (forced && forced !== 'auto' ? forced : vscode.env.language).toLowerCase();
  if (tag.startsWith('zh-tw') || tag.startsWith('zh-hk') || tag.startsWith('zh-hant') || tag === 'zh-mo') return 'tw';
  if (tag.startsWith('zh')) return 'cn';
  return 'en';
}

export function t(key: MessageKey, ...args: (string | number)[]): string {
  const lang = locale();
  const s = M[key][lang].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)]));
  return lang === 'en' ? englishPlurals(s) : s;
}
