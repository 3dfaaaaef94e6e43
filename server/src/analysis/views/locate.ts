/** What stands at an offset of the document: the title, a heading, a figure, or a table's labels. */
import type { Cell, ReportModel, SectionModel, Span, Table } from '../types';

export type Located =
  | { kind: 'title' }
  | { kind: 'heading'; section: SectionModel }
  | { kind: 'cell'; table: Table; cell: Cell; row?: string; col: number; block?: string }
  | { kind: 'table'; table: Table };

const inside = (s: Span, at: number) => at >= s.start && at <= s.end && s.end > s.start;

/** A cell of a table with what names it. */
interface Placed {
  cell: Cell;
  col: number;
  row?: string;
  block?: string;
}

/**
 * The cell at an offset, in three passes over the table's cells: one whose characters hold it; a blank cell written as
 * nothing (a tab row's or a line's empty cell, whose finding is shown on the character there: 「行政复议·结果维持：空白」, not
 * the table — found by a review); and, right after a figure, the figure — but not where a row's label starts (a glued
 * page's 「…1000001二、上年结转」: 「二」 showed 一's total). Figures split out of glued digits touch each other (「14|2」): the
 * cell that starts at the offset wins over the one that ends there.
 */
function cellAt(cells: readonly Placed[], labels: readonly Span[], at: number): Placed | undefined {
  for (const p of cells) if (at >= p.cell.span.start && at < p.cell.span.end) return p;
  for (const p of cells) if (p.cell.span.start === p.cell.span.end && p.cell.span.start === at) return p;
  if (labels.some((l) => at >= l.start && at < l.end)) return undefined;
  for (const p of cells) if (inside(p.cell.span, at)) return p;
  return undefined;
}

/** A table's cells in its rows' order, and its rows' labels. */
function cellsOf(table: Table): { cells: Placed[]; labels: Span[] } {
  const cells: Placed[] = [];
  const labels: Span[] = [];
  if (table.kind === 'applications') {
    for (const r of table.rows) {
      labels.push(r.label);
      r.cells.forEach((cell, col) => cells.push({ cell, col, row: r.id }));
    }
  } else if (table.kind === 'review') table.cells.forEach((cell, col) => cells.push({ cell, col }));
  else if (table.kind === 'statistics') {
    for (const r of table.rows) {
      labels.push(r.label);
      r.cells.forEach((cell, col) => cells.push({ cell, col }));
    }
  } else {
    for (const b of table.blocks)
      for (const r of b.rows) {
        labels.push(r.label);
        r.cells.forEach((cell, col) => cells.push({ cell, col, row: r.id, block: b.id }));
      }
  }
  return { cells, labels };
}

export function tablesOf(model: ReportModel): Table[] {
  return [...model.preambleTables, ...model.sections.flatMap((s) => s.tables)];
}

export function locate(model: ReportModel, at: number): Located | undefined {
  if (model.title && inside(model.title.span, at)) return { kind: 'title' };
  for (const s of model.sections) if (inside(s.heading, at)) return { kind: 'heading', section: s };
  for (const table of tablesOf(model)) {
    if (at < table.span.start || at > table.span.end) continue;
    const { cells, labels } = cellsOf(table);
    const hit = cellAt(cells, labels, at);
    if (!hit) return { kind: 'table', table };
    const out: Located = { kind: 'cell', table, cell: hit.cell, col: hit.col };
    if (hit.row !== undefined) out.row = hit.row;
    if (hit.block !== undefined) out.block = hit.block;
    return out;
  }
  return undefined;
}
