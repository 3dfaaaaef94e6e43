/** Every value cell of a table with its name and what it may hold (for the cell checks). */
import { activeBlocks, APP_COLUMNS, APP_ROWS, APP_TOTAL_COL, REVIEW_COLUMNS, REVIEW_WIDTH } from '../../analysis/form/schema';
import type { Cell, Table, Text3 } from '../../analysis/types';
import { appCellName, join3, reviewCellName } from './cells';
import { figuresKnown } from '../../analysis/views/summary';

export interface NamedCell {
  cell: Cell;
  name: Text3;
  decimal?: boolean;
  signed?: boolean;
  /** In a row read whole by chance (TableRow.unsure): its empty lines may be no cells at all. */
  unsure?: true;
  /**
   * In a row not read in its shape (too few or too many figures; table 四 not fifteen): its cells may be
   * words of prose taken for a row (a summary table in section 一), so no fix of them is safe.
   */
  shapeless?: true;
  /** The unit the form gives the column (本年收费金额（单位：万元）). */
  formUnit?: '万元' | '元';
  /** A total's parts (table 三's 总计 column, table 四's groups' 总计): what a blank total is the sum of. */
  parts?: readonly Cell[];
  /**
   * A part's line of cells (its row; table 四's fifteen), where its total stands (`totalAt`) and its parts
   * start (`partsFrom`): what a blank part stands for when they are figures. (Indexes into the row's own
   * array, not arrays of their own: this is made for every cell of every table the checks read.)
   */
  line?: readonly Cell[];
  at?: number;
  totalAt?: number;
  partsFrom?: number;
}

const APP_ROW_IDS = new Set(APP_ROWS.map((d) => d.id));
/** Names of an active-table row's cells, by form, block and row (made once each). */
const ACTIVE_NAMES = new Map<string, Text3[]>();

/**
 * The last table's: two checks (cell-invalid, cell-blank) read each table's cells one after the other.
 * One is remembered, not every table's (those would live as long as their tables, for nothing).
 */
let last: { table: Table; cells: readonly NamedCell[] } | undefined;

export function tableCells(table: Table): readonly NamedCell[] {
  if (last?.table !== table) last = { table, cells: namedCells(table) };
  return last.cells;
}

function namedCells(table: Table): NamedCell[] {
  if (table.kind === 'applications') {
    const out: NamedCell[] = [];
    for (const r of table.rows) {
      if (!APP_ROW_IDS.has(r.id)) continue;
      const n = Math.min(r.cells.length, APP_COLUMNS.length);
      const shapeless = !figuresKnown(r, APP_COLUMNS.length);
      for (let i = 0; i < n; i++) {
        // Each made whole in one literal, its rare marks added after: a cell given its four places one
        // by one had its properties' store made and made again larger (~180 bytes a cell, 400 cells a report).
        const named: NamedCell =
          i === APP_TOTAL_COL
            ? { cell: r.cells[i], name: appCellName(r.id, i), parts: r.cells.slice(0, APP_TOTAL_COL) }
            : r.cells.length > APP_TOTAL_COL
              ? { cell: r.cells[i], name: appCellName(r.id, i), line: r.cells, at: i, totalAt: APP_TOTAL_COL, partsFrom: 0 }
              : { cell: r.cells[i], name: appCellName(r.id, i) };
        if (r.unsure) named.unsure = true;
        if (shapeless) named.shapeless = true;
        out.push(named);
      }
    }
    return out;
  }
  if (table.kind === 'review') {
    const w = REVIEW_COLUMNS.length;
    const shapeless = table.found !== REVIEW_WIDTH ? ({ shapeless: true } as const) : undefined;
    return table.cells.slice(0, REVIEW_WIDTH).map((cell, i) => {
      const end = i - (i % w) + w - 1;
      if (i === end) return { cell, name: reviewCellName(i), parts: table.cells.slice(i - w + 1, i), ...shapeless };
      return { cell, name: reviewCellName(i), line: table.cells, at: i, totalAt: end, partsFrom: end - w + 1, ...shapeless };
    });
  }
  if (table.kind === 'statistics') return [];
  const defs = activeBlocks(table.variant);
  return table.blocks.flatMap((b) => {
    const def = defs.find((d) => d.id === b.id);
    if (!def) return [];
    return b.rows.flatMap((r) => {
      const rd = def.rows.find((x) => x.id === r.id);
      if (!rd) return [];
      const key = `${table.variant}|${def.id}|${rd.id}`;
      let names = ACTIVE_NAMES.get(key);
      if (!names) ACTIVE_NAMES.set(key, (names = def.columns.map((col) => Object.freeze(join3(rd.short, col.short)))));
      const shapeless = r.found !== def.columns.length;
      return r.cells.map((cell, i) => {
        const col = def.columns[i];
        const named: NamedCell = { cell, name: col ? names[i] : rd.short };
        if (shapeless) named.shapeless = true;
        if (col?.decimal) named.decimal = true;
        if (col?.signed) named.signed = true;
        if (col?.formUnit && col.unit) named.formUnit = col.unit;
        return named;
      });
    });
  });
}
