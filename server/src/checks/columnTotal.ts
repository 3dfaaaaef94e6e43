/**
 * column-total: in table 三, （七）总计 = （一）+（二）+ the sub-items of （三）–（六）, in every
 * column: 21 items in the 2021 form, 19 in the 2019 form.
 */
import { APP_WIDTH, totalItems } from '../analysis/schema';
import type { Finding } from '../analysis/types';
import { appCellName, cellRange, msg, setTotalFix, shown, sumValue, terms } from './cells';
import type { TableCheck } from './types';

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
    part: { cn: '{cell}：{value}', tw: '{cell}：{value}', en: '{cell}: {value}' },
  },
  run(table) {
    if (table.kind !== 'applications') return [];
    const byId = new Map(table.rows.map((r) => [r.id, r]));
    const total = byId.get('total');
    const items = totalItems(table.variant).map((id) => byId.get(id));
    if (!total || items.some((r) => !r)) return [];
    const out: Finding[] = [];
    for (let col = 0; col < APP_WIDTH; col++) {
      const cells = items.map((r) => r!.cells[col]);
      const values = cells.map(sumValue);
      const actual = sumValue(total.cells[col]);
      if (actual === undefined || values.some((v) => v === undefined)) continue;
      const expected = (values as number[]).reduce((a, b) => a + b, 0);
      if (expected === actual) continue;
      const t = terms(values as number[]);
      const name = appCellName('total', col);
      out.push({
        code: 'column-total',
        severity: 'error',
        span: cellRange(total.cells[col]),
        message: msg(t.rest ? 'column-total.rest' : 'column-total', { cell: name, expected, terms: t.text, actual: shown(total.cells[col]) }),
        related: items.flatMap((r, i) => (values[i] ? [{ span: cellRange(cells[i]), message: msg('part', { cell: appCellName(r!.id, col), value: shown(cells[i]) }) }] : [])),
        fixes: [setTotalFix(total.cells[col], expected, name)],
        arith: { row: 'total', col, expected, actual },
      });
    }
    return out;
  },
};
