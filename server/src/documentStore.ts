/**
 * Open documents: the editor's text (EditorText, for positions) and our analysis of the same
 * version, updated together edit by edit. Incremental changes are turned into offsets on the text
 * *before* each change and handed to the analysis one by one, so it re-reads only what they touched.
 */
import { canonicalUri } from './workspace/files';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { ReportDocument } from './checks/document';
import { budgetCut } from './analysis/reader/text/budget';
import { EditorText } from './editorText';

export { budgetCut };

export interface OpenDocument {
  text: EditorText;
  report: ReportDocument;
  languageId: string;
  /** Set when the document is larger than the budget: only its first `analysed` characters are read. */
  budget?: { analysed: number; total: number };
}

/** More changes in one notification than this are looked at together (`together`). */
const MANY_CHANGES = 8;
/**
 * How many characters re-read at once cost as much as one change re-read around itself: a change ~0.5 ms, a
 * character's reading ~0.25 µs on this project's machine (ARCHITECTURE.md Costs).
 */
const CHARS_PER_CHANGE = 2000;

export class DocumentStore {
  private docs = new Map<string, OpenDocument>();
  /** The open documents by one spelling of their URI (canonicalUri): the index's and the editor's meet here. */
  private byFile = new Map<string, OpenDocument>();

  /**
   * `limit`: the most characters of one document the analysis reads. A report is some 5–50 thousand
   * characters; a document of millions (a table pasted ten thousand times, a dump of digits) is read up
   * to the limit, so that no keystroke waits seconds — and the user is told.
   */
  constructor(private limit = () => Infinity) {}

  open(uri: string, languageId: string, version: number, content: string): OpenDocument {
    const d: OpenDocument = { text: new EditorText(uri, languageId, version, content), report: new ReportDocument(''), languageId };
    this.analyseWithin(d, content);
    this.docs.set(uri, d);
    this.byFile.set(canonicalUri(uri), d);
    return d;
  }

  /** Reads `text` whole, or its first part when it is over the budget. */
  private analyseWithin(d: OpenDocument, text: string): void {
    const cut = budgetCut(text, this.limit());
    d.report = new ReportDocument(cut < text.length ? text.slice(0, cut) : text);
    d.report.truncated = cut < text.length;
    d.budget = cut < text.length ? { analysed: cut, total: text.length } : undefined;
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): OpenDocument | undefined {
    const d = this.docs.get(uri);
    if (!d) return undefined;
    // Many changes at once (a conversion's 1,536 one-character edits, applied by the editor as one): taken together as
    // the one stretch they changed, where re-reading it costs less than re-reading around each — one by one they took
    // 1.2 s on a 22 KB report, the stretch at once 90 ms (found by a writer's trial).
    if (changes.length > MANY_CHANGES && !d.budget) {
      this.together(d, version, changes);
      return d;
    }
    let reread = false;
    for (const c of changes) {
      // (Each change as offsets in the text before it; none for a change of the whole text.)
      const [e] = d.text.update([c], version);
      if (!e) {
        reread = true;
        continue;
      }
      if (reread) continue;
      const { start, end } = e;
      const analysed = d.budget ? d.budget.analysed : Infinity;
      if (end <= analysed) {
        // Within what the analysis reads: re-read only what the edit touched.
        d.report.update(start, end, c.text);
        if (d.budget) d.budget.analysed += c.text.length - (end - start);
        // The two must agree where the edit landed (the lengths are compared below); if they ever
        // do not, read again rather than report on wrong text. Comparing the whole texts instead
        // would join both and pass over a megabyte on every keystroke.
        const lo = Math.max(0, start - 16);
        const hi = Math.min(d.report.analysis.length, start + c.text.length + 16);
        if (d.report.analysis.slice(lo, hi) !== d.text.slice(lo, hi)) reread = true;
      } else if (start < analysed) reread = true; // across the budget's cut
      // (Beyond the cut of a document over the budget: nothing the analysis reads has changed.)
    }
    const length = d.text.length;
    const limit = this.limit();
    if (d.budget) d.budget.total = length;
    // Read again when the edits crossed the cut, the document grew over the budget or shrank under it,
    // or the part read drifted well past the budget.
    if (reread || (!d.budget && length > limit) || (d.budget && (length <= limit || d.budget.analysed > limit * 1.25))) this.analyseWithin(d, d.text.getText());
    else if (d.report.analysis.length !== (d.budget ? d.budget.analysed : length)) this.analyseWithin(d, d.text.getText());
    return d;
  }

  /**
   * Applies the changes to the editor's text, then to the analysis: as one edit of the stretch between the first and
   * the last characters they changed where that stretch is short enough, against the number of changes, to be re-read
   * at once for less than each change around itself; else one by one. The analysis's text is then the editor's, or
   * it is read again.
   */
  private together(d: OpenDocument, version: number, changes: TextDocumentContentChangeEvent[]): void {
    const before = d.report.text;
    const edits = d.text.update(changes, version);
    const after = d.text.getText();
    if (edits.some((e) => !e)) return this.analyseWithin(d, after);
    let head = 0;
    const least = Math.min(before.length, after.length);
    while (head < least && before.charCodeAt(head) === after.charCodeAt(head)) head++;
    let tail = 0;
    while (tail < least - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
    if (after.length - head - tail <= changes.length * CHARS_PER_CHANGE) d.report.update(head, before.length - tail, after.slice(head, after.length - tail));
    else for (const e of edits) d.report.update(e!.start, e!.end, e!.text);
    if (after.length > this.limit() || d.report.text !== after) this.analyseWithin(d, after);
  }

  /** Reads a document again if the budget now says otherwise about it. */
  rebudget(uri: string): void {
    const d = this.docs.get(uri);
    if (!d) return;
    const text = d.text.getText();
    if (budgetCut(text, this.limit()) !== (d.budget ? d.budget.analysed : text.length)) this.analyseWithin(d, text);
  }

  close(uri: string): void {
    this.docs.delete(uri);
    this.byFile.delete(canonicalUri(uri));
  }

  get(uri: string): OpenDocument | undefined {
    return this.docs.get(uri) ?? this.byFile.get(canonicalUri(uri));
  }

  all(): IterableIterator<[string, OpenDocument]> {
    return this.docs.entries();
  }
}
