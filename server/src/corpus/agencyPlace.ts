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

/**
 * The folder a report stands in for matching: its own, or the one above a year's. (Not every year folder along its path:
 * 2023年报/财政局/福州.txt and 2024年报/财政局/厦门.txt are two cities' 「市财政局」, and were compared — found by the review
 * of a first version that dropped them all.)
 */
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
const LOCAL = /^[^省市区县旗]{2,8}?(区|县|市|旗)/;
/**
 * A town's name opening a body's: 「潭头镇」「大兴乡」「鼓东街道」 (found by a review: 「长乐区潭头镇人民政府」 and 「潭头镇人民政府」 were
 * two bodies). Not a body's words that hold 乡 or 镇: 「住房和城乡建设局」「住房城乡建设局」「新型城镇化办公室」 (no 和, nor 城 before the
 * level — a town named 「古城镇」 is left unmatched, as before).
 */
const TOWN = /^[^省市区县旗镇乡和]{2,8}?(?<!城)(?:镇|乡|街道)/;
/** Zones every city has, not a district's name: 「工业园区」「开发区」「高新区」「风景区」. */
const ZONE = /(?:园|开发|高新|保税|自贸|试验|示范|经开|景|旅游|度假|核心|功能|商务|城|中心)区$/;
/**
 * A name of a level and a body and no place (「市财政局」「区教育局」「县财政局」, the NO_PLACE a city's or a county's bodies title
 * their reports with): the level. Not 市中区, 市南区, 市北区 (places), nor a zone's (「高新区…」 opens with no level).
 */
const LEVEL_ONLY = /^(?:市(?![中南北]区)|区|县|旗)(?=.)/;

/** One way a body's name is matched with its other spelling in its folder: found under `own`, looking for `seek`. */
export interface Spelling {
  own: string;
  seek: string;
  /** The name is the long spelling (says more places than the other). */
  long: boolean;
  /** The key the long spellings are found under (`own` or `seek`): where long names of two places make the short neither's (onePlace). */
  longKey: string;
  /** A long spelling's places the short one leaves out (「福州市长乐区」 of 「福州市长乐区教育局」 for 「区教育局」); a short's, ''. */
  from: string;
}

/**
 * Whether the long names found under one `longKey` (their `from`) are one place's: each the same names, or fewer of them
 * (「长乐区」 and 「福州市长乐区」 are one district's; 「南京市鼓楼区」 and 「福州市鼓楼区」 two). A short name beside two places' long
 * names is neither's: matching it to the first met counted 福州's report as 南京's (found by a review). Matching it to none
 * rather than to all keeps the check quiet where it cannot know, as it is for a short name with no long one.
 */
export function onePlace(froms: Iterable<string>): boolean {
  let longest = '';
  const all = [...froms];
  for (const f of all) if (f.length > longest.length) longest = f;
  return all.every((f) => longest.endsWith(f));
}

/**
 * The keys by which one body's reports, titled with its city one year and without it the next, find each other where they
 * stand together (the year check was skipped in silence — found by a review). Two ways, each a long and a short spelling:
 * - by its county's, district's or town's name: 「杭州市西湖区教育局」 and 「西湖区教育局」, 「长乐区潭头镇人民政府」 and
 *   「潭头镇人民政府」 (higher levels before the innermost place's name are left out);
 * - by its level alone: 「福州市财政局」 and 「市财政局」, 「长乐区教育局」 and 「区教育局」 (that place's name left out — a name
 *   every city has, so matched in its folder only, as placedKey matches it).
 * A long name is found under `own` and looks for the short names of its folder (`seek`); a short name the other way round.
 * Long names of two cities never match each other (「南京市鼓楼区…」, 「福州市鼓楼区…」, 「杭州市城市管理局」, 「宁波市城市管理局」),
 * nor do two short ones but as written. Where two long names of a folder have one short spelling (「鼓楼区…」 beside 南京's and
 * 福州's), the short is neither's: the consumers match through `longKey` only when one long name is found under it. Empty
 * for a name that says no such place, and a zone's. `key` may be placedKey's.
 */
