/**
 * The language server: LSP glue only. It keeps the open documents in step with the editor
 * (incremental sync), and publishes diagnostics debounced after the last change, for the version
 * it analysed. Report logic lives in analysis/ and checks/; LSP-shaped views in features/.
 * It also keeps an index of the workspace's reports (workspace/indexer.ts), so that a report is
 * compared with the same agency's previous year, and serves the workspace-wide requests.
 * One bundle serves VS Code (--node-ipc) and any other client (--stdio).
 */
import type { InitializeParams, InitializeResult, Range } from 'vscode-languageserver/node';
// (A plain require, not an ES import: see connection.ts.)
import lsp = require('vscode-languageserver/node');
import { decoded, type IndexedReport } from './corpus/entry';
import { LineIndex } from './corpus/positions';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkAll, exportWorkspace, trend, type WorkspaceHost } from './features/workspace';
import { filePath, readText, WorkspaceIndexer } from './workspace/indexer';
import { loadImporter } from './import/load';
import { notImportable } from './textFiles/binaryKind';
import { newReport } from './create/newReport';
import { MAX_CHECKED_BYTES, REPORT_FILE, REPORT_GLOB } from './workspace/files';
import { promises as fsp, writeFileSync } from 'node:fs';
import { CONFIG_NAME, ConfigFinder } from './config/configFile';
import { setCheckErrorHandler } from './checks/registry';
import { setUpdateErrorHandler } from './analysis/model/document';
import { ReportDocument } from './checks/document';
import { DocumentStore, type OpenDocument } from './documentStore';
import { codeActions, COMMAND_APPLY, FIX_ALL_KIND, resolveFixAll, REWRITE_KIND } from './features/codeActions';
import { tablesOf } from './analysis/views/locate';
import { codeLenses } from './features/codeLens';
import { COMMANDS, executeCommand, type CommandHost } from './features/commands';
import { asSet, offChecks, toDiagnostics } from './features/diagnostics';
import { foldingRanges } from './features/folding';
import { formatRange } from './features/format';
import { hoverMarkdown, previousYearOf } from './features/hover';
import { toRange, toSpan } from './features/ranges';
import { documentSymbols, flatSymbols } from './features/symbols';
import { needsApply, clientFit, fitActions, fitEdit, fitHover, FULL_FIT, type ClientFit } from './clientFit';
import { lookupFrom } from './corpus/index';
import { comparisonChangedBy } from './corpus/agencyPlace';
import { wellFormed } from './i18n/render';
import { withHeadingsAsWritten } from './features/asWritten';
import { DEFAULT_SETTINGS, readSettings, resolveLocale, type Settings } from './settings';
import { openConnection } from './connection';
import { besideFile } from './import/besideFile';
import { fileURLToPath } from 'node:url';

const DEBOUNCE_MS = 30;

// (Whether the client asked for shutdown: the exit code when its input ends. `phase` is declared below.)
const connection = openConnection(() => phase === 'shut');
const store = new DocumentStore(() => settings.maxDocumentSize);
const timers = new Map<string, NodeJS.Timeout>();
let settings: Settings = DEFAULT_SETTINGS;
/** The settings given at start-up (initializationOptions), what a client that holds none of ours later stands for. */
let startSettings: unknown = {};
let editorLocale: string | undefined;
let canResolveActions = false;
/** The forms of answer the client takes (clientFit.ts). */
let client: ClientFit = FULL_FIT;
/** Whether the client answers workspace/configuration (the pull model of settings). */
let canPullConfig = false;
/** Whether the client asks for the lenses again when told to (their titles follow the language and the checks). */
let canRefreshLenses = false;
let workspaceFolders: string[] = [];
/** Whether the client tells of workspace folders added and removed. */
let workspaceFoldersChange = false;
let canReportProgress = false;
let canWatchFiles = false;
const configs = new ConfigFinder();
/** The project's .disclosure-report.json for a file (the nearest above it), if any. */
// (A file: URI that names no path — a host, an encoded slash, a bad escape — has no project settings.)
const configOf = (uri: string) => {
  const file = filePath(uri);
  return file === undefined ? undefined : configs.forFile(file);
};
/** The display language: the setting, else the project's file, else VS Code's. */
const locale = (uri?: string) => (settings.locale === 'auto' && uri ? configOf(uri)?.locale : undefined) ?? resolveLocale(settings, editorLocale);
/** Severities: the project's file over the editor's settings, as with .markdownlint.json. */
const checksFor = (uri: string) => ({ ...settings.checks, ...(configOf(uri)?.checks ?? {}) });
const conversionFor = (uri?: string) => {
  const c = uri ? configOf(uri) : undefined;
  return { ...settings.conversion, protect: [...settings.conversion.protect, ...(c?.protect ?? [])], traditional: c?.traditional ?? settings.conversion.traditional };
};

