/**
 * Which form the report follows. The tables decide when they are there (their columns and the
 * shape of （六）其他处理); otherwise the report's year: 2021 onwards the 2021 form, 2019–2020 the
 * 2019 trial form, earlier years the free pre-2019 structure.
 */
import type { FormatVersion, Table } from '../types';

/** Rows of table 三 (of 23 or 25) and of table 二 (of 10 or more) read that make a whole table of a form, not an agency's own. */
export const WHOLE_APP = 12;
export const WHOLE_ACTIVE = 6;

/** Table 二 or 三 read whole enough to be the form's, not a small table of an agency's own. */
export function isWholeFormTable(t: Table): boolean {
  if (t.kind === 'applications') return t.rows.length >= WHOLE_APP;
  if (t.kind === 'active') return t.blocks.reduce((n, b) => n + b.rows.length, 0) >= WHOLE_ACTIVE;
  return false;
}

export function detectFormat(tables: readonly Table[], year: number | undefined): FormatVersion {
  const app = tables.find((t) => t.kind === 'applications');
  const ids = new Set(app && app.kind === 'applications' ? app.rows.map((r) => r.id) : []);
  // （六）其他处理's three rows exist in the 2021 form only.
  if (ids.has('o1') || ids.has('o2') || ids.has('o3')) return '2021';
  const act = tables.find((t) => t.kind === 'active');
  // A year before any form: a small table of outcomes (with 其他处理 too) or of 规范性文件/行政许可 is the agency's own, its rules
  // not the form's (a review saw a 2016 report given 2021's missing tables and rows) — but the form's whole tables are the
  // form's, and the year a typo (a 2019 report titled 2018 lost its balance errors: found by the review of the first version).
  const before = year !== undefined && year < 2019 && !(app && isWholeFormTable(app)) && !(act && isWholeFormTable(act));
  // （六）其他处理 as one row: the 2019 form — unless table 二 is the 2021 form's and table 三 is a short table of its own (its
  // sub-items left out, a total column alone): that says less of the form than a whole table 二 (a 2021 report was said
  // to be on the 2019 form, with eight table-shape errors: found by a review).
  const shortApp = !!app && !isWholeFormTable(app);
  if (ids.has('other') && !before && !(shortApp && act && act.kind === 'active' && act.variant === '2021')) return '2019';
  if (act && act.kind === 'active' && !before) return act.variant;
  if (year !== undefined) {
    if (year >= 2021) return '2021';
    if (year >= 2019) return '2019';
    return 'pre-2019';
  }
  // No year: the statistics table (指标名称 / 计量单位 / 本年度) is the old reports' own.
  if (tables.some((t) => t.kind === 'statistics')) return 'pre-2019';
  return '2021';
}

/** The government's forms that set the report's sections and tables (not the free pre-2019 structure, not a body's own rules). */
export const governmentForm = (f: FormatVersion): f is '2021' | '2019' => f === '2021' || f === '2019';
