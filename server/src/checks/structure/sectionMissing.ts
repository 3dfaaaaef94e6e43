/** section-missing: one of the six sections has no heading. The fix inserts the official heading where it belongs. */
import { SECTIONS } from '../../analysis/form/schema';
import type { Finding, Span } from '../../analysis/types';
import { msg } from '../shared/cells';
import type { DocumentCheck } from '../types';

export const sectionMissing: DocumentCheck = {
  code: 'section-missing',
  severity: 'error',
  scope: 'document',
  description: { cn: '缺少六个部分之一', tw: '缺少六個部分之一', en: 'One of the six sections is missing' },
  messages: {
    'section-missing': { cn: '缺少「{section}」部分', tw: '缺少「{section}」部分', en: 'Section “{section}” is missing' },
    'fix.insertHeading': { cn: '插入标题「{section}」', tw: '插入標題「{section}」', en: 'Insert the heading “{section}”' },
  },
  run(f) {
    if (f.format === 'pre-2019') return [];
    const present = new Set(f.headings.map((h) => h.section));
    const out: Finding[] = [];
    for (const def of SECTIONS) {
      if (present.has(def.id)) continue;
      const next = f.headings.find((h) => h.section > def.id);
      const heading = f.script === 'traditional' ? def.name.tw : def.name.cn;
      let span: Span;
      let at: number;
      let insert: string;
      if (next) {
        span = { ...next.span };
        at = next.span.start;
        insert = heading + '\n';
      } else {
        at = f.length;
        span = f.headings.length ? { start: f.length, end: f.length } : f.title ? { ...f.title.span } : { start: 0, end: 0 };
        insert = (f.length && !/[\r\n]$/.test(f.text) ? '\n' : '') + heading + '\n';
      }
      out.push({
        code: 'section-missing',
        severity: 'error',
        span,
        message: msg('section-missing', { section: def.name }),
        fixes: [{ title: msg('fix.insertHeading', { section: def.name }), edits: [{ span: { start: at, end: at }, newText: insert }], preferred: true }],
      });
    }
    return out;
  },
};