/** The workspace's reports by agency and year; open documents update it as they are analysed. */
const indexer = new WorkspaceIndexer({
  isOpen: (uri) => !!store.get(uri),
  changed: (entries) => {
    republishDependents(entries);
    announce(entries);
  },
  progress: () => {
    if (!canReportProgress) return undefined;
    let p: Awaited<ReturnType<typeof connection.window.createWorkDoneProgress>> | undefined;
    /** The scan ended before the editor answered the progress's creation: it is ended as soon as it is made. */
    let ended = false;
    const title = { 'zh-cn': '索引年度报告', 'zh-tw': '索引年度報告', en: 'Indexing reports' }[locale()];
    return {
      begin: (total) =>
        void connection.window.createWorkDoneProgress().then((x) => {
          x.begin(title, 0, `0/${total}`);
          // (Ended before it began — a scan done before the editor answered —: it stood at 0/N for ever, found by a review.)
          if (ended) x.done();
          else p = x;
        }),
      report: (done, total) => p?.report(Math.round((done / total) * 100), `${done}/${total}`),
      end: () => {
        ended = true;
        p?.done();
        p = undefined;
      },
    };
  },
});
/** Tells the client which agencies' reports changed (its views of their years follow), once things settle. */
const changedAgencies = new Set<string>();
let announceTimer: NodeJS.Timeout | undefined;
function announce(entries: IndexedReport[]): void {
  for (const e of entries) changedAgencies.add(e.agencyKey);
  if (announceTimer) clearTimeout(announceTimer);
  announceTimer = setTimeout(() => {
    const agencyKeys = [...changedAgencies];
    changedAgencies.clear();
    void connection.sendNotification('disclosureReport/indexChanged', { agencyKeys });
  }, 150);
}
/** Files whose diagnostics come from 「检查全部报告」 rather than from the editor. */
const checkedOnDisk = new Set<string>();

/**
 * Open reports of the year after a changed entry compare with it (carry-over): check them again — also where its name is
 * another spelling of theirs (「松江区…」 last year, 「上海市松江区…」 this), which the lookup matches too, of any year
 * (agencyPlace.ts comparisonChangedBy).
 */
function republishDependents(entries: IndexedReport[]): void {
  const affected = comparisonChangedBy(entries, (key) => indexer.index.holds(key));
  for (const [uri] of store.all()) {
    const me = indexer.index.get(indexer.key(uri));
    if (me && affected(me)) schedule(uri);
  }
  // And the closed ones 「检查全部报告」 published for: their carry-over warnings stayed after last year's report
  // was corrected or deleted on disk (found by a review).
  for (const uri of checkedOnDisk) {
    if (store.get(uri)) continue;
    const me = indexer.index.get(uri);
    if (me && affected(me)) void recheckOnDisk(uri);
  }
}

/**
 * Where the session is (LSP: before `initialize` a request is answered with ServerNotInitialized and a
 * notification dropped; after `shutdown`, InvalidRequest).
 */
let phase: 'new' | 'running' | 'shut' = 'new';
const outOfPhase = (name: string): lsp.ResponseError<void> | undefined => {
  if (name === 'initialize') return phase === 'new' ? undefined : new lsp.ResponseError(lsp.ErrorCodes.InvalidRequest, 'the server is initialized already');
  if (phase === 'running') return undefined;
  return phase === 'new' ? new lsp.ResponseError(lsp.ErrorCodes.ServerNotInitialized, 'the server is not initialized') : new lsp.ResponseError(lsp.ErrorCodes.InvalidRequest, 'the server is shut down');
};

