/**
 * Formatting tables: the table at a position or the tables a range touches, rewritten in a clean
 * layout by the core's table writer (analysis/write/rewriteTable.ts).
 */
import { rewriteTableEdit, type TableStyle } from '../analysis/write/rewriteTable';
import { tableGrid } from '../analysis/write/tableGrid';
import type { Table, TextEdit } from '../analysis/types';

export type { TableStyle } from '../analysis/write/rewriteTable';

export function formatTableEdit(text: string, table: Table, style: TableStyle): TextEdit | undefined {
  return rewriteTableEdit(text, table, style);
}

/** Whether the writer can write the table at all (no edit then means it is laid out so already). */
export function formatsTable(text: string, table: Table): boolean {
  return !!tableGrid(text, table)?.grid.length;
}

/** Edits that format every table the range touches. */
export function formatRange(text: string, model: import('../analysis/types').ReportModel, range: { start: number; end: number }, style: TableStyle): TextEdit[] {
  const out: TextEdit[] = [];
  for (const t of [...model.preambleTables, ...model.sections.flatMap((s) => s.tables)]) {
    // (Not a table read from glued digits: written back with its separators, its inferred figures would read as the
    // published ones — the rewrite is the table's own action, as fix-all leaves it: found by a review, format on save
    // rewrote a scraped page.)
    if (t.span.end < range.start || t.span.start > range.end || t.glue) continue;
    const e = formatTableEdit(text, t, style);
    if (e) out.push(e);
  }
  return out;
}
