/** Folding ranges: sections, sub-sections, tables (by lines). */
import { subheadingEnd } from './symbols';
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
    const last = doc.positionAt(end);
    // A range that ends where the next heading's words start, after its marks on its line (「## 二、」
    // 「**二、」「> 二、」), ends on the line before: folded, it hid the next heading (found by a review).
    const b = last.character > 0 && onlyMarks(doc, end - last.character, end) ? last.line - 1 : last.line;
    if (b > a) out.push(kind ? { startLine: a, endLine: b, kind } : { startLine: a, endLine: b });
  };
  for (const s of model.sections) {
    add(s.span);
    s.subheadings.forEach((h, i) => add({ start: h.span.start, end: subheadingEnd(s, i) }));
  }
  for (const t of tablesOf(model)) add(t.span, 'region');
  // Nested or equal ranges are fine for editors; identical duplicates are not useful.
  const seen = new Set<string>();
  return out.filter((r) => !seen.has(`${r.startLine}:${r.endLine}`) && seen.add(`${r.startLine}:${r.endLine}`)).sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** Whether text[from, to) holds only spaces and a line's Markdown marks (#, *, >, _, a table's |). */
function onlyMarks(doc: TextDocument, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = codeAt(doc, i);
    if (!isSpaceCode(c) && c !== 0x23 && c !== 0x2a && c !== 0x3e && c !== 0x5f && c !== 0x7c) return false;
  }
  return true;
}
