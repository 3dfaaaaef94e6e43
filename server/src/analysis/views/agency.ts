/**
 * The issuing body named in a report's title — 「平潭综合实验区财政金融局」 from
 * 「平潭综合实验区财政金融局2023年度政府信息公开工作年度报告」 — and a key that matches the same body
 * across years, scripts and spellings (「关于」, 「本级」, spaces, brackets).
 */
import { norm } from '../reader/text/normalize';
import { agencyOf, LEVEL_ONLY } from '../reader/segments/agency';
import { endsAsBody } from '../reader/segments/title';

export { agencyOf };

/**
 * The body a report is by: its title's, else the one that signs it (「2023年政府信息公开工作年度报告」 on the
 * agency's own site, signed 「平潭综合实验区财政金融局」 under section 六) — its years were not compared, and its
 * export named no agency, with nothing said (found by a review).
 */
export function reportAgency(r: { title?: { text: string; above?: true }; signer?: string }): string | undefined {
  const own = agencyOf(r.title?.text);
  if (!r.signer) return own;
  // (Read as a title's words are: 「我局」 names no body. A bureau's office signing for it — 「某局办公室」 — is the bureau,
  // as its title names it; 「管委会办公室」「人民政府办公室」 are bodies of their own.)
  const signed = agencyOf(r.signer.replace(/([局厅])办公室$/, '$1') + '政府信息公开工作年度报告');
  // A title naming its body by its level alone (「市财政局2023年…」), signed with its place (「福州市财政局」): the signature's
  // name — every city has a 「市财政局」, and two cities' were one key in an export (found by a review).
  // (Also where the name stands on the line above the title, a cover's 「市财政局」 / 「2022年…」: found by a review.)
  if (own && signed && LEVEL_ONLY.test(own) && signed.length > own.length && agencyKey(signed).endsWith(agencyKey(own))) return signed;
  if (own && !r.title?.above) return own;
  // A government's name on the line above a title that names no body, the report signed by another: the portal's banner
  // over a department's report (「福州市人民政府」 / 「2023年政府信息公开工作年度报告」 … 「福州市财政局」) — filed as the city
  // government's, its years compared with the government's own (found by a review). Not its own office signing for it.
  // Only a department signing (局, 委员会, 厅 …): a government's report is signed by itself, its office or a centre that made
  // it, and a zone's by its 管委会 — filed under those, its years were not compared (found by the review of the first version).
  if (own && GOVERNMENT.test(norm(own))) return signed && DEPARTMENT.test(norm(signed)) ? signed : own;
  // A body's name above, the report signed by another body: the site's banner of a vertical system whose offices publish on
  // their province's site (「国家税务总局福建省税务局」 over a report signed 「国家税务总局福州市鼓楼区税务局」, 「中华人民共和国福州海关」
  // over 马尾海关's, 「福建省气象局」 over 长乐区气象局's) — filed as the province's, its years compared with the province's own,
  // and two reports of the province's said for one year (found by a review). Not a unit of the body above signing for it
  // (「…局办公室」「…局信息中心」), nor a government or an office: a body's report is not signed by those for it.
  if (own) return signed && signsAsBody(norm(signed)) && anotherOffice(agencyKey(own), agencyKey(signed)) ? signed : own;
  return signed;
}
/**
 * Whether a report signed `signed` under the banner `banner` (keys) is another office's: one of the banner body's own
 * offices (「…福州市税务局第一稽查局」 under 「…福州市税务局」, 「福州市公安局鼓楼分局」 under 「福州市公安局」), or an office of the same
 * system elsewhere — the same body's words after another place (「福州市鼓楼区税务局」 under 「福建省税务局」, 「马尾海关」 under
 * 「福州海关」, 「长乐区气象局」 under 「福建省气象局」). Not the banner body signing by a short name (「福州市人社局」 under 「福州市人力
 * 资源和社会保障局」, 「…卫健委」, 「…市场监管局」) or by its second plate (「福州市新闻出版局」 under 「中共福州市委宣传部」): they
 * share no body's words at their ends, and were filed as another agency (found by the review of the first version).
 */
