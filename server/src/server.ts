/**
 * The language server: LSP glue only. It keeps the open documents in step with the editor
 * (incremental sync), and publishes diagnostics debounced after the last change, for the version
 * it analysed. Report logic lives in analysis/ and checks/; LSP-shaped views in features/.
 * One bundle serves VS Code (--node-ipc) and any other client (--stdio).
 */
import { createConnection, ProposedFeatures, TextDocumentSyncKind, type InitializeParams, type InitializeResult } from 'vscode-languageserver/node';
import { setCheckErrorHandler } from './checks/registry';
import { DocumentStore, type OpenDocument } from './documentStore';
import { toDiagnostics } from './features/diagnostics';
import { DEFAULT_SETTINGS, readSettings, resolveLocale, type Settings } from './settings';

const DEBOUNCE_MS = 30;

const connection = createConnection(ProposedFeatures.all);
const store = new DocumentStore();
const timers = new Map<string, NodeJS.Timeout>();
let settings: Settings = DEFAULT_SETTINGS;
let editorLocale: string | undefined;

/** Never let a handler throw: log and answer with nothing. */
function guard<A extends unknown[], R>(name: string, fallback: R, f: (...a: A) => R): (...a: A) => R {
  return (...a: A) => {
    try {
      return f(...a);
    } catch (e) {
      connection.console.error(`${name}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return fallback;
    }
  };
}

/** Markdown and plain-text files get diagnostics only when they read as a report. */
function isReportDocument(d: OpenDocument): boolean {
  return d.languageId === 'disclosure-report' || d.report.facts().isReport;
}

function publish(uri: string): void {
  const d = store.get(uri);
  if (!d) return;
  const findings = isReportDocument(d) ? d.report.findings(d.languageId === 'disclosure-report') : [];
  const diagnostics = toDiagnostics(findings, d.text, resolveLocale(settings, editorLocale), settings.checks);
  // Computed and sent in one synchronous step: the version sent is the version analysed.
  void connection.sendDiagnostics({ uri, version: d.text.version, diagnostics });
}

function schedule(uri: string, delay = DEBOUNCE_MS): void {
  const t = timers.get(uri);
  if (t) clearTimeout(t);
  timers.set(
    uri,
    setTimeout(
      guard('publish', undefined, () => {
        timers.delete(uri);
        publish(uri);
      }),
      delay,
    ),
  );
}

connection.onInitialize(
  guard('initialize', { capabilities: {} } as InitializeResult, (params: InitializeParams): InitializeResult => {
    editorLocale = params.locale;
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    if (init?.settings) settings = readSettings(init.settings);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      },
      serverInfo: { name: 'disclosure-report', version: '0.1.0' },
    };
  }),
);

connection.onDidChangeConfiguration(
  guard('configuration', undefined, (p) => {
    const raw = (p.settings as { disclosureReport?: unknown } | undefined)?.disclosureReport;
    if (raw !== undefined) settings = readSettings(raw);
    for (const [uri] of store.all()) schedule(uri, 0);
  }),
);

connection.onDidOpenTextDocument(
  guard('didOpen', undefined, (p) => {
    store.open(p.textDocument.uri, p.textDocument.languageId, p.textDocument.version, p.textDocument.text);
    schedule(p.textDocument.uri, 0);
  }),
);

connection.onDidChangeTextDocument(
  guard('didChange', undefined, (p) => {
    const d = store.change(p.textDocument.uri, p.textDocument.version, p.contentChanges);
    if (d && settings.run === 'onType') schedule(p.textDocument.uri);
  }),
);

connection.onDidSaveTextDocument(
  guard('didSave', undefined, (p) => {
    if (settings.run === 'onSave') schedule(p.textDocument.uri, 0);
  }),
);

connection.onDidCloseTextDocument(
  guard('didClose', undefined, (p) => {
    const t = timers.get(p.textDocument.uri);
    if (t) clearTimeout(t);
    timers.delete(p.textDocument.uri);
    store.close(p.textDocument.uri);
    void connection.sendDiagnostics({ uri: p.textDocument.uri, diagnostics: [] });
  }),
);

setCheckErrorHandler((e) => connection.console.error(`check failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e.message}`));
connection.listen();
