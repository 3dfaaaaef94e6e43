/** The command line's own words, in the three languages (simplified Chinese by default). */
import { englishPlurals } from '../i18n/plurals';
import type { Locale, Text3 } from '../analysis/types';
import { text3 } from '../i18n/render';
import type { CliIO } from './io';

export const T = {
  usage: {
    cn: `用法：disclosure-report 命令 [选项] 文件或文件夹...

  check [--format text|json|sarif|csv] [--summary] [--quiet] [--max-warnings N] [--max-size N] [--jobs N] [--fix] 文件或文件夹...
      检查政府信息公开工作年度报告（.txt、.md、.gkreport；文件夹递归查找），每条问题一行：文件:行:列 严重程度 代码 说明。
      同一机关相邻年度的报告一起检查时核对上年结转（carry-over）。--summary 最后每份报告一行汇总；
      --quiet 只列错误；--max-warnings N 警告超过 N 个也算失败；--format sarif 输出 SARIF 2.1.0，
      csv 每个问题一行（UTF-8 带 BOM，可用 Excel 打开）；
      --max-size N 每个文件最多检查的字符数（默认 500000，至少 10000，超出部分不检查并提示）；
      --jobs N 文件多时所用的线程数（默认为 CPU 核数减一，1 至 4 个；多于核数并不更快）；
      --fix 就地应用安全的修正（合计设为各项之和、恢复粘连表格的分隔符、「〇」改为 0、删去数字后的单位），原文件保留为 .bak。
  export [--format json|csv|xlsx] [-o 输出文件] [--max-size N] 文件或文件夹...
      导出统计表中的全部数字：JSON 每份报告一个对象；CSV（UTF-8 带 BOM）每个数字一行；
      XLSX 汇总表加每张表一页（须用 -o）。空白或无法确定的数字为空，推断出的数字标明 inferred。
      不写 --format 时按 -o 文件的扩展名（.json、.csv、.xlsx）选择格式，否则为 JSON。--max-size 同 check。
  import 网页.html|网页.htm|网页.mht|文件.docx|文件.doc|文件.rtf|文件.pdf|文件夹 [-o 输出文件|-]
      把保存的网页、Word 或 PDF 文件转为报告文本（只取正文，表格按单元格写成竖线分隔的行），默认另存为 .report.txt；
      给出文件夹时导入其中（含子文件夹）尚未导入的全部网页、Word 和 PDF 文件（同名的几个文件各存为 名.扩展名.report.txt）；
      表格保留为 HTML 的 Markdown（如 pandoc 的输出）也可导入：表格写成竖线分隔的行，其余各行原样保留。
  new --agency 机关名称 --year 年度 [--layout pipe|markdown] [--script simplified|traditional] [-o 输出文件]
      新建一份报告：标题、开头、六个部分、三张各项为 0 的统计表。
  convert --to simplified|traditional [--variant t|tw|twp|hk] [--protect 词语]... [--write] 文件...
      简繁转换：只改动需要转换的汉字，数字、标点、表格分隔符和换行原样保留；默认输出到标准输出，
      --write 就地改写并保留 .bak；--protect 的词语不转换（如 '《*》' 保留书名号内的标题）。
  checks      列出全部检查项

  文件名写作 - 时读取标准输入（如 pdftotext 报告.pdf - | disclosure-report check -）。
  所有命令都读取文件所在目录及其上级目录中的 .disclosure-report.json（检查项严重程度、保护词语、语言）。
  --locale zh-cn|zh-tw|en 选择提示语言。退出码：0 无错误；1 有错误（或警告超过 --max-warnings，或文件夹中有文件未能导入）；
  2 用法错误，或文件无法读取、为空、不是文本或不像年度报告。`,
    tw: `用法：disclosure-report 命令 [選項] 檔案或資料夾...

  check [--format text|json|sarif|csv] [--summary] [--quiet] [--max-warnings N] [--max-size N] [--jobs N] [--fix] 檔案或資料夾...
      檢查政府信息公開工作年度報告（.txt、.md、.gkreport；資料夾遞迴搜尋），每條問題一行：檔案:行:欄 嚴重程度 代碼 說明。
      同一機關相鄰年度的報告一起檢查時核對上年結轉（carry-over）。--summary 最後每份報告一行匯總；
      --quiet 只列錯誤；--max-warnings N 警告超過 N 個也算失敗；--format sarif 輸出 SARIF 2.1.0，
      csv 每個問題一行（UTF-8 帶 BOM，可用 Excel 開啟）；
      --max-size N 每個檔案最多檢查的字元數（預設 500000，至少 10000，超出部分不檢查並提示）；
      --jobs N 檔案多時所用的執行緒數（預設為 CPU 核心數減一，1 至 4 個；多於核心數並不更快）；
      --fix 就地套用安全的修正（合計設為各項之和、恢復黏連表格的分隔符號、「〇」改為 0、刪去數字後的單位），原檔案保留為 .bak。
  export [--format json|csv|xlsx] [-o 輸出檔案] [--max-size N] 檔案或資料夾...
      匯出統計表中的全部數字：JSON 每份報告一個物件；CSV（UTF-8 帶 BOM）每個數字一行；
      XLSX 匯總表加每張表一頁（須用 -o）。空白或無法確定的數字為空，推斷出的數字標明 inferred。
      不寫 --format 時按 -o 檔案的副檔名（.json、.csv、.xlsx）選擇格式，否則為 JSON。--max-size 同 check。
  import 網頁.html|網頁.htm|網頁.mht|檔案.docx|檔案.doc|檔案.rtf|檔案.pdf|資料夾 [-o 輸出檔案|-]
      把儲存的網頁、Word 或 PDF 檔案轉為報告文字（只取正文，表格按儲存格寫成豎線分隔的列），預設另存為 .report.txt；
      給出資料夾時匯入其中（含子資料夾）尚未匯入的全部網頁、Word 和 PDF 檔案（同名的幾個檔案各存為 名.副檔名.report.txt）；
      表格保留為 HTML 的 Markdown（如 pandoc 的輸出）也可匯入：表格寫成豎線分隔的列，其餘文字逐行原樣保留。
  new --agency 機關名稱 --year 年度 [--layout pipe|markdown] [--script simplified|traditional] [-o 輸出檔案]
      新建一份報告：標題、開頭、六個部分、三張各項為 0 的統計表。
  convert --to simplified|traditional [--variant t|tw|twp|hk] [--protect 詞語]... [--write] 檔案...
      簡繁轉換：只改動需要轉換的漢字，數字、標點、表格分隔符號和換行原樣保留；預設輸出到標準輸出，
      --write 就地改寫並保留 .bak；--protect 的詞語不轉換（如 '《*》' 保留書名號內的標題）。
  checks      列出全部檢查項

  檔名寫作 - 時讀取標準輸入（如 pdftotext 報告.pdf - | disclosure-report check -）。
  所有命令都讀取檔案所在目錄及其上層目錄中的 .disclosure-report.json（檢查項嚴重程度、保護詞語、語言）。
  --locale zh-cn|zh-tw|en 選擇提示語言。結束碼：0 無錯誤；1 有錯誤（或警告超過 --max-warnings，或資料夾中有檔案未能匯入）；
  2 用法錯誤，或檔案無法讀取、為空、不是文字或不像年度報告。`,
    en: `Usage: disclosure-report COMMAND [OPTIONS] FILE|DIR...

  check [--format text|json|sarif|csv] [--summary] [--quiet] [--max-warnings N] [--max-size N] [--jobs N] [--fix] FILE|DIR...
      Checks government information-disclosure annual reports (.txt, .md, .gkreport; folders searched), one finding
      per line: file:line:col severity code message. Reports of one agency in consecutive years checked
      together are compared (carry-over). --summary ends with a line per report; --quiet lists errors only;
      --max-warnings N fails when there are more than N warnings; --format sarif writes SARIF 2.1.0,
      csv a line per finding (UTF-8 with BOM, for Excel); --max-size N checks at most N characters per
      file (default 500000, at least 10000; the rest is skipped with a note);
      --jobs N threads for many files (default: the CPU's cores less one, 1 to 4; more than the cores is no
      faster); --fix applies the safe fixes in place (totals, glued tables' separators, 〇 as 0, a unit after a
      figure), keeping FILE.bak.
  export [--format json|csv|xlsx] [-o OUT] [--max-size N] FILE|DIR...
      Every figure of the statistics tables: JSON, an object per report; CSV (UTF-8 with BOM), a line per
      figure; XLSX (needs -o), a summary sheet and a sheet per table. Undetermined figures are empty;
      figures inferred from glued digits are marked inferred. Without --format, the extension of -o
      (.json, .csv, .xlsx) chooses the format, JSON otherwise. --max-size as check's.
  import PAGE.html|PAGE.htm|PAGE.mht|FILE.docx|FILE.doc|FILE.rtf|FILE.pdf|FOLDER [-o OUT|-]
      A saved web page, a Word file or a PDF as report text (the article only, tables as pipe rows cell by
      cell), written beside it as .report.txt by default; a folder: every page, Word file and PDF in it and its
      folders not imported yet (files of one name each to NAME.EXT.report.txt); also Markdown that kept
      its tables as HTML (pandoc's): its tables as pipe rows, its other lines as they are.
  new --agency NAME --year YYYY [--layout pipe|markdown] [--script simplified|traditional] [-o OUT]
      A new report to fill in: title, opening, the six sections, the three tables with zeros.
  convert --to simplified|traditional [--variant t|tw|twp|hk] [--protect TERM]... [--write] FILE...
      Converts script, changing only the Han characters that differ (figures, punctuation, separators and
      line ends stay); to stdout, or in place with --write (keeping .bak); --protect terms stay as written.
  checks      lists every check

  A FILE of - is the standard input (pdftotext report.pdf - | disclosure-report check -).
  Every command reads .disclosure-report.json from the file's folder or above (severities, protected
  terms, locale). --locale zh-cn|zh-tw|en picks the language. Exit status: 0 no errors; 1 errors (or more
  warnings than --max-warnings, or a file in a folder that could not be imported); 2 bad usage, or a file that cannot be read, is empty, is not text or
  does not read as an annual report.`,
  },
  unknownOption: { cn: '未知选项：{0}', tw: '未知選項：{0}', en: 'unknown option: {0}' },
  usageHint: { cn: '完整用法：disclosure-report --help', tw: '完整用法：disclosure-report --help', en: 'for the full usage: disclosure-report --help' },
  yearBefore2019: { cn: '--year {0}：2019 年以前没有统一的年度报告格式，年度须为 2019 年或以后', tw: '--year {0}：2019 年以前沒有統一的年度報告格式，年度須為 2019 年或以後', en: '--year {0}: there was no national report form before 2019; give 2019 or later' },
  yearAhead: { cn: '提示：{0} 年度尚未结束，年度报告通常在次年 1 月编写', tw: '提示：{0} 年度尚未結束，年度報告通常在次年 1 月編寫', en: 'note: the year {0} has not ended; a year’s report is usually written the following January' },
  badValue: { cn: '选项 {0} 的值无效：{1}', tw: '選項 {0} 的值無效：{1}', en: 'invalid value for {0}: {1}' },
  badChoice: { cn: '选项 {0} 的值无效：{1}（可选：{2}）', tw: '選項 {0} 的值無效：{1}（可選：{2}）', en: 'invalid value for {0}: {1} (one of: {2})' },
  stdinInPlace: { cn: '标准输入（-）不能用 {0} 就地改写：去掉 {0}，或先存为文件', tw: '標準輸入（-）不能用 {0} 就地改寫：去掉 {0}，或先存為檔案', en: 'standard input (-) cannot be rewritten in place with {0}: drop {0}, or save it to a file first' },
  noFiles: { cn: '没有指定要检查的文件', tw: '沒有指定要檢查的檔案', en: 'no files to check' },
  noReportFiles: { cn: '{0} 中没有找到报告文件（.txt、.md、.gkreport）', tw: '{0} 中沒有找到報告檔案（.txt、.md、.gkreport）', en: 'no report files (.txt, .md, .gkreport) found in {0}' },
  noReportsChecked: { cn: '{0} 中的 {1} 个文件都不像政府信息公开年度报告，没有检查任何报告', tw: '{0} 中的 {1} 個檔案都不像政府信息公開年度報告，沒有檢查任何報告', en: 'none of the {1} file(s) in {0} reads as an annual report: no report was checked' },
  noReportsExported: { cn: '{0} 中的 {1} 个文件都没有可导出的年度报告（原因见上），没有导出任何数字', tw: '{0} 中的 {1} 個檔案都沒有可匯出的年度報告（原因見上），沒有匯出任何數字', en: 'none of the {1} file(s) in {0} holds an annual report to export (see above why): no figures were exported' },
  noFilesToImport: { cn: '没有指定要导入的网页、Word 或 PDF 文件（或文件夹）', tw: '沒有指定要匯入的網頁、Word 或 PDF 檔案（或資料夾）', en: 'no page, Word file or PDF (or folder) to import' },
  importedFolder: { cn: '{0}：导入了 {1} 个文件，{2} 个未能导入（已有 .report.txt 的不再导入）', tw: '{0}：匯入了 {1} 個檔案，{2} 個未能匯入（已有 .report.txt 的不再匯入）', en: '{0}: imported {1} file(s), {2} could not be (those with a .report.txt beside them are not imported again)' },
  importNothing: { cn: '{0}：没有要导入的网页、Word 或 PDF 文件（已有 .report.txt 的不再导入）', tw: '{0}：沒有要匯入的網頁、Word 或 PDF 檔案（已有 .report.txt 的不再匯入）', en: '{0}: no page, Word file or PDF to import (those with a .report.txt beside them are not imported again)' },
  noFilesToExport: { cn: '没有指定要导出统计数据的报告', tw: '沒有指定要匯出統計資料的報告', en: 'no reports to export the figures of' },
  noFilesToConvert: { cn: '没有指定要转换的文件', tw: '沒有指定要轉換的檔案', en: 'no files to convert' },
  unknownCommand: { cn: '未知命令：{0}', tw: '未知命令：{0}', en: 'unknown command: {0}' },
  unreadable: { cn: '无法读取 {0}：{1}', tw: '無法讀取 {0}：{1}', en: 'cannot read {0}: {1}' },
  ENOENT: { cn: '文件不存在', tw: '檔案不存在', en: 'no such file' },
  EACCES: { cn: '没有读取权限', tw: '沒有讀取權限', en: 'permission denied' },
  EISDIR: { cn: '这是一个文件夹', tw: '這是一個資料夾', en: 'it is a folder' },
  ENOTFILE: { cn: '不是普通文件（管道、设备或套接字）', tw: '不是一般檔案（管道、裝置或通訊端）', en: 'not a regular file (a pipe, a device or a socket)' },
  ELOOP: { cn: '符号链接循环', tw: '符號連結循環', en: 'a loop of symbolic links' },
  EFBIG: { cn: '文件太大，无法读入', tw: '檔案太大，無法讀入', en: 'too large to read' },
  ENOSPC: { cn: '磁盘已满', tw: '磁碟已滿', en: 'the disk is full' },
  outputIsInput: { cn: '{0} 是要读取的文件之一，不能写到它上面；请用 -o 另给一个文件名', tw: '{0} 是要讀取的檔案之一，不能寫到它上面；請用 -o 另給一個檔名', en: '{0} is one of the files read; it cannot be written over — give another name with -o' },
  keptOld: { cn: '原有的 {0} 保留为 {1}', tw: '原有的 {0} 保留為 {1}', en: 'the earlier {0} is kept as {1}' },
  noWritePermission: { cn: '没有写入权限', tw: '沒有寫入權限', en: 'permission denied' },
  EROFS: { cn: '只读文件系统', tw: '唯讀檔案系統', en: 'a read-only file system' },
  damagedUtf8: { cn: '{0}：有 {1} 处字节不是有效的 UTF-8，已按 UTF-8 读取（这些字节显示为 �）', tw: '{0}：有 {1} 處位元組不是有效的 UTF-8，已按 UTF-8 讀取（這些位元組顯示為 �）', en: '{0}: {1} invalid UTF-8 byte sequence(s); read as UTF-8 (shown as �)' },
  notRewritten: { cn: '{0}：{1}，为免改动原文的其他字节，未写回；可先另存为 UTF-8 再运行', tw: '{0}：{1}，為免改動原文的其他位元組，未寫回；可先另存為 UTF-8 再執行', en: '{0}: {1}, so it was not written back (that would change other bytes of it); save it as UTF-8 first' },
  formGb18030: { cn: '文件是 GB18030（GBK）编码', tw: '檔案是 GB18030（GBK）編碼', en: 'the file is in GB18030 (GBK)' },
  formBig5: { cn: '文件是 Big5 编码', tw: '檔案是 Big5 編碼', en: 'the file is in Big5' },
  formDamaged: { cn: '文件中有无效的 UTF-8 字节', tw: '檔案中有無效的 UTF-8 位元組', en: 'the file has invalid UTF-8 bytes' },
  empty: { cn: '{0}：文件是空的，未检查', tw: '{0}：檔案是空的，未檢查', en: '{0}: the file is empty; not checked' },
  binary: { cn: '{0}：不是文本文件，未检查', tw: '{0}：不是文字檔，未檢查', en: '{0}: not a text file; not checked' },
  skippedForms: { cn: '文件夹中另有未检查的文件：{0}', tw: '資料夾中另有未檢查的檔案：{0}', en: 'also found, not checked: {0}' },
  skippedPdf: { cn: '{0} 个 PDF 文件（可用 import 导入）', tw: '{0} 個 PDF 檔（可用 import 匯入）', en: '{0} PDF file(s) (a PDF can be imported with import)' },
  skippedWord: { cn: '{0} 个 Word 文件（.docx、.doc、.rtf 可用 import 导入）', tw: '{0} 個 Word 檔（.docx、.doc、.rtf 可用 import 匯入）', en: '{0} Word file(s) (a .docx, .doc or .rtf can be imported with import)' },
  skippedPage: { cn: '{0} 个网页文件（可用 import 导入）', tw: '{0} 個網頁檔（可用 import 匯入）', en: '{0} saved page(s) (a page can be imported with import)' },
  skippedArchive: { cn: '{0} 个压缩包（请先解压）', tw: '{0} 個壓縮檔（請先解壓縮）', en: '{0} archive(s) (to unpack first)' },
  skippedSheet: { cn: '{0} 个电子表格文件', tw: '{0} 個試算表檔', en: '{0} spreadsheet file(s)' },
  skippedImage: { cn: '{0} 个图片文件（扫描件请先识别成文字）', tw: '{0} 個圖片檔（掃描件請先辨識成文字）', en: '{0} picture(s) (a scan needs OCR first)' },
  binaryPdf: { cn: '{0}：是 PDF 文件，未检查；请先导入为文本：disclosure-report import {0}', tw: '{0}：是 PDF 檔，未檢查；請先匯入為文字：disclosure-report import {0}', en: '{0}: a PDF file; not checked — import it as text first: disclosure-report import {0}' },
  binaryDoc: { cn: '{0}：是 Word 97-2003 文件（.doc），未检查；请先导入为文本：disclosure-report import {0}', tw: '{0}：是 Word 97-2003 檔（.doc），未檢查；請先匯入為文字：disclosure-report import {0}', en: '{0}: a Word 97–2003 file (.doc); not checked — import it as text first: disclosure-report import {0}' },
  binaryDocx: { cn: '{0}：是 Word 文件（.docx），未检查；请先导入为文本：disclosure-report import {0}', tw: '{0}：是 Word 檔（.docx），未檢查；請先匯入為文字：disclosure-report import {0}', en: '{0}: a Word file (.docx); not checked — import it as text first: disclosure-report import {0}' },
  binaryEncrypted: { cn: '{0}：是设有密码的 Office 文件，未检查；请在 Word 或 WPS 中取消密码，另存为 .docx，再用 import 导入', tw: '{0}：是設有密碼的 Office 檔，未檢查；請在 Word 或 WPS 中取消密碼，另存為 .docx，再用 import 匯入', en: '{0}: a password-protected Office file; not checked — remove the password in Word or WPS, save it as .docx, then import it' },
  binaryOdf: { cn: '{0}：是 OpenDocument 文件（如 .odt），未检查；请用 WPS、Word 或 LibreOffice 另存为 .docx，再用 import 导入', tw: '{0}：是 OpenDocument 檔（如 .odt），未檢查；請用 WPS、Word 或 LibreOffice 另存為 .docx，再用 import 匯入', en: '{0}: an OpenDocument file (such as .odt); not checked — save it as .docx in WPS, Word or LibreOffice, then import it' },
  binaryRtf: { cn: '{0}：是 RTF 文件（网站“下载”的 .doc 常是这种），未检查；请先导入为文本：disclosure-report import {0}', tw: '{0}：是 RTF 檔（網站「下載」的 .doc 常是這種），未檢查；請先匯入為文字：disclosure-report import {0}', en: '{0}: an RTF file (what a site\'s “download” .doc often is); not checked — import it as text first: disclosure-report import {0}' },
  mhtmlText: { cn: '{0}：是单文件网页（.mht、.mhtml），未检查；请先导入为文本：disclosure-report import {0}', tw: '{0}：是單一檔案網頁（.mht、.mhtml），未檢查；請先匯入為文字：disclosure-report import {0}', en: '{0}: a single-file web page (.mht, .mhtml); not checked — import it as text first: disclosure-report import {0}' },
  binaryOffice: { cn: '{0}：是旧版 Office 文件（如 .xls、.ppt），不是 Word 文件，未检查', tw: '{0}：是舊版 Office 檔（如 .xls、.ppt），不是 Word 檔，未檢查', en: '{0}: an old Office file (such as .xls or .ppt), not a Word file; not checked' },
  binaryImage: { cn: '{0}：是图片，未检查；图片中的文字需先经文字识别（OCR）取出', tw: '{0}：是圖片，未檢查；圖片中的文字需先經文字辨識（OCR）取出', en: '{0}: an image; not checked — its text must first be taken out by OCR' },
  big5: { cn: '{0}：不是 UTF-8 编码，已按 Big5（繁体）读取', tw: '{0}：不是 UTF-8 編碼，已按 Big5（繁體）讀取', en: '{0}: not UTF-8; read as Big5 (traditional script)' },
  gb18030: { cn: '{0}：不是 UTF-8 编码，已按 GB18030（GBK）读取', tw: '{0}：不是 UTF-8 編碼，已按 GB18030（GBK）讀取', en: '{0}: not UTF-8; read as GB18030 (GBK)' },
  pageNotChecked: { cn: '{0}：是网页的源代码（HTML，或表格保留为 HTML 的 Markdown），未检查；请先导入为报告文本：disclosure-report import {0}', tw: '{0}：是網頁的原始碼（HTML，或表格保留為 HTML 的 Markdown），未檢查；請先匯入為報告文字：disclosure-report import {0}', en: '{0}: is a web page’s source (HTML, or Markdown that kept its tables as HTML), not checked; import it as a report first: disclosure-report import {0}' },
  notReportNamed: { cn: '{0}：不像政府信息公开年度报告（没有找到报告标题和统计表，六个部分的标题不到两个），未检查', tw: '{0}：不像政府信息公開年度報告（沒有找到報告標題和統計表，六個部分的標題不到兩個），未檢查', en: '{0}: does not read as an annual report (no report title, no table, fewer than two of the six section headings); not checked' },
  budgetExport: { cn: '{0}：文件很大（{1} 个字符），只导出了前 {2} 个字符中的数字（--max-size）', tw: '{0}：檔案很大（{1} 個字元），只匯出了前 {2} 個字元中的數字（--max-size）', en: '{0}: a large file ({1} characters); only the figures in its first {2} characters were exported (--max-size)' },
  budget: { cn: '{0}：文件很大（{1} 个字符），只检查了前 {2} 个字符（--max-size）', tw: '{0}：檔案很大（{1} 個字元），只檢查了前 {2} 個字元（--max-size）', en: '{0}: a large file ({1} characters); only its first {2} characters were checked (--max-size)' },
  budgetNoFix: { cn: '{0}：只检查了一部分，未做 --fix 修正（原文件未改动）', tw: '{0}：只檢查了一部分，未做 --fix 修正（原檔案未改動）', en: '{0}: only part of it was checked, so --fix left it unchanged' },
  tooManyWarnings: { cn: '警告 {0} 个，超过 --max-warnings {1}', tw: '警告 {0} 個，超過 --max-warnings {1}', en: '{0} warning(s), more than --max-warnings {1}' },
  configIgnored: { cn: '{0}：以下设置无法识别，已忽略：{1}', tw: '{0}：以下設定無法識別，已忽略：{1}', en: '{0}: unknown settings, ignored: {1}' },
  badConfigAt: { cn: '{0}:{1}:{2}：配置文件不是有效的 JSON（第 {1} 行第 {2} 列附近有语法错误），已忽略', tw: '{0}:{1}:{2}：設定檔不是有效的 JSON（第 {1} 行第 {2} 欄附近有語法錯誤），已忽略', en: '{0}:{1}:{2}: the configuration is not valid JSON (a syntax error near line {1}, column {2}); ignored' },
  unknownCheck: { cn: '（是不是 {0}？）', tw: '（是不是 {0}？）', en: ' (did you mean {0}?)' },
  badConfig: { cn: '{0}：配置文件不是有效的 JSON（{1}），已忽略', tw: '{0}：設定檔不是有效的 JSON（{1}），已忽略', en: '{0}: the configuration is not valid JSON ({1}); ignored' },
  noFolder: { cn: '所在文件夹不存在', tw: '所在資料夾不存在', en: 'its folder does not exist' },
  unwritable: { cn: '无法写入 {0}：{1}', tw: '無法寫入 {0}：{1}', en: 'cannot write {0}: {1}' },
  moreTables: { cn: '{0}：{1}各不止一张（如全市与本级各一张，或同一页面抓取了两次），只导出了第一张', tw: '{0}：{1}各不止一張（如全市與本級各一張，或同一頁面抓取了兩次），只匯出了第一張', en: '{0}: {1}: each appears more than once (such as the whole region’s and its own government’s, or a page saved twice); only the first of each was exported' },
  notReportNotExported: { cn: '{0}：不像政府信息公开年度报告（没有找到报告标题和统计表，六个部分的标题不到两个），未导出', tw: '{0}：不像政府信息公開年度報告（沒有找到報告標題和統計表，六個部分的標題不到兩個），未匯出', en: '{0}: does not read as an annual report (no report title, no table, fewer than two of the six section headings); not exported' },
  htmlNotExported: { cn: '{0}：是网页的源代码（HTML，或表格保留为 HTML 的 Markdown），未导出；请先导入为报告文本：disclosure-report import {0}', tw: '{0}：是網頁的原始碼（HTML，或表格保留為 HTML 的 Markdown），未匯出；請先匯入為報告文字：disclosure-report import {0}', en: '{0}: is a web page’s source (HTML, or Markdown that kept its tables as HTML), not exported; import it as report text first: disclosure-report import {0}' },
  exportLacks: { cn: '{0}：没有读到{1}，导出中没有它的数字', tw: '{0}：沒有讀到{1}，匯出中沒有它的數字', en: '{0}: no {1} was read; the export has none of its figures' },
  exportLacksMany: { cn: '{0}：没有读到{1}，导出中没有它们的数字', tw: '{0}：沒有讀到{1}，匯出中沒有它們的數字', en: '{0}: {1} were not read; the export has none of their figures' },
  // (Or lacks rows: their figures are empty with status missing — the note named undetermined only, a review saw a 规章 row
  // a street left out exported as missing under it.)
  exportUnsure: { cn: '{0}：{1}有读不准或缺少的地方（详见 check），没能确定的数字留空（status 为 undetermined；缺少的行为 missing）', tw: '{0}：{1}有讀不準或缺少的地方（詳見 check），沒能確定的數字留空（status 為 undetermined；缺少的行為 missing）', en: '{0}: {1} could not all be read with certainty, or lacks rows (see check); the figures not determined are left empty (status undetermined; rows it lacks, missing)' },
  notReportAbout: { cn: '{0}：是关于年度报告的通知、通报、解读或图解（「{1}」），不是报告本身，{2}', tw: '{0}：是關於年度報告的通知、通報、解讀或圖解（「{1}」），不是報告本身，{2}', en: '{0}: a notice, circular, interpretation or graphic page about the report (“{1}”), not the report itself; {2}' },
  notReportTitleOnly: { cn: '{0}：只有报告标题（「{1}」），没有六个部分和统计表：正文缺失或未保存完整，{2}', tw: '{0}：只有報告標題（「{1}」），沒有六個部分和統計表：內文缺失或未儲存完整，{2}', en: '{0}: only the report’s title (“{1}”), none of the six sections or the tables: the body is missing or was not saved whole; {2}' },
  importedAnyway: { cn: '仍已导入：请确认保存的是报告正文的页面', tw: '仍已匯入：請確認儲存的是報告內文的頁面', en: 'imported all the same: check that the page saved is the report’s own' },
  notReportImported: { cn: '{0}：导入的页面不像政府信息公开年度报告（没有找到报告标题和统计表，六个部分的标题不到两个）；仍已导入：请确认保存的是报告正文的页面', tw: '{0}：匯入的頁面不像政府資訊公開年度報告（沒有找到報告標題和統計表，六個部分的標題不到兩個）；仍已匯入：請確認儲存的是報告內文的頁面', en: '{0}: the page imported does not read as an annual report (no report title, no table, fewer than two of the six section headings); imported all the same: check that the page saved is the report’s own' },
  notChecked: { cn: '未检查', tw: '未檢查', en: 'not checked' },
  notExported: { cn: '未导出', tw: '未匯出', en: 'not exported' },
  skipped: { cn: '已跳过', tw: '已跳過', en: 'skipped' },
  notReport: { cn: '{0}：不像政府信息公开年度报告，已跳过', tw: '{0}：不像政府信息公開年度報告，已跳過', en: '{0}: does not read as an annual report; skipped' },
  summary: { cn: '检查了 {0} 个文件：{1} 个错误，{2} 个警告，{3} 条提示', tw: '檢查了 {0} 個檔案：{1} 個錯誤，{2} 個警告，{3} 條提示', en: 'checked {0} file(s): {1} error(s), {2} warning(s), {3} note(s)' },
  imported: { cn: '已导入 {0} → {1}（{2} 张表格）', tw: '已匯入 {0} → {1}（{2} 張表格）', en: 'imported {0} → {1} ({2} table(s))' },
  importOffice: { cn: '{0}：是旧版 Office 文件（如 .xls、.ppt），不是 Word 文件，无法导入', tw: '{0}：是舊版 Office 檔（如 .xls、.ppt），不是 Word 檔，無法匯入', en: '{0}: an old Office file (such as .xls or .ppt), not a Word file; cannot import it' },
  importEncrypted: { cn: '{0}：是设有密码的 Office 文件，无法导入；请在 Word 或 WPS 中取消密码，另存为 .docx，再导入', tw: '{0}：是設有密碼的 Office 檔，無法匯入；請在 Word 或 WPS 中取消密碼，另存為 .docx，再匯入', en: '{0}: a password-protected Office file; cannot import it — remove the password in Word or WPS, save it as .docx, then import that' },
  importOdf: { cn: '{0}：是 OpenDocument 文件（如 .odt），无法导入；请用 WPS、Word 或 LibreOffice 另存为 .docx，再导入', tw: '{0}：是 OpenDocument 檔（如 .odt），無法匯入；請用 WPS、Word 或 LibreOffice 另存為 .docx，再匯入', en: '{0}: an OpenDocument file (such as .odt); cannot import it — save it as .docx in WPS, Word or LibreOffice, then import that' },
  importRtf: { cn: 'RTF 文件已损坏，无法读取', tw: 'RTF 檔已損壞，無法讀取', en: 'the RTF file is damaged and cannot be read' },
  importPdf: { cn: 'PDF 文件已损坏，无法读取', tw: 'PDF 檔已損壞，無法讀取', en: 'the PDF file is damaged and cannot be read' },
  importPdfPassword: { cn: 'PDF 文件设有打开密码；请用密码打开，另存为（或打印为）无密码的 PDF，再导入', tw: 'PDF 檔設有開啟密碼；請用密碼開啟，另存為（或列印為）無密碼的 PDF，再匯入', en: 'the PDF needs a password to open — open it with the password, save (or print) it as a PDF without one, then import that' },
  importPdfScanned: { cn: 'PDF 里没有文字，是扫描或拍照的页面；须先经文字识别（OCR）取出文字', tw: 'PDF 裡沒有文字，是掃描或拍照的頁面；須先經文字辨識（OCR）取出文字', en: 'the PDF holds no text — its pages are scans or photographs; its text must first be taken out by OCR' },
  importPdfSize: { cn: 'PDF 文件太大（超过 2 亿字节或 500 页，或图形、正文过多），不像一份报告', tw: 'PDF 檔太大（超過 2 億位元組或 500 頁，或圖形、內文過多），不像一份報告', en: 'the PDF is too large (over 200 million bytes or 500 pages, or too much drawing or text) to be a report' },
  importImage: { cn: '{0}：是图片，无法导入；图片中的表格须先识别成文字', tw: '{0}：是圖片，無法匯入；圖片中的表格須先辨識成文字', en: '{0}: an image; cannot import it — a table in a picture must be turned into text first' },
  notImportable: { cn: '{0}：不是网页（.html、.htm、.mht、.mhtml）、Word 文件（.docx、.doc、.rtf）或 PDF 文件，无法导入', tw: '{0}：不是網頁（.html、.htm、.mht、.mhtml）、Word 檔案（.docx、.doc、.rtf）或 PDF 檔，無法匯入', en: '{0}: not a web page (.html, .htm, .mht, .mhtml), a Word file (.docx, .doc, .rtf) or a PDF; cannot import it' },
  importFailed: { cn: '{0}：导入失败（{1}）', tw: '{0}：匯入失敗（{1}）', en: '{0}: import failed ({1})' },
  importDepth: { cn: '网页的元素嵌套超过 1000 层，不像一篇报告', tw: '網頁的元素巢狀超過 1000 層，不像一篇報告', en: 'its elements are nested more than 1,000 deep; not a report page' },
  importCells: { cn: '一张表格合并单元格后超过 10 万格，不像报告的统计表', tw: '一張表格合併儲存格後超過 10 萬格，不像報告的統計表', en: 'a table would have more than 100,000 cells once merged cells are expanded; not a report table' },
  importSize: { cn: '网页超过 2000 万个字符，太大', tw: '網頁超過 2000 萬個字元，太大', en: 'the page has more than 20 million characters' },
  importDoc: { cn: '文件已损坏，或不是 Word 97-2003（.doc）文件', tw: '檔案已損壞，或不是 Word 97-2003（.doc）檔案', en: 'the file is damaged, or not a Word 97–2003 (.doc) file' },
  importDocOld: { cn: '是 Word 95 或更早版本的文件；请用 Word 或 WPS 另存为 .docx，再导入', tw: '是 Word 95 或更早版本的檔案；請用 Word 或 WPS 另存為 .docx，再匯入', en: 'a Word 95 or earlier file — save it as .docx in Word or WPS, then import that' },
  importDocEncrypted: { cn: '文件设有密码；请在 Word 或 WPS 中取消密码后再导入', tw: '檔案設有密碼；請在 Word 或 WPS 中取消密碼後再匯入', en: 'the file has a password — remove it in Word or WPS, then import the file' },
  importWordSize: { cn: 'Word 文件太大（超过 2 亿字节，或正文超过 2000 万个字符），不像一份报告', tw: 'Word 檔案太大（超過 2 億位元組，或內文超過 2000 萬個字元），不像一份報告', en: 'the Word file is too large (over 200 million bytes, or over 20 million characters of text) to be a report' },
  importDocx: { cn: '文件已损坏，或不是 Word（.docx）文件', tw: '檔案已損壞，或不是 Word（.docx）檔案', en: 'the file is damaged, or not a Word (.docx) file' },
  importDocxSize: { cn: 'Word 文件解压后太大（超过 2 亿字节，或正文超过 4000 万字节），不像一份报告', tw: 'Word 檔案解壓縮後太大（超過 2 億位元組，或內文超過 4000 萬位元組），不像一份報告', en: 'the Word file unpacks to too much (over 200 MB, or over 40 MB of text); not a report' },
  importMhtml: { cn: '这个单文件网页（.mht、.mhtml）里没有网页正文', tw: '這個單一檔案網頁（.mht、.mhtml）裡沒有網頁內文', en: 'this single-file web page (.mht, .mhtml) holds no page' },
  importPictures: { cn: '{0}：正文中有 {1} 张图片，其中的文字未能读取（以图片发布的统计表，其中的数字无法检查）', tw: '{0}：內文中有 {1} 張圖片，其中的文字未能讀取（以圖片發布的統計表，其中的數字無法檢查）', en: '{0}: the article holds {1} picture(s) whose text was not read (a table published as a picture cannot be checked)' },
  importPaged: {
    cn: '{0}：网页有分页，只导入了这一页；请把其余各页也保存到同一文件夹（保留网站上的文件名），再导入第一页，各页会合为一篇',
    tw: '{0}：網頁有分頁，只匯入了這一頁；請把其餘各頁也儲存到同一資料夾（保留網站上的檔名），再匯入第一頁，各頁會合為一篇',
    en: '{0}: the page has a pager: only this page was imported; save the other pages into the same folder (keeping the names the site gives them) and import the first page, and they are joined into one report',
  },
  importJoinedPart: {
    cn: '{0}：网页有分页，已把同一文件夹中的其余 {1} 页接在后面，但再下一页没有保存，报告还不完整；请把其余各页也保存到同一文件夹后再导入第一页',
    tw: '{0}：網頁有分頁，已把同一資料夾中的其餘 {1} 頁接在後面，但再下一頁沒有儲存，報告還不完整；請把其餘各頁也儲存到同一資料夾後再匯入第一頁',
    en: '{0}: the page has a pager: {1} more page(s) saved in the same folder joined after it, but the page after them was not saved and the report is not whole; save the other pages into the same folder and import the first page again',
  },
  importJoined: { cn: '{0}：网页有分页，已把同一文件夹中的其余 {1} 页接在后面，合为一篇', tw: '{0}：網頁有分頁，已把同一資料夾中的其餘 {1} 頁接在後面，合為一篇', en: '{0}: the page has a pager: {1} more page(s) saved in the same folder joined after it, into one report' },
  importHiddenLinks: { cn: '{0}：网页中有 {1} 段隐藏的链接文字（被入侵的网站常这样植入垃圾链接），未导入；请核查原网页', tw: '{0}：網頁中有 {1} 段隱藏的連結文字（被入侵的網站常這樣植入垃圾連結），未匯入；請核查原網頁', en: '{0}: the page hides {1} block(s) of links (how a hacked site injects spam links); not imported — check the original page' },
  importEmptyWord: { cn: '里面没有报告正文：这个 Word 文件只有标题，或没有文字', tw: '裡面沒有報告內文：這個 Word 檔案只有標題，或沒有文字', en: 'it holds no report text: the Word file has a title alone, or no text' },
  importEmptyPdf: { cn: '里面没有报告正文：这个 PDF 文件只有标题，或没有文字', tw: '裡面沒有報告內文：這個 PDF 檔只有標題，或沒有文字', en: 'it holds no report text: the PDF has a title alone, or no text' },
  importEmpty: { cn: '里面没有报告正文：网页的正文可能由脚本加载，请在浏览器中打开网页，另存为“网页，单个文件”（.mhtml）后再导入', tw: '裡面沒有報告內文：網頁的內文可能由指令碼載入，請在瀏覽器中開啟網頁，另存為「網頁，單一檔案」（.mhtml）後再匯入', en: 'it holds no report text: the page may load its article by script — open it in a browser, save it as “Webpage, Single File” (.mhtml), and import that' },
  oneOutput: { cn: '-o 只能用于一个文件', tw: '-o 只能用於一個檔案', en: '-o takes one file at a time' },
  fixed: { cn: '{0}:{1}:{2} 已修正：「{3}」→「{4}」', tw: '{0}:{1}:{2} 已修正：「{3}」→「{4}」', en: '{0}:{1}:{2} fixed: “{3}” → “{4}”' },
  fixedCell: { cn: '{0}:{1}:{2} 已修正「{3}」：{4} → {5}', tw: '{0}:{1}:{2} 已修正「{3}」：{4} → {5}', en: '{0}:{1}:{2} fixed {3}: {4} → {5}' },
  fixedTable: { cn: '{0}:{1}:{2} 已恢复{3}的单元格分隔（改写为竖线表格）', tw: '{0}:{1}:{2} 已恢復{3}的儲存格分隔（改寫為直線表格）', en: '{0}:{1}:{2} restored the cell boundaries of {3} (written as a pipe table)' },
  fixedInRow: { cn: '{0}:{1}:{2} 已修正：其中「{3}」一行第 {4} 个数「{5}」→「{6}」', tw: '{0}:{1}:{2} 已修正：其中「{3}」一列第 {4} 個數「{5}」→「{6}」', en: '{0}:{1}:{2} fixed: in the row “{3}”, figure {4}: “{5}” → “{6}”' },
  fixedInLine: { cn: '{0}:{1}:{2} 已修正：其中写回表格的第 {3} 行第 {4} 个数「{5}」→「{6}」', tw: '{0}:{1}:{2} 已修正：其中寫回表格的第 {3} 行第 {4} 個數「{5}」→「{6}」', en: '{0}:{1}:{2} fixed: in line {3} of the table written back, figure {4}: “{5}” → “{6}”' },
  sameYear: {
    cn: '{0}的 {1} 年度报告有 {2} 份：{3}——按机关和年度汇总时请只计一份',
    tw: '{0}的 {1} 年度報告有 {2} 份：{3}——按機關和年度匯總時請只計一份',
    en: '{0} has {2} reports for {1}: {3} — count one of them when summing by agency and year',
  },
  // (A report whose body is not read is compared with no other year: said, not left out unsaid — a review office's trial.)
  noAgency: {
    cn: '{0} 份报告读不出发布机关的名称，未与其他年度的报告核对上年结转：{1}',
    tw: '{0} 份報告讀不出發布機關的名稱，未與其他年度的報告核對上年結轉：{1}',
    en: '{0} report(s) name no agency that could be read, so they were not compared with other years for carry-over: {1}',
  },
  noAgencyMore: {
    cn: '{0} 份报告读不出发布机关的名称，未与其他年度的报告核对上年结转：{1} 等（只列出前 {2} 份）',
    tw: '{0} 份報告讀不出發布機關的名稱，未與其他年度的報告核對上年結轉：{1} 等（只列出前 {2} 份）',
    en: '{0} report(s) name no agency that could be read, so they were not compared with other years for carry-over: {1} and {3} more',
  },
  sameYearMore: {
    cn: '{0}的 {1} 年度报告有 {2} 份：{3} 等（只列出前 {4} 份）——按机关和年度汇总时请只计一份',
    tw: '{0}的 {1} 年度報告有 {2} 份：{3} 等（只列出前 {4} 份）——按機關和年度匯總時請只計一份',
    en: '{0} has {2} reports for {1}: {3} and {5} more — count one of them when summing by agency and year',
  },
  suggestion: { cn: '（建议：{0}）', tw: '（建議：{0}）', en: ' (suggested: {0})' },
  fixHeldBack: { cn: '{0}：有的合计没有自动修正——照各项改写会使已经对上的合计、勾稽关系或正文所写的数字出错，多半是某一项写错了，请核对', tw: '{0}：有的合計沒有自動修正——照各項改寫會使已經對上的合計、勾稽關係或正文所寫的數字出錯，多半是某一項寫錯了，請核對', en: '{0}: some totals were not fixed — setting them to their parts would break sums that hold, or figures the text states; most likely a part is mistyped: check it' },
  fixedFile: { cn: '{0}：{1} 处修正，原文件保留为 {2}', tw: '{0}：{1} 處修正，原檔案保留為 {2}', en: '{0}: {1} change(s); the original is kept as {2}' },
  keptTerms: { cn: '{0}：{1} 处受保护的词语（--protect）保留未转换', tw: '{0}：{1} 處受保護的詞語（--protect）保留未轉換', en: '{0}: {1} protected term(s) (--protect) kept unconverted' },
  convertedFile: { cn: '{0}：已转换 {1} 处并写回，原文件保留为 {2}', tw: '{0}：已轉換 {1} 處並寫回，原檔案保留為 {2}', en: '{0}: {1} place(s) converted and written; the original is kept as {2}' },
  nothingConverted: { cn: '{0}：没有需要转换的字，文件未改动', tw: '{0}：沒有需要轉換的字，檔案未改動', en: '{0}: nothing to convert; the file is unchanged' },
  tooSmall: { cn: '选项 {0} 至少为 {1}', tw: '選項 {0} 至少為 {1}', en: 'option {0} must be at least {1}' },
  missingValue: { cn: '选项 {0} 缺少值', tw: '選項 {0} 缺少值', en: 'option {0} needs a value' },
  missingOption: { cn: '缺少 {0}', tw: '缺少 {0}', en: 'missing {0}' },
  created: { cn: '已新建 {0}', tw: '已新建 {0}', en: 'created {0}' },
  xlsNotWritten: { cn: '不能写出 {0}：.xls 是旧版 Excel 格式，请改为 .xlsx', tw: '無法寫出 {0}：.xls 是舊版 Excel 格式，請改為 .xlsx', en: 'cannot write {0}: .xls is the old Excel format; name it .xlsx' },
  formatVsOutput: { cn: '--format {0} 与输出文件 {1} 的扩展名不一致：请改用一致的格式或文件名（省略 --format 时按扩展名导出）', tw: '--format {0} 與輸出檔案 {1} 的副檔名不一致：請改用一致的格式或檔名（省略 --format 時按副檔名匯出）', en: '--format {0} does not match the output file {1}: make them agree (without --format, the extension decides)' },
  xlsxNeedsOutput: { cn: 'XLSX 是二进制文件，请用 -o 指定输出文件', tw: 'XLSX 是二進位檔案，請用 -o 指定輸出檔案', en: 'XLSX is a binary file: give an output file with -o' },
  csvTooLong: { cn: 'CSV 共 {0} 行，超过 Excel 一张工作表的上限（1,048,576 行），Excel 打开时会丢掉其后的行；请改用 --format xlsx（每份报告一行）或 json', tw: 'CSV 共 {0} 列，超過 Excel 一張工作表的上限（1,048,576 列），Excel 開啟時會丟掉其後的列；請改用 --format xlsx（每份報告一列）或 json', en: 'the CSV has {0} lines, more than an Excel sheet holds (1,048,576): Excel drops the rest when it opens it; use --format xlsx (one row a report) or json' },
  moreNotes: { cn: '……另有 {0} 份报告有同类的提示（共 {1} 份；各份见导出的 status）：{2}', tw: '……另有 {0} 份報告有同類的提示（共 {1} 份；各份見匯出的 status）：{2}', en: '… and {0} more report(s) with a note of this kind ({1} in all; each one’s in the export’s status): {2}' },
  // (What a note of a kind names, in its place where the kind is said for many reports: 「…：…有读不准」 read as broken text.)
  noteFile: { cn: '（文件）', tw: '（檔案）', en: '(file)' },
  noteTables: { cn: '（某些表）', tw: '（某些表）', en: '(some tables)' },
  exportNotWritten: { cn: '没有导出任何报告，未写入 {0}', tw: '沒有匯出任何報告，未寫入 {0}', en: 'no report exported; nothing written to {0}' },
  exported: { cn: '导出了 {0} 份报告的 {1} 个数字到 {2}', tw: '匯出了 {0} 份報告的 {1} 個數字到 {2}', en: 'exported {1} figure(s) of {0} report(s) to {2}' },
  severity: { cn: '严重程度', tw: '嚴重程度', en: 'severity' },
} satisfies Record<string, Text3>;

