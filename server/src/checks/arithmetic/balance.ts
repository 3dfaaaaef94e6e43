/**
 * balance: the 勾稽关系 printed in table 三's header — 一、新收 + 二、上年结转 =
 * （七）总计 + 四、结转下年度继续办理, in every column. The finding sits on the 结转 cell, the figure
 * the fix offers to change; the other side is shown so the user can see which figure is wrong.
 */
import { APP_COLUMNS, APP_WIDTH } from '../../analysis/form/schema';
import type { Finding } from '../../analysis/types';
import { appCellName, cellRange, msg, PART_MESSAGE, shown, sumValue, writeRowCell } from '../shared/cells';
import type { TableCheck } from '../types';

export const balance: TableCheck = {
  code: 'balance',
  severity: 'error',
  scope: 'table',
  description: {
    cn: '表三勾稽关系：一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理，每一列都查',
    tw: '表三勾稽關係：一、本年新收 + 二、上年結轉 = （七）總計 + 四、結轉下年度繼續辦理，每一列都查',
    en: 'Table III balance: I. new + II. carried over = (7) total + IV. carried to next year, in every column',
  },
  messages: {
    balance: {
      cn: '勾稽关系不平（{column}）：一+二 = {lhs}（{a}+{b}），（七）总计+四 = {rhs}（{c}+{d}）',
      tw: '勾稽關係不平（{column}）：一+二 = {lhs}（{a}+{b}），（七）總計+四 = {rhs}（{c}+{d}）',
      en: 'Table III does not balance ({column}): I+II = {lhs} ({a}+{b}), (7)+IV = {rhs} ({c}+{d})',
    },
    ...PART_MESSAGE,
    'fix.balance': {
      cn: '将「{cell}」改为 {value}（使勾稽关系平衡）',
      tw: '將「{cell}」改為 {value}（使勾稽關係平衡）',
      en: 'Set {cell} to {value} (balances the table)',
    },
    'fix.balanceShow': {
      cn: '一+二 = {lhs}，（七）总计+四 = {rhs}：请核对这四个数',
      tw: '一+二 = {lhs}，（七）總計+四 = {rhs}：請核對這四個數',
      en: 'I+II = {lhs}, (7)+IV = {rhs}: check these four figures',
    },
  },
  run(table) {
    if (table.kind !== 'applications') return [];
    if (table.glue?.rules.includes('balance')) return [];
    const byId = new Map(table.rows.map((r) => [r.id, r]));
    const rows = ['new', 'carried', 'total', 'carryNext'].map((id) => byId.get(id));
    if (rows.some((r) => !r)) return [];
    const [nw, carried, total, next] = rows as NonNullable<(typeof rows)[number]>[];
    const out: Finding[] = [];
    for (let col = 0; col < APP_WIDTH; col++) {
      const cells = [nw.cells[col], carried.cells[col], total.cells[col], next.cells[col]];
      const v = cells.map(sumValue);
      if (v.some((x) => x === undefined)) continue;
      const [a, b, c, d] = v as number[];
      if (a + b === c + d) continue;
      const column = appCellName('carryNext', col);
      const balancing = a + b - c;
      const fixes = [];
      if (balancing >= 0) fixes.push({ title: msg('fix.balance', { cell: column, value: balancing }), edits: [writeRowCell(next.cells, col, balancing, next.glue)], preferred: true });
      // The alternative shows both sides and selects the four figures without changing any.
      fixes.push({ title: msg('fix.balanceShow', { lhs: a + b, rhs: c + d }), edits: [], reveal: cells.map((x) => cellRange(x)) });
      out.push({
        code: 'balance',
        severity: 'error',
        span: cellRange(next.cells[col]),
        message: msg('balance', { column: APP_COLUMNS[col].short, lhs: a + b, rhs: c + d, a, b, c, d }),
        related: cells.map((cell, i) => ({ span: cellRange(cell), message: msg('part', { cell: appCellName(['new', 'carried', 'total', 'carryNext'][i], col), value: shown(cell) }) })),
        fixes,
        // expected: the left side 一+二; actual: the right side （七）+四.
        arith: { col, expected: a + b, actual: c + d },
      });
    }
    return out;
  },
};
