/** cell-invalid: a count that is negative, fractional or not a figure at all. */
import type { Finding, Table } from '../../analysis/types';
import { cellRange, msg } from '../shared/cells';
import { tableCells } from '../shared/tableCells';
import type { TableCheck } from '../types';

export const cellInvalid: TableCheck = {
  code: 'cell-invalid',
  severity: 'error',
  scope: 'table',
  description: {
    cn: '单元格不是有效数字（负数、小数或文字）',
    tw: '儲存格不是有效數字（負數、小數或文字）',
    en: 'A cell is not a valid count (negative, fractional or not a number)',
  },
  messages: {
    'cell-invalid.text': { cn: '{cell} 的内容「{raw}」不是数字', tw: '{cell} 的內容「{raw}」不是數字', en: '{cell}: “{raw}” is not a number' },
    'cell-invalid.negative': { cn: '{cell} 为负数（{raw}），件数不能为负', tw: '{cell} 為負數（{raw}），件數不能為負', en: '{cell} is negative ({raw}); a count cannot be negative' },
    'cell-invalid.fraction': { cn: '{cell} 为小数（{raw}），件数应为整数', tw: '{cell} 為小數（{raw}），件數應為整數', en: '{cell} is fractional ({raw}); a count must be a whole number' },
  },
  run(table: Table) {
    const out: Finding[] = [];
    for (const n of tableCells(table)) {
      const c = n.cell;
      let key: string | undefined;
      if (c.kind === 'invalid') key = 'cell-invalid.text';
      else if (c.kind === 'number' && c.value !== undefined) {
        if (c.value < 0 && !n.signed) key = 'cell-invalid.negative';
        else if (!Number.isInteger(c.value) && !n.decimal) key = 'cell-invalid.fraction';
      }
      if (key) out.push({ code: 'cell-invalid', severity: 'error', span: cellRange(c), message: msg(key, { cell: n.name, raw: c.raw }) });
    }
    return out;
  },
};