export function localKeys(key: string, uri: string): Spelling[] {
  const name = key.includes(SEP) ? key.slice(0, key.indexOf(SEP)) : key;
  const at = SEP + collectionFolder(uri);
  const spelling = (meet: string, from: string): Spelling => {
    const l = '\u0001' + meet + at;
    const s = '\u0002' + meet + at;
    return from ? { own: l, seek: s, long: true, longKey: l, from } : { own: s, seek: l, long: false, longKey: l, from };
  };
  if (name !== key || NO_PLACE.test(name)) {
    // A level and no place: only the short spelling of its level's bodies (「市财政局」).
    return LEVEL_ONLY.test(name) && !NATIONAL.test(name) ? [spelling(name, '')] : [];
  }
  let local = name;
  const stages: string[] = [];
  for (let rest = stripped(local); rest !== undefined; rest = stripped(local)) stages.push((local = rest));
  const place = placeOf(local);
  if (!place) return [];
  const higher = name.slice(0, name.length - local.length);
  const out = [spelling(local, higher)];
  // (A county's or a district's: its level's bodies' short spelling too. A town's level alone is no body's name.)
  if (place.county) out.push(spelling(place.level + local.slice(place.name.length), higher + place.name));
  // A town's body by its district and its town, with its city before them or not (「福州市鼓楼区鼓东街道办事处」,
  // 「鼓楼区鼓东街道办事处」): both were long spellings of 「鼓东街道办事处」, and never met (found by a review). The district's
  // spelling is a long one's (its city left out) and the name's own a short one's.
  for (const stage of stages.slice(0, -1)) if (placeOf(stage)?.county) out.push(spelling(stage, name.slice(0, name.length - stage.length)));
  if (stages.length && placeOf(name)?.county && !HIGHER.test(name)) out.push(spelling(name, ''));
  return out;
}

/** A name without the higher place that opens it: a province's or a city's, or a county's or a district's before a town's. */
function stripped(name: string): string | undefined {
  const higher = HIGHER.exec(name);
  if (higher && placeOf(name.slice(higher[0].length))) return name.slice(higher[0].length);
  const county = placeOf(name);
  if (!county?.county) return undefined;
  const rest = name.slice(county.name.length);
  return placeOf(rest)?.county === false ? rest : undefined;
}

/** The county's, the district's or the town's name a body's name opens with, and goes on after; its level. */
function placeOf(name: string): { name: string; level: string; county: boolean } | undefined {
  const c = LOCAL.exec(name);
  const t = TOWN.exec(name);
  // (The nearer level: 「潭头镇城市管理办公室」 is the town's.)
  if (t && (!c || t[0].length < c[0].length) && t[0].length < name.length) return { name: t[0], level: '', county: false };
  if (c && c[0].length < name.length && !ZONE.test(c[0])) return { name: c[0], level: c[1], county: true };
  return undefined;
}

/** localKeys of the reports last asked, by URI (a string the index holds: its hash is kept), with the key they were asked for. */
const remembered = new Map<string, { key: string; spellings: Spelling[] }>();
function spellingsOf(key: string, uri: string): Spelling[] {
  const r = remembered.get(uri);
  if (r && r.key === key) return r.spellings;
  if (remembered.size >= 100_000) remembered.clear();
  const spellings = localKeys(key, uri);
  remembered.set(uri, { key, spellings });
  return spellings;
}

/**
 * Which reports a change to some entries (`changed`) may change the comparison of: those whose last year's report is one of
 * them under its key, or one of them under another spelling in their folder (「上海市松江区…」 and 「松江区…」, 「福州市财政局」 and
 * 「市财政局」) — and, of any year, a long spelling beside a short one, since whether a short name is a long one's depends on all
 * the long names of its folder (onePlace: 「厦门市财政局」 saved beside them makes 「市财政局」 neither's). Two long names matter to
 * each other only where a short name is there to match (`holds`, the index's keys): two cities' 「…市人力资源和社会保障局」 in a
 * folder are not each other's. The changed entries are read once, and each report asked costs a lookup or two: the server asks
 * it of every report 「检查全部报告」 covered, at every change (a first version, comparing names pair by pair, stalled the
 * editor 11 s while 5,000 files were copied in: found by a review).
 */
export function comparisonChangedBy(changed: readonly { agencyKey: string; uri: string; year: number }[], holds: (key: string) => boolean): (report: { agencyKey: string; uri: string; year: number }) => boolean {
  const byLongKey = new Map<string, { uri: string; year: number; long: boolean }[]>();
  for (const e of changed) for (const s of spellingsOf(e.agencyKey, e.uri)) byLongKey.set(s.longKey, [...(byLongKey.get(s.longKey) ?? []), { uri: e.uri, year: e.year, long: s.long }]);
  const nextYears = new Set(changed.map((e) => e.agencyKey + '\n' + (e.year + 1)));
  return (report) => {
    if (nextYears.has(report.agencyKey + '\n' + report.year)) return true;
    if (!byLongKey.size) return false;
    for (const t of spellingsOf(report.agencyKey, report.uri)) {
      for (const e of byLongKey.get(t.longKey) ?? []) {
        if (e.uri === report.uri) continue;
        if (e.long && !t.long) return true;
        if (!e.long && t.long && e.year === report.year - 1) return true;
        if (e.long && t.long && holds('\u0002' + t.longKey.slice(1))) return true;
      }
    }
    return false;
  };
}
