/**
 * Reports that start from elsewhere: 「导入网页、Word 或 PDF 年度报告」 (a saved page, a .docx, .doc, .rtf or PDF, read through
 * the editor's file system, turned into report text by the server, saved beside it as
 * NAME.report.txt and opened) and 「新建年度报告」 (the form with zeros, for an agency and a year).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { locale, t } from './messages';
import { hasPathCharacters, reportFileBase, typedYear } from '../../server/src/create/fileName';

/** A file name beside `uri` that does not exist yet: NAME.report.txt, then NAME (2).report.txt … */
async function freeName(dir: vscode.Uri, base: string, ext: string): Promise<vscode.Uri> {
  for (let i = 1; ; i++) {
    const uri = vscode.Uri.joinPath(dir, `${base}${i > 1 ? ` (${i})` : ''}${ext}`);
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      return uri;
    }
  }
}

// (Every refusal the server gives its own words: a single-file page with no page in it, and one too large to be a report, were
// 「不是网页或 Word 文件」 — found by a review.)
const REFUSED: Record<string, 'importOffice' | 'importWordOld' | 'importWordSize' | 'importOdf' | 'importWordTooLarge' | 'importEncrypted' | 'importRtf' | 'importPdf' | 'importPdfPassword' | 'importPdfScanned' | 'importPdfSize' | 'importEmptyPdf' | 'importImage' | 'importDamaged' | 'importEmpty' | 'importEmptyWord' | 'importMhtml' | 'importTooLarge' | undefined> = {
  office: 'importOffice',
  odf: 'importOdf',
  docxSize: 'importWordTooLarge',
  encrypted: 'importEncrypted',
  rtf: 'importRtf',
  pdf: 'importPdf',
  pdfPassword: 'importPdfPassword',
  pdfScanned: 'importPdfScanned',
  pdfSize: 'importPdfSize',
  emptyPdf: 'importEmptyPdf',
  image: 'importImage',
  docx: 'importDamaged',
  doc: 'importDamaged',
  docOld: 'importWordOld',
  wordSize: 'importWordSize',
  empty: 'importEmpty',
  emptyWord: 'importEmptyWord',
  mhtml: 'importMhtml',
  size: 'importTooLarge',
  cells: 'importTooLarge',
  depth: 'importTooLarge',
};

type ImportAnswer = { text: string; tables: number; pictures?: number; hiddenLinks?: number; paged?: boolean; joined?: number; notReport?: boolean } | { refused: string } | null;

/** A file's import by the server, written beside it as NAME.report.txt: the answer, and the file written if any. */
async function importFile(client: LanguageClient, from: vscode.Uri): Promise<{ r: ImportAnswer; target?: vscode.Uri }> {
  const name = from.path.split('/').pop() ?? 'report';
  const bytes = await vscode.workspace.fs.readFile(from);
  const r = (await client.sendRequest('disclosureReport/import', { name, uri: from.toString(), base64: Buffer.from(bytes).toString('base64') }).catch(() => null)) as ImportAnswer;
  if (!r || 'refused' in r) return { r };
  const target = await freeName(vscode.Uri.joinPath(from, '..'), name.replace(IMPORTABLE, ''), '.report.txt');
  await vscode.workspace.fs.writeFile(target, Buffer.from(r.text, 'utf8'));
  return { r, target };
}
/** A file import reads, by its name. */
const IMPORTABLE = /\.(html?|mht|mhtml|docx?|wps|rtf|pdf)$/i;

/** A folder's import (a folder chosen in the Explorer), or a file's; a folder gives the files it wrote. */
export async function importReport(client: LanguageClient, source?: vscode.Uri): Promise<vscode.Uri | vscode.Uri[] | undefined> {
  const from =
    source ??
    (await vscode.window.showOpenDialog({ title: t('importPick'), canSelectMany: false, filters: { [t('importFilter')]: ['html', 'htm', 'mht', 'mhtml', 'docx', 'doc', 'rtf', 'pdf'] } }))?.[0];
  if (!from) return undefined;
  const name = from.path.split('/').pop() ?? 'report';
  if (((await vscode.workspace.fs.stat(from).then((s) => s.type, () => 0)) & vscode.FileType.Directory) !== 0) return importFolder(client, from, name);
  const { r, target } = await importFile(client, from);
  if (!r || 'refused' in r || !target) {
    // (What the file is, where that says what to do: save a .doc as .docx, OCR a picture.)
    const why = r && 'refused' in r ? REFUSED[r.refused] : undefined;
    void vscode.window.showWarningMessage(t(why ?? 'importFailed', name));
    return undefined;
  }
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target), { preview: false });
  void vscode.window.showInformationMessage(t('imported', target.path.split('/').pop() ?? '', r.tables));
  // (A table published as a picture: its figures were not read, and the report will say the table is missing.)
  if (r.pictures) void vscode.window.showWarningMessage(t('importPictures', name, r.pictures));
  // (A hacked site's injected links, left out: the reviewer is told the page was tampered with.)
  if (r.hiddenLinks) void vscode.window.showWarningMessage(t('importHiddenLinks', name, r.hiddenLinks));
  // (A report a site publishes over several pages: its other pages saved beside it joined after it, or the rest not in this one.)
  if (r.joined) void (r.paged ? vscode.window.showWarningMessage(t('importJoinedPart', name, r.joined)) : vscode.window.showInformationMessage(t('importJoined', name, r.joined)));
  else if (r.paged) void vscode.window.showWarningMessage(t('importPaged', name));
  // (A page of no report — a list of reports, an interpretation, a notice —: imported all the same, and said.)
  if (r.notReport) void vscode.window.showWarningMessage(t('importNotReport', name));
  return target;
}

