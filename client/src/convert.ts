/**
 * 「转换为简体」/「转换为繁体」: the selections if there are any, else the whole document. The server
 * computes the edits (only the characters that change) for the text of one version; they are
 * applied as one workspace edit — one undo step — only if the document is still at that version.
 * The preview variant shows VS Code's diff view of the result first.
 */
import * as vscode from 'vscode';
import { t } from './messages';

export const PREVIEW_SCHEME = 'disclosure-report-preview';
const previews = new Map<string, string>();

export const previewProvider: vscode.TextDocumentContentProvider = {
  provideTextDocumentContent: (uri) => previews.get(uri.toString()) ?? '',
};

interface LspEdit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}
const toRange = (r: LspEdit['range']) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

export async function convertActive(to: 'simplified' | 'traditional', preview: boolean): Promise<number | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const doc = editor.document;
  const version = doc.version;
  const text = doc.getText();
  const ranges = editor.selections.filter((s) => !s.isEmpty).map((s) => ({ start: { line: s.start.line, character: s.start.character }, end: { line: s.end.line, character: s.end.character } }));
  const result = (await vscode.commands.executeCommand('disclosureReport.server.convert', { text, version, to, ranges })) as { edits: LspEdit[]; kept?: number } | undefined;
  const edits = result?.edits ?? [];
  const kept = result?.kept ?? 0;
  if (!edits.length) {
    void vscode.window.showInformationMessage(kept ? t('nothingToConvertKept', kept) : t('nothingToConvert'));
    return 0;
  }
  if (preview) {
    const converted = applyInMemory(doc, edits);
    const uri = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: doc.uri.path, query: `${to}-${version}-${Date.now()}` });
    previews.set(uri.toString(), converted);
    const name = doc.uri.path.split('/').pop() ?? '';
    await vscode.commands.executeCommand('vscode.diff', doc.uri, uri, t('previewTitle', name, t(to)));
    // A modal question: it cannot slip into the notification centre while the diff is open.
    const choice = await vscode.window.showInformationMessage(t('applyQuestion', edits.length), { modal: true, detail: kept ? t('keptDetail', kept) : undefined }, t('apply'));
    previews.delete(uri.toString());
    await closePreview(uri);
    if (choice !== t('apply')) return undefined;
  }
  if (doc.version !== version) {
    void vscode.window.showWarningMessage(t('changed'));
    return undefined;
  }
  const we = new vscode.WorkspaceEdit();
  for (const e of edits) we.replace(doc.uri, toRange(e.range), e.newText);
  if (!(await vscode.workspace.applyEdit(we))) return undefined;
  void vscode.window.showInformationMessage(kept ? t('convertedKept', edits.length, kept) : t('converted', edits.length));
  return edits.length;
}

/** The diff tab of a preview, closed once the question is answered either way. */
async function closePreview(uri: vscode.Uri): Promise<void> {
  const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((tab) => tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === uri.toString());
  if (tabs.length) await vscode.window.tabGroups.close(tabs);
}

function applyInMemory(doc: vscode.TextDocument, edits: LspEdit[]): string {
  const text = doc.getText();
  const sorted = edits.map((e) => ({ s: doc.offsetAt(toRange(e.range).start), e: doc.offsetAt(toRange(e.range).end), t: e.newText })).sort((a, b) => b.s - a.s);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.s) + e.t + out.slice(e.e);
  return out;
}
