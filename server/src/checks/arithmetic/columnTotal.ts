/**
 * column-total: in table 三, （七）总计 = （一）+（二）+ the sub-items of （三）–（六）, in every
 * column: 21 items in the 2021 form, 19 in the 2019 form.
 */
import { APP_WIDTH, totalItems } from '../../analysis/form/schema';
import type { Finding } from '../../analysis/types';
import { appCellName, checkSum, PART_MESSAGE, writeRowCell } from '../shared/cells';
import type { TableCheck } from '../types';

export const columnTotal: TableCheck = {
  code: 'column-total',
  severity: 'error',
  scope: 'table',
  description: {
    cn: '表三（七）总计应等于（一）至（六）各项之和（2021 版 21 项，2019 版 19 项），每一列都查',
    tw: '表三（七）總計應等於（一）至（六）各項之和（2021 版 21 項，2019 版 19 項），每一列都查',
    en: 'In table III, (7) Total must equal the sum of items (1)–(6) (21 items, 19 in the 2019 form), in every column',
  },
  messages: {
    'column-total': {
      cn: '{cell} 应为 {expected}（{terms}），实为 {actual}',
      tw: '{cell} 應為 {expected}（{terms}），實為 {actual}',
      en: '{cell} should be {expected} ({terms}), but is {actual}',
    },
    'column-total.rest': {
      cn: '{cell} 应为 {expected}（{terms}，其余各项为 0），实为 {actual}',
      tw: '{cell} 應為 {expected}（{terms}，其餘各項為 0），實為 {actual}',
      en: '{cell} should be {expected} ({terms}, all other items 0), but is {actual}',
    },
    ...PART_MESSAGE,
  },
  run(table) {
    if (table.kind !== 'applications') return [];
    // The column rules chose how glued rows split: they cannot then be checked on this table.
    if (table.glue?.rules.includes('column-total')) return [];
    const byId = new Map(table.rows.map((r) => [r.id, r]));
    const total = byId.get('total');
    const items = totalItems(table.variant).map((id) => byId.get(id));
    if (!total || items.some((r) => !r)) return [];
    return Array.from({ length: APP_WIDTH }, (_, col) =>
      checkSum({
        code: 'column-total',
        total: total.cells[col],
        totalName: appCellName('total', col),
        parts: items.map((r) => r!.cells[col]),
        partName: (i) => appCellName(items[i]!.id, col),
        key: 'column-total',
        long: 8,
        arith: { row: 'total', col },
        write: (v) => writeRowCell(total.cells, col, v, total.glue),
      }),
    ).filter((f): f is Finding => !!f);
  },
};