/** The most files a folder's import takes: a year's downloads of a county's bodies are hundreds. */
const MAX_FOLDER_FILES = 5_000;

/**
 * Every page, Word file and PDF in a folder and its folders with no NAME.report.txt beside it yet, imported beside
 * itself (a saved page's own 「_files」 folder passed over), with a progress that can be cancelled; then how many were
 * imported and which could not be. None is opened: a review office's hundreds are checked by 「检查全部报告」.
 */
async function importFolder(client: LanguageClient, folder: vscode.Uri, name: string): Promise<vscode.Uri[]> {
  const files: vscode.Uri[] = [];
  await importableIn(folder, files, 0);
  if (!files.length) {
    void vscode.window.showInformationMessage(t('importFolderNothing', name));
    return [];
  }
  const written: vscode.Uri[] = [];
  const failed: string[] = [];
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('importFolderProgress', name), cancellable: true }, async (progress, token) => {
    for (const [i, f] of files.entries()) {
      if (token.isCancellationRequested) break;
      progress.report({ message: `${i + 1}/${files.length} ${f.path.split('/').pop()}`, increment: 100 / files.length });
      const { target } = await importFile(client, f).catch(() => ({ target: undefined }));
      if (target) written.push(target);
      else failed.push(f.path.split('/').pop() ?? '');
    }
  });
  const shown = failed.slice(0, 5).join('、') + (failed.length > 5 ? '…' : '');
  void (failed.length ? vscode.window.showWarningMessage(t('importFolderSome', name, written.length, failed.length, shown)) : vscode.window.showInformationMessage(t('importFolderDone', name, written.length)));
  return written;
}

/** The importable files under `dir` not imported yet, by name; not in hidden folders, a page's 「_files」, nor through links. */
async function importableIn(dir: vscode.Uri, out: vscode.Uri[], depth: number): Promise<void> {
  if (depth > 20 || out.length >= MAX_FOLDER_FILES) return;
  const entries = await vscode.workspace.fs.readDirectory(dir).then(
    (e) => e.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    () => [] as [string, vscode.FileType][],
  );
  const names = new Set(entries.map(([n]) => n));
  for (const [n, type] of entries) {
    if (n.startsWith('.') || n === 'node_modules' || out.length >= MAX_FOLDER_FILES) continue;
    const uri = vscode.Uri.joinPath(dir, n);
    if (type & vscode.FileType.Directory) {
      if (!(type & vscode.FileType.SymbolicLink) && !/(?:_files|\.files|_文件)$/i.test(n)) await importableIn(uri, out, depth + 1);
    } else if (IMPORTABLE.test(n) && !names.has(n.replace(IMPORTABLE, '') + '.report.txt')) out.push(uri);
  }
}

export interface NewReportArgs {
  agency?: string;
  year?: number;
  layout?: 'pipe' | 'markdown';
  script?: 'simplified' | 'traditional';
}

export async function createReport(client: LanguageClient, args: NewReportArgs = {}): Promise<vscode.Uri | undefined> {
  const agency = args.agency ?? (await vscode.window.showInputBox({ title: t('newAgency'), prompt: t('newAgency'), validateInput: (v) => (hasPathCharacters(v) ? t('newAgencyInvalid') : undefined), ignoreFocusOut: true }))?.trim();
  if (!agency) return undefined;
  // Reports are written early in the year for the year before.
  const yearText = args.year !== undefined ? String(args.year) : await vscode.window.showInputBox({ title: t('newYear'), value: String(new Date().getFullYear() - 1), validateInput: (v) => (typedYear(v) !== undefined ? undefined : t('newYearInvalid')), ignoreFocusOut: true });
  const year = yearText === undefined ? undefined : typedYear(yearText);
  if (year === undefined) return undefined;
  const layout =
    args.layout ??
    (await vscode.window.showQuickPick([{ label: t('layoutPipe'), value: 'pipe' as const }, { label: t('layoutMarkdown'), value: 'markdown' as const }], { title: t('newLayout') }))?.value;
  if (!layout) return undefined;
  const script =
    args.script ??
    (await vscode.window.showQuickPick([{ label: t('scriptSimplified'), description: locale() === 'en' ? '简体' : undefined, value: 'simplified' as const }, { label: t('scriptTraditional'), description: locale() === 'en' ? '繁體' : undefined, value: 'traditional' as const }], { title: t('newScript') }))?.value;
  if (!script) return undefined;
  const text = (await client.sendRequest('disclosureReport/newReport', { agency, year, layout, script })) as string | null;
  if (!text) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const ext = layout === 'markdown' ? '.report.md' : '.report.txt';
  if (!folder) {
    const doc = await vscode.workspace.openTextDocument({ language: 'disclosure-report', content: text });
    await vscode.window.showTextDocument(doc, { preview: false });
    return doc.uri;
  }
  const target = await freeName(folder, reportFileBase(agency, year), ext);
  await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target), { preview: false });
  return target;
}
