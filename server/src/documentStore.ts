/**
 * Open documents: the editor's text (a TextDocument, for positions) and our analysis of the same
 * version, updated together edit by edit. Incremental changes are turned into offsets on the text
 * *before* each change and handed to the analysis one by one, so it re-reads only what they touched.
 */
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { ReportDocument } from './checks/document';

export interface OpenDocument {
  text: TextDocument;
  report: ReportDocument;
  languageId: string;
}

export class DocumentStore {
  private docs = new Map<string, OpenDocument>();

  open(uri: string, languageId: string, version: number, content: string): OpenDocument {
    const d: OpenDocument = { text: TextDocument.create(uri, languageId, version, content), report: new ReportDocument(content), languageId };
    this.docs.set(uri, d);
    return d;
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): OpenDocument | undefined {
    const d = this.docs.get(uri);
    if (!d) return undefined;
    for (const c of changes) {
      if ('range' in c) {
        const start = d.text.offsetAt(c.range.start);
        const end = d.text.offsetAt(c.range.end);
        d.text = TextDocument.update(d.text, [c], version);
        d.report.update(start, end, c.text);
      } else {
        d.text = TextDocument.update(d.text, [c], version);
        d.report = new ReportDocument(c.text);
      }
    }
    // The two must agree; if they ever do not, fall back to a full parse rather than report on wrong text.
    if (d.report.text.length !== d.text.getText().length || d.report.text !== d.text.getText()) d.report = new ReportDocument(d.text.getText());
    return d;
  }

  close(uri: string): void {
    this.docs.delete(uri);
  }

  get(uri: string): OpenDocument | undefined {
    return this.docs.get(uri);
  }

  all(): IterableIterator<[string, OpenDocument]> {
    return this.docs.entries();
  }
}
