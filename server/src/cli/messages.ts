/** The command line's own words, in the three languages (simplified Chinese by default). */
import type { Locale, Text3 } from '../analysis/types';
import { text3 } from '../i18n/render';
import type { CliIO } from './io';

export const T = {
  usage: {
    cn: `用法：disclosure-report check [--format text|json] [--summary] [--locale zh-cn|zh-tw|en] 文件或文件夹...
  检查政府信息公开工作年度报告（.txt、.md），每条问题一行：文件:行:列 严重程度 代码 说明。
  同一机关相邻年度的报告一起检查时，还会核对上年结转（carry-over）；--summary 最后每份报告列出一行汇总。
  文件夹会递归查找其中的 .txt 与 .md 文件。
  退出码：0 无错误；1 发现错误；2 用法错误或文件无法读取。
  disclosure-report checks     列出全部检查项
  disclosure-report export [--format json|csv|xlsx] [-o 输出文件] 文件或文件夹...
                               导出统计表中的全部数字：JSON 每份报告一个对象；CSV（UTF-8 带 BOM，Excel 可直接打开）
                               每个数字一行；XLSX：汇总表加每张统计表一页，每份报告一行（须用 -o）。
                               空白、缺失或无法确定的数字为空（null），推断出的数字标明 inferred。
  disclosure-report convert --to simplified|traditional [--variant t|tw|twp|hk] [--protect 词语]... [--write] 文件...
                               简繁转换：只改动需要转换的汉字，数字、标点、表格分隔符和换行原样保留；
                               默认输出到标准输出，--write 则就地改写并保留 .bak 备份；《》内的标题默认不转换。`,
    tw: `用法：disclosure-report check [--format text|json] [--summary] [--locale zh-cn|zh-tw|en] 檔案或資料夾...
  檢查政府信息公開工作年度報告（.txt、.md），每條問題一行：檔案:行:列 嚴重程度 代碼 說明。
  同一機關相鄰年度的報告一起檢查時，還會核對上年結轉（carry-over）；--summary 最後每份報告列出一行匯總。
  資料夾會遞迴查找其中的 .txt 與 .md 檔案。
  結束碼：0 無錯誤；1 發現錯誤；2 用法錯誤或檔案無法讀取。
  disclosure-report checks     列出全部檢查項
  disclosure-report export [--format json|csv|xlsx] [-o 輸出檔案] 檔案或資料夾...
                               匯出統計表中的全部數字：JSON 每份報告一個物件；CSV（UTF-8 帶 BOM，Excel 可直接開啟）
                               每個數字一行；XLSX：匯總表加每張統計表一頁，每份報告一列（須用 -o）。
                               空白、缺漏或無法確定的數字為空（null），推斷出的數字標明 inferred。
  disclosure-report convert --to simplified|traditional [--variant t|tw|twp|hk] [--protect 詞語]... [--write] 檔案...
                               簡繁轉換：只改動需要轉換的漢字，數字、標點、表格分隔符和換行原樣保留；
                               預設輸出到標準輸出，--write 則就地改寫並保留 .bak 備份；《》內的標題預設不轉換。`,
    en: `Usage: disclosure-report check [--format text|json] [--summary] [--locale zh-cn|zh-tw|en] FILE|DIR...
  Checks government information-disclosure annual reports (.txt, .md); one finding per line:
  file:line:col severity code message. Folders are searched for .txt and .md files.
  Reports of the same agency in consecutive years checked together are compared (carry-over);
  --summary ends with one line per report.
  Exit status: 0 no errors; 1 errors found; 2 bad usage or an unreadable file.
  disclosure-report checks     lists every check
  disclosure-report export [--format json|csv|xlsx] [-o OUT] FILE|DIR...
                               Exports every figure of the statistics tables: JSON, one object per report; CSV
                               (UTF-8 with BOM, opens in Excel), one line per figure; XLSX (needs -o), a summary sheet
                               and a sheet per table, one row per report. Blank, missing or undetermined figures are
                               empty (null); figures inferred from glued digits are marked.
  disclosure-report convert --to simplified|traditional [--variant t|tw|twp|hk] [--protect TERM]... [--write] FILE...
                               Converts script, changing only the Han characters that differ: figures,
                               punctuation, table separators and line ends stay as they are. Writes to stdout,
                               or in place with --write (keeping a .bak). Titles in 《》 are kept by default.`,
  },
  unknownOption: { cn: '未知选项：{0}', tw: '未知選項：{0}', en: 'unknown option: {0}' },
  badValue: { cn: '选项 {0} 的值无效：{1}', tw: '選項 {0} 的值無效：{1}', en: 'invalid value for {0}: {1}' },
  noFiles: { cn: '没有指定要检查的文件', tw: '沒有指定要檢查的檔案', en: 'no files to check' },
  unknownCommand: { cn: '未知命令：{0}', tw: '未知命令：{0}', en: 'unknown command: {0}' },
  unreadable: { cn: '无法读取 {0}：{1}', tw: '無法讀取 {0}：{1}', en: 'cannot read {0}: {1}' },
  unwritable: { cn: '无法写入 {0}：{1}', tw: '無法寫入 {0}：{1}', en: 'cannot write {0}: {1}' },
  notReport: { cn: '{0}：不像政府信息公开年度报告，已跳过', tw: '{0}：不像政府信息公開年度報告，已跳過', en: '{0}: does not read as an annual report; skipped' },
  summary: { cn: '检查了 {0} 个文件：{1} 个错误，{2} 个警告，{3} 条提示', tw: '檢查了 {0} 個檔案：{1} 個錯誤，{2} 個警告，{3} 條提示', en: 'checked {0} file(s): {1} error(s), {2} warning(s), {3} note(s)' },
  imported: { cn: '已导入 {0} → {1}（{2} 张表格）', tw: '已匯入 {0} → {1}（{2} 張表格）', en: 'imported {0} → {1} ({2} table(s))' },
  notImportable: { cn: '{0}：不是网页（.html、.htm）或 Word 文件（.docx），无法导入', tw: '{0}：不是網頁（.html、.htm）或 Word 檔案（.docx），無法匯入', en: '{0}: not a web page (.html, .htm) or a Word file (.docx); cannot import it' },
  importFailed: { cn: '{0}：导入失败（{1}）', tw: '{0}：匯入失敗（{1}）', en: '{0}: import failed ({1})' },
  oneOutput: { cn: '-o 只能用于一个文件', tw: '-o 只能用於一個檔案', en: '-o takes one file at a time' },
  fixed: { cn: '{0}:{1}:{2} 已修正：「{3}」→「{4}」', tw: '{0}:{1}:{2} 已修正：「{3}」→「{4}」', en: '{0}:{1}:{2} fixed: 「{3}」 → 「{4}」' },
  fixedFile: { cn: '{0}：{1} 处修正，原文件保留为 {2}', tw: '{0}：{1} 處修正，原檔案保留為 {2}', en: '{0}: {1} change(s); the original is kept as {2}' },
  missingOption: { cn: '缺少 {0}', tw: '缺少 {0}', en: 'missing {0}' },
  created: { cn: '已新建 {0}', tw: '已新建 {0}', en: 'created {0}' },
  xlsxNeedsOutput: { cn: 'XLSX 是二进制文件，请用 -o 指定输出文件', tw: 'XLSX 是二進位檔案，請用 -o 指定輸出檔案', en: 'XLSX is a binary file: give an output file with -o' },
  exported: { cn: '导出了 {0} 份报告的 {1} 个数字到 {2}', tw: '匯出了 {0} 份報告的 {1} 個數字到 {2}', en: 'exported {1} figure(s) of {0} report(s) to {2}' },
  severity: { cn: '严重程度', tw: '嚴重程度', en: 'severity' },
} satisfies Record<string, Text3>;

export type MessageKey = keyof typeof T;

export function say(key: MessageKey, locale: Locale, ...args: (string | number)[]): string {
  return text3(T[key], locale).replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)]));
}

export function usageError(io: CliIO, locale: Locale, key: MessageKey, ...args: string[]): number {
  io.err(say(key, locale, ...args));
  io.err(say('usage', locale));
  return 2;
}
