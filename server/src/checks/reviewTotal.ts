/** review-total: in table 四, each group's 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
import { REVIEW_COLUMNS, REVIEW_GROUPS } from '../analysis/schema';
import type { Finding } from '../analysis/types';
import { cellRange, msg, reviewCellName, setTotalFix, shown, sumValue } from './cells';
import type { TableCheck } from './types';

export const reviewTotal: TableCheck = {
  code: 'review-total',
  severity: 'error',
  scope: 'table',
  description: {
    cn: '表四每组（行政复议、两类行政诉讼）的总计应等于结果维持、结果纠正、其他结果、尚未审结之和',
    tw: '表四每組（行政複議、兩類行政訴訟）的總計應等於結果維持、結果糾正、其他結果、尚未審結之和',
    en: "In table IV, each group's total must equal upheld + corrected + other + pending",
  },
  messages: {
    'review-total': {
      cn: '{cell} 应为 {expected}（{terms}），实为 {actual}',
      tw: '{cell} 應為 {expected}（{terms}），實為 {actual}',
      en: '{cell} should be {expected} ({terms}), but is {actual}',
    },
    part: { cn: '{cell}：{value}', tw: '{cell}：{value}', en: '{cell}: {value}' },
  },
  run(table) {
    if (table.kind !== 'review') return [];
    const out: Finding[] = [];
    const w = REVIEW_COLUMNS.length;
    for (let g = 0; g < REVIEW_GROUPS.length; g++) {
      const parts = table.cells.slice(g * w, g * w + w - 1);
      const total = table.cells[g * w + w - 1];
      const values = parts.map(sumValue);
      const actual = sumValue(total);
      if (actual === undefined || values.some((v) => v === undefined)) continue;
      const expected = (values as number[]).reduce((a, b) => a + b, 0);
      if (expected === actual) continue;
      const name = reviewCellName(g * w + w - 1);
      out.push({
        code: 'review-total',
        severity: 'error',
        span: cellRange(total),
        message: msg('review-total', { cell: name, expected, terms: (values as number[]).join('+'), actual: shown(total) }),
        related: parts.map((c, i) => ({ span: cellRange(c), message: msg('part', { cell: reviewCellName(g * w + i), value: shown(c) }) })),
        fixes: [setTotalFix(total, expected, name)],
        arith: { row: String(g), expected, actual },
      });
    }
    return out;
  },
};
