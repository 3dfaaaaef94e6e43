/**
 * Whose figure a statement of the prose states, read from the words around it: this body's applications and cases this
 * year, or another's, another year's, a part's, other work's (prose.ts's statements are compared with the tables only when
 * they are this year's own) — and whether a year the prose names is set against another (a comparison, not a copy's words).
 * Offsets are in the segment's text, as the prose facts' are.
 */
import { chineseNumeral, norm } from '../text/normalize';
import type { StatementKind } from './prose';

/**
 * Words that make a figure in their sentence someone else's or something else's than this body's applications
 * and cases this year (found by a review of real prose): documents (「全年制发公文210件，经审查予以公开156件」),
 * other work (「办结提案45件」「办结工单2980件」), the whole city or the bodies under it (「全区共新收…1200件」「所属
 * 单位新收申请12件」), a part (「新收申请中自然人20件」「网上申请予以公开10件」), a change or another year
 * (「同比」「较2022年共收到…18件」「2022年度报告中结转…3件」), the body as a review's organ (「作为复议机关…」「行政应诉」).
 */
// (And years together: 「自《条例》实施以来，我局累计受理…300件」「历年」「截至目前」 — found by a review; not 「2023年以来」
// 「今年以来」, this year's own. Years counted from one, 「近三年」「五年来」「自2019年以来」: YEARS_TOGETHER and `since`.)
const OTHER_SUBJECT = /公文|发文|提案|建议|(?<![复覆])议案|投诉|工单|信访|举报|热线|来电|咨询|留言|复议机关|应诉|全市|全区|全县|全省|全州|全旗|各级|所属|下属|全系统|本局系统|局系统|本系统|系统内|同比|环比|同期|较上年|较去年|比上年|比去年|较20[0-9]{2}|比20[0-9]{2}|年度报告|(?:实施|施行|颁布|公布|修订)以来|(?:成立|建立|组建|开通|运行)以来|历年|截至目前|截止目前|迄今|十[一二三四五]五[^，,。；]{0,3}(?:以来|期间)/;
/**
 * A part of them — by applicant or by channel (「自然人20件」「当面申请2件、网络申请40件」), of those new or carried (「新收的145件
 * 中」) —: in its own clause only. (In the sentence, 「…其中当面申请2件、网络申请40件，予以公开14件，部分公开7件。」 kept every
 * figure after it from being compared: 部分公开 7 against the table's 6 went unsaid, found by a review.)
 */
// (And a part of the year or of the body: 「第一季度收到…5件」「1月至6月共收到…7件」「上半年」「局机关收到…10件，下属单位收到6件」
// — found by a review.)
const PART_SUBJECT = /自然人|法人|网上申请|网络申请|当面申请|信函申请|邮寄申请|传真申请|电子邮件申请|上年结转的|新收的|新收申请中|结转申请中|季度|上半年|下半年/;
/**
 * Months from one to another: a part of the year, but for January to December (「1月至12月共收到…」 is the year's: the adversarial
 * review). The first month's 月 may be left out, and days named (「1-11月」「1月1日至11月30日」: a part, found by a review).
 */
