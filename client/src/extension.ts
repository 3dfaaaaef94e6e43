/**
 * The VS Code side: starts the language server, gives plain-text reports the report language, and
 * registers the commands. Everything about reports lives in the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { convertActive, PREVIEW_SCHEME, previewProvider } from './convert';
import { followPlainText } from './plainText';
import { statusItem } from './status';
import { t } from './messages';
import { createReport, importReport } from './create';
import { followTrends, showTrend } from './trend';
import { APPLY_COMMAND, applyVersionedEdit, clearShownOnChange, REVEAL_COMMAND, revealRanges, versionedActions } from './versionedActions';
import { checkAllReports, exportStatistics, SHOW_EXPORTED, showExported } from './workspace';

export const LANGUAGE_ID = 'disclosure-report';
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(followPlainText());

  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Markdown reports keep their language and still get diagnostics; the server decides by content.
    documentSelector: [
      { language: LANGUAGE_ID },
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    synchronize: { configurationSection: 'disclosureReport' },
    // (A conversion's preview is no document of the user's: not sent, so it gets no problems of its own.)
    middleware: { ...versionedActions, didOpen: (doc, next) => (doc.uri.scheme === PREVIEW_SCHEME ? Promise.resolve() : next(doc)) },
    initializationOptions: { settings: vscode.workspace.getConfiguration('disclosureReport'), client: 'vscode' },
  };
  // (Its output channel's name, in the display language: the Output panel lists it.)
  client = new LanguageClient('disclosureReport', t('statusName'), serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();

  // Palette commands: the work is done by the server's commands, for the active document's version.
  const onActive = (server: string, extra: (e: vscode.TextEditor) => object = () => ({})) => () => {
    const e = vscode.window.activeTextEditor;
    if (!e) return;
    return vscode.commands.executeCommand(server, { uri: e.document.uri.toString(), version: e.document.version, ...extra(e) });
  };
  const position = (e: vscode.TextEditor) => ({ position: { line: e.selection.active.line, character: e.selection.active.character } });
  context.subscriptions.push(
    vscode.commands.registerCommand('disclosureReport.fixAll', onActive('disclosureReport.server.fixAll')),
    vscode.commands.registerCommand('disclosureReport.formatTable', onActive('disclosureReport.server.formatTable', (e) => ({ ...position(e), style: 'pipe' }))),
    vscode.commands.registerCommand('disclosureReport.formatTableMarkdown', onActive('disclosureReport.server.formatTable', (e) => ({ ...position(e), style: 'markdown' }))),
    vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, previewProvider),
    statusItem(client),
    vscode.commands.registerCommand(APPLY_COMMAND, applyVersionedEdit),
    vscode.commands.registerCommand(REVEAL_COMMAND, revealRanges),
    vscode.workspace.onDidChangeTextDocument(clearShownOnChange),
    vscode.commands.registerCommand(SHOW_EXPORTED, showExported),
    vscode.commands.registerCommand('disclosureReport.convertToSimplified', () => convertActive('simplified', false)),
    vscode.commands.registerCommand('disclosureReport.convertToTraditional', () => convertActive('traditional', false)),
    vscode.commands.registerCommand('disclosureReport.convertToSimplifiedWithPreview', () => convertActive('simplified', true)),
    vscode.commands.registerCommand('disclosureReport.convertToTraditionalWithPreview', () => convertActive('traditional', true)),
    vscode.commands.registerCommand('disclosureReport.checkAll', () => checkAllReports(client!)),
    vscode.commands.registerCommand('disclosureReport.exportStatistics', (target?: vscode.Uri) => exportStatistics(client!, target)),
    vscode.commands.registerCommand('disclosureReport.showTrend', (uri?: vscode.Uri) => showTrend(client!, uri)),
    vscode.commands.registerCommand('disclosureReport.importReport', (source?: vscode.Uri) => importReport(client!, source)),
    vscode.commands.registerCommand('disclosureReport.newReport', (args?: object) => createReport(client!, args)),
    followTrends(client),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
