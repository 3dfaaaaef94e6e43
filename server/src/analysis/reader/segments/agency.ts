/**
 * The issuing body named in a report's title — 「平潭综合实验区财政金融局」 from
 * 「平潭综合实验区财政金融局2023年度政府信息公开工作年度报告」: the words before its year, or before
 * 「政府信息公开」 when it has none. (The reader uses it to know a title that names no body; the
 * views match bodies across years with it.)
 */
import { endsAsBody, isSentence } from './title';
import { norm } from '../text/normalize';
import { pinyinGlosses } from '../text/gloss';

/** A body named only as the report's own: 我局, 本机关, 我委, 本单位, 我乡 …. */
const PRONOUN = /^(?:我|本|该)(?:局|委|办|厅|部|院|会|所|室|处|中心|公司|站|队|馆|机关|单位|部门|市|区|县|镇|乡|街道|委员会|办公室)?$/;
// (A zero in a year written in numerals is also typed 「○」「O」「Ｏ」: 「二○二三年度」 — a review saw it taken into the name.)
// (A school's academic year too, 「2022-2023学年」「2022—2023学年度」: the name ended at 「…大学2022-2023学」, found by a review.)
// (A range of years, 「2022—2023年」, and a year with no 年 right before the report's words, 「福州市财政局2023政府信息公开…」: the
// digits were taken into the name — a body by another name each year, its years never compared: found by a review.)
const YEAR = /(?:[12１２][0-9０-９]{3}\s*[-—–~～至到－]\s*[12１２][0-9０-９]{3}\s*(?:学年度?|年度?)|(?:[12１２][0-9０-９]{3}|[〇零○OＯ一二三四五六七八九]{4})\s*年度?|(?<![0-9０-９])(?:19|20|１９|２０)[0-9０-９]{2}\s*$)/;
const REPORT = /政府信息公开|政務公開|政府信息公開|政务公开|信息公开|信息公開|政府資訊公開|資訊公開/g;

/**
 * A site's mark before a title it re-posted, 「【更正】福州海关2023年…」「（更正稿）国家税务总局福州市税务局…」「[修订版]…」: not the body's
 * name (its years were another agency's, the carry-over never compared: found by a review).
 */
const MARK_BEFORE = /^(?:[【\[［（(〔]\s*(?:更正|修正|修订|修訂|更新|重发|重發|最新|置顶|置頂|转载|轉載|新)(?:稿|版|后|後)?\s*[】\]］）)〕]|(?:更正|修正|修订|修訂)(?:稿|版)?[：:])\s*/;
/**
 * What a notice or a sentence says before the body's name, not part of it: 「关于（印发|公布|发布|报送）…」, 「现将…」 — 「关于公布福州市财政局
 * 2023年…的通知」 was the body 「公布福州市财政局」, its years another agency's (found by a review).
 */
const NOTICE_BEFORE = /^(?:[关關][于於](?:[报報]送|印[发發]|[发發]布|公布|公[开開])?|现将|現將|现予|現予|兹将|茲將|特将|特將)/;
/**
 * A body's name that opens with its level and no place: 「市财政局」「区教育局」「县人民政府办公室」 (not 市中区…, places) — every city has
 * one, and its signature may name its place (views/agency.ts; the model looks for the signer of such a title).
 */
export const LEVEL_ONLY = /^(?:市(?![中南北]区)|区|县|旗|州|盟|省)/;
/** A body's name after the report's words and a dash or an underscore, to the title's end. */
const BODY_AFTER = /(?:报告|報告|年报|年報)\s*(?:[-_—–|｜]+|——)\s*([\u3400-\u9fff（）()]{2,40})$/;
/** A site's name, not a body's: 「…门户网站」「中国政府网」. */
const SITE = /(?:网站|網站|门户|門戶|网|網|平台|频道|頻道)$/;

/**
 * Where the report's words start: the first of them outside brackets — 「南昌市人民政府办公室（南昌市人民政府政务公开办公室）
 * 2023年…」 names the body's second name in brackets (a review saw the name cut at 「（南昌市人民政府」).
 */
