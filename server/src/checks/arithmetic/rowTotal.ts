/** row-total: in table 三, each row's 总计 = 自然人 + the five kinds of organisation. */
import { APP_TOTAL_COL, APP_WIDTH } from '../../analysis/form/schema';
import { figuresKnown } from '../../analysis/views/summary';
import type { Finding } from '../../analysis/types';
import { appCellName, checkSum, PART_MESSAGE, writeRowCell } from '../shared/cells';
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
      });
      return f ? [f] : [];
    });
  },
};
