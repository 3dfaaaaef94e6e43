/**
 * other-form: a report made under the body's own rules — a university's, a hospital's, a school's, a public enterprise's
 * — not the government's form (DocFacts.ownRules, format 'own'). Said once, at its title, so a reviewer knows why its
 * sections and tables are not checked: against the government form each had four to six false errors, and fixes that
 * renamed its own sections (found by a review of other issuers' reports). Its figures, year and text are still read.
 */
import type { Finding } from '../../analysis/types';
import { msg } from '../shared/cells';
import type { DocumentCheck } from '../types';

export const otherForm: DocumentCheck = {
  code: 'other-form',
  severity: 'information',
  scope: 'document',
  description: {
    cn: '报告按本单位适用的规定编写（高校、医院、公共企事业单位等），不是政府信息公开年度报告格式',
    tw: '報告按本單位適用的規定編寫（高校、醫院、公共企事業單位等），不是政府資訊公開年度報告格式',
    en: 'The report follows the body’s own rules (a university, hospital or public enterprise), not the government form',
  },
  messages: {
    'other-form': {
      cn: '这份报告按本单位适用的规定编写（「{by}」），不是政府信息公开年度报告格式：其部分和统计表不按政府格式检查',
      tw: '這份報告按本單位適用的規定編寫（「{by}」），不是政府資訊公開年度報告格式：其部分和統計表不按政府格式檢查',
      en: 'This report follows the body’s own rules (“{by}”), not the government form: its sections and tables are not checked against that form',
    },
  },
  run(f) {
    if (!f.ownRules) return [];
    const finding: Finding = { code: 'other-form', severity: 'information', span: { ...f.ownRules.span }, message: msg('other-form', { by: f.ownRules.text }) };
    return [finding];
  },
};
