/** review-total: in table 四, each group's 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
import { REVIEW_COLUMNS, REVIEW_GROUPS, REVIEW_WIDTH } from '../../analysis/form/schema';
import { figuresKnown } from '../../analysis/views/summary';
import type { Finding } from '../../analysis/types';
import { checkSum, PART_MESSAGE, reviewCellName, writeRowCell } from '../shared/cells';
import type { TableCheck } from '../types';

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
    ...PART_MESSAGE,
  },
  run(table) {
    if (table.kind !== 'review') return [];
    // Figures split by the group totals satisfy them by construction: no evidence either way.
    if (table.glue?.rules.includes('review-total')) return [];
    if (!figuresKnown(table, REVIEW_WIDTH)) return [];
    const w = REVIEW_COLUMNS.length;
    return REVIEW_GROUPS.flatMap((_, g): Finding[] => {
      const f = checkSum({
        code: 'review-total',
        total: table.cells[g * w + w - 1],
        totalName: reviewCellName(g * w + w - 1),
        parts: table.cells.slice(g * w, g * w + w - 1),
        partName: (i) => reviewCellName(g * w + i),
        key: 'review-total',
        arith: { row: String(g) },
        write: (v) => writeRowCell(table.cells, g * w + w - 1, v, table.rowGlue),
      });
      return f ? [f] : [];
    });
  },
};
