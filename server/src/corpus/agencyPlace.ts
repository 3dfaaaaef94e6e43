/**
 * An agency's key as the corpus matches it. A body's name usually says where it is (「福州市财政局」);
 * many a city's or county's own bodies leave it out and title their report 「市财政局2022年…」 or
 * 「区教育局…」 — a name every city has. Two such reports are one agency's years only where they stand
 * together: in the same folder (a collection is kept by agency or by place). Elsewhere the key is
 * qualified by the folder, and nothing is compared across folders (found by a review: 甲市's 2022
 * report and 乙市's 2023, both 「市财政局」, gave a false carry-over warning). A collection kept by year
 * (2023/, 2024/) is one folder for this: the folder above a year's.
 */

/**
 * A name opening with a level of government and no place — 省…, 市…, 区…, 县…, 州…, 盟…, 旗…, 自治区…, or a
 * zone every city has (高新区…, 开发区…, 新区…) — but not a place's name that opens so: 市中区 (济南, 枣庄, 内江,
 * 乐山), 市南区 and 市北区 (青岛); nor a national body (市场监管总局: one of it). On a key: folded, no spaces.
 */
const NO_PLACE = /^(?:省|市(?![中南北]区)|区|县|州|盟|旗|自治[区州县旗]|高新区|高新技术产业开发区|经济技术开发区|经开区|开发区|新区)/;
const NATIONAL = /总局$|^国家/;
/** What separates a key from its folder (no name holds it). */
const SEP = '\u0000';
/**
 * A folder named by a year (「2023」「2023年」「2023年度」「2023年报」「2023年度报告」「报告-2023」, in a URI escaped or not): a
 * collection kept by year — its reports' folder is the one above. Only a year and the words of any year's folder: 「甲市2023」
 * names a place, and short names (「市财政局」) of two places are never one body's (found by a review: 「2022年报」 was
 * not a year's folder, and a body's years in them were not compared).
 */
const YEAR_FOLDER = /^(?:政府信息公开|信息公开|政务公开|工作)?(?:年度报告|年报|报告)?[ _\-.]*(?:19|20)\d{2}[ _\-.]*(?:年度?)?(?:政府信息公开|信息公开|政务公开)?(?:工作)?(?:年度报告|年报|报告|年报汇总|汇总)?$/;

export function placedKey(key: string, uri: string): string {
  if (!NO_PLACE.test(key) || NATIONAL.test(key) || key.includes(SEP)) return key;
  return key + SEP + collectionFolder(uri);
}

/** The folder a report stands in for matching: its own, or the one above a year's. */
function collectionFolder(uri: string): string {
  const folder = uri.slice(0, uri.lastIndexOf('/') + 1);
  const above = folder.lastIndexOf('/', folder.length - 2) + 1;
  return above > 0 && YEAR_FOLDER.test(decoded(folder.slice(above, -1))) ? folder.slice(0, above) : folder;
}

/** A URI's folder name as written (「%E5%B9%B4」 is 年); as it is where it is no escape. */
function decoded(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** A province's, a city's or a prefecture's name opening a longer one: 「浙江省」「杭州市」「恩施州」「贵州省」. */
const HIGHER = /^[^省市区县旗]{1,10}?(?:省|自治区|市|州(?![市省])|盟|地区)/;
/** A county's, a district's or a city's name opening a body's: 「西湖区」「长兴县」「义乌市」 — two characters at least (not 「城市」「社区」「新区」). */
const LOCAL = /^[^省市区县旗]{2,8}?(?:区|县|市|旗)/;
/** Zones every city has, not a district's name: 「工业园区」「开发区」「高新区」「风景区」. */
const ZONE = /(?:园|开发|高新|保税|自贸|试验|示范|经开|景|旅游|度假|核心|功能|商务|城|中心)区$/;

/**
 * The keys by which one body's reports, titled with its city one year and without it the next (「杭州市西湖区
 * 教育局」, 「西湖区教育局」), find each other where they stand together (the year check was skipped in silence —
 * found by a review): a long name (higher levels before its county's or district's name) is found under `own`
 * and looks for the short names of its folder (`seek`); a short name the other way round. Long names of two
 * cities never match each other (「南京市鼓楼区…」, 「福州市鼓楼区…」, 「杭州市城市管理局」, 「宁波市城市管理局」), nor do
 * two short ones but as written. Undefined for a name that says no such place, a zone's, and a key matched in
 * its folder already.
 */
export function localKeys(key: string, uri: string): { own: string; seek: string; /** The name says its city. */ long: boolean } | undefined {
  if (key.includes(SEP)) return undefined;
  let local = key;
  for (let m = HIGHER.exec(local); m && isLocal(local.slice(m[0].length)); m = HIGHER.exec(local)) local = local.slice(m[0].length);
  if (!isLocal(local)) return undefined;
  const at = SEP + collectionFolder(uri);
  const long = '\u0001' + local + at;
  const short = '\u0002' + local + at;
  return local === key ? { own: short, seek: long, long: false } : { own: long, seek: short, long: true };
}

/** Whether a name opens with a county's or a district's name and goes on to a body's. */
function isLocal(name: string): boolean {
  const m = LOCAL.exec(name);
  return !!m && m[0].length < name.length && !ZONE.test(m[0]);
}

