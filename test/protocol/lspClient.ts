/**
 * A minimal LSP client for protocol tests: starts `node dist/server.js --stdio`, speaks JSON-RPC
 * over its pipes, and collects published diagnostics. Positions in tests are found by matching
 * text, never by counting columns (Chinese text makes counting error-prone).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, Position, PublishDiagnosticsParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';

export const SERVER = path.join(__dirname, '..', '..', '..', 'dist', 'server.js');

/** What VS Code declares of what the tests use (as Neovim does too). */
export const VSCODE_LIKE = {
  textDocument: {
    codeAction: { resolveSupport: { properties: ['edit'] }, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'refactor'] } } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
  workspace: { applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] }, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, configuration: true },
  window: { showDocument: { support: true }, workDoneProgress: true },
};

export class TestClient {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly conn: MessageConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  /** Edits the server asked the editor to apply (answered as applied). */
  readonly applied: { label?: string; edit: WorkspaceEdit }[] = [];
  readonly messages: { type: number; message: string }[] = [];
  /** The messages sent as requests (which a client such as Neovim shows as a choice to wait on). */
  readonly messageRequests: { type: number; message: string }[] = [];
  /** What the client answers workspace/configuration with for the server's section (none: null). */
  configuration: unknown = null;
  readonly shown: { uri: string; selection?: unknown }[] = [];
  readonly registered: unknown[] = [];
  stderr = '';
  readonly errors: string[] = [];
  private waiters: { test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  private versions = new Map<string, number>();

  /** `nodeArgs`: node's own options, before the server's script (a module to preload, a flag). */
  constructor(nodeArgs: string[] = []) {
    this.proc = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: 'pipe' });
    this.proc.stderr.on('data', (d) => (this.stderr += String(d)));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.waiters = this.waiters.filter((w) => (w.test(p) ? (w.resolve(p), false) : true));
    });
    // (Errors the server logged — a handler that threw and was answered with its fallback, an update
    // recovered from by a fresh read — are kept: the fuzzer fails on them.)
    this.conn.onNotification('window/logMessage', (m: { type: number; message: string }) => m.type === 1 && this.errors.push(m.message));
    this.conn.onNotification('window/showMessage', (m: { type: number; message: string }) => this.messages.push(m));
    this.conn.onRequest('window/showMessageRequest', (m: { type: number; message: string }) => (this.messages.push({ type: m.type, message: m.message }), this.messageRequests.push(m), null));
    this.conn.onRequest('workspace/applyEdit', (p: { label?: string; edit: WorkspaceEdit }) => (this.applied.push(p), { applied: true }));
    this.conn.onRequest('window/showDocument', (p: { uri: string; selection?: unknown }) => (this.shown.push(p), { success: true }));
    this.conn.onRequest('workspace/configuration', () => [this.configuration]);
    this.conn.onRequest('client/registerCapability', (p: unknown) => (this.registered.push(p), null));
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onNotification('$/progress', () => undefined);
    this.conn.listen();
  }

  /** `capabilities`: the client's, in place of the ones VS Code declares (below) — a minimal client's. */
  async initialize(locale?: string, settings?: unknown, workspaceFolders?: string[], capabilities: unknown = VSCODE_LIKE, options?: Record<string, unknown>): Promise<unknown> {
    const folders = workspaceFolders?.map((uri) => ({ uri, name: uri.split('/').pop() }));
    const result = await this.conn.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: folders ?? null, capabilities, locale, initializationOptions: settings || options ? { ...(settings ? { settings } : {}), ...options } : undefined });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  /** Waits for the next publication matching `test` (deadline, not a bare sleep). */
  waitFor(test: (p: PublishDiagnosticsParams) => boolean, timeoutMs = 5000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('no matching publishDiagnostics within ' + timeoutMs + ' ms; stderr: ' + this.stderr)), timeoutMs);
      this.waiters.push({ test, resolve: (p) => (clearTimeout(t), resolve(p)) });
    });
  }

  async open(uri: string, text: string, languageId = 'disclosure-report'): Promise<Diagnostic[]> {
    this.versions.set(uri, 1);
    const wait = this.waitFor((p) => p.uri === uri && p.version === 1);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return (await wait).diagnostics;
  }

  /** Sends incremental changes as one didChange; resolves with the diagnostics for that version. */
  async change(uri: string, changes: { range: { start: Position; end: Position }; text: string }[], wait = true): Promise<Diagnostic[] | undefined> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const p = wait ? this.waitFor((x) => x.uri === uri && x.version === version) : undefined;
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return p ? (await p).diagnostics : undefined;
  }

  /** Polls until `cond` holds (deadline, not a bare sleep). */
  async until(cond: () => boolean, timeoutMs = 5000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!cond()) {
      if (Date.now() > end) throw new Error('condition not met within ' + timeoutMs + ' ms');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  async stop(): Promise<void> {
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    this.conn.dispose();
    this.proc.kill();
  }
}

/** The LSP position of the `nth` occurrence of `needle` in `text` (plus `delta` characters). */
export function positionOf(text: string, needle: string, nth = 0, delta = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found (${i})`);
  }
  return positionAtOffset(text, at + delta);
}

export function positionAtOffset(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** Applies LSP text edits to a text (as an editor does). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const offset = (p: Position) => {
    const lines = text.split(/(?<=\r\n|\r(?!\n)|\n)/);
    return lines.slice(0, p.line).reduce((n, l) => n + l.length, 0) + p.character;
  };
  const sorted = [...edits].map((e) => ({ s: offset(e.range.start), e: offset(e.range.end), t: e.newText })).sort((a, b) => b.s - a.s);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.s) + e.t + out.slice(e.e);
  return out;
}