export type MessageKey = keyof typeof T;

/** Why a file could not be read, as a sentence (not an errno). */
export function whyUnreadable(code: string, locale: Locale): string {
  const key = code === 'EPERM' ? 'EACCES' : code === 'ENXIO' ? 'ENOTFILE' : code === 'ERR_FS_FILE_TOO_LARGE' ? 'EFBIG' : code;
  return key === 'ENOENT' || key === 'EACCES' || key === 'EISDIR' || key === 'ENOTFILE' || key === 'ELOOP' || key === 'EFBIG' || key === 'ENOSPC' || key === 'EROFS' ? say(key, locale) : code;
}

export function say(key: MessageKey, locale: Locale, ...args: (string | number)[]): string {
  const s = text3(T[key], locale).replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)]));
  return locale === 'en' ? englishPlurals(s) : s;
}

export function usageError(io: CliIO, locale: Locale, key: MessageKey, ...args: string[]): number {
  // An option given last, without its value: say that, not 「the value undefined is invalid」.
  if (key === 'badValue' && (args[1] === undefined || args[1] === 'undefined')) io.err(say('missingValue', locale, args[0]));
  // (An option of a few values says which: 「--format xml」 was told only that xml was wrong — found by a review.)
  else if (key === 'badValue' && args[2] !== undefined) io.err(say('badChoice', locale, args[0], args[1], args[2].split('|').join(locale === 'en' ? ', ' : '、')));
  else io.err(say(key, locale, ...args));
  // (What is wrong, and where the usage is: not the whole usage, which buries the one line that matters.)
  io.err(say('usageHint', locale));
  return 2;
}
