/** row-total: in table 三, each row's 总计 = 自然人 + the five kinds of organisation. */
import { APP_TOTAL_COL, APP_WIDTH, totalItems } from '../../analysis/form/schema';
import { figuresKnown } from '../../analysis/views/summary';
import type { ApplicationsTable, Finding, TableRow } from '../../analysis/types';
import { appCellName, checkSum, PART_MESSAGE, sumValue, writeRowCell } from '../shared/cells';
import type { TableCheck } from '../types';

export const rowTotal: TableCheck = {
  code: 'row-total',
  severity: 'error',
  scope: 'table',
  description: {
    cn: '表三每一行的总计应等于自然人与五类法人或其他组织之和',
    tw: '表三每一列的總計應等於自然人與五類法人或其他組織之和',
    en: "In table III, each row's total must equal the sum of its six applicant columns",
  },
  messages: {
    'row-total': {
      cn: '{cell} 应为 {expected}（{terms}），实为 {actual}',
      tw: '{cell} 應為 {expected}（{terms}），實為 {actual}',
      en: '{cell} should be {expected} ({terms}), but is {actual}',
    },
    ...PART_MESSAGE,
  },
  run(table) {
    if (table.kind !== 'applications') return [];
    const vouch = columnChecks(table);
    const byId = new Map(table.rows.map((r) => [r.id, r]));
    return table.rows.flatMap((row): Finding[] => {
      // A row split by its own total satisfies it by construction: that is no evidence either way.
      if (row.glue?.how === 'row' || row.glue?.how === 'columns') return [];
      if (!figuresKnown(row, APP_WIDTH)) return [];
      const parts = row.cells.slice(0, APP_TOTAL_COL);
      const f = checkSum({
        code: 'row-total',
        total: row.cells[APP_TOTAL_COL],
        totalName: appCellName(row.id, APP_TOTAL_COL),
        parts,
        partName: (i) => appCellName(row.id, i),
        key: 'row-total',
        arith: { row: row.id, col: APP_TOTAL_COL },
        write: (v) => writeRowCell(row.cells, APP_TOTAL_COL, v, row.glue),
        vouched: (i) => blankIsZero(table, byId, row.id, i),
      });
      if (!f) return [];
      // Setting the total is for fix-all only where the total column's own rule can say whether the total or a
      // part is the wrong figure: with the column unchecked (a glued （七）总计 that cannot be read), --fix wrote
      // 8 → 9 over a total the column vouched for — the stray figure was a part (found by a review).
      if (!vouch(row.id)) for (const x of f.fixes ?? []) delete x.safe;
      return [f];
    });
  },
};

/**
 * Whether the rule that ties row `id`'s total to the others' can be checked in `table`: （七）总计's column for
 * an item, the balance for 一、二、（七） and 四. Read off the rows, not the findings: a rule that holds says nothing.
 */
function columnChecks(table: ApplicationsTable): (id: string) => boolean {
  const byId = new Map(table.rows.map((r) => [r.id, r]));
  const known = (id: string) => {
    const r = byId.get(id);
    return !!r && figuresKnown(r, APP_WIDTH) && r.cells.every((c) => sumValue(c) !== undefined);
  };
  const items = totalItems(table.variant);
  const itemSet = new Set(items);
  let column: boolean | undefined;
  let balance: boolean | undefined;
  return (id) => {
    if (itemSet.has(id)) return (column ??= !table.glue?.rules.includes('column-total') && known('total') && items.every(known));
    if (id === 'new' || id === 'carried' || id === 'total' || id === 'carryNext') return (balance ??= !table.glue?.rules.includes('balance') && ['new', 'carried', 'total', 'carryNext'].every(known));
    return true;
  };
}

/**
 * Whether row `id`'s blank cell in column `col` is 0 for certain: the rule over that cell that is not its row's holds with
 * it as 0, and can be checked — （七）总计's column for an item, the balance for 一、二、（七） and 四.
 */
function blankIsZero(table: ApplicationsTable, byId: ReadonlyMap<string, TableRow>, id: string, col: number): boolean {
  const value = (rid: string) => {
    const r = byId.get(rid);
    return r && r.cells.length === APP_WIDTH ? sumValue(r.cells[col]) : undefined;
  };
  const items = totalItems(table.variant);
  if (items.includes(id)) {
    if (table.glue?.rules.includes('column-total')) return false;
    const total = value('total');
    let sum = 0;
    for (const x of items) {
      const v = value(x);
      if (v === undefined) return false;
      sum += v;
    }
    return total !== undefined && total === sum;
  }
  if (id === 'new' || id === 'carried' || id === 'total' || id === 'carryNext') {
    if (table.glue?.rules.includes('balance')) return false;
    const [n, c, t, k] = ['new', 'carried', 'total', 'carryNext'].map(value);
    return n !== undefined && c !== undefined && t !== undefined && k !== undefined && n + c === t + k;
  }
  return false;
}
