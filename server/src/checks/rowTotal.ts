/** row-total: in table 三, each row's 总计 = 自然人 + the five kinds of organisation. */
import { APP_TOTAL_COL } from '../analysis/schema';
import type { Finding } from '../analysis/types';
import { appCellName, cellRange, msg, setTotalFix, shown, sumValue } from './cells';
import type { TableCheck } from './types';

export const rowTotal: TableCheck = {
  code: 'row-total',
  severity: 'error',
  scope: 'table',
  description: {
    cn: '表三每一行的总计应等于自然人与五类法人或其他组织之和',
    tw: '表三每一行的總計應等於自然人與五類法人或其他組織之和',
    en: "In table III, each row's total must equal the sum of its six applicant columns",
  },
  messages: {
    'row-total': {
      cn: '{cell} 应为 {expected}（{terms}），实为 {actual}',
      tw: '{cell} 應為 {expected}（{terms}），實為 {actual}',
      en: '{cell} should be {expected} ({terms}), but is {actual}',
    },
    part: { cn: '{cell}：{value}', tw: '{cell}：{value}', en: '{cell}: {value}' },
  },
  run(table) {
    if (table.kind !== 'applications') return [];
    const out: Finding[] = [];
    for (const row of table.rows) {
      const parts = row.cells.slice(0, APP_TOTAL_COL);
      const total = row.cells[APP_TOTAL_COL];
      const values = parts.map(sumValue);
      const actual = sumValue(total);
      if (actual === undefined || values.some((v) => v === undefined)) continue;
      const expected = (values as number[]).reduce((a, b) => a + b, 0);
      if (expected === actual) continue;
      const name = appCellName(row.id, APP_TOTAL_COL);
      out.push({
        code: 'row-total',
        severity: 'error',
        span: cellRange(total),
        message: msg('row-total', { cell: name, expected, terms: (values as number[]).join('+'), actual: shown(total) }),
        related: parts.map((c, i) => ({ span: cellRange(c), message: msg('part', { cell: appCellName(row.id, i), value: shown(c) }) })),
        fixes: [setTotalFix(total, expected, name)],
        arith: { row: row.id, col: APP_TOTAL_COL, expected, actual },
      });
    }
    return out;
  },
};
