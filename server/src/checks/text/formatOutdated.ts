/** format-outdated: a report of 2021 or later still uses the 2019 trial form of the tables. */
import { msg } from '../shared/cells';
import type { DocumentCheck } from '../types';

export const formatOutdated: DocumentCheck = {
  code: 'format-outdated',
  severity: 'warning',
  scope: 'document',
  description: { cn: '2021 年及以后的报告仍使用 2019 版表格', tw: '2021 年及以後的報告仍使用 2019 版表格', en: 'A report of 2021 or later uses the 2019 tables' },
  messages: {
    'format-outdated': { cn: '{year} 年度报告应使用 2021 版格式（国办公开办函〔2021〕30号），此表为 2019 版', tw: '{year} 年度報告應使用 2021 版格式（國辦公開辦函〔2021〕30號），此表為 2019 版', en: 'A {year} report must use the 2021 form (国办公开办函〔2021〕30号); this table is the 2019 form' },
  },
  run(f) {
    // (The report's year, from its title or its statistics period; and any table of the 2019 form, though the other
    // be the 2021 form's — a table 二 of 2019 beside a table 三 of 2021 — found by a review.)
    const year = f.year;
    if (year === undefined || year < 2021 || f.format === 'pre-2019') return [];
    const t = f.tables.find((x) => (x.table.kind === 'applications' || x.table.kind === 'active') && x.table.variant === '2019');
    return t ? [{ code: 'format-outdated', severity: 'warning', span: { start: t.span.start, end: Math.min(t.span.end, t.span.start + 1) }, message: msg('format-outdated', { year }) }] : [];
  },
};
