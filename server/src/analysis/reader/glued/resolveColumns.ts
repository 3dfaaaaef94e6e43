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
/** Combinations enumerated to see which rows they agree on; more than this and nothing is decided. */
const MAX_SOLUTIONS = 256;

/**
 * For each open row, the readings that some combination satisfying every column rule uses: one
 * reading left, the row is settled; several, it stays open with fewer readings. Undefined when no
 * combination satisfies the rules, or when there are too many to tell.
 */
export function resolveColumns(rows: readonly ColumnRow[], variant: '2021' | '2019'): Map<string, number[]> | undefined {
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
  /** A partial sum reached after some rows, and every (previous state, reading) that reaches it. */
  interface State {
    residual: number[];
    from: { key: string; choice: number }[];
  }
  const layers: Map<string, State>[] = [new Map([[base.join(','), { residual: base, from: [] }]])];
  for (const row of open) {
    const [a, b] = coef(row.id);
    const next = new Map<string, State>();
    for (const [key, st] of layers[layers.length - 1]) {
      row.readings!.forEach((reading, ri) => {
        const residual = sums.map(({ col, which }, k) => st.residual[k] + (which === 0 ? a : b) * reading[col]);
        const nk = residual.join(',');
        const prev = next.get(nk);
        if (prev) prev.from.push({ key, choice: ri });
        else next.set(nk, { residual, from: [{ key, choice: ri }] });
      });
      if (next.size > MAX_STATES) return undefined;
    }
    layers.push(next);
  }
  const zero = sums.map(() => 0).join(',');
  if (!layers[open.length].has(zero)) return undefined;
  // Walk back every combination that closes all sums, collecting the readings each row uses.
  const used = open.map(() => new Set<number>());
  let solutions = 0;
  const walk = (layer: number, key: string, picks: number[]): boolean => {
    if (layer === 0) {
      if (++solutions > MAX_SOLUTIONS) return false;
      picks.forEach((p, i) => used[i].add(p));
      return true;
    }
    for (const f of layers[layer].get(key)!.from) {
      picks[layer - 1] = f.choice;
      if (!walk(layer - 1, f.key, picks)) return false;
    }
    return true;
  };
  if (!walk(open.length, zero, [])) return undefined;
  return new Map(open.map((r, i) => [r.id, [...used[i]].sort((x, y) => x - y)]));
}
