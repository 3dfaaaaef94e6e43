/** cell-blank: a cell that must hold a figure is empty. It counts as 0 in the sums. */
import type { Cell, Finding, Table } from '../../analysis/types';
import { figure } from '../../analysis/views/summary';
import { cellRange, msg, writeCell } from '../shared/cells';
import { tableCells, type NamedCell } from '../shared/tableCells';
import type { TableCheck } from '../types';

/** Whether 0 is what a blank cell stands for: any cell but a total whose parts hold a figure other than 0. */
const isZero = (n: NamedCell) => !n.parts || n.parts.every((p) => figure(p) === 0);

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
    // A blank total whose parts are not all 0 is not filled with 0: row-total (review-total) offers the sum.
    const zeroes = blanks.filter(isZero);
    const all = zeroes.map((n) => writeCell(n.cell as Cell, 0));
    return blanks.map((n): Finding => {
      const fixes = [];
      if (isZero(n)) fixes.push({ title: msg('fix.fillZero', { cell: n.name }), edits: [writeCell(n.cell, 0)], preferred: true });
      if (zeroes.length > 1) fixes.push({ title: msg('fix.fillZeroAll'), edits: all, preferred: false });
      const f: Finding = { code: 'cell-blank', severity: 'warning', span: cellRange(n.cell), message: msg('cell-blank', { cell: n.name }) };
      if (fixes.length) f.fixes = fixes;
      return f;
    });
  },
};
