/** The counterexamples' runner: edits applied to a document one by one, each version compared with the same text read fresh. */
import assert from 'node:assert/strict';
import { ReportDocument } from '../../../../server/src/checks/document';

export type Edit = { start: number; end: number; ins: string };

/** After each edit, the document's findings and model equal a fresh reading's; returns the last text. */
export function replayAgainstFresh(base: string, edits: readonly Edit[]): string {
  let text = base;
  const doc = new ReportDocument(text);
  doc.findings(true);
  for (const e of edits) {
    doc.update(e.start, e.end, e.ins);
    text = text.slice(0, e.start) + e.ins + text.slice(e.end);
    const fresh = new ReportDocument(text);
    assert.deepEqual(doc.findings(true), fresh.findings(true));
    assert.deepEqual(doc.model(), fresh.model());
  }
  return text;
}
