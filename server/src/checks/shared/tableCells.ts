/** Every value cell of a table with its name and what it may hold (for the cell checks). */
import { activeBlocks, APP_COLUMNS, APP_ROWS, REVIEW_WIDTH } from '../../analysis/form/schema';
import type { Cell, Table, Text3 } from '../../analysis/types';
import { appCellName, join3, reviewCellName } from './cells';

export interface NamedCell {
  cell: Cell;
  name: Text3;
  decimal?: boolean;
  signed?: boolean;
}

export function tableCells(table: Table): NamedCell[] {
  if (table.kind === 'applications') {
    return table.rows.flatMap((r) => (APP_ROWS.some((d) => d.id === r.id) ? r.cells.slice(0, APP_COLUMNS.length).map((cell, i) => ({ cell, name: appCellName(r.id, i) })) : []));
  }
  if (table.kind === 'review') return table.cells.slice(0, REVIEW_WIDTH).map((cell, i) => ({ cell, name: reviewCellName(i) }));
  if (table.kind === 'statistics') return [];
  const defs = activeBlocks(table.variant);
  return table.blocks.flatMap((b) => {
    const def = defs.find((d) => d.id === b.id);
    if (!def) return [];
    return b.rows.flatMap((r) => {
      const rd = def.rows.find((x) => x.id === r.id);
      if (!rd) return [];
      return r.cells.map((cell, i) => {
        const col = def.columns[i];
        const named: NamedCell = { cell, name: col ? join3(rd.short, col.short) : rd.short };
        if (col?.decimal) named.decimal = true;
        if (col?.signed) named.signed = true;
        return named;
      });
    });
  });
}
