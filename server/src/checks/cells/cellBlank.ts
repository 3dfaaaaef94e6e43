/** cell-blank: a cell that must hold a figure is empty. It counts as 0 in the sums. */
import type { Cell, Finding, Table } from '../../analysis/types';
import { cellRange, msg, writeCell } from '../shared/cells';
import { tableCells } from '../shared/tableCells';
import type { TableCheck } from '../types';

export const cellBlank: TableCheck = {
  code: 'cell-blank',
  severity: 'warning',
  scope: 'table',
  description: {
    cn: '应填数字的单元格为空（计算时按 0 处理）',
    tw: '應填數字的儲存格為空（計算時按 0 處理）',
    en: 'A cell that must hold a figure is blank (counted as 0 in sums)',
  },
  messages: {
    'cell-blank': { cn: '{cell} 为空，应填写数字（无则填 0）', tw: '{cell} 為空，應填寫數字（無則填 0）', en: '{cell} is blank; it must hold a figure (0 if none)' },
    'fix.fillZero': { cn: '将「{cell}」填 0', tw: '將「{cell}」填 0', en: 'Fill {cell} with 0' },
    'fix.fillZeroAll': { cn: '将本表所有空白单元格填 0', tw: '將本表所有空白儲存格填 0', en: 'Fill every blank cell of this table with 0' },
  },
  run(table: Table) {
    const blanks = tableCells(table).filter((n) => n.cell.kind === 'blank' && !n.unsure);
    const all = blanks.map((n) => writeCell(n.cell as Cell, 0));
    return blanks.map((n): Finding => {
      const fixes = [{ title: msg('fix.fillZero', { cell: n.name }), edits: [writeCell(n.cell, 0)], preferred: true }];
      if (blanks.length > 1) fixes.push({ title: msg('fix.fillZeroAll'), edits: all, preferred: false });
      return { code: 'cell-blank', severity: 'warning', span: cellRange(n.cell), message: msg('cell-blank', { cell: n.name }), fixes };
    });
  },
};
