/**
 * The issuing body named in a report's title — 「平潭综合实验区财政金融局」 from
 * 「平潭综合实验区财政金融局2023年度政府信息公开工作年度报告」 — and a key that matches the same body
 * across years, scripts and spellings (「关于」, 「本级」, spaces, brackets).
 */
import { norm } from '../reader/text/normalize';
import { agencyOf } from '../reader/segments/agency';

export { agencyOf };

/**
 * The body a report is by: its title's, else the one that signs it (「2023年政府信息公开工作年度报告」 on the
 * agency's own site, signed 「平潭综合实验区财政金融局」 under section 六) — its years were not compared, and its
 * export named no agency, with nothing said (found by a review).
 */
export function reportAgency(r: { title?: { text: string }; signer?: string }): string | undefined {
  const own = agencyOf(r.title?.text);
  if (own || !r.signer) return own;
  // (Read as a title's words are: 「我局」 names no body. A bureau's office signing for it — 「某局办公室」 — is the bureau,
  // as its title names it; 「管委会办公室」「人民政府办公室」 are bodies of their own.)
  return agencyOf(r.signer.replace(/([局厅])办公室$/, '$1') + '政府信息公开工作年度报告');
}

/**
 * The same agency in either script, with or without 「本级」 and spaces, and with or without its province before its city
 * (「江西省南昌市青山湖区教育局」, 「南昌市青山湖区教育局」: one body, whose years were not compared — found by a review), gives the
 * same key. (A city's name says its province: no two prefectures share one.) So does its name converted with Taiwan's phrases (资讯中心).
 */
export function agencyKey(agency: string): string {
  // (「資訊」 is Taiwan's 信息, as a twp conversion writes the agency's 信息中心: the same body.)
  return norm(agency).replace(/资讯/g, '信息').replace(/[()（）【】\[\]]/g, '').replace(/本级$|本级(?=\W|$)/, '').replace(PROVINCE_BEFORE_CITY, '');
}
/** A province's or an autonomous region's name before a city's, a prefecture's or a league's, and more after it. */
// (A city's name may hold 州 — 杭州, 广州, 贵州省's 贵阳 —; 「市场」「市政」 are no city's 市: 「浙江省农产品批发市场…」 is a province's
// body, not 「农产品批发市」's — found by the review of the first version.)
const PROVINCE_BEFORE_CITY = /^[^省市区县]{2,8}?(?:省|自治区)(?=[^省市区县旗]{1,8}?(?:市(?![场政民容])|自治州|州(?![市省])|盟|地区).)/;
