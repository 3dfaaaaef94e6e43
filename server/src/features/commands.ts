/**
 * Commands the server executes for any client (code lenses and code actions use them, the VS Code
 * client binds palette commands to them): fix all totals (in a document or one table), reveal
 * cells, format the table at a position. Each takes the document version it was offered for and
 * refuses to edit a newer text.
 */
import type { Range, WorkspaceEdit } from 'vscode-languageserver-types';
import type { OpenDocument } from '../documentStore';
import type { Finding, Locale } from '../analysis/types';
import { locate } from '../analysis/views/locate';
import { fixAllWhy } from '../fixes/fixAll';
import { render, registerMessages } from '../i18n/render';
import { COMMAND_APPLY, COMMAND_CONVERT, COMMAND_FIX_ALL, COMMAND_NOTE, COMMAND_REVEAL, editorFixAll, versionedEdit } from './codeActions';
import { formatsTable, formatTableEdit, type TableStyle } from './format';
import { toRange, toSpan } from './ranges';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { convertEdits } from '../convert/run';
import { IMPORT_COMMAND } from '../checks/structure/htmlSource';
import { loadImporter } from '../import/load';
import { besideFile } from '../import/besideFile';
import { existsSync } from 'node:fs';
import { filePath } from '../workspace/indexer';
import type { Script } from '../analysis/types';
import type { ConversionSettings } from '../settings';
import { ReportDocument } from '../checks/document';

/** Whether a file: URI names a file that exists. */
const exists = (uri: string): boolean => {
  const f = filePath(uri);
  return f !== undefined && existsSync(f);
};

export const COMMAND_FORMAT_TABLE = 'disclosureReport.server.formatTable';
export const COMMANDS = [COMMAND_FIX_ALL, COMMAND_REVEAL, COMMAND_FORMAT_TABLE, COMMAND_CONVERT, IMPORT_COMMAND, COMMAND_NOTE, COMMAND_APPLY] as const;

