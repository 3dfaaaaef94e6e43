/**
 * balance: the 勾稽关系 printed in table 三's header — 一、新收 + 二、上年结转 =
 * （七）总计 + 四、结转下年度继续办理, in every column. The finding sits on the 结转 cell, the figure
 * the fix offers to change; the other side is shown so the user can see which figure is wrong.
 */
import { APP_COLUMNS, APP_TOTAL_COL, APP_WIDTH, totalItems } from '../../analysis/form/schema';
import { figuresKnown } from '../../analysis/views/summary';
import type { Cell, Finding, Fix, RowGlue, TableRow, Text3 } from '../../analysis/types';
import { appCellName, cellRange, msg, PART_MESSAGE, shown, sumValue, writeRowCell, writeRowCells } from '../shared/cells';
import type { TableCheck } from '../types';

export const balance: TableCheck = {
  code: 'balance',
  severity: 'error',
  scope: 'table',
  description: {
    cn: '表三勾稽关系：一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理，每一列都查',
    tw: '表三勾稽關係：一、本年新收 + 二、上年結轉 = （七）總計 + 四、結轉下年度繼續辦理，每一欄都查',
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
    'fix.balanceMany': {
      cn: '将{cells}（使勾稽关系平衡，行合计不变）',
      tw: '將{cells}（使勾稽關係平衡，列合計不變）',
      en: 'Set {cells} (balances the table, row total kept)',
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
    if (rows.some((r) => !r || !figuresKnown(r, APP_WIDTH))) return [];
    const [nw, carried, total, next] = rows as NonNullable<(typeof rows)[number]>[];
    // Where setting 四、结转 would balance each column (and by how much it would move).
    const delta: (number | undefined)[] = [];
    const items = totalItems(table.variant).map((id) => byId.get(id));
    // (A blank total whose parts hold figures is no 0: row-total says it is blank and what it should be — the
    // balance counting it 0 said a third thing of one blank cell, found by a review. So of （七）总计 left blank
    // under items that hold figures, as while a writer fills the table row by row: column-total says what it
    // should be, and the balance, counting it 0, said every column was out.)
    const held = (c: Cell | undefined) => (c ? sumValue(c) ?? 0 : 0) > 0;
    const blankTotal = (r: TableRow, col: number) =>
      r.cells[col].kind === 'blank' && ((col === APP_TOTAL_COL && r.cells.slice(0, APP_TOTAL_COL).some(held)) || (r === total && items.some((x) => held(x?.cells[col]))));
    const value = (r: TableRow, col: number) => (blankTotal(r, col) ? undefined : sumValue(r.cells[col]));
    for (let col = 0; col < APP_WIDTH; col++) {
      const v = [nw, carried, total, next].map((r) => value(r, col));
      delta[col] = v.some((x) => x === undefined) ? undefined : (v[0]! + v[1]!) - (v[2]! + v[3]!);
    }
    const carryFix = balancingEdits(next.cells, next.glue, delta);
    /** Whether （七）总计 is the sum of its items in a column (unknown counts as holding: column-total says nothing then either). */
    const totalHolds = (col: number): boolean => {
      let sum = 0;
      for (const r of items) {
        const v = r ? sumValue(r.cells[col]) : undefined;
        if (v === undefined) return true;
        sum += v;
      }
      return sumValue(total.cells[col]) === undefined || sum === sumValue(total.cells[col]);
    };
    const out: Finding[] = [];
    for (let col = 0; col < APP_WIDTH; col++) {
      const cells = [nw.cells[col], carried.cells[col], total.cells[col], next.cells[col]];
      const v = [nw, carried, total, next].map((r) => value(r, col));
      if (v.some((x) => x === undefined)) continue;
      // (Nothing written yet on the right — （七）总计 and 四 both blank, as while a writer fills the table from the top:
      // cell-blank says so; the balance said the column was out by all of 一+二.)
      if (cells[2].kind === 'blank' && cells[3].kind === 'blank') continue;
      const [a, b, c, d] = v as number[];
      if (a + b === c + d) continue;
      const fixes: Fix[] = [];
      // Setting 四、结转 is offered only where it does not break that row's own total: alone when its
      // row total stays right, or together with the other columns it must move with.
      // (Not preferred where （七）总计 is not the sum of its items in a column it sets: its own column-total says so
      // at once, and 结转 set from a wrong total was a wrong figure the balance then held — found by a review.)
      // (Nor where （七）总计 is 0 in a column it sets: nothing handled yet — a form filled from the top, its results still the
      // template's zeros — and every application 「carried over」 was a guess an auto fix applied, leaving a table that
      // balanced on figures nobody wrote: found by a review of a writer's session.)
      const carry = carryFix && carryFix.cols.includes(col) ? (carryFix.cols.every((k) => totalHolds(k) && sumValue(total.cells[k]) !== 0) ? carryFix.fix : { ...carryFix.fix, preferred: false }) : undefined;
      if (carry?.preferred) fixes.push(carry);
      // The alternative shows both sides and selects the four figures without changing any.
      fixes.push({ title: msg('fix.balanceShow', { lhs: a + b, rhs: c + d }), edits: [], reveal: cells.map((x) => cellRange(x)), ...(carry && !carry.preferred ? { preferred: true } : {}) });
      if (carry && !carry.preferred) fixes.push(carry);
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

/**
 * The edit to 四、结转下年度继续办理 that balances every unbalanced column at once and keeps its row
 * total right: the person columns' changes must add up to the total column's. Undefined when no such
 * edit exists (then another figure is wrong, and the user is shown the four to compare).
 */
function balancingEdits(cells: Cell[], glue: RowGlue | undefined, delta: (number | undefined)[]): { cols: number[]; fix: Fix } | undefined {
  const values = cells.map(sumValue);
  if (values.some((v) => v === undefined)) return undefined;
  const vs = values as number[];
  // The row must add up before and after.
  if (vs.slice(0, APP_TOTAL_COL).reduce((a, b) => a + b, 0) !== vs[APP_TOTAL_COL]) return undefined;
  const cols = delta.map((d, i) => (d ? i : -1)).filter((i) => i >= 0);
  if (!cols.length || delta.some((d) => d === undefined) || cols.some((c) => cells[c].split)) return undefined;
  const persons = cols.filter((c) => c < APP_TOTAL_COL).reduce((s, c) => s + delta[c]!, 0);
  if (persons !== (delta[APP_TOTAL_COL] ?? 0)) return undefined;
  const next = vs.map((v, i) => v + (delta[i] ?? 0));
  if (next.some((v) => v < 0)) return undefined;
  const names = cols.map((c) => appCellName('carryNext', c));
  const edits = glue?.status === 'read' ? [writeRowCells(cells, cols, next, glue)] : cols.map((c) => writeRowCell(cells, c, next[c], glue));
  const title = cols.length === 1 ? msg('fix.balance', { cell: names[0], value: next[cols[0]] }) : msg('fix.balanceMany', { cells: join(names.map((n, i) => ({ ...n, cn: `「${n.cn}」改为 ${next[cols[i]]}`, tw: `「${n.tw}」改為 ${next[cols[i]]}`, en: `${n.en} to ${next[cols[i]]}` }))) });
  return { cols, fix: { title, edits, preferred: true } };
}

const join = (names: Text3[]): Text3 => ({ cn: names.map((n) => n.cn).join('、'), tw: names.map((n) => n.tw).join('、'), en: names.map((n) => n.en).join(', ') });
