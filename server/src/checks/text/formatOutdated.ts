/**
 * format-outdated: a report of 2021 or later still uses the 2019 trial form of the tables; or a report of 2019 or later
 * the statistics table of the forms before it.
 */
import { governmentForm } from '../../analysis/model/format';
import { msg } from '../shared/cells';
import { WHOLE_APP } from '../../analysis/model/format';
import type { DocumentCheck } from '../types';

export const formatOutdated: DocumentCheck = {
  code: 'format-outdated',
  severity: 'warning',
  scope: 'document',
  description: { cn: '报告仍使用其年度不应再用的旧版表格或提纲', tw: '報告仍使用其年度不應再用的舊版表格或提綱', en: 'A report uses tables or an outline its year no longer allows' },
  messages: {
    'format-outdated': { cn: '{year} 年度报告应使用 2021 版格式（国办公开办函〔2021〕30号），此表为 2019 版', tw: '{year} 年度報告應使用 2021 版格式（國辦公開辦函〔2021〕30號），此表為 2019 版', en: 'A {year} report must use the 2021 form (国办公开办函〔2021〕30号); this table is the 2019 form' },
    'format-outdated.statistics': {
      cn: '{year} 年度报告应使用 {form} 版格式（{ref}），此表为 2019 年以前的统计表：表二、表三、表四因此都读不到',
      tw: '{year} 年度報告應使用 {form} 版格式（{ref}），此表為 2019 年以前的統計表：表二、表三、表四因此都讀不到',
      en: 'A {year} report must use the {form} form ({ref}); this is the statistics table of the forms before 2019, so tables II, III and IV are not there',
    },
    'format-outdated.outline': {
      cn: '{year} 年度报告应使用 {form} 版格式（{ref}），本报告仍按 2019 年以前的提纲编写（概述、依申请公开、收费及减免……）：规定的六个部分和表二、表三、表四都没有，未按规定格式检查',
      tw: '{year} 年度報告應使用 {form} 版格式（{ref}），本報告仍按 2019 年以前的提綱編寫（概述、依申請公開、收費及減免……）：規定的六個部分和表二、表三、表四都沒有，未按規定格式檢查',
      en: 'A {year} report must use the {form} form ({ref}); this report follows the outline of the years before 2019 (概述, 依申请公开, 收费及减免 …): the form’s six sections and tables II, III and IV are not there, and it was not checked against the form',
    },
  },
  run(f) {
    // (The report's year, from its title or its statistics period; and any table of the 2019 form, though the other
    // be the 2021 form's — a table 二 of 2019 beside a table 三 of 2021 — found by a review.)
    const year = f.year;
    if (year === undefined) return [];
    // The outline before 2019 in a report of 2019 or later: an error, said once at its first heading — its tables and sections
    // are not the form's, and nothing else is said of them (oldOutline.ts).
    if (f.oldOutline) {
      if (year < 2019) return [];
      const [form, ref] = year >= 2021 ? ['2021', '国办公开办函〔2021〕30号'] : ['2019', '国办公开办函〔2019〕60号'];
      return [{ code: 'format-outdated', severity: 'error', span: { ...f.oldOutline.span }, message: msg('format-outdated.outline', { year, form, ref }) }];
    }
    if (!governmentForm(f.format)) return [];
    // The statistics table of the forms before 2019 in a report of 2019 or later (a template of years before kept):
    // said once, on the table — the tables said missing all follow from it (found by a review).
    // (Only where none of the form's tables was read: a small table of indicators in 一 beside tables 二–四 is no template kept.)
    const old = year >= 2019 && !f.tables.some((x) => x.kind === 'active' || x.kind === 'applications' || x.kind === 'review') && f.tables.find((x) => x.table.kind === 'statistics');
    if (old) {
      const [form, ref] = year >= 2021 ? ['2021', '国办公开办函〔2021〕30号'] : ['2019', '国办公开办函〔2019〕60号'];
      return [{ code: 'format-outdated', severity: 'warning', span: { start: old.span.start, end: Math.min(old.span.end, old.span.start + 1) }, message: msg('format-outdated.statistics', { year, form, ref }) }];
    }
    if (year < 2021) return [];
    // (Not a short table 三 of an agency's own — its sub-items left out, 其他处理 one row —: it says nothing of the form,
    // and table 二 said 2021 — found by a review.)
    const t = f.tables.find((x) => (x.table.kind === 'active' || (x.table.kind === 'applications' && x.table.rows.length >= WHOLE_APP)) && x.table.variant === '2019');
    return t ? [{ code: 'format-outdated', severity: 'warning', span: { start: t.span.start, end: Math.min(t.span.end, t.span.start + 1) }, message: msg('format-outdated', { year }) }] : [];
  },
};