registerMessages({
  'cmd.stale': { cn: '文档已修改，请重新执行此操作', tw: '文件已修改，請重新執行此操作', en: 'The document has changed since; please run this again' },
  'cmd.nothingToFix': { cn: '没有可以自动修正的合计', tw: '沒有可以自動修正的合計', en: 'No totals that can be fixed automatically' },
  'cmd.fixWouldBreak': {
    cn: '没有自动修正合计：照各项改写合计，会使已经对上的合计或勾稽关系出错——多半是某一项写错了，请核对标出的数字',
    tw: '沒有自動修正合計：照各項改寫合計，會使已經對上的合計或勾稽關係出錯——多半是某一項寫錯了，請核對標出的數字',
    en: 'No totals were fixed: setting them to the sums of their parts would break sums that hold now — most likely a part is mistyped; check the marked figures',
  },
  'cmd.fixAllLabel': { cn: '修正全部合计', tw: '修正全部合計', en: 'Fix all totals' },
  'cmd.noTable': { cn: '光标不在统计表内', tw: '游標不在統計表內', en: 'The cursor is not in a statistics table' },
  'cmd.cannotFormatWords': { cn: '这张表中有表格格式容纳不下的文字（如分成几部分的表四各部分的名称、行后的备注），为免丢失内容，不重新排版', tw: '這張表中有表格格式容納不下的文字（如分成幾部分的表四各部分的名稱、列後的備註），為免丟失內容，不重新排版', en: 'This table holds words the table layout has no place for (such as the names of table IV’s parts, a remark after a row); it is not reformatted, so nothing is lost' },
  'cmd.cannotFormatOrder': { cn: '这张表的列序与规定格式不同（已按表头的列序读取），不重新排版：请先按规定格式排列各列', tw: '這張表的欄序與規定格式不同（已按表頭的欄序讀取），不重新排版：請先按規定格式排列各欄', en: 'This table has its columns in another order than the form’s (read in its header’s order); it is not reformatted: arrange its columns as the form does first' },
  'cmd.cannotFormat': { cn: '这张表有缺失的行或单元格，为免丢失内容，不重新排版', tw: '這張表有缺失的列或儲存格，為免丟失內容，不重新排版', en: 'This table has missing rows or cells; it is not reformatted, so nothing is lost' },
  'cmd.formatLabel': { cn: '格式化表格', tw: '格式化表格', en: 'Format table' },
  'cmd.convertLabel.simplified': { cn: '转换为简体', tw: '轉換為簡體', en: 'Convert to simplified' },
  'cmd.convertLabel.traditional': { cn: '转换为繁体', tw: '轉換為繁體', en: 'Convert to traditional' },
  'cmd.nothingToConvert': { cn: '没有需要转换的字', tw: '沒有需要轉換的字', en: 'Nothing to convert' },
  'cmd.importLabel': { cn: '导入为报告文本', tw: '匯入為報告文字', en: 'Import as report text' },
  'cmd.importFailed': { cn: '无法从这个网页导入报告', tw: '無法從這個網頁匯入報告', en: 'The report could not be imported from this page' },
  'cmd.importRefused.depth': { cn: '无法导入：网页的元素嵌套超过 1000 层，不像一篇报告', tw: '無法匯入：網頁的元素巢狀超過 1000 層，不像一篇報告', en: 'Not imported: the page’s elements are nested more than 1,000 deep' },
  'cmd.importRefused.cells': { cn: '无法导入：一张表格合并单元格后超过 10 万格，不像报告的统计表', tw: '無法匯入：一張表格合併儲存格後超過 10 萬格，不像報告的統計表', en: 'Not imported: a table would have more than 100,000 cells once merged cells are expanded' },
  'cmd.importRefused.size': { cn: '无法导入：网页超过 2000 万个字符', tw: '無法匯入：網頁超過 2000 萬個字元', en: 'Not imported: the page has more than 20 million characters' },
  'cmd.importRefused.docx': { cn: '无法导入：文件已损坏，或不是 Word（.docx）文件', tw: '無法匯入：檔案已損壞，或不是 Word（.docx）檔案', en: 'Not imported: the file is damaged, or not a Word (.docx) file' },
  'cmd.importRefused.docxSize': { cn: '无法导入：Word 文件解压后太大（超过 2 亿字节，或正文超过 4000 万字节），不像一份报告', tw: '無法匯入：Word 檔案解壓縮後太大（超過 2 億位元組，或內文超過 4000 萬位元組），不像一份報告', en: 'Not imported: the Word file unpacks to too much (over 200 MB, or over 40 MB of text); not a report' },
  'cmd.importRefused.mhtml': { cn: '无法导入：这个单文件网页（.mht、.mhtml）里没有网页正文', tw: '無法匯入：這個單一檔案網頁（.mht、.mhtml）裡沒有網頁內文', en: 'Not imported: this single-file web page (.mht, .mhtml) holds no page' },
  'cmd.importRefused.emptyWord': { cn: '无法导入：里面没有报告正文：这个 Word 文件只有标题，或没有文字', tw: '無法匯入：裡面沒有報告內文：這個 Word 檔案只有標題，或沒有文字', en: 'Not imported: it holds no report text: the Word file has a title alone, or no text' },
  'cmd.importRefused.empty': { cn: '无法导入：里面没有报告正文：网页的正文可能由脚本加载，请在浏览器中打开网页，另存为“网页，单个文件”（.mhtml）后再导入', tw: '無法匯入：裡面沒有報告內文：網頁的內文可能由指令碼載入，請在瀏覽器中開啟網頁，另存為「網頁，單一檔案」（.mhtml）後再匯入', en: 'Not imported: it holds no report text: the page may load its article by script — open it in a browser, save it as “Webpage, Single File” (.mhtml), and import that' },
  'cmd.importNotReport': { cn: '已导入，但这个页面不像政府信息公开年度报告（如年报目录、解读、通知或指南）：请确认保存的是报告正文的页面', tw: '已匯入，但這個頁面不像政府資訊公開年度報告（如年報目錄、解讀、通知或指南）：請確認儲存的是報告內文的頁面', en: 'Imported, but the page does not read as an annual report (a list of reports, an interpretation, a notice or a guide?): check that the page saved is the report’s own' },
  'cmd.lookAt': { cn: '请看第 {places} 处（行:列）', tw: '請看第 {places} 處（行:欄）', en: 'See line:column {places}' },
  'cmd.cannotApply': { cn: '这个编辑器不支持由语言服务器修改文档（workspace/applyEdit），无法执行此操作', tw: '這個編輯器不支援由語言伺服器修改文件（workspace/applyEdit），無法執行此操作', en: 'This editor does not let the language server change a document (workspace/applyEdit), so this cannot be done' },
  'cmd.importedTo': { cn: '已导入为 {file}（在原文件旁边），请打开它', tw: '已匯入為 {file}（在原檔案旁邊），請開啟它', en: 'Imported as {file} (beside the page): open it' },
  'cmd.importUntitled': { cn: '请先保存这个文件，导入的报告会另存在它旁边', tw: '請先儲存這個檔案，匯入的報告會另存在它旁邊', en: 'Save this file first: the imported report is saved beside it' },
});

