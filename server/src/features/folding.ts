/** Folding ranges: sections, sub-sections, tables (by lines). */
import type { FoldingRange } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { tablesOf } from '../analysis/views/locate';
import type { ReportModel, Span } from '../analysis/types';
import { codeAt, isSpaceCode } from './ranges';

export function foldingRanges(doc: TextDocument, model: ReportModel): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (span: Span, kind?: string) => {
    let end = span.end;
    while (end > span.start && isSpaceCode(codeAt(doc, end - 1))) end--;
    const a = doc.positionAt(span.start).line;
    const b = doc.positionAt(end).line;
    if (b > a) out.push(kind ? { startLine: a, endLine: b, kind } : { startLine: a, endLine: b });
  };
  for (const s of model.sections) {
    add(s.span);
    s.subheadings.forEach((h, i) => add({ start: h.span.start, end: s.subheadings[i + 1]?.span.start ?? s.span.end }));
  }
  for (const t of tablesOf(model)) add(t.span, 'region');
  // Nested or equal ranges are fine for editors; identical duplicates are not useful.
  const seen = new Set<string>();
  return out.filter((r) => !seen.has(`${r.startLine}:${r.endLine}`) && seen.add(`${r.startLine}:${r.endLine}`)).sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
