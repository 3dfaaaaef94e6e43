/**
 * unfilled: the placeholder of a new report's template (「（请在此填写。）」, 「（請在此填寫。）」) still in the text.
 * A report made with 「新建年度报告」 checks clean from the start — its tables are the form's, all zeros, and
 * balance — so the status said 「✓ 0 个错误」 of a report none of whose sections was written (found by a
 * writer's review). Each placeholder left is a warning, until the section is written.
 */
import type { Finding } from '../../analysis/types';
import { msg } from '../shared/cells';
import type { SegmentCheck } from '../types';

/** The template's placeholder in each script (newReport.ts writes the first; its traditional copy the second). */
const PLACEHOLDERS = ['（请在此填写。）', '（請在此填寫。）'];

export const unfilled: SegmentCheck = {
  code: 'unfilled',
  severity: 'warning',
  scope: 'segment',
  description: { cn: '新建报告模板的占位文字还没有替换', tw: '新建報告範本的佔位文字還沒有替換', en: 'The new-report template’s placeholder is still in the text' },
  messages: {
    unfilled: { cn: '这里还是模板的占位文字「{text}」：请填写这一部分', tw: '這裡還是範本的佔位文字「{text}」：請填寫這一部分', en: 'The template’s placeholder “{text}” is still here: write this part' },
  },
  run(_seg, text) {
    const out: Finding[] = [];
    for (const p of PLACEHOLDERS) {
      for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + p.length)) {
        out.push({ code: 'unfilled', severity: 'warning', span: { start: at, end: at + p.length }, message: msg('unfilled', { text: p }) });
      }
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  },
};