export interface CommandHost {
  document(uri: string): OpenDocument | undefined;
  conversion(uri?: string): ConversionSettings;
  /** The findings as shown: the checks turned off left out, the severities as set. */
  findings(d: OpenDocument): readonly Finding[];
  /** The checks the user turned off for the document. */
  off(uri: string): ReadonlySet<string>;
  locale(uri?: string): Locale;
  applyEdit(label: string, edit: WorkspaceEdit): Promise<boolean>;
  showDocument(params: { uri: string; selection?: Range; takeFocus?: boolean }): Promise<void>;
  /** What the client can do for a command (clientFit.ts): apply an edit, show a document, create a file in an edit. */
  can: { applyEdit: boolean; showDocument: boolean; createFiles: boolean };
  /** Writes a new file (an import, for a client whose edits cannot create one); false if it could not. */
  writeFile(uri: string, text: string): boolean;
  warn(message: string): void;
  info(message: string): void;
}

interface Args {
  uri?: string;
  version?: number;
  within?: Range;
  codes?: string[];
  ranges?: Range[];
  position?: { line: number; character: number };
  style?: TableStyle;
  to?: Script;
  /** Convert this text (a document the server does not hold) and return the edits, without applying them. */
  text?: string;
}

export async function executeCommand(host: CommandHost, command: string, args: unknown[]): Promise<unknown> {
  const a = (args[0] ?? {}) as Args;
  const say = (key: string) => render({ key }, host.locale(a.uri));
  if (command === COMMAND_CONVERT && typeof a.text === 'string') {
    // The VS Code client converts any plain-text or Markdown file, also ones the server does not hold:
    // it sends the text of the version it will edit and applies the edits itself, if that version is still current.
    const text = a.text;
    const doc = TextDocument.create('file:///convert', 'plaintext', a.version ?? 0, text);
    const spans = (a.ranges ?? []).map((r) => toSpan(doc, r));
    const stats = { kept: 0 };
    const edits = convertEdits(text, a.to ?? 'simplified', host.conversion(a.uri), spans, stats);
    return { version: a.version, edits: edits.map((e) => ({ range: toRange(doc, e.span), newText: e.newText })), kept: stats.kept };
  }
  if (command === COMMAND_NOTE) {
    if (typeof (a as { note?: unknown }).note === 'string') host.info((a as { note: string }).note);
    return undefined;
  }
  const d = a.uri ? host.document(a.uri) : undefined;
  if (!d) return undefined;
  if (command === COMMAND_REVEAL) {
    const ranges = a.ranges ?? [];
    if (!ranges.length) return undefined;
    // The first cell selected, not all of them as one selection: a figure typed then replaces one cell, not the thirty lines
    // between the first and the last (found by a writer's trial in a client without the VS Code extension's own reveal).
    const selection = ranges.reduce((m, r) => (cmp(r.start, m.start) < 0 ? r : m), ranges[0]);
    const places = () => render({ key: 'cmd.lookAt', args: { places: ranges.map((r) => `${r.start.line + 1}:${r.start.character + 1}`).join('，') } }, host.locale(a.uri));
    // (A client that cannot be shown a place — Neovim 0.7 — is told where it is: the command did nothing, found by a review.
    // One that can is shown the first and told where the others are.)
    if (!host.can.showDocument) host.info(places());
    else {
      await host.showDocument({ uri: d.text.uri, selection: { start: selection.start, end: selection.end }, takeFocus: true });
      if (ranges.length > 1) host.info(places());
    }
    return undefined;
  }
  // (A client that cannot apply an edit the server sends: said, not a command that does nothing.)
  // (Fix-all says first when there is nothing to fix — a lazy action falls back to it —, then that it cannot apply.)
  if (!host.can.applyEdit && (command === COMMAND_APPLY || command === COMMAND_FORMAT_TABLE || (command === COMMAND_CONVERT && typeof a.text !== 'string'))) {
    host.warn(say('cmd.cannotApply'));
    return undefined;
  }
  if (a.version !== undefined && a.version !== d.text.version) {
    host.warn(say('cmd.stale'));
    return undefined;
  }
  if (command === COMMAND_APPLY) {
    // A code action's edit, made for the version named (checked above): applied as the action would have been.
    const edit = (a as { edit?: WorkspaceEdit; title?: string }).edit;
    if (!edit) return undefined;
    return host.applyEdit((a as { title?: string }).title ?? '', edit);
  }
  if (command === COMMAND_FIX_ALL) {
    const o: Parameters<typeof fixAllWhy>[1] = { ...editorFixAll(a.codes, host.off(d.text.uri)) };
    if (a.within) o.within = toSpan(d.text, a.within);
    const { edits, heldBack } = fixAllWhy(d.text.getText(), o);
    if (!edits.length) {
      // (Where the guard held the fixes back — setting them would break sums that hold — say why.)
      host.info(say(heldBack ? 'cmd.fixWouldBreak' : 'cmd.nothingToFix'));
      return undefined;
    }
    if (!host.can.applyEdit) {
      host.warn(say('cmd.cannotApply'));
      return undefined;
    }
    return host.applyEdit(say('cmd.fixAllLabel'), versionedEdit(d.text, edits));
  }
  if (command === COMMAND_CONVERT) {
    if (a.to !== 'traditional' && a.to !== 'simplified') return undefined; // (no script to convert to)
    const to: Script = a.to;
    const edits = convertEdits(d.text.getText(), to, host.conversion(d.text.uri), (a.ranges ?? []).map((r) => toSpan(d.text, r)));
    if (!edits.length) {
      host.info(say('cmd.nothingToConvert'));
      return { version: d.text.version, edits: [] };
    }
    // The answer is about the version converted: made before the edit is applied (while it is, the
    // editor's change arrives and the document moves on to the next version).
    const made = { version: d.text.version, edits: edits.map((e) => ({ range: toRange(d.text, e.span), newText: e.newText })) };
    await host.applyEdit(say(`cmd.convertLabel.${to}`), versionedEdit(d.text, edits));
    return made;
  }
  if (command === IMPORT_COMMAND) {
    // A page's source: its article and tables as report text, in a new file beside it, opened.
    const m = /^(.*\/)([^/]*?)(\.[^./]*)?$/.exec(d.text.uri);
    if (!m || !/^file:/.test(d.text.uri)) {
      host.warn(say('cmd.importUntitled'));
      return undefined;
    }
    // Beside the page, under a name no file has (a report imported before, and edited since, stays).
    let target = m[1] + m[2] + '.report.txt';
    for (let k = 2; k < 100 && exists(target); k++) target = `${m[1]}${m[2]}.report (${k}).txt`;
    const engine = loadImporter();
    let imported;
    try {
      // (As the import command and the CLI read a page: its frames — a frame's page saved beside it —, and a page of no
      // report refused, not imported as an empty file: htmlToReport alone did neither, found by a review.)
      const page = filePath(d.text.uri);
      imported = await engine.importBytes(m[2] + (m[3] ?? '.html'), Buffer.from(d.text.getText(), 'utf8'), page ? besideFile(page) : undefined);
    } catch (e) {
      const refused = engine.refusalOf(e);
      host.warn(refused ? say(`cmd.importRefused.${refused}`) : say('cmd.importFailed'));
      return undefined;
    }
    const edit: WorkspaceEdit = {
      documentChanges: [
        { kind: 'create', uri: target, options: { overwrite: false, ignoreIfExists: false } },
        { textDocument: { uri: target, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: imported.text }] },
      ],
    };
    // (A client whose edits cannot create a file — Neovim 0.7 — had the report inserted into a buffer never shown nor
    // saved, and again at each import: the server writes the file itself, found by a review.)
    if (host.can.createFiles) {
      if (!(await host.applyEdit(say('cmd.importLabel'), edit))) return undefined;
    } else if (!host.writeFile(target, imported.text)) {
      host.warn(say('cmd.importFailed'));
      return undefined;
    }
    if (host.can.showDocument) await host.showDocument({ uri: target, takeFocus: true });
    else host.info(render({ key: 'cmd.importedTo', args: { file: decodeURIComponent(target.replace(/^.*\//, '')) } }, host.locale(a.uri)));
    // (Said, as the command line says it: a page of no report was imported without a word — found by a review.)
    if (!new ReportDocument(imported.text).facts().isReport) host.warn(say('cmd.importNotReport'));
    return { uri: target, tables: imported.tables };
  }
  if (command === COMMAND_FORMAT_TABLE) {
    const at = a.position ? d.text.offsetAt(a.position) : 0;
    const hit = locate(d.report.model(), at);
    const table = hit && (hit.kind === 'table' || hit.kind === 'cell') ? hit.table : undefined;
    if (!table) {
      host.warn(say('cmd.noTable'));
      return undefined;
    }
    const style: TableStyle = a.style ?? (d.languageId === 'markdown' || /\.md$/i.test(d.text.uri) ? 'markdown' : 'pipe');
    const edit = formatTableEdit(d.text.getText(), table, style);
    if (!edit) {
      // (Laid out so already: nothing to say. Otherwise the writer would lose something: a missing row or
      // cell, or words no cell of the form holds — the names of table 四's parts, a remark after a row.)
      if (formatsTable(d.text.getText(), table)) return undefined;
      // (A table read in its header's column order is not written: its header and its cells would disagree.)
      const reordered = (table.kind === 'active' && table.blocks.some((b) => b.columns)) || (table.kind === 'review' && !!table.columns);
      const shape = d.report.findings(true).some((f) => f.code === 'table-shape' && f.message.key !== 'shape.columnOrder' && f.span.start >= table.span.start && f.span.start <= table.span.end);
      host.warn(say(reordered ? 'cmd.cannotFormatOrder' : shape ? 'cmd.cannotFormat' : 'cmd.cannotFormatWords'));
      return undefined;
    }
    return host.applyEdit(say('cmd.formatLabel'), versionedEdit(d.text, [edit]));
  }
  return undefined;
}

function cmp(a: { line: number; character: number }, b: { line: number; character: number }): number {
  return a.line - b.line || a.character - b.character;
}
