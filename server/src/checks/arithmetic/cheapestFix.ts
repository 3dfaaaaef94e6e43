/**
 * When one wrong figure breaks a row rule and a column rule at once, the cheapest explanation is
 * that figure: one edit repairs both. This pass runs after the arithmetic checks of a table 三 and
 * offers that edit, as the preferred fix, on both findings (the total-setting fixes stay as
 * alternatives). Rows 一、二 and 四 are tied to their column by the balance rather than by （七）总计;
 * a part of （七）总计 to its column by column-total and the balance. Apart from that last (where it is
 * the column-total fix too), the figure changed is not a total, so "fix all" never applies this one.
 */
import { APP_TOTAL_COL, totalItems } from '../../analysis/form/schema';
import type { ApplicationsTable, Finding, Fix } from '../../analysis/types';
import { appCellName, msg, sumValue, writeRowCell } from '../shared/cells';

export const CHEAPEST_MESSAGES = {
  'fix.cell': {
    cn: '将「{cell}」改为 {value}（同时修正所在行和列）',
    tw: '將「{cell}」改為 {value}（同時修正所在列和欄）',
    en: 'Set {cell} to {value} (repairs its row and its column)',
  },
  // (Rows 一、二 and 四 are tied to their column by the balance: 「所在行和列」 named a column no rule of theirs is — a writer's trial.)
  'fix.cellBalance': {
    cn: '将「{cell}」改为 {value}（同时修正所在行和勾稽关系）',
    tw: '將「{cell}」改為 {value}（同時修正所在列和勾稽關係）',
    en: 'Set {cell} to {value} (repairs its row and the balance)',
  },
};

export function addCheapestFixes(table: ApplicationsTable, findings: Finding[]): void {
  const rowFindings = findings.filter((f) => f.code === 'row-total' && f.arith?.row);
  if (!rowFindings.length) return;
  const items = new Set(totalItems(table.variant));
  const byId = new Map(table.rows.map((r) => [r.id, r]));
  for (const rf of rowFindings) {
    const rowId = rf.arith!.row!;
    const row = byId.get(rowId);
    if (!row) continue;
    // What must be added to one part of the row for the row to add up.
    const needRow = rf.arith!.actual - rf.arith!.expected;
    for (let col = 0; col < APP_TOTAL_COL; col++) {
      const at = (code: string, gap: number) => findings.find((f) => f.code === code && f.arith?.col === col && f.arith.actual - f.arith.expected === gap);
      let others: (Finding | undefined)[];
      if (items.has(rowId)) others = [at('column-total', needRow)];
      else if (rowId === 'new' || rowId === 'carried') others = [at('balance', needRow)];
      else if (rowId === 'carryNext') others = [at('balance', -needRow)];
      // A part of （七）总计 itself is the total of its column and a term of the balance: mistyped, it breaks
      // its row, its column and (often) the balance — one edit repairs all three. (Setting 总计 to the row's
      // sum instead took three errors to four: found by a review.)
      else if (rowId === 'total') others = [at('column-total', -needRow), at('balance', -needRow)];
      else others = [];
      if (!others[0]) continue;
      const cell = row.cells[col];
      const now = sumValue(cell);
      // (Nor a figure a grid wrapped over lines: no one place to write it.)
      if (now === undefined || now + needRow < 0 || cell.split) continue;
      // A figure the edit would take back to 0 in a row otherwise all 0 is one the writer has just
      // entered, before the rest of its row and column (a form filled in figure by figure): offered,
      // never preferred over the totals — Ctrl+. then Enter would undo what was typed. (A stray figure in
      // a row with others, 「4|1|1|0|0|0|5」, is the one to take back: preferred, as ever.)
      const undoes = now !== 0 && now + needRow === 0 && row.cells.every((c, k) => k === col || !sumValue(c));
      const title = rowId === 'new' || rowId === 'carried' || rowId === 'carryNext' ? 'fix.cellBalance' : 'fix.cell';
      const fix: Fix = { title: msg(title, { cell: appCellName(rowId, col), value: now + needRow }), edits: [writeRowCell(row.cells, col, now + needRow, row.glue)], preferred: !undoes };
      const same = (x: Fix) => x.edits.length === 1 && x.edits[0].span.start === fix.edits[0].span.start && x.edits[0].newText === fix.edits[0].newText;
      for (const f of [rf, ...others]) {
        if (!f) continue;
        const existing = f.fixes?.find(same);
        if (undoes) {
          if (!existing) f.fixes = [...(f.fixes ?? []), fix];
          continue;
        }
        // (The totals' fixes stay safe: a part retyped on purpose — one more application — wants its totals
        // set, a mistyped one not; fix-all tells them apart by what its edits do to the other sums: fixAll.ts.)
        for (const x of f.fixes ?? []) x.preferred = x === existing;
        // A finding may already offer this very edit (the balance fix on 四、结转): prefer it rather than repeat it.
        if (!existing) f.fixes = [fix, ...(f.fixes ?? [])];
      }
    }
  }
}
