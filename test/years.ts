/**
 * Two years of one agency for the tests that compare years (carry-over, the workspace, the trend
 * view): seed 000 (松江区人社局 2023, which carries 1 application over to next year) and a 2024
 * report made from it — as published (上年结转 0: does not carry over) and corrected (上年结转 1).
 */
import { analyse, firstTable, fixture, SEEDS, setCell } from './helpers';

/** Seed 000 (松江 2023: 结转下年度 1 natural person) and its successor for 2024 made from it. */
export function songjiangYears(): { y2023: string; y2024: string; y2024ok: string } {
  const y2023 = fixture(SEEDS.pipe);
  const y2024 = y2023.replace(/2023/g, '2024').replace(/2022/g, '2023');
  // The same 2024 report carrying over what 2023 left (自然人 1), and still balanced: 结转下年度 2.
  let ok = y2024;
  for (const [id, col, v] of [['carryNext', 6, '2'], ['carryNext', 0, '2'], ['carried', 6, '1'], ['carried', 0, '1']] as const) {
    const t = firstTable(analyse(ok).model, 'applications');
    ok = setCell(ok, t.rows.find((r) => r.id === id)!.cells[col], v);
  }
  return { y2023, y2024, y2024ok: ok };
}