function anotherOffice(banner: string, signed: string): boolean {
  if (signed === banner) return false;
  // (Its short name: its characters the banner's, in order, the words that join them aside — 「福州市人社局」「福州市人力资源社会
  // 保障局」「福州市住房城乡建设局」 of 「…和…」: found by the review of the first version.)
  // (Its places whole: 「福州市教育局」 is no short name of 「福州市鼓楼区教育局」 — found by the review of the first version.)
  if (placesOf(signed) === placesOf(banner) && within(signed.replace(JOINING, ''), banner.replace(JOINING, ''))) return false;
  // (Its office of its own: a bureau, a branch, a brigade, a station — not a group or a unit of the body, 「…领导小组」.)
  if (signed.startsWith(banner)) return /(?:局|队|所|站|关)$/.test(signed.slice(banner.length));
  let k = 0;
  while (k < banner.length && k < signed.length && banner[banner.length - 1 - k] === signed[signed.length - 1 - k]) k++;
  return k >= 2 && k < banner.length && k < signed.length && endsAsBody(signed.slice(signed.length - k));
}
/**
 * The places a name opens with, to its county's: 「福州市鼓楼区」 of 「福州市鼓楼区教育局」 (not a town's: 乡 is also 城乡's; and a
 * city's name may hold 州, 「福州市」: 州 ends a place only where no 市 or 省 follows).
 */
const placesOf = (name: string) => /^(?:[^省市区县旗]{1,10}?(?:省|自治区|市|州(?![市省])|盟|地区|区|县|旗))*/.exec(name)![0];
/** The words that join a body's name's parts, left out of its short names: 和, 与, 及. */
const JOINING = /[和与及]/g;
/** Whether `short`'s characters are all `long`'s, in order (a short name of it). */
function within(short: string, long: string): boolean {
  let k = 0;
  for (let i = 0; i < long.length && k < short.length; i++) if (long[i] === short[k]) k++;
  return k === short.length;
}
/** A body's own name as it signs a report it wrote: ends as a body's, not a government's, an office's or a centre's. */
const signsAsBody = (n: string) => endsAsBody(n) && !GOVERNMENT.test(n) && !/(?:办公室|中心)$/.test(n);
/** How a department's name ends (a government's own office aside: 「…人民政府办公室」 ends otherwise). */
const DEPARTMENT = /(?:局|委员会|委|厅|署)$/;
/** A government's name or a place's alone, as a portal's banner gives it: 「福州市人民政府」「福州市」. */
const GOVERNMENT = /(?:人民政府|政府|省|市|县|区|旗|镇|乡|街道)$/;

/**
 * The same agency in either script, with or without 「本级」 and spaces, and with or without its province before its city
 * (「江西省南昌市青山湖区教育局」, 「南昌市青山湖区教育局」: one body, whose years were not compared — found by a review), gives the
 * same key. (A city's name says its province: no two prefectures share one.) So does its name converted with Taiwan's phrases (资讯中心).
 */
export function agencyKey(agency: string): string {
  // (「資訊」 is Taiwan's 信息, as a twp conversion writes the agency's 信息中心: the same body.)
  return norm(agency)
    .replace(SECOND_PLATE, (all, body: string) => (endsAsBody(body) ? body : all))
    .replace(/资讯/g, '信息')
    .replace(/[()（）【】\[\]]/g, '')
    .replace(/本级$|本级(?=\W|$)/, '')
    .replace(SHORT_FORMS, (w) => LONG_FORM[w] ?? '')
    .replace(SHORT_BODY, (w) => LONG_BODY[w])
    .replace(/([省市县区旗镇乡])$/, '$1人民政府')
    .replace(PROVINCE_BEFORE_CITY, '');
}
/**
 * A body's second name or plate after its own, in brackets: 「福州市烟草专卖局（公司）」, 「南昌市人民政府办公室（南昌市人民政府政务公开
 * 办公室）」 — named with it one year and without it the next (two agencies, their years never compared: found by a review).
 */
