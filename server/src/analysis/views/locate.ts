/** What stands at an offset of the document: the title, a heading, a figure, or a table's labels. */
import type { Cell, ReportModel, SectionModel, Span, Table } from '../types';

export type Located =
  | { kind: 'title' }
  | { kind: 'heading'; section: SectionModel }
  | { kind: 'cell'; table: Table; cell: Cell; row?: string; col: number; block?: string }
  | { kind: 'table'; table: Table };

const inside = (s: Span, at: number) => at >= s.start && at <= s.end && s.end > s.start;
/**
 * The cell at an offset. Figures split out of glued digits touch each other (「14|2」): the cell
 * that starts at the offset wins over the one that ends there.
 */
function cellAt(cells: readonly Cell[], at: number): number {
  const i = cells.findIndex((c) => at >= c.span.start && at < c.span.end);
  return i >= 0 ? i : cells.findIndex((c) => inside(c.span, at));
}

export function tablesOf(model: ReportModel): Table[] {
  return [...model.preambleTables, ...model.sections.flatMap((s) => s.tables)];
}

export function locate(model: ReportModel, at: number): Located | undefined {
  if (model.title && inside(model.title.span, at)) return { kind: 'title' };
  for (const s of model.sections) if (inside(s.heading, at)) return { kind: 'heading', section: s };
  for (const table of tablesOf(model)) {
    if (at < table.span.start || at > table.span.end) continue;
    if (table.kind === 'applications') {
      for (const r of table.rows) {
        const col = cellAt(r.cells, at);
        if (col >= 0) return { kind: 'cell', table, cell: r.cells[col], row: r.id, col };
      }
    } else if (table.kind === 'review') {
      const col = cellAt(table.cells, at);
      if (col >= 0) return { kind: 'cell', table, cell: table.cells[col], col };
    } else if (table.kind === 'statistics') {
      for (const r of table.rows) {
        const col = cellAt(r.cells, at);
        if (col >= 0) return { kind: 'cell', table, cell: r.cells[col], col };
      }
    } else {
      for (const b of table.blocks)
        for (const r of b.rows) {
          const col = cellAt(r.cells, at);
          if (col >= 0) return { kind: 'cell', table, cell: r.cells[col], row: r.id, col, block: b.id };
        }
    }
    return { kind: 'table', table };
  }
  return undefined;
}