const MONTHS = /([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?:月(?:份|[0-9０-９]{1,2}日|初|上旬)?)?(?:起)?(?:至|到|—|–|-|－|~|～)(?:(?:19|20)[0-9]{2}年)?([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月/;
/** One month or day named (「12月下旬收到…」「2023年12月25日收到…」「12月收到2件」): a part of the year. */
// (A numeral in words after a word's character is no month's: 「统一月报」.)
const ONE_MONTH = /[0-9０-９]{1,2}月|(?:^|[^\u4e00-\u9fff]|年)[一二三四五六七八九十]{1,3}月/;
/** Up to a day (「截至11月30日，共收到…」): a part of the year, but for its end (「截至2023年12月31日」「截至12月底」). */
const UNTIL = /(?:截至|截止)(?:(?:19|20)[0-9]{2}年)?([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月/;
const YEAR_END = /^(?:12|十二)月(?:31日|底|末|份)?(?![0-9０-９一二三四五六七八九十])/;
/** The body's own offices, a part only where the sentence names the rest of it (「局机关…10件，下属单位…6件」; 「局机关共受理…16件」 is all). */
const OFFICES = /局机关|机关本级|局本级|委机关|本级/;
const REST_OF_BODY = /下属|所属|直属|各单位|二级单位|局属|委属|基层|分局|派出/;
/** Whether words name a part of the year or of the body: `clause` the statement's, `before` its sentence up to the figure. */
function partOfYearOrBody(clause: string, sentence: string, before: string): boolean {
  const month = (x: string) => (/^[0-9０-９]+$/.test(x) ? Number(x.normalize('NFKC')) : chineseNumeral(x));
  const m = MONTHS.exec(clause);
  const until = m ? null : UNTIL.exec(before);
  const ofYear = m ? !(month(m[1]) === 1 && month(m[2]) === 12) : until ? !YEAR_END.test(before.slice(until.index + until[0].length - until[1].length - 1)) : ONE_MONTH.test(clause);
  return ofYear || (OFFICES.test(clause) && REST_OF_BODY.test(sentence));
}
/**
 * Other work counted in 件 — cases, letters, calls for help, approvals (「全年立案查处违法案件236件，办结228件」「“局长信箱”来信26件，
 * 办结26件」「受理法律援助案件480件，办结466件」「上年结转案件12件，本年新收案件86件」) —: a sentence that names one before the
 * figure and no disclosure is not of applications (found by a review). Not for reviews and lawsuits, whose cases are 案件.
 */
// (And licences, registrations and services, and documents reviewed for publication — 「全年共受理行政许可申请1200件，办结1200件」
// 「受理各类政务服务事项35280件，办结35280件」「共审查拟公开文件56件，予以公开42件」「抽查结果予以公开132件」: found by a review.)
const OTHER_OBJECT = /案件|来信|信件|信箱|来访|诉求|仲裁|法律援助|援助|审批|许可|登记|政务服务|办件|核查|处置|执法|立案|罚没|工单|12345|文件|抽查|决定书|公开属性/;
/** The statements read against the tables: of applications and cases (not table 二's documents, nor statements of none). */
export const ABOUT_APPLICATIONS = new Set<StatementKind>(['received', 'new', 'carried', 'closed', 'open', 'partial', 'carryNext', 'reviews', 'suits', 'noReceived', 'noCarryNext']);
/** Whether text[i] ends a sentence: 。；;！？!?\n (a code unit's test: `text[i]` makes a string of each ideograph). */
function isSentenceStop(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 10;
}
/**
 * The sentence before text[at] — back to its stop, at most 60 characters —, normalised, and where its clause starts
 * (after its last comma; -1 when none): asked for each statement by `aboutOthers` and then `sinceYear`, the same words,
 * so the last one's is kept (one text, one offset).
 */
interface SentenceBefore {
  text: string;
  at: number;
  a: number;
  clause: number;
  sentence: string;
}
let before: SentenceBefore | undefined;
export function sentenceBefore(text: string, at: number): SentenceBefore {
  if (before && before.text === text && before.at === at) return before;
  let a = at;
  const from = Math.max(0, at - 60);
  let clause = -1;
  for (let c = a > from ? text.charCodeAt(a - 1) : 0; a > from && !isSentenceStop(c); c = text.charCodeAt(a - 1)) {
    if (clause < 0 && (c === 0xff0c || c === 0x2c)) clause = a;
    a--;
  }
  return (before = { text, at, a, clause, sentence: norm(text.slice(a, at)) });
}
/** Whether the sentence before text[at] (back to its full stop, at most 60 characters) says the figure is another's. */
export function aboutOthers(text: string, at: number, kind: StatementKind): boolean {
  const whole = WHOLE_BODY_KINDS.has(kind);
  const { a, clause, sentence } = sentenceBefore(text, at);
  // (A part named in a clause that opens what follows — 「在自然人提出的10件申请中，予以公开4件」「网上申请的办理结果为：…」 —
  // holds for the clauses after it: the whole sentence; otherwise only its own clause.)
  const opens = /中[，,：:]|(?:办理结果|办理情况|答复情况)[为是]?[：:，,]/.test(sentence);
  const own = norm(text.slice(clause < 0 ? a : clause, at));
  const part = opens ? sentence : own;
  // (Other work only where the statement's own clause names no application: 「本年度新收申请案件16件」「通过“局长信箱”、来信等渠道，
  // 本年度新收申请16件」 are the applications — the adversarial review of the first version.)
  return (
    OTHER_SUBJECT.test(sentence) ||
    yearsTogether(sentence) ||
    PART_SUBJECT.test(part) ||
    partOfYearOrBody(part, norm(text.slice(...sentenceAround(text, at))), sentence) ||
    anotherYears(own, kind) ||
    (LAST_YEAR_OPENS.test(sentence) && !THIS_YEAR.test(sentence)) ||
    (whole ? wholeBodyOf(text, at) || /其他|其余/.test(own) : OTHER_OBJECT.test(sentence) && !DISCLOSURE.test(sentence) && !own.includes('申请'))
  );
}

/**
 * Last year named in the statement's own clause, no word of this year after it: 「上年度共收到…12件，本年度共收到15件」「去年收到…」
 * 「上年度发生…行政复议3件」 — last year's figure set beside this one's (found by a review: said to contradict table 三). Not 上年结转,
 * this year's carried in — but before 结转下年度 it is: 「上年度结转下年度的3件申请」 were carried into this year.
 */
const LAST_YEAR = /上一?年度?|(?<!过)去年|前年/g;
/** A sentence opening with last year (「上年度，我局新收申请12件。」): its figures are last year's, no word of this year after. */
const LAST_YEAR_OPENS = /^[\s\u3000]*(?:上一?年度?|去年|前年)(?!结转|转入)/;
const CARRIED_IN = /上一?年度?(?:结转|转入)/g;
function anotherYears(own: string, kind: StatementKind): boolean {
  const words = kind === 'carryNext' ? own : own.replace(CARRIED_IN, '');
  let last = -1;
  LAST_YEAR.lastIndex = 0;
  for (let m = LAST_YEAR.exec(words); m; m = LAST_YEAR.exec(words)) last = m.index + m[0].length;
  return last >= 0 && !THIS_YEAR.test(words.slice(last));
}

/**
 * Several years counted together — 「近三年来，我局共收到…30件」「五年来共受理…80件」「近年来，我局累计收到…40件」 — where no
 * word of this year stands between them and the figure (「近年来申请量逐年上升，本年度新收…12件」「创近三年新高，共新收…」
 * are this year's: found by the review of the first version), and that set no year against them (「与近两年相比」「较近两年
 * 下降」「近三年来首次发生」: found by the review of the second). Not 「一年来」, this year's.
 */
const YEARS_TOGETHER = /(?:近[二三两四五六七八九十0-9]{1,2}年(?=来|以来|内|间|共|累计|合计|[，,])|[二三两四五六七八九十]{1,2}年(?:以)?来|近年来|多年来)(?![^，,。；]{0,4}(?:首次|首例|新高|新低|最高|最低|最多|最少))/g;
const THIS_YEAR = /本年|今年|全年|当年/;
/** Years from one to another: 「2021年至2023年，我局累计收到…45件」「2021—2023年共收到…」 (found by a review). */
const YEAR_RANGE = /(?:19|20)[0-9]{2}年?度?(?:至|到|—|–|-|~)(?:19|20)[0-9]{2}年/g;
function yearsTogether(sentence: string): boolean {
  let last = -1;
  for (const re of [YEARS_TOGETHER, YEAR_RANGE]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) last = Math.max(last, m.index + m[0].length);
  }
  return last >= 0 && !THIS_YEAR.test(sentence.slice(last));
}
/** 「自2019年以来」「自2019年起」 before a figure in its sentence, no word of this year after it: the first of the years counted. */
// (And without 自: 「2019年以来，我局累计受理…120件」, found by a review.)
const SINCE = /(?:自|从)?((?:19|20)[0-9]{2})年(?:以来|起)/g;
export function sinceYear(text: string, at: number): number | undefined {
  // (The sentence back to its stop, as sentenceAround finds it: the one aboutOthers read.)
  const words = sentenceBefore(text, at).sentence;
  let year: number | undefined;
  let end = -1;
  SINCE.lastIndex = 0;
  for (let m = SINCE.exec(words); m; m = SINCE.exec(words)) (year = Number(m[1])), (end = m.index + m[0].length);
  return year !== undefined && !THIS_YEAR.test(words.slice(end)) ? year : undefined;
}

/** That there were no reviews or lawsuits: of the body's, unless the sentence or its paragraph is of disclosure. */
export const NONE_CASES = new Set<StatementKind>(['noReviews', 'noSuits']);
/** A goal's words: what the body means to keep from happening. */
export const PLAN = /确保|力争|争取|力求|避免|防止|杜绝|严防/;
/** What a body counts beyond disclosure (all its reviews and lawsuits), of which those of disclosure may follow. */
export const WHOLE_BODY_KINDS = new Set<StatementKind>(['reviews', 'suits']);
/**
 * Cases of the whole body, of which those of disclosure follow: 「共收到行政复议申请15件，其中涉及政府信息公开的2件」 — the
 * 15 is not table 四's (found by a review).
 */
// (Or without 其中, or the part's figure first: 「全年被申请行政复议12件，涉及政府信息公开的2件」「…12件，其中2件涉及政府信息公开」 — found by
// a review. And 「其他行政复议案件10件」 beside 「信息公开类…2件」: aboutOthers.)
function wholeBodyOf(text: string, at: number): boolean {
  return /^[0-9０-９]*\s*(?:件|起|个|宗)?[，,、]?\s*(?:其中(?:[0-9０-９]+\s*(?:件|起))?(?:涉及|关于|因|属于|为|是)?|(?:[0-9０-９]+\s*(?:件|起))?(?:涉及|关于|因|属于))(?:政府)?信息公开/.test(text.slice(at, at + 30));
}

/** The sentence around text[at]: back to its stop and on to the next (at most 60 characters each way). */
function sentenceAround(text: string, at: number): [number, number] {
  let a = at;
  const from = Math.max(0, at - 60);
  while (a > from && !isSentenceStop(text.charCodeAt(a - 1))) a--;
  let b = at;
  const to = Math.min(text.length, at + 60);
  while (b < to && !isSentenceStop(text.charCodeAt(b))) b++;
  return [a, b];
}

/**
 * Whether the sentence of text[at] — or its paragraph, with the sub-heading over it (「（二）依申请公开」) — says its cases
 * arose from disclosure (政府信息公开, 依申请公开, 公开申请).
 */
export function ofDisclosure(text: string, at: number): boolean {
  const [a, b] = sentenceAround(text, at);
  // (Cases the sentence says are not of disclosure — 「…，无因政府信息公开引起的行政复议和行政诉讼」「均不涉及政府信息公开」 —, of
  // another cause — 「治安管理处罚行政复议案件45件」 —, or a review organ's — 「收到行政复议申请132件，受理118件，审结109件」: found
  // by a review, under a sub-heading 「依申请公开」 too.)
  const sentence = text.slice(a, b);
  const own = sentence.replace(NOT_DISCLOSURE, '');
  if (own.length !== sentence.length || OTHER_CAUSE.test(text.slice(a, at)) || ORGAN_WORK.test(sentence)) return DISCLOSURE.test(own) && !OTHER_CAUSE.test(text.slice(a, at));
  return DISCLOSURE.test(sentence) || paragraphOfDisclosure(text, at);
}

/**
 * Whether the sentence of text[at] names disclosure, or its paragraph does (ofDisclosure's): that there were no cases is of
 * disclosure's so — 「无政府信息公开行政复议案件」 says so by its none —, and applications unnamed (「共收到申请16件」) are its.
 */
export function namesDisclosure(text: string, at: number): boolean {
  const [a, b] = sentenceAround(text, at);
  return DISCLOSURE.test(text.slice(a, b)) || paragraphOfDisclosure(text, at);
}

/** Whether the paragraph of text[at] — under its sub-heading (「（二）依申请公开」), or its own line — says its cases arose from disclosure. */
function paragraphOfDisclosure(text: string, at: number): boolean {
  // Back line by line to the sub-heading the statement stands under (a few paragraphs at most); without one, its own line.
  let p = at;
  const from = Math.max(0, at - 800);
  while (p > from && text[p - 1] !== '\n') p--;
  for (let line = 0, q = p; line < 4 && q > from; line++) {
    let r = q - 1;
    while (r > from && text[r - 1] !== '\n') r--;
    if (SUBHEADING_LINE.test(text.slice(r, q))) return DISCLOSURE.test(text.slice(r, at));
    q = r;
  }
  return DISCLOSURE.test(text.slice(p, at));
}
/** A short line opening with its numbering: a sub-heading (「（二）依申请公开情况」). */
const SUBHEADING_LINE = /^[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)[^\n]{0,30}\r?\n?$/;
const DISCLOSURE = /信息公[开開]|依申[请請]公[开開]|公[开開]申[请請]/;
/** Disclosure named to say the cases are not of it. */
const NOT_DISCLOSURE = /(?:无|未|不|非|没有|并非|均不|都不)(?:涉及|属于|关于|是|为|因|由)?(?:政府)?(?:信息公[开開]|依申[请請]公[开開])[^，。；,;]{0,12}|与(?:政府)?信息公[开開][^，。；,;]{0,6}无关/g;
/** What else reviews and lawsuits arise from. */
const OTHER_CAUSE = /治安|处罚|行政许可|征收|征地|拆迁|强制|工伤|登记|确权|裁决|补偿|赔偿|不作为|举报/;
/** A review organ's work: accepting and deciding them (「全年共受理行政复议案件35件」; not 「…均已审结」, a respondent's cases decided). */
const ORGAN_WORK = /复议机关|作出(?:行政)?复议决定|受理[0-9０-９]+件[，,、；;]?(?:审结|办结|审理)|受理(?:了)?(?:行政)?[复覆]议(?:案件|申请)/;

/** The year a sentence opens with before the statement at `at` (「2022年，我局新收…38件」): the statement is that year's. */
export function sentenceYear(text: string, at: number): number | undefined {
  const [a] = sentenceAround(text, at);
  // (Or run on into its words, where a later year sets it apart: 「2022年因政府信息公开引发行政复议2件，2023年未发生」.)
  // (And after the words that look back on it: 「回顾2022年，本局共收到申请12件；今年收到15件」, found by a review.)
  const m = /^[\s\u3000]*(?:在|于|回顾|纵观)?((?:19|20)[0-9]{2})\s*年度?(?:全年|内|中|期间|当年)?(?:[，,、]|(?![0-9０-９]|[\s\u3000]*[0-9０-９]|月|底|初|末))/.exec(text.slice(a, at));
  return m ? Number(m[1]) : undefined;
}

/** Whether the sentence a year claim ends in at `end` sets it against this year (本年, 今年), past its semicolons. */
export function comparedInSentence(text: string, end: number, opening?: number): boolean {
  const b = sentenceEnd(text, end);
  // (Only this year named: 「同比」「与上年同期持平」 compare the year named with the one before it — last year's sentence left
  // in a copy, which year-mismatch is for; found by a review.)
  return /本年|今年/.test(text.slice(end, b)) || (opening !== undefined && otherYearIn(text.slice(end, b), opening)) || nextSetAgainst(text, b, opening);
}

/** Where the sentence going on at `end` stops (at most 80 characters on): its 。！？!? or line break — not the semicolons. */
function sentenceEnd(text: string, end: number): number {
  let b = end;
  const to = Math.min(text.length, end + 80);
  for (let c = text.charCodeAt(b); b < to && !isFullStop(c) && c !== 10; c = text.charCodeAt(b)) b++;
  return b;
}
/** 。！？!?: a sentence's end, not a clause's. */
const isFullStop = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;

/**
 * Whether the sentence after the one ending at `b` (its stop there, on the same line) opens with this year or another than `year`
 * named whole: 「2022年，我局新收申请12件。本年新收15件，同比增长25%。」 — a comparison written over two sentences (found by a review).
 */
function nextSetAgainst(text: string, b: number, year: number | undefined): boolean {
  if (!isFullStop(text.charCodeAt(b))) return false;
  const next = text.slice(b + 1, b + 16).replace(/^[ \t\u3000]+/, '');
  if (/^(?:本年|今年|当年)/.test(next)) return true;
  const m = /^((?:19|20)[0-9]{2})\s*年(?!\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月)/.exec(next);
  return !!m && year !== undefined && Number(m[1]) !== year;
}

/** Whether the sentence a year claim ends in at `end` names another year as a whole (not a date in it: 「2023年1月」). */
export function yearSetAgainst(text: string, end: number, year: number): boolean {
  const b = sentenceEnd(text, end);
  for (const m of text.slice(end, b).matchAll(/((?:19|20)[0-9]{2})\s*年(?!\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月)/g)) if (Number(m[1]) !== year) return true;
  return nextSetAgainst(text, b, year);
}

/** Whether words name a year other than `year` (「…2件，2023年未发生」「…1件，已于2023年3月审结」: the sentence sets two apart). */
function otherYearIn(words: string, year: number): boolean {
  for (const m of words.matchAll(/((?:19|20)[0-9]{2})\s*年/g)) if (Number(m[1]) !== year) return true;
  return false;
}