const SECOND_PLATE = /^(.{2,}?)[（(][^（）()]{1,30}[）)]$/;
/**
 * The short and long names one body goes by from year to year, the key the long one (found by a review: each pair was
 * two agencies, their years never compared): 管委会 and 管理委员会, 政府 and 人民政府 — and a place alone is its government,
 * as its report's title names it (「福州市2023年政府信息公开工作年度报告」) —, 街道 and 街道办事处, and a vertical body with or
 * without its head office's name before it (「国家税务总局福州市税务局」「福州市税务局」, 「中华人民共和国福州海关」「福州海关」).
 */
// (国家税务总局 only before a place's office, 「国家税务总局福州市税务局」: its own departments, 「国家税务总局办公厅」, keep it —
// 「办公厅」 alone is any body's, found by the review of the first version.)
const SHORT_FORMS = /管委会|(?<!人民)政府|街道$|^中华人民共和国(?=.{2})|^国家税务总局(?=[^省市县区州盟旗]{1,10}?[省市县区州盟旗])/g;
const LONG_FORM: Record<string, string> = { 管委会: '管理委员会', 政府: '人民政府', 街道: '街道办事处' };
/**
 * A department's short name at the end of a body's, as its title may write it one year and its signature or the next
 * year's title the other (「清河县卫健委」, 「清河县卫生健康委员会」: two agencies, their carry-over never compared — found by a review
 * office's trial). Only the common departments' short names, whole at the name's end.
 */
const LONG_BODY: Record<string, string> = {
  卫健委: '卫生健康委员会', 卫健局: '卫生健康局', 人社局: '人力资源和社会保障局', 发改委: '发展和改革委员会', 发改局: '发展和改革局',
  住建局: '住房和城乡建设局', 住建委: '住房和城乡建设委员会', 市场监管局: '市场监督管理局', 文旅局: '文化和旅游局', 文广旅局: '文化广电和旅游局',
  资规局: '自然资源和规划局', 应急局: '应急管理局', 医保局: '医疗保障局', 退役军人局: '退役军人事务局', 工信局: '工业和信息化局',
  科技局: '科学技术局', 教体局: '教育体育局', 民宗局: '民族宗教事务局', 城管局: '城市管理局', 农业农村委: '农业农村委员会', 生态环境委: '生态环境委员会',
};
const SHORT_BODY = new RegExp(`(?:${Object.keys(LONG_BODY).join('|')})$`);
/**
 * A province's or an autonomous region's name before a city's, a prefecture's or a league's, or a county's or a banner's
 * (「福建省平潭县财政局」, 「平潭县财政局」 the next year: one body whose years `check` compares, and the export's agency_key
 * split them — found by a review office's trial), and more after it. (A county's name, like a city's, is no other county's;
 * a district's is — 鼓楼区 is Fuzhou's, Nanjing's, Xuzhou's, Kaifeng's —, so a province before a district stays.)
 */
// (A city's name may hold 州 — 杭州, 广州, 贵州省's 贵阳 —; 「市场」「市政」 are no city's 市: 「浙江省农产品批发市场…」 is a province's
// body, not 「农产品批发市」's — found by the review of the first version. A city's name is two characters at least before its
// 市: 「江苏省城市规划设计研究院」 is the province's, no city 「城」's — found by an adversarial review. A county's name is two or three characters, an
// autonomous county's longer: not a province's body's words before a 县, 「…扩大县域…」 being none.)
const PROVINCE_BEFORE_CITY = /^[^省市区县]{2,8}?(?:省|自治区)(?=(?:[^省市区县旗]{2,8}?市(?![场政民容])|[^省市区县旗]{1,8}?(?:自治州|州(?![市省])|盟|地区)|[^省市区县旗域]{1,3}?[县旗](?![域级])|[^省市区县旗]{2,12}?自治[县旗]).)/;