function reportAt(t: string, from = 0): number {
  REPORT.lastIndex = from;
  for (let m = REPORT.exec(t); m; m = REPORT.exec(t)) {
    const before = t.slice(0, m.index);
    if ((before.match(/[（(]/g)?.length ?? 0) <= (before.match(/[）)]/g)?.length ?? 0)) return m.index;
  }
  return -1;
}

/**
 * Where the report's words start: the first of them — but after the title's year where what stands before the year is a
 * body's name that holds them, 「福州市政务公开办公室2023年政府信息公开…」 (cut at them, it was 「福州市」: found by a review).
 * Not words that only follow the body, 「福州市财政局政务公开暨2023年…」「…财政局政府信息公开专栏2023年…」: cut at them.
 */
function reportWordsAt(t: string): number {
  const first = reportAt(t);
  const year = YEAR.exec(t);
  if (first < 0 || !year || year.index <= first) return first;
  const after = reportAt(t, year.index + year[0].length);
  // (Its 关于 and its second name in brackets aside: 「…政务公开办公室关于2023年…」「…办公室（福州市大数据中心）2023年…」.)
  const named = t.slice(0, year.index).trim().replace(/[关關][于於]$/, '').replace(/[（(][^（）()]*[）)]$/, '').trim();
  return after >= 0 && OWN_OFFICE.test(norm(named)) ? after : first;
}
/** A body's name that holds the report's words: an office or a centre of disclosure (「…政务公开办公室」「…政府信息公开中心」). */
const OWN_OFFICE = /(?:政务公开|信息公开|政务公開|資訊公開)[^\s]{0,8}?(?:办公室|办|中心|科|处|股|组|领导小组)$/;

export function agencyOf(title: string | undefined): string | undefined {
  // (A sentence that names the report — the title of a page that has none — names no body by its first words.)
  if (!title || isSentence(title)) return undefined;
  // (A mirror site's pinyin after the characters is not the body's name: 「深圳市龍崗區(qū)」.)
  for (const g of pinyinGlosses(title).reverse()) title = title.slice(0, g.start) + title.slice(g.end);
  let t = title.replace(/[（(]以下简称[^）)]*[）)]/g, '').replace(/^[\s《「“"]+|[\s》」”"]+$/g, '').replace(MARK_BEFORE, '').replace(NOTICE_BEFORE, '').trim();
  const report = reportWordsAt(t);
  // (A page's <title> shape, the body after the report's words: 「2023年政府信息公开工作年度报告-福州市财政局」「…年度报告_福州市
  // 财政局」 — no body before them, and the report's had none: found by a review.)
  const after = report >= 0 ? BODY_AFTER.exec(t.slice(report)) : null;
  if (report >= 0) t = t.slice(0, report);
  const year = YEAR.exec(t);
  let agency: string;
  // (No year: what is left of one a template did not fill — 「某局年政府信息公开…」「某局20XX年…」「某局____年度…」 — is
  // not the body's name: 「壬市测试局年」 was exported, found by a review. Not the 年 of 青年、少年、老年…)
  if (!year) agency = t.replace(/(?:20[XxＸｘ×＊*]{2}|[XxＸｘ_＿]{2,4})?\s*(?<![青少老成童中晚])年度?$/, '');
  else if (year.index > 0) agency = t.slice(0, year.index);
  else agency = t.slice(year[0].length);
  // (「某局关于2023年…」「某局关于报送2020年度…的函」: the 关于 (报送) before the year is the title's, not the body's name —
  // also half converted, 「關于報送」, as sites that leave 于 write it: found by a review.)
  agency = agency.replace(/[\s的（(]+$/, '').replace(/[关關][于於](?:[报報]送|印[发發]|[发發]布|公布|公[开開])?$/, '').replace(/^[\s,，、:：]+/, '').trim();
  // (A body's name, ending as one does: not 「…-政务公开」「…_附件」「——全文」, two bureaus' reports filed as one agency
  // 「政务公开」 — found by the review of this rule's first version.)
  if (!agency && after && !SITE.test(after[1]) && endsAsBody(norm(after[1]))) agency = after[1];
  // 「我局」「本机关」: the report speaking of itself names no body (two such reports are not one agency's years).
  if (PRONOUN.test(agency)) return undefined;
  return agency || undefined;
}

