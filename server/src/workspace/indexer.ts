/**
 * Keeps the workspace's report index current: the files under the workspace folders, read in the
 * background (a file at a time, yielding to the event loop between files, so that a keystroke is
 * never kept waiting), then kept in step with the editor — open documents as they are edited,
 * files created, changed or deleted on disk. Open documents win over their files on disk.
 */
// (fs.promises, read where used: node loads that module on first access, not at the server's start.)
import { promises as fsp } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ReportAnalysis } from '../analysis/model/document';
import { indexEntry, type IndexedReport } from '../corpus/entry';
import type { Positions } from '../corpus/positions';
import { ReportIndex } from '../corpus/index';
import { canonicalUri, MAX_INDEXED_BYTES, REPORT_FILE, reportFiles } from './files';
import { decodeText } from '../textFiles/readText';
import { budgetCut } from '../analysis/reader/text/budget';

export interface IndexProgress {
  begin(total: number): void;
  report(done: number, total: number): void;
  end(): void;
}

export interface IndexerHost {
  /** Whether the editor has the document open (its text then comes from the editor, not the disk). */
  isOpen(uri: string): boolean;
  /** Entries were added, changed or removed: the reports that compare with them may need checking again. */
  changed(entries: IndexedReport[]): void;
  progress?(): IndexProgress | undefined;
}

/** The characters of a file on disk read for the index: the editor's default size budget. */
const INDEXED_CHARS = 500_000;

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A report file's text, decoded as the CLI decodes it (UTF-8, UTF-16 with its mark, GB18030). */
export async function readText(file: string, maxBytes = MAX_INDEXED_BYTES): Promise<string | undefined> {
  try {
    const st = await fsp.stat(file);
    if (!st.isFile() || st.size > maxBytes) return undefined;
    const read = decodeText(await fsp.readFile(file));
    return 'text' in read ? read.text : undefined;
  } catch {
    return undefined;
  }
}

