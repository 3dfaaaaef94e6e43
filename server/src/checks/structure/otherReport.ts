/**
 * other-report: another report follows in the same text — a township's after the county's, another year's after this
 * one's. Its sections and tables are not this report's (DocFacts.otherReport): said once, at its title, so a reviewer
 * knows the file holds two and saves the other on its own. Without it, the other's table was exported as this one's
 * (found by a review of a researcher's folder).
 */
import type { Finding } from '../../analysis/types';
import { msg } from '../shared/cells';
import type { DocumentCheck } from '../types';

export const otherReport: DocumentCheck = {
  code: 'other-report',
  severity: 'warning',
  scope: 'document',
  description: {
    cn: '同一文件中接着另一份年度报告（另一单位或另一年度的）',
    tw: '同一檔案中接著另一份年度報告（另一單位或另一年度的）',
    en: 'Another annual report (of another body or year) follows in the same file',
  },
  messages: {
    'other-report': {
      cn: '此处起是另一份报告（「{title}」）：它的各部分和统计表不计入本报告，也不导出；请把它另存为单独的文件再检查',
      tw: '此處起是另一份報告（「{title}」）：它的各部分和統計表不計入本報告，也不匯出；請把它另存為單獨的檔案再檢查',
      en: 'Another report starts here (“{title}”): its sections and tables are not counted as this report’s, nor exported; save it as a file of its own and check that',
    },
  },
  run(f) {
    if (!f.otherReport) return [];
    const { span, text } = f.otherReport;
    const finding: Finding = { code: 'other-report', severity: 'warning', span: { ...span }, message: msg('other-report', { title: text }) };
    return [finding];
  },
};
