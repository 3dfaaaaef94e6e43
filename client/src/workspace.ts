/**
 * The workspace commands for review offices and researchers: 「检查全部报告」 (every report checked,
 * with a cancellable progress notification and a summary that links to each file) and
 * 「导出统计数据」 (the statistics of every report, CSV, XLSX or JSON, where the user saves them).
 * The server does the work; this side shows progress, asks where to save, and writes the file.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t } from './messages';

// The row the server's disclosureReport/checkAll answers with (a type only: nothing of the server is bundled).
import type { SummaryRow } from '../../server/src/features/workspace';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

let summaryPanel: vscode.WebviewPanel | undefined;

/** 「检查全部报告」: returns the summary rows (for tests), or undefined when cancelled. */
export async function checkAllReports(client: LanguageClient): Promise<SummaryRow[] | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showWarningMessage(t('noWorkspace'));
    return undefined;
  }
  const rows = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('checkAllTitle'), cancellable: true }, async (progress, token) => {
    let last = 0;
    const sub = client.onNotification('disclosureReport/checkAllProgress', (p: { done: number; total: number; name: string }) => {
      const pct = p.total ? (p.done / p.total) * 100 : 100;
      progress.report({ message: t('checkAllProgress', p.done, p.total, p.name), increment: pct - last });
      last = pct;
    });
    try {
      return (await client.sendRequest('disclosureReport/checkAll', {}, token)) as SummaryRow[] | null;
    } catch {
      return null;
    } finally {
      sub.dispose();
    }
  });
  if (!rows) {
    void vscode.window.showInformationMessage(t('checkAllCancelled'));
    return undefined;
  }
  showSummary(rows);
  const errors = rows.reduce((n, r) => n + r.errors, 0);
  const warnings = rows.reduce((n, r) => n + r.warnings, 0);
  const pages = rows.filter((r) => r.pageSource).length;
  void vscode.window.showInformationMessage(t('checkAllDone', rows.length - pages, errors, warnings) + (pages ? t('checkAllPages', pages) : ''));
  return rows;
}

/** The rows the summary shows (drawn again when the language changes). */
let shownRows: SummaryRow[] = [];

/** The summary: one row per report, each linking to its file. */
function showSummary(rows: SummaryRow[], reveal = true): void {
  if (!summaryPanel) {
    summaryPanel = vscode.window.createWebviewPanel('disclosureReport.summary', t('summaryTitle'), vscode.ViewColumn.Active, { enableScripts: true });
    // Its words follow a change of the extension's language, as the problems do (found by a review).
    const language = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('disclosureReport.locale') && summaryPanel) showSummary(shownRows, false);
    });
    summaryPanel.onDidDispose(() => {
      summaryPanel = undefined;
      language.dispose();
    });
    summaryPanel.webview.onDidReceiveMessage((m: { open?: string }) => {
      if (m.open) void vscode.window.showTextDocument(vscode.Uri.parse(m.open));
    });
  }
  shownRows = rows;
  const nonce = String(Date.now()) + Math.random().toString(36).slice(2);
  const body = rows
    .map((r) =>
      r.pageSource
        ? `<tr><td colspan="5">${escape(t('pageSourceRow'))}</td><td><a href="#" data-uri="${escape(r.uri)}">${escape(r.name)}</a></td></tr>`
        : `<tr><td>${escape(r.agency ?? '—')}</td><td class="n">${r.year ?? '—'}</td><td>${escape(r.form)}</td><td class="n ${r.errors ? 'err' : ''}">${r.errors}</td><td class="n ${r.warnings ? 'warn' : ''}">${r.warnings}</td><td><a href="#" data-uri="${escape(r.uri)}">${escape(r.name)}</a>${r.checkedTo ? escape(t('checkedStartRow', r.checkedTo.toLocaleString('en'))) : ''}</td></tr>`,
    )
    .join('');
  summaryPanel.title = t('summaryTitle');
  summaryPanel.webview.html = `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}';">
<style>
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); }
table { border-collapse: collapse; } th, td { padding: 4px 10px; border-bottom: 1px solid var(--vscode-panel-border); text-align: left; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; } .err { color: var(--vscode-errorForeground); font-weight: bold; } .warn { color: var(--vscode-editorWarning-foreground); }
a { color: var(--vscode-textLink-foreground); }
</style></head><body>
<h2>${escape(t('summaryTitle'))}</h2>
<table id="summary"><thead><tr><th>${t('agency')}</th><th class="n">${t('year')}</th><th>${t('form')}</th><th class="n">${t('errors')}</th><th class="n">${t('warnings')}</th><th>${t('file')}</th></tr></thead><tbody>${body}</tbody></table>
<script nonce="${nonce}">const vscode = acquireVsCodeApi(); document.querySelectorAll('a[data-uri]').forEach((a) => a.addEventListener('click', (e) => { e.preventDefault(); vscode.postMessage({ open: a.dataset.uri }); }));</script>
</body></html>`;
  if (reveal) summaryPanel.reveal();
}

