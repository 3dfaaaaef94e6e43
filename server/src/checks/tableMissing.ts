/** table-missing: section 二, 三 or 四 has no table (seeds 002 and 004 publish none). */
import { sectionDef, TABLE_NAMES, TABLE_SECTION } from '../analysis/schema';
import type { Finding, TableKind } from '../analysis/types';
import { msg } from './cells';
import type { DocumentCheck } from './types';

export const tableMissing: DocumentCheck = {
  code: 'table-missing',
  severity: 'error',
  scope: 'document',
  description: { cn: '第二、三、四部分缺少统计表', tw: '第二、三、四部分缺少統計表', en: 'Section II, III or IV has no table' },
  messages: {
    'table-missing': { cn: '「{section}」部分缺少{table}', tw: '「{section}」部分缺少{table}', en: 'Section 「{section}」 has no {table}' },
  },
  run(f) {
    if (f.format === 'pre-2019') return [];
    const out: Finding[] = [];
    for (const kind of ['active', 'applications', 'review'] as TableKind[]) {
      if (f.tables.some((t) => t.kind === kind)) continue;
      const section = TABLE_SECTION[kind];
      const heading = f.headings.find((h) => h.section === section);
      const span = heading ? { ...heading.span } : f.title ? { ...f.title.span } : { start: 0, end: 0 };
      out.push({ code: 'table-missing', severity: 'error', span, message: msg('table-missing', { section: sectionDef(section).name, table: TABLE_NAMES[kind] }) });
    }
    return out;
  },
};