/** The path a file: URI names, or undefined for one that names none (a host, an encoded slash, a bad escape). */
export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class WorkspaceIndexer {
  readonly index = new ReportIndex();
  private folders: string[] = [];
  /** Resolves when the first full scan is done. */
  ready: Promise<void> = Promise.resolve();

  constructor(private host: IndexerHost) {}

  /** Scans the folders (file: URIs) in the background. */
  start(folderUris: readonly string[]): Promise<void> {
    this.folders = folderUris.map(filePath).filter((f): f is string => f !== undefined);
    this.ready = this.scan();
    return this.ready;
  }

  /** The workspace folder (as a URI) a file is under: reports are named by their path in it. */
  private folderOf(uri: string): string | undefined {
    return this.folders.map((f) => canonicalUri(pathToFileURL(f).href)).find((f) => uri.startsWith(f.replace(/\/+$/, '') + '/'));
  }

  /** Every report file of the workspace folders, as URIs. */
  async files(): Promise<string[]> {
    const out: string[] = [];
    for (const f of this.folders) await reportFiles(f, out);
    return out.map((f) => canonicalUri(pathToFileURL(f).href));
  }

  private async scan(): Promise<void> {
    const files = await this.files();
    if (!files.length) return;
    const progress = files.length > 50 ? this.host.progress?.() : undefined;
    progress?.begin(files.length);
    const changed: IndexedReport[] = [];
    for (let i = 0; i < files.length; i++) {
      if (!this.host.isOpen(files[i])) changed.push(...(await this.indexFile(files[i])));
      if (i % 20 === 19) {
        progress?.report(i + 1, files.length);
        await yieldToEvents();
      }
    }
    progress?.end();
    if (changed.length) this.host.changed(changed);
  }

  /** The key of a file's entry: the editor's URI and the server's for one file are one (canonicalUri). */
  key(uri: string): string {
    return canonicalUri(uri);
  }

  private async indexFile(given: string): Promise<IndexedReport[]> {
    const uri = this.key(given);
    const file = filePath(uri);
    const text = file === undefined ? undefined : await readText(file);
    if (text === undefined) return this.index.set(uri, undefined);
    // Read up to the editor's size budget, as the editor reads it: a 4 MB log in the folder, read whole, held
    // the server a second at every change (found by a review).
    const read = text.length > INDEXED_CHARS ? text.slice(0, budgetCut(text, INDEXED_CHARS)) : text;
    return this.index.set(uri, indexEntry(uri, read, new ReportAnalysis(read), true, this.folderOf(uri)));
  }

  /** Files changed on disk waiting to be read, with what waits for each. */
  private queue = new Map<string, (() => void)[]>();
  private draining = false;

  /**
   * A file was created or changed on disk: read in its turn, a file at a time, yielding between files — a folder
   * of 809 copied in, one event, was read in one go and held the server 3.8 s (found by a review). Resolves when
   * the file is in the index.
   */
  fileChanged(uri: string): Promise<void> {
    if (!uri.startsWith('file:') || !REPORT_FILE.test(uri) || this.host.isOpen(uri)) return Promise.resolve();
    const key = this.key(uri);
    return new Promise<void>((resolve) => {
      const waiting = this.queue.get(key);
      if (waiting) waiting.push(resolve);
      else this.queue.set(key, [resolve]);
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      for (let next = this.queue.entries().next(); !next.done; next = this.queue.entries().next()) {
        const [uri, waiting] = next.value;
        this.queue.delete(uri);
        try {
          const changed = this.host.isOpen(uri) ? [] : await this.indexFile(uri);
          if (changed.length) this.host.changed(changed);
        } catch {
          // (A file that cannot be read or indexed is left as it was; the next files are read all the same.)
        } finally {
          for (const resolve of waiting) resolve();
        }
        await yieldToEvents();
      }
    } finally {
      this.draining = false;
    }
  }

  /**
   * A folder went (deleted, moved away, or a workspace folder removed): the reports under it leave the index —
   * but the open ones, whose text is the editor's. (One event names the folder: its files were left in the index,
   * found by a review.)
   */
  folderGone(uri: string): void {
    const prefix = this.key(uri).replace(/\/+$/, '') + '/';
    const changed: IndexedReport[] = [];
    for (const e of this.index.all()) if (e.uri.startsWith(prefix) && !this.host.isOpen(e.uri)) changed.push(...this.index.set(e.uri, undefined));
    if (changed.length) this.host.changed(changed);
  }

  /** A folder came (created, moved in, or a workspace folder added): its report files are indexed, a few at a time. */
  async folderCame(uri: string): Promise<void> {
    const folder = filePath(uri);
    if (folder === undefined) return;
    const found = await reportFiles(folder);
    const changed: IndexedReport[] = [];
    for (let i = 0; i < found.length; i++) {
      const file = this.key(pathToFileURL(found[i]).href);
      if (!this.host.isOpen(file)) changed.push(...(await this.indexFile(file)));
      if (i % 20 === 19) await yieldToEvents();
    }
    if (changed.length) this.host.changed(changed);
  }

  /** Workspace folders added and removed (didChangeWorkspaceFolders). */
  async foldersChanged(added: readonly string[], removed: readonly string[]): Promise<void> {
    const gone = removed.map(filePath).filter((f): f is string => f !== undefined);
    this.folders = this.folders.filter((f) => !gone.includes(f));
    for (const r of removed) this.folderGone(r);
    for (const a of added) {
      const f = filePath(a);
      if (f === undefined || this.folders.includes(f)) continue;
      this.folders.push(f);
      await this.folderCame(a);
    }
  }

  /** A file was deleted. */
  fileDeleted(uri: string): void {
    const changed = this.index.set(this.key(uri), undefined);
    if (changed.length) this.host.changed(changed);
  }

  /** An open document was analysed: its entry is the editor's version. */
  documentAnalysed(given: string, lines: Positions, analysis: ReportAnalysis): void {
    const uri = this.key(given);
    const changed = this.index.set(uri, indexEntry(uri, lines, analysis, true, this.folderOf(uri)));
    if (changed.length) this.host.changed(changed);
  }

  /**
   * An open document was closed: back to what is on disk, or nothing — an untitled one, or a file from outside the
   * workspace folders, which no watcher follows (kept, it stood for its body's year after it was deleted, and the index
   * grew with every such file opened — found by a review). With no workspace folder (a file opened alone, the editor's
   * single-file mode) every file is outside: each stays as on disk, last year's report closed still last year's.
   */
  async documentClosed(uri: string): Promise<void> {
    const outside = this.folders.length > 0 && !this.folderOf(this.key(uri));
    const changed = uri.startsWith('file:') && !outside ? await this.indexFile(uri) : this.index.set(this.key(uri), undefined);
    if (changed.length) this.host.changed(changed);
  }
}
