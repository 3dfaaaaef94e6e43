/**
 * Quick fixes never edit a newer text than the one they were computed for. The language client
 * drops the version the server puts on each edit, so the client keeps it instead: every code
 * action's edit becomes a command that applies it only if the document is still at the version
 * the actions were asked for (picking an old fix after typing gets a warning, not a wrong edit).
 */
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { t } from './messages';

export const APPLY_COMMAND = 'disclosureReport.applyVersionedEdit';
/** The server's reveal command shows one selection in any editor; here each cell is highlighted, the first selected. */
export const SERVER_REVEAL = 'disclosureReport.server.reveal';
export const REVEAL_COMMAND = 'disclosureReport.revealRanges';

/**
 * The cells shown: highlighted (and marked in the scroll bar), not each selected — with a cursor in each,
 * the figure a writer typed went into every one of them, some out of sight (found by a writer's review).
 * The highlight goes with the document's next change.
 */
let shownCells: vscode.TextEditorDecorationType | undefined;
const shown = () =>
  (shownCells ??= vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
    borderColor: new vscode.ThemeColor('editorWarning.foreground'),
    borderStyle: 'solid',
    borderWidth: '1px',
    overviewRulerColor: new vscode.ThemeColor('editorWarning.foreground'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
  }));
let shownIn: vscode.Uri | undefined;
/** Clears the highlight once its document changes (registered by activate). */
export function clearShownOnChange(e: vscode.TextDocumentChangeEvent): void {
  if (!shownCells || !shownIn || e.document.uri.toString() !== shownIn.toString() || !e.contentChanges.length) return;
  for (const ed of vscode.window.visibleTextEditors) if (ed.document === e.document) ed.setDecorations(shownCells, []);
  shownIn = undefined;
}

function selectHere<T extends vscode.Command | undefined>(c: T): T {
  if (c && c.command === SERVER_REVEAL) return { ...c, command: REVEAL_COMMAND } as T;
  return c;
}

/** Highlights the given cells, selects the first, and scrolls to them; answers what it highlighted. */
export async function revealRanges(args: { uri: string; ranges: { start: { line: number; character: number }; end: { line: number; character: number } }[] }): Promise<vscode.Range[] | undefined> {
  if (!args?.uri || !args.ranges?.length) return undefined;
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri) ?? (await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri)));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const ranges = args.ranges.map((r) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character)).sort((a, b) => a.start.compareTo(b.start));
  // (One set of cells shown at a time: those shown in another document before are cleared.)
  for (const ed of vscode.window.visibleTextEditors) if (ed !== editor) ed.setDecorations(shown(), []);
  editor.setDecorations(shown(), ranges);
  shownIn = doc.uri;
  editor.selection = new vscode.Selection(ranges[0].start, ranges[0].end);
  editor.revealRange(ranges.reduce<vscode.Range>((a, b) => a.union(b), ranges[0]), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return ranges;
}

function guard<T extends vscode.CodeAction | vscode.Command>(action: T, uri: string, version: number): T {
  if (action instanceof vscode.CodeAction) action.command = selectHere(action.command);
  else if ((action as vscode.Command).command === SERVER_REVEAL) return selectHere(action as vscode.Command) as T;
  if (!(action instanceof vscode.CodeAction) || !action.edit) return action;
  action.command = { title: action.title, command: APPLY_COMMAND, arguments: [uri, version, action.edit, action.command] };
  action.edit = undefined;
  return action;
}

export async function applyVersionedEdit(uri: string, version: number, edit: vscode.WorkspaceEdit, then?: vscode.Command): Promise<boolean> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (!doc || doc.version !== version) {
    void vscode.window.showWarningMessage(t('staleFix'));
    return false;
  }
  const ok = await vscode.workspace.applyEdit(edit);
  if (ok && then) await vscode.commands.executeCommand(then.command, ...(then.arguments ?? []));
  return ok;
}

export const versionedActions: Middleware = {
  async provideCodeLenses(document, token, next) {
    const lenses = await next(document, token);
    for (const l of lenses ?? []) l.command = selectHere(l.command);
    return lenses;
  },
  async provideCodeActions(document, range, context, token, next) {
    const version = document.version;
    const actions = await next(document, range, context, token);
    return actions?.map((a) => guard(a, document.uri.toString(), version));
  },
  async resolveCodeAction(item, token, next) {
    // Already guarded: nothing to resolve (and its arguments must not be sent to the server).
    if (item.command?.command === APPLY_COMMAND) return item;
    const resolved = await next(item, token);
    const data = (item as { data?: { uri?: string; version?: number } }).data;
    if (!resolved || !data?.uri || data.version === undefined) return resolved;
    return guard(resolved, data.uri, data.version);
  },
};