/** 「导出统计数据」: to `target` if given (tests), else where the user chooses; the extension picks the format. */
export async function exportStatistics(client: LanguageClient, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage(t('noWorkspace'));
    return undefined;
  }
  const uri =
    target ??
    (await vscode.window.showSaveDialog({
      title: t('exportSave'),
      defaultUri: vscode.Uri.joinPath(folder.uri, t('exportFileName') + '.xlsx'),
      filters: { 'Excel (XLSX)': ['xlsx'], 'CSV (UTF-8)': ['csv'], JSON: ['json'] },
    }));
  if (!uri) return undefined;
  const ext = uri.path.split('.').pop()?.toLowerCase();
  const format = ext === 'csv' ? 'csv' : ext === 'json' ? 'json' : 'xlsx';
  const r = (await client.sendRequest('disclosureReport/export', { format })) as { reports: number; partial?: string[]; pages?: string[]; text?: string; base64?: string } | null;
  if (!r) return undefined;
  const bytes = r.base64 !== undefined ? Buffer.from(r.base64, 'base64') : Buffer.from(r.text ?? '', 'utf8');
  await vscode.workspace.fs.writeFile(uri, bytes);
  // (Reports holding a table twice — the region's and its own, a page saved twice — had their first exported: said so.)
  const partial = r.partial ?? [];
  const pages = r.pages ?? [];
  const list = (files: string[]) => files.slice(0, 3).join(t('listSeparator')) + (files.length > 3 ? '…' : '');
  const note = (partial.length ? t('exportPartial', partial.length, list(partial)) : '') + (pages.length ? t('exportPages', pages.length, list(pages)) : '');
  void vscode.window.showInformationMessage(t('exportDone', r.reports, vscode.workspace.asRelativePath(uri)) + note, t('open')).then((pick) => (pick ? vscode.commands.executeCommand(SHOW_EXPORTED, uri) : undefined));
  return uri;
}

/** What 「打开」 after an export runs (a command of its own, so that a test can run it too). */
export const SHOW_EXPORTED = 'disclosureReport.showExported';

/**
 * Shows an exported file: CSV and JSON in an editor; a workbook in the system's file manager on the
 * desktop, else in the Explorer — VS Code in a browser or on a remote host has no 'revealFileInOS',
 * and 「打开」 did nothing there (found by a review in code-server).
 */
export async function showExported(uri: vscode.Uri): Promise<void> {
  try {
    if (!/\.xlsx$/i.test(uri.path)) {
      await vscode.window.showTextDocument(uri, { preview: false });
      return;
    }
    const desktop = vscode.env.uiKind === vscode.UIKind.Desktop && !vscode.env.remoteName && (await vscode.commands.getCommands(true)).includes('revealFileInOS');
    await vscode.commands.executeCommand(desktop ? 'revealFileInOS' : 'revealInExplorer', uri);
  } catch (e) {
    void vscode.window.showWarningMessage(String(e instanceof Error ? e.message : e));
  }
}
