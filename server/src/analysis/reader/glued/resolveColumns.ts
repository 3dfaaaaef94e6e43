/**
 * Table 三's glued rows that the row total leaves open, settled together by the column rules:
 * in every column, （七）总计 = the sum of its items, and 一 + 二 = （七）总计 + 四 (the 勾稽关系).
 * Each open row contributes one of its readings to each column's two sums; a dynamic programme
 * over the rows keeps the distinct partial sums (not the combinations), counts how many
 * combinations close every sum, and recovers the combination when exactly one does. Sums that
 * involve a cell that cannot be read are left out; the search has a state budget.
 */
import { APP_WIDTH, totalItems } from '../../form/schema';

export interface ColumnRow {
  id: string;
  /** Known figures (undefined: unreadable), for rows that are read. */
  values?: (number | undefined)[];
  /** Readings still open, for ambiguous rows. */
  readings?: number[][];
}

const MAX_STATES = 20_000;

/** The reading index of each open row, when exactly one combination satisfies every column rule. */
export function resolveColumns(rows: readonly ColumnRow[], variant: '2021' | '2019'): Map<string, number> | undefined {
  const open = rows.filter((r) => r.readings && r.readings.length > 0);
  if (!open.length) return undefined;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = new Set(totalItems(variant));
  // Coefficients of each row in the two sums: Σ items − total = 0; new + carried − total − carryNext = 0.
  const coef = (id: string): [number, number] => [items.has(id) ? 1 : id === 'total' ? -1 : 0, id === 'new' || id === 'carried' ? 1 : id === 'total' || id === 'carryNext' ? -1 : 0];
  const sums: { col: number; which: 0 | 1 }[] = [];
  for (let col = 0; col < APP_WIDTH; col++) {
    for (const which of [0, 1] as const) {
      const members = which === 0 ? [...items, 'total'] : ['new', 'carried', 'total', 'carryNext'];
      // A sum is usable when each of its rows is there and its cell in this column is known or open.
      const usable = members.every((id) => {
        const r = byId.get(id);
        return r && (r.readings?.length || r.values?.[col] !== undefined);
      });
      if (usable) sums.push({ col, which });
    }
  }
  if (!sums.length) return undefined;
  const base = sums.map(({ col, which }) => {
    let v = 0;
    for (const r of rows) if (!r.readings?.length && r.values?.[col] !== undefined) v += coef(r.id)[which] * (r.values[col] as number);
    return v;
  });
  interface State {
    residual: number[];
    count: number;
    from?: string;
    choice?: number;
  }
  const layers: Map<string, State>[] = [];
  let current = new Map<string, State>([[base.join(','), { residual: base, count: 1 }]]);
  for (const row of open) {
    const [a, b] = coef(row.id);
    const next = new Map<string, State>();
    for (const [key, st] of current) {
      row.readings!.forEach((reading, ri) => {
        const residual = sums.map(({ col, which }, k) => st.residual[k] + (which === 0 ? a : b) * reading[col]);
        const nk = residual.join(',');
        const prev = next.get(nk);
        if (prev) prev.count = Math.min(2, prev.count + st.count);
        else next.set(nk, { residual, count: st.count, from: key, choice: ri });
      });
      if (next.size > MAX_STATES) return undefined;
    }
    layers.push(next);
    current = next;
  }
  const zero = sums.map(() => 0).join(',');
  const end = current.get(zero);
  if (!end || end.count !== 1) return undefined;
  const choice = new Map<string, number>();
  let key = zero;
  for (let i = open.length - 1; i >= 0; i--) {
    const st = layers[i].get(key)!;
    choice.set(open[i].id, st.choice!);
    key = st.from!;
  }
  return choice;
}
