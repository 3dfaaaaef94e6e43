/**
 * Which form the report follows. The tables decide when they are there (their columns and the
 * shape of （六）其他处理); otherwise the report's year: 2021 onwards the 2021 form, 2019–2020 the
 * 2019 trial form, earlier years the free pre-2019 structure.
 */
import type { FormatVersion, Table } from '../types';

export function detectFormat(tables: readonly Table[], year: number | undefined): FormatVersion {
  const app = tables.find((t) => t.kind === 'applications');
  if (app && app.kind === 'applications') {
    const ids = new Set(app.rows.map((r) => r.id));
    if (ids.has('other') && !ids.has('o1') && !ids.has('o2') && !ids.has('o3')) return '2019';
    if (ids.has('o1') || ids.has('o2') || ids.has('o3')) return '2021';
  }
  const act = tables.find((t) => t.kind === 'active');
  if (act && act.kind === 'active') return act.variant;
  if (app) return '2021';
  if (year !== undefined) {
    if (year >= 2021) return '2021';
    if (year >= 2019) return '2019';
    return 'pre-2019';
  }
  return '2021';
}
