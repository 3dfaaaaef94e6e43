/**
 * What the client said it can take (LSP's client capabilities), and our answers fitted to it: a client
 * other than VS Code — an old Neovim, Sublime's LSP, a test harness — may take hover text as plain text
 * only, workspace edits as a map of changes only, and the outline as a flat list only. Answered in
 * VS Code's richer forms anyway, such a client shows raw Markdown, or cannot apply a single fix.
 */
import type { ClientCapabilities, CodeAction, Command, MarkupContent, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { COMMAND_APPLY, COMMAND_CONVERT, COMMAND_FIX_ALL } from './features/codeActions';
import { COMMAND_FORMAT_TABLE } from './features/commands';

export interface ClientFit {
  /** Hover contents as Markdown (else plain text). */
  markdownHover: boolean;
  /** Workspace edits as `documentChanges` with the version they were made for (else `changes`). */
  documentChanges: boolean;
  /** The outline as a tree of DocumentSymbol (else a list of SymbolInformation). */
  hierarchicalSymbols: boolean;
  /** A status lens with the empty command VS Code draws as words (else one that says them: codeLens.ts). */
  plainStatusLenses: boolean;
  /** Code actions as CodeAction literals (else as Commands, LSP's older form). */
  actionLiterals: boolean;
  /** The server may ask the client to apply an edit (workspace/applyEdit): else no command or lens that needs it is offered. */
  applyEdit: boolean;
  /** The server may ask the client to show a document (window/showDocument): else a message says where to look. */
  showDocument: boolean;
  /** A workspace edit may create a file: else the server writes it itself (an import). */
  createFiles: boolean;
}

/** What a client that says nothing is taken to take: VS Code's forms (our own client, and the tests). */
export const FULL_FIT: ClientFit = { markdownHover: true, documentChanges: true, hierarchicalSymbols: true, plainStatusLenses: true, actionLiterals: true, applyEdit: true, showDocument: true, createFiles: true };

export function clientFit(c: ClientCapabilities, options?: unknown): ClientFit {
  const formats = c.textDocument?.hover?.contentFormat;
  return {
    // (A client that names no format is given plain text, which every client shows as it is; one that names both, the
    // one it lists first — the order is its preference.)
    markdownHover: !!formats?.includes('markdown') && !(formats.includes('plaintext') && formats.indexOf('plaintext') < formats.indexOf('markdown')),
    documentChanges: !!c.workspace?.workspaceEdit?.documentChanges,
    hierarchicalSymbols: !!c.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport,
    // (Our VS Code client says it is one: no capability tells an empty command's lens is drawn as words.)
    plainStatusLenses: (options as { client?: unknown } | undefined)?.client === 'vscode',
    actionLiterals: !!c.textDocument?.codeAction?.codeActionLiteralSupport,
    // (Found by a review driving the server from Neovim 0.7, which has neither showDocument nor file creation.)
    applyEdit: !!c.workspace?.applyEdit,
    showDocument: !!c.window?.showDocument?.support,
    createFiles: !!c.workspace?.workspaceEdit?.documentChanges && !!c.workspace.workspaceEdit.resourceOperations?.includes('create'),
  };
}

/** A workspace edit as the client takes it: `documentChanges` (each with its version) flattened into `changes`. */
export function fitEdit(edit: WorkspaceEdit, fit: ClientFit): WorkspaceEdit {
  if (fit.documentChanges || !edit.documentChanges) return edit;
  const changes: Record<string, TextEdit[]> = {};
  for (const d of edit.documentChanges) if ('textDocument' in d) (changes[d.textDocument.uri] ??= []).push(...(d.edits as TextEdit[]));
  return { changes };
}

/** Hover contents as the client takes them. */
export function fitHover(markdown: string, fit: ClientFit): MarkupContent {
  return fit.markdownHover ? { kind: 'markdown', value: markdown } : { kind: 'plaintext', value: plainText(markdown) };
}

/**
 * Our hover's Markdown as plain text: emphasis and code marks dropped, a table's rule rows dropped and
 * its cells set apart by two spaces, escapes undone. (Only what the hover writes: bold, code, tables.)
 */
export function plainText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((l) => !/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(l))
    .map((l) => {
      let s = l.replace(/\*\*(.*?)\*\*/g, '$1').replace(/`([^`]*)`/g, '$1');
      if (/^\s*\|.*\|\s*$/.test(s)) s = s.trim().slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim()).join('  ');
      return s.replace(/\\([|*_`\\[\]#<>-])/g, '$1');
    })
    .join('\n');
}

/**
 * Code actions as the client takes them: for one without CodeAction literals, each as a Command — one that
 * runs the action's own command, or applies its edit through the server (checked against the version the
 * edit was made for). An action whose edit is made when chosen (resolve) is made now: such a client resolves none.
 */
export function fitActions(actions: CodeAction[], fit: ClientFit, apply: string, uri: string, version: number, resolve: (a: CodeAction) => CodeAction): (CodeAction | Command)[] {
  if (fit.actionLiterals) return fit.applyEdit ? actions : actions.filter((a) => a.edit || (a.data && !a.command) || !needsApply(a.command?.command));
  const out: Command[] = [];
  for (const a of actions) {
    const made = !a.edit && !a.command && a.data ? resolve(a) : a;
    // (Without workspace/applyEdit such a command does nothing: not offered — found by a review.)
    if (made.edit) {
      if (fit.applyEdit) out.push({ title: made.title, command: apply, arguments: [{ uri, version, title: made.title, edit: made.edit }] });
    } else if (made.command && (fit.applyEdit || !needsApply(made.command.command))) out.push(made.command);
  }
  return out;
}

/** The server's commands that change a document through workspace/applyEdit (all but revealing and saying a note). */
const APPLYING = new Set([COMMAND_APPLY, COMMAND_FIX_ALL, COMMAND_CONVERT, COMMAND_FORMAT_TABLE]);
export function needsApply(command: string | undefined): boolean {
  return !!command && APPLYING.has(command);
}
