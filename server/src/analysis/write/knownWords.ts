/**
 * Cutting a run of header words that lost its cell boundaries (「申请人情况自然人法人或其他组织总计
 * 商业企业…」) back into the words of the form, as written in the document (either script, with
 * their spaces). Words are matched longest first on folded text; what matches nothing stays a word
 * of its own, so no character is ever lost.
 */
import { foldChars } from '../reader/text/normalize';

export const APP_HEADER_VOCABULARY = ['申请人情况', '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
export const REVIEW_HEADER_VOCABULARY = ['行政复议', '行政法复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
export const ACTIVE_HEADER_VOCABULARY = ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额(单位:万元)', '本年收费金额', '本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '处理决定数量', '采购项目数量', '采购总金额'];
export const STATISTICS_HEADER_VOCABULARY = ['指标名称', '计量单位', '单位', '本年度', '年末统计', '历年累计', '统计数', '数量'];

export function splitKnownWords(raw: string, vocabulary: readonly string[]): string[] {
  const { s, back } = foldChars(raw);
  const words = [...vocabulary].sort((a, b) => b.length - a.length);
  const out: string[] = [];
  let unknownFrom = -1;
  const rawAt = (i: number) => (i < s.length ? back[i] : raw.length);
  const flush = (to: number) => {
    if (unknownFrom >= 0) {
      const w = raw.slice(rawAt(unknownFrom), rawAt(to)).trim();
      if (w) out.push(w);
      unknownFrom = -1;
    }
  };
  for (let i = 0; i < s.length; ) {
    // The 勾稽关系 note is one word, brackets and all.
    if (s[i] === '(' && s.slice(i, i + 8).includes('本列数据')) {
      const close = s.indexOf(')', i);
      const end = close < 0 ? s.length : close + 1;
      flush(i);
      out.push(raw.slice(rawAt(i), rawAt(end)).trim());
      i = end;
      continue;
    }
    const w = words.find((x) => s.startsWith(x, i));
    if (!w) {
      if (unknownFrom < 0) unknownFrom = i;
      i++;
      continue;
    }
    flush(i);
    out.push(raw.slice(rawAt(i), rawAt(i + w.length)).trim());
    i += w.length;
  }
  flush(s.length);
  return out;
}