/** Never let a handler throw: log and answer with nothing. */
function guard<A extends unknown[], R>(name: string, fallback: R, f: (...a: A) => R): (...a: A) => R {
  return (...a: A) => {
    // (A notification's answer is dropped: returned here, the error answers requests only.)
    const early = outOfPhase(name);
    if (early) return early as unknown as R;
    try {
      return f(...a);
    } catch (e) {
      connection.console.error(`${name}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return fallback;
    }
  };
}

/** The same for handlers that answer later: a rejection is logged and answered with the fallback. */
function guardAsync<A extends unknown[], R>(name: string, fallback: R, f: (...a: A) => Promise<R>): (...a: A) => Promise<R> {
  return async (...a: A) => {
    const early = outOfPhase(name);
    if (early) return early as unknown as R;
    try {
      return await f(...a);
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

/** The open report at `uri`, or undefined for unknown documents and Markdown files that are not reports. */
function report(uri: string): OpenDocument | undefined {
  const d = store.get(uri);
  return d && isReportDocument(d) ? d : undefined;
}
const findingsOf = (d: OpenDocument) => d.report.findings(d.languageId === 'disclosure-report', lookupFrom(indexer.index, indexer.key(d.text.uri)));
/** The findings as the checks are set (a check turned off left out): what the hover, lenses and code actions show. */
const shownOf = (d: OpenDocument) => asSet(findingsOf(d), checksFor(d.text.uri));
/** The model with the section headings as written (misnumbered or misworded ones too), for the outline and folding. */
const asWritten = (d: OpenDocument) => withHeadingsAsWritten(d.report.model(), findingsOf(d), d.report.text);
/** The same, held where they were made: what publishing after an edit reads (only the shown ones are moved). */
const findingListOf = (d: OpenDocument) => d.report.findingList(d.languageId === 'disclosure-report', lookupFrom(indexer.index, indexer.key(d.text.uri)));

/**
 * Offsets → positions for what a publish sends. A document read up to its budget has every finding
 * in its first part: the line starts of that part are found here, instead of the editor library's
 * of the whole text (13.7 M characters for a table pasted ten thousand times: ~0.15 s, to place at
 * most a thousand diagnostics). One character past the cut is read, so a CRLF cut in two is one break.
 */
function positionsOf(d: OpenDocument): Pick<TextDocument, 'uri' | 'positionAt'> {
  if (!d.budget) return d.text;
  const lines = new LineIndex(d.text.slice(0, d.budget.analysed + 1));
  return { uri: d.text.uri, positionAt: (offset: number) => lines.positionAt(offset) };
}

function publish(uri: string): void {
  const d = store.get(uri);
  if (!d) return;
  const at = positionsOf(d);
  indexer.documentAnalysed(uri, at, d.report.analysis);
  const findings = isReportDocument(d) ? findingListOf(d) : [];
  const diagnostics = toDiagnostics(findings, at, locale(uri), checksFor(uri), { maxProblems: settings.maxProblems, budget: d.budget });
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
    // (The section alone, or under its name as a client's settings hold it: 「{"disclosureReport": {…}}」 was ignored. And
    // the settings as the options themselves, 「{"locale": "en"}」, as a Neovim user writes them — a writer's trial. Both at
    // once, 「{"settings": {}, "locale": "en"}」, read both — those under `settings` where they name the same one: the locale
    // beside an empty `settings` was ignored, found by a writer's trial.)
    const under = init?.settings && typeof init.settings === 'object' ? (ourSection(init.settings) ?? init.settings) : undefined;
    const { settings: _, ...rest } = init && typeof init === 'object' ? init : {};
    const top = ourSection(rest) ?? rest;
    const given = under || Object.keys(top as object).length ? { ...(top as object), ...(under as object | undefined) } : undefined;
    if (given) {
      startSettings = given;
      settings = readSettings(startSettings);
    }
    canPullConfig = !!params.capabilities.workspace?.configuration;
    canRefreshLenses = !!params.capabilities.workspace?.codeLens?.refreshSupport;
    canResolveActions = !!params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit');
    client = clientFit(params.capabilities, params.initializationOptions);
    canReportProgress = !!params.capabilities.window?.workDoneProgress;
    canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    workspaceFoldersChange = !!params.capabilities.workspace?.workspaceFolders;
    phase = 'running';
    workspaceFolders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: lsp.TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND, REWRITE_KIND], resolveProvider: true },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        codeLensProvider: { resolveProvider: false },
        documentRangeFormattingProvider: true,
        documentFormattingProvider: true,
        executeCommandProvider: { commands: [...COMMANDS] },
        // (Folders added to the workspace later are indexed: they were not, found by a review.)
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'disclosure-report', version: '0.1.0' },
    };
  }),
);

connection.onShutdown(() => {
  // (A shutdown before initialize, or a second one, is refused as any request then is.)
  const early = outOfPhase('shutdown');
  if (early) return early as unknown as void;
  phase = 'shut';
});

connection.onInitialized(
  guard('initialized', undefined, () => {
    // (And folders created or deleted: one event names a folder moved in or out, none its files.)
    if (canWatchFiles) void connection.client.register(lsp.DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: REPORT_GLOB }, { globPattern: `**/${CONFIG_NAME}` }, { globPattern: '**/*', kind: lsp.WatchKind.Create | lsp.WatchKind.Delete }] });
    void indexer.start(workspaceFolders);
    void pullSettings();
    if (workspaceFoldersChange) {
      connection.workspace.onDidChangeWorkspaceFolders(
        guard('didChangeWorkspaceFolders', undefined, (e) => {
          const removed = e.removed.map((f) => f.uri);
          workspaceFolders = [...workspaceFolders.filter((f) => !removed.includes(f)), ...e.added.map((f) => f.uri)];
          for (const f of removed) forgetCheckedUnder(f);
          void indexer.foldersChanged(
            e.added.map((f) => f.uri),
            removed,
          );
        }),
      );
    }
  }),
);

connection.onDidChangeWatchedFiles(
  guard('didChangeWatchedFiles', undefined, (p) => {
    for (const c of p.changes) {
      if (c.uri.endsWith('/' + CONFIG_NAME)) {
        // The project's settings changed: every open report again, and the closed ones 「检查全部报告」 covered.
        configs.clear();
        for (const [uri] of store.all()) schedule(uri, 0);
        recheckClosed();
        continue;
      }
      // (The index's and 「检查全部报告」's spelling of the file's URI, which may not be the editor's: canonicalUri.)
      const uri = indexer.key(c.uri);
      // A folder (no report file's name): what is under it went or came. (Whatever its name: 「来件2024.03」「旅游局2021.bak」
      // were taken for files by their dots, and their reports stayed in the index, compared with, until a restart — found
      // by a review office's trial. A file's URI has nothing under it: nothing goes.)
      if (!REPORT_FILE.test(uri)) {
        if (c.type === lsp.FileChangeType.Deleted) {
          indexer.folderGone(uri);
          forgetCheckedUnder(uri);
        }
        else if (c.type === lsp.FileChangeType.Created) void isFolder(uri).then((yes) => (yes ? indexer.folderCame(uri) : undefined));
        continue;
      }
      if (c.type === lsp.FileChangeType.Deleted) {
        indexer.fileDeleted(uri);
        if (checkedOnDisk.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
      } else {
        void indexer.fileChanged(uri).then(() => (checkedOnDisk.has(uri) ? recheckOnDisk(uri) : undefined));
      }
    }
  }),
);

/** The workspace as the features see it: its report files, their texts (the editor's when open). */
const workspaceHost = (): WorkspaceHost => ({
  files: async () => {
    await indexer.ready;
    const files = new Set(await indexer.files());
    for (const [uri, d] of store.all()) if (isReportDocument(d)) files.add(indexer.key(uri));
    return [...files].sort();
  },
  text: async (uri) => {
    const file = filePath(uri);
    return store.get(uri)?.text.getText() ?? (file === undefined ? undefined : readText(file, MAX_CHECKED_BYTES));
  },
  // (The language and the settings as they are when each file is checked: a change during 「检查全部报告」 left the files
  // after it in the old language — found by a review.)
  get budget() {
    return settings.maxDocumentSize;
  },
  isOpen: (uri) => !!store.get(uri),
  index: indexer.index,
  get locale() {
    return locale();
  },
  get checks() {
    return settings.checks;
  },
  checksFor,
});

/**
 * Files 「检查全部报告」 covered that have left the workspace (a folder deleted on disk, a workspace folder removed) and are
 * not open: their diagnostics taken back — they stayed in the Problems panel (found by a review).
 */
function forgetCheckedUnder(folder: string): void {
  const prefix = indexer.key(folder).replace(/\/+$/, '') + '/';
  for (const uri of [...checkedOnDisk]) {
    if (!uri.startsWith(prefix)) continue;
    checkedOnDisk.delete(uri);
    // (An open one keeps the editor's diagnostics; closed, it is no more checked from disk — found by a review.)
    if (!store.get(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}

/** The files 「检查全部报告」 covered that are not open, checked again (the language or the severities changed). */
function recheckClosed(): void {
  const closed = [...checkedOnDisk].filter((uri) => !store.get(uri));
  if (closed.length) void checkAll({ ...workspaceHost(), files: async () => closed }, (u, diagnostics) => void connection.sendDiagnostics({ uri: u, diagnostics }), () => undefined, () => false).catch(() => undefined);
}

/** A file 「检查全部报告」 covered changed on disk (or was closed): its diagnostics from disk again. */
async function recheckOnDisk(uri: string): Promise<void> {
  if (store.get(uri)) return;
  const host = workspaceHost();
  await checkAll({ ...host, files: async () => [uri] }, (u, diagnostics) => void connection.sendDiagnostics({ uri: u, diagnostics }), () => undefined, () => false);
}

connection.onRequest(
  'disclosureReport/checkAll',
  guardAsync('checkAll', null, async (_p: unknown, token?: { isCancellationRequested: boolean }) => {
    const rows: Awaited<ReturnType<typeof checkAll>> | null = await checkAll(
      workspaceHost(),
      (uri, diagnostics) => {
        checkedOnDisk.add(uri);
        void connection.sendDiagnostics({ uri, diagnostics });
      },
      (done, total, name) => void connection.sendNotification('disclosureReport/checkAllProgress', { done, total, name }),
      () => !!token?.isCancellationRequested,
    );
    // (The open ones too, whose diagnostics are the editor's until closed: closed, they are checked from disk again —
    // they lost their diagnostics, while every other report kept its own: found by a review.)
    for (const r of rows ?? []) checkedOnDisk.add(r.uri);
    return rows ?? null;
  }),
);

connection.onRequest(
  'disclosureReport/export',
  guardAsync('export', null as Awaited<ReturnType<typeof exportWorkspace>> | null, async (p: { format: 'csv' | 'json' | 'xlsx' }) => {
    if (p?.format !== 'csv' && p?.format !== 'json' && p?.format !== 'xlsx') return null; // (not an XLSX by default)
    // A file by its path in its workspace folder — the folder's name first where there are several (the second
    // folder's files were absolute paths: found by a review) —, the URIs compared in one spelling (canonicalUri).
    const roots = workspaceFolders.map((f) => indexer.key(f).replace(/\/+$/, ''));
    const relative = (uri: string) => {
      const k = indexer.key(uri);
      const i = roots.findIndex((r) => k.startsWith(r + '/'));
      if (i < 0) return filePath(uri) ?? uri;
      const rel = decoded(k.slice(roots[i].length + 1));
      return roots.length > 1 ? `${decoded(roots[i].slice(roots[i].lastIndexOf('/') + 1))}/${rel}` : rel;
    };
    return exportWorkspace(workspaceHost(), p.format, relative, locale());
  }),
);

/** A page or Word file the client read (any file system): its report text. */
connection.onRequest(
  'disclosureReport/import',
  guardAsync('import', null as { text: string; title: string | null; tables: number; pictures: number; hiddenLinks: number; paged: boolean; joined: number; notReport: boolean } | { refused: string } | null, async (p: { name: string; base64: string; uri?: string }) => {
    if (typeof p?.name !== 'string' || typeof p.base64 !== 'string') return null;
    const bytes = Buffer.from(p.base64, 'base64');
    // What the file is when it cannot be imported (an old .doc, a PDF, a picture): the client says what to do.
    const binary = notImportable(bytes, p.name);
    if (binary) return { refused: binary };
    const engine = loadImporter();
    if (!engine.kindOf(p.name, bytes)) return { refused: 'other' };
    try {
      // (A page on disk: a frame's page saved beside it is read too.)
      const file = typeof p.uri === 'string' && p.uri.startsWith('file:') ? fileURLToPath(p.uri) : undefined;
      const r = await engine.importBytes(p.name, bytes, file ? besideFile(file) : undefined);
      // (A page of no report — a list of reports, an interpretation —: imported all the same, and the client says so.)
      return { text: r.text, title: r.title ?? null, tables: r.tables, pictures: r.pictures ?? 0, hiddenLinks: r.hiddenLinks ?? 0, paged: !!r.paged, joined: r.joined ?? 0, notReport: !new ReportDocument(r.text).facts().isReport };
    } catch (e) {
      const refused = engine.refusalOf(e);
      if (refused) return { refused };
      throw e;
    }
  }),
);

/** A new report to fill in. */
connection.onRequest(
  'disclosureReport/newReport',
  guard('newReport', null as string | null, (p: { agency: string; year: number; layout?: 'pipe' | 'markdown'; script?: 'simplified' | 'traditional' }) => {
    // (From any client: an agency that is no name or a year that is no year makes no report.)
    if (typeof p?.agency !== 'string' || !p.agency.trim() || !Number.isInteger(p.year) || p.year < 2019 || p.year > 2099) return null;
    return newReport({ agency: p.agency.trim(), year: p.year, layout: p.layout === 'markdown' ? 'markdown' : 'pipe', script: p.script === 'traditional' ? 'traditional' : 'simplified' });
  }),
);

connection.onRequest(
  'disclosureReport/trend',
  guard('trend', null, (p: { uri: string }) => {
    const d = store.get(p.uri);
    if (d) indexer.documentAnalysed(p.uri, d.text, d.report.analysis);
    return trend(indexer.index, indexer.key(p.uri)) ?? null;
  }),
);

/** `{ disclosureReport: {…} }`: the section a client's settings hold under its name. */
function ourSection(settings: unknown): unknown {
  const raw = (settings as { disclosureReport?: unknown } | null | undefined)?.disclosureReport;
  return raw && typeof raw === 'object' ? raw : undefined;
}

/**
 * The settings as the client holds them, asked for (workspace/configuration): after start-up, and when a change is
 * announced without them (「settings: null」, LSP's pull model — Neovim's and most clients' way). A client that
 * answers with nothing for the section leaves the settings as they are.
 */
async function pullSettings(): Promise<void> {
  if (!canPullConfig) return;
  try {
    const [raw] = (await connection.workspace.getConfiguration([{ section: 'disclosureReport' }])) as unknown[];
    // (An empty section is a client with none of ours set: the settings given at start stay — a review. Back to them when
    // the client held some before and none now — a setting removed —: the last pulled stayed, a check turned off stayed
    // off until the server started again, found by a review.)
    if (raw && typeof raw === 'object' && Object.keys(raw).length) applySettings(raw);
    else if (JSON.stringify(readSettings(startSettings)) !== JSON.stringify(settings)) applySettings(startSettings);
  } catch (e) {
    connection.console.warn(`configuration: the client did not answer for the settings (${e instanceof Error ? e.message : String(e)})`);
  }
}

connection.onDidChangeConfiguration(
  guard('configuration', undefined, (p) => {
    const raw = ourSection(p.settings);
    if (raw === undefined) {
      void pullSettings();
      return;
    }
    applySettings(raw);
  }),
);

function applySettings(raw: unknown): void {
  const said = JSON.stringify([locale(), settings.checks]);
  settings = readSettings(raw);
  // A new size budget applies to the open documents at once.
  for (const [uri] of store.all()) {
    store.rebudget(uri);
    schedule(uri, 0);
  }
  // And a new language or new severities to the files 「检查全部报告」 covered that are not open: their
  // diagnostics would otherwise stay in the old language until the next check of them all.
  if (JSON.stringify([locale(), settings.checks]) !== said) {
    recheckClosed();
    // (The lenses' titles are in the language set and follow the checks: asked for again.)
    if (canRefreshLenses) void connection.sendRequest(lsp.CodeLensRefreshRequest.type).catch(() => undefined);
  }
}

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
    const key = indexer.key(p.textDocument.uri);
    void indexer.documentClosed(key).then(() => (checkedOnDisk.has(key) ? recheckOnDisk(key) : undefined));
  }),
);

setCheckErrorHandler((e) => connection.console.error(`check failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
setUpdateErrorHandler((e) => connection.console.error(`update failed, the text read afresh: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
connection.onHover(
  guard('hover', null, (p) => {
    const d = report(p.textDocument.uri);
    if (!d) return null;
    const me = indexer.index.get(indexer.key(p.textDocument.uri));
    const prev = me && indexer.index.previousYear(me.agencyKey, me.year, me.uri);
    const previous = prev && previousYearOf(d.report.facts(), prev);
    // (The sections as the outline and folding have them: a heading numbered otherwise than the form is a section's too —
    // hovering it gave nothing, and 「一、」's hover counted the whole report's tables and errors, found by a review.)
    const h = hoverMarkdown(asWritten(d), shownOf(d), d.text.offsetAt(p.position), locale(p.textDocument.uri), previous);
    if (!h) return null;
    const contents = fitHover(wellFormed(h.markdown), client);
    return h.span ? { contents, range: toRange(d.text, h.span) } : { contents };
  }),
);

connection.onCodeAction(
  guard('codeAction', [], (p) => {
    const d = report(p.textDocument.uri);
    if (!d) return [];
    const off = offChecks(checksFor(p.textDocument.uri));
    const actions = codeActions({ doc: d.text, findings: shownOf(d), tables: tablesOf(d.report.model()), script: d.report.model().script, range: p.range, diagnostics: p.context.diagnostics, only: p.context.only, locale: locale(p.textDocument.uri), canResolve: canResolveActions, off });
    for (const a of actions) if (a.edit) a.edit = fitEdit(a.edit, client);
    return fitActions(actions, client, COMMAND_APPLY, p.textDocument.uri, d.text.version, (x) => {
      const r = resolveFixAll(x, d.text, off);
      if (r.edit) r.edit = fitEdit(r.edit, client);
      return r;
    });
  }),
);
connection.onCodeActionResolve((a) => {
  // (Before initialize or after shutdown: the error the other requests answer, not a computed edit.)
  const early = outOfPhase('codeActionResolve');
  if (early) return early as unknown as lsp.CodeAction;
  try {
    const uri = (a.data as { uri?: string } | undefined)?.uri ?? '';
    const resolved = resolveFixAll(a, store.get(uri)?.text, offChecks(checksFor(uri)));
    if (resolved.edit) resolved.edit = fitEdit(resolved.edit, client);
    return resolved;
  } catch (e) {
    connection.console.error(`codeActionResolve: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return a;
  }
});

connection.onDocumentSymbol(
  guard('documentSymbol', [], (p) => {
    const d = report(p.textDocument.uri);
    if (!d) return [];
    const symbols = documentSymbols(d.text, asWritten(d), locale(p.textDocument.uri));
    return client.hierarchicalSymbols ? symbols : flatSymbols(p.textDocument.uri, symbols);
  }),
);

connection.onFoldingRanges(
  guard('foldingRanges', [], (p) => {
    const d = report(p.textDocument.uri);
    return d ? foldingRanges(d.text, asWritten(d)) : [];
  }),
);

connection.onCodeLens(
  guard('codeLens', [], (p) => {
    const d = report(p.textDocument.uri);
    // (A page's HTML source is not read as a report — html-source says so —: no table's state to show, where
    // 「勾稽关系 ✓」 said a table was checked that no check had read.)
    if (!d || d.report.facts().htmlSource !== undefined) return [];
    // (Not a lens whose command changes the document, for a client the server cannot ask to apply an edit.)
    const lenses = codeLenses(d.text, d.report.model(), shownOf(d), locale(p.textDocument.uri), client.plainStatusLenses, offChecks(checksFor(p.textDocument.uri)));
    return client.applyEdit ? lenses : lenses.filter((l) => !needsApply(l.command?.command));
  }),
);

/** The tables a range touches (the whole text: Format Document, Neovim's format()), formatted in the file's style. */
function formatTables(uri: string, range?: Range) {
  const d = report(uri);
  if (!d) return [];
  const span = range ? toSpan(d.text, range) : { start: 0, end: d.text.getText().length };
  return formatRange(d.text.getText(), d.report.model(), span, d.languageId === 'markdown' || /\.md$/i.test(uri) ? 'markdown' : 'pipe').map((e) => ({ range: toRange(d.text, e.span), newText: e.newText }));
}
connection.onDocumentRangeFormatting(guard('rangeFormatting', [], (p) => formatTables(p.textDocument.uri, p.range)));
connection.onDocumentFormatting(guard('formatting', [], (p) => formatTables(p.textDocument.uri)));

const host: CommandHost = {
  document: (uri) => store.get(uri),
  conversion: (uri) => conversionFor(uri),
  findings: shownOf,
  off: (uri) => offChecks(checksFor(uri)),
  locale,
  applyEdit: (label, edit) => connection.workspace.applyEdit({ label, edit: fitEdit(edit, client) }).then((r) => r.applied),
  showDocument: (params) => connection.window.showDocument(params).then(() => undefined),
  get can() {
    return { applyEdit: client.applyEdit, showDocument: client.showDocument, createFiles: client.createFiles };
  },
  writeFile: (uri, text) => {
    const file = filePath(uri);
    if (file === undefined) return false;
    try {
      // (Never over a file there: the name was chosen free, and one made since is kept.)
      writeFileSync(file, text, { flag: 'wx' });
      return true;
    } catch {
      return false;
    }
  },
  // (Notifications, not the library's showWarningMessage: that is a request, with no actions to choose, which Neovim
  // shows as a list to pick from and waits on — found by a review.)
  warn: (message) => void connection.sendNotification(lsp.ShowMessageNotification.type, { type: lsp.MessageType.Warning, message }),
  info: (message) => void connection.sendNotification(lsp.ShowMessageNotification.type, { type: lsp.MessageType.Info, message }),
};
connection.onExecuteCommand(guardAsync('executeCommand', undefined as unknown, (p) => executeCommand(host, p.command, p.arguments ?? [])));

/** For the client's language status item: the report's year, form version and findings by severity. */
connection.onRequest(
  'disclosureReport/summary',
  guard('summary', null, (p: { uri: string }) => {
    const d = report(p.uri);
    if (!d) return null;
    const facts = d.report.facts();
    const findings = toDiagnostics(findingListOf(d), d.text, locale(p.uri), checksFor(p.uri));
    const count = (sev: number) => findings.filter((f) => f.severity === sev).length;
    const summary = { version: d.text.version, year: facts.year ?? null, format: facts.format, script: facts.script, errors: count(1), warnings: count(2), notes: count(3) + count(4) };
    // Over the size budget: how much was read, for the status item to say.
    return d.budget ? { ...summary, budget: d.budget } : summary;
  }),
);

process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e.message}`));
connection.listen();

/** Whether a file: URI names a folder on disk. */
async function isFolder(uri: string): Promise<boolean> {
  const file = filePath(uri);
  if (file === undefined) return false;
  try {
    return (await fsp.stat(file)).isDirectory();
  } catch {
    return false;
  }
}
