/**
 * Facts the softer checks read from the prose of a segment (never from inside its tables):
 * figures stated in words (「予以公开15件」), years the text says it reports on (「2022年度本部门…」),
 * list numbering (（一）（二）…, 一是、二是…), and spam injected by hacked sites. Offsets are relative
 * to the segment, like the rest of its parse.
 */
import { tableCover } from './tableCover';
import { spamIn, SPAM_STRONG } from './spam';
import { PINYIN_LETTER } from '../text/gloss';
import { rescan, type Found, type Stretch } from './rescan';
import { aboutOthers, ABOUT_APPLICATIONS, comparedInSentence, namesDisclosure, NONE_CASES, ofDisclosure, PLAN, sentenceBefore, sentenceYear, sinceYear, WHOLE_BODY_KINDS, yearSetAgainst } from './statementContext';
import { chineseCount, chineseNumeral, foldChars, lookalikesRead, type SegmentFold } from '../text/normalize';
import type { Span, Table } from '../../types';

export type StatementKind =
  | 'received' | 'new' | 'carried' | 'closed' | 'open' | 'partial' | 'carryNext' | 'reviews' | 'suits'
  // That there were none: 「未发生政府信息公开行政复议、行政诉讼案件」 (value 0, the span the words 行政复议 / 行政诉讼).
  | 'noReviews' | 'noSuits'
  // 「本年度未收到政府信息公开申请」 (value 0, the span the word 申请).
  | 'noReceived'
  // 「无结转下年度的申请」 (value 0, the span the words 下年度).
  | 'noCarryNext'
  // Table 二's documents: what the agency issued, repealed and has in force (規章, 规范性文件).
  | 'rulesIssued' | 'rulesRepealed' | 'rulesInForce' | 'normIssued' | 'normRepealed' | 'normInForce'
  // The 2019 form's central procurement: its items and amount in yuan (「发布采购信息21条共5419886元」).
  | 'procItems' | 'procAmount';
export interface Statement {
  kind: StatementKind;
  value: number;
  /** The figure's characters. */
  span: Span;
  /** The year written just before the statement's words (「2023年新收…」), if one is. */
  year?: number;
  /** The year its sentence counts from (「自2019年以来…」), if it does. */
  since?: number;
}
export interface YearClaim {
  year: number;
  span: Span;
}
export interface Marker {
  /** paren: （一） at a line start; shi: 一是 in running text; arabic: （1） opening a line or a clause. */
  kind: 'paren' | 'shi' | 'arabic';
  value: number;
  span: Span;
}

export interface ProseFacts {
  statements: Statement[];
  years: YearClaim[];
  markers: Marker[];
  spam: Span[];
}

/** The characters of a count in Chinese numerals (normalize.ts chineseCount). */
const CN_NUMERAL = '一二两三四五六七八九十百千零〇';
/**
 * A figure — not an approximate one: 「近20件」「约20件」「逾20件」「超过20件」 (found by a review). In digits, or in Chinese
 * numerals as some agencies write small counts (「行政复议一件」「收到申请十五件」: read as nothing before, a review) — not
 * 「数十件」「几十件」「上百件」「每一件」, nor the end of a longer numeral a gap before it took in.
 */
const NUM = `(?<![近约逾超数几多余上每${CN_NUMERAL}])([0-9０-９]+|[${CN_NUMERAL}]+)`;
/** What a count of applications or cases ends with: 件, or 个 (個) and 宗 as Hong Kong and some agencies write — not 个工作日, 个月. */
const COUNTED = '(?:件|宗|个(?![工月小星季百]))';
/**
 * Clear statements only: the keyword, a few non-digit characters at most, the figure, 件. Each with
 * the words one of which it cannot match without (a search for them is much cheaper than the pattern).
 * A keyword joined to another by 及、和、与 or 、 is half of a sum, not a statement: 「新收及上年结转申请共
 * 877件」「予以公开及部分公开258件」 give neither figure (`JOINED`: before the second word, a joining
 * character right after one of the words a statement ends its keyword with (or 受理、新增、收到) — not after a figure's 件,
 * a comma or other words: 「办结118件及结转下年度7件」「…115件，以及上年结转5件」「涉及予以公开80件」
 * state what they say; `UNJOINED`: after the first). Three characters of look-behind, which rescan.ts
 * allows for; 结转下 is matched from its 结, and not again from its 转.
 */
const JOINER = '(?:新收|新增|受理|收到|结转|公开|办结|[复覆]议|诉讼|办理|申请)[及和与、]';
const JOINED = `(?<!${JOINER})`;
const UNJOINED = '(?![及和与、])';
/** What makes 办结 a part of those closed: when, how fast, how applied, of which. */
// (Nor those not closed — 「尚未办结2件」「未办结」 —, nor a part of them: 「其中已办结42件」「新收44件中，已办结42件」.)
const NOT_ALL = '(?<!按期|按时|如期|延期|逾期|超期|当场|当日|当天|即时|限时|时限|期限内|日内|天内|提前|申请|件中|的中|[0-9]月|现场|网上|线上|线下|窗口|当面|信函|邮寄|未|没有|其中|其中已|中已|中[,，]已|件中[,，])';
/** Another year's figure, not this one's: 「上年新收…」「2022年新收…」「（上年未发生…）」. */
const OTHER_YEAR = '(?<!上年|去年|前年|上年度|上一年)';
/**
 * A year glued before a statement (「2023年新收…」「2023年度未发生…」): the statement is that year's, compared only
 * when it is the report's (textMismatch) — another year's is history. (Before, any year before a statement made it
 * none, and the report's own year, a common way to write it, was never compared: found by a review.)
 */
// (And with the words that say the whole of it between: 「2022年全年未收到…」 was compared with this year's table, found by a review.)
const YEAR_BEFORE = /([0-9]{4})年度?(?:全年度?|一年|内|中|期间|当年)?$/;
/** The statements that there were none: their value is 0, and they count nothing (no 件 need be near). */
export const NONE_KINDS: ReadonlySet<StatementKind> = new Set<StatementKind>(['noReviews', 'noSuits', 'noReceived', 'noCarryNext']);
/** What says there were none, and what they arose from: 「未发生因政府信息公开申请引发的」「无政府信息公开」. */
const NONE = '(?:未发生|没有发生|未出现|没有出现|未收到|没有收到|(?<![并虽])无)(?:因|由)?(?:政府)?(?:信息公开|依申请公开)?(?:申请|工作)?(?:而)?(?:引[发起]的?|方面的?|的)?(?:相关的?)?(?:政府信息公开)?';
/** 「被申请行政复议或提起行政诉讼」. */
const ASKED = '(?:被)?(?:申请|提起)?';
/** Where a statement of none ends: 案件, 案, 的情况, or the clause (not 「…行政复议被纠错」, 「…行政诉讼败诉」: none lost). */
const NONE_END = '(?:案件|案例|案(?!件)|的?情况|(?=[。；;，,)）]|$))(?!被|败诉|纠错|撤销|确认违法)';
/** What says the figure before counts the partial ones too: 「（含部分公开…」「，其中部分公开…」. */
const PARTIAL_IN = '(?![ \\t]*[（(，,]?[ \\t]*(?:含|包括|包含|其中)部分公开)';

// (No word of none or of all closed between: 「共有9件申请,均已按期办结,无结转至下一年度的申请」 is none carried — the adversarial
// review of the first version.)
const CARRY_NEXT_FIGURE_FIRST = new RegExp(`${NUM}\\s*${COUNTED}(?:政府信息公开)?(?:申请)?(?:(?!无|没有|未|不存在|均已|全部|都已|全都)[^0-9０-９。；;]){0,16}?(?:结转|转入|转至|转到)(?:至|到)?(?=(?:(?:19|20)[0-9]{2}|下(?:一)?)年度?(?!(?:继续办理|办理)?[^0-9０-９，。；,;]{0,3}?(?:[0-9０-９]|[${CN_NUMERAL}]+${COUNTED})))`, 'g');
/** A figure a statement's word stands right before (in the fold): that statement's, not a figure-first one's. */
const FIGURE_OWNED = /(?:办结|公开|新收|收到|受理|接收|结转|处理|答复|总计|合计|共计|累计|申请|办理|达|为|共有|共)[^0-9０-９，。；,;]?$/;

/** Applications received, unnamed: 「共收到申请16件」 (of disclosure only where its paragraph says so: proseFacts). */
const BARE_RECEIVED = new RegExp(`${JOINED}(?:共|总共|累计)(?:收到|受理|接收|接到)(?:了)?申请${NUM}\\s*${COUNTED}`, 'g');

const STATEMENTS: [StatementKind, RegExp, string[]][] = [
  // (新收 after the year's words, or naming the applications: 「本年新收…」「全年共新收…申请」「2023年，本局新收申请146件」 —
  // not 新收 of anything else: 「新收行政复议案件」. Found by a review: a page without 本年 was never compared.)
  // (Not another year's, nor a change: 「2022年新收申请10件」「新收申请同比增加3件」.)
  // (Nor those of them closed: 「办结16件，其中办结本年新收申请13件、上年结转申请3件」 — a part, found by a review.)
  ['new', new RegExp(`${JOINED}(?<!办结|办结了)(?:(?:本年(?:度)?|全年|今年)(?:共|累计)?新收${UNJOINED}(?:到)?(?:政府信息公开)?(?:申请)?|(?<!本年|本年度|全年|今年)${OTHER_YEAR}(?:共|累计)?新收(?:到)?(?:政府信息公开)?申请)[^0-9０-９，。；,;增减比较多少长降升办结中公]{0,4}?${NUM}\\s*${COUNTED}`, 'g'), ['新收']],
  // (Applications received are also counted in 条: 「共收到政府信息公开申请0条」; 「共受理公开申请34件」 names them shorter.)
  // (接收 and 接到 are said too, and the applications named 依申请公开件: 「全年接收政府信息公开申请14件」「共收到依申请公开件20件」,
  // found by a review.)
  ['received', new RegExp(`${JOINED}(?:共|总共|累计)?(?:收到|受理|接收|接到)(?:了)?(?:(?:政府)?(?:信息)?公开申请|依申请公开(?:件|申请))[^0-9０-９，。；,;]{0,3}?${NUM}\\s*(?:${COUNTED}|条)`, 'g'), ['公开申请', '依申请公开']],
  // 「本年度共收到申请16件」: the applications unnamed — compared only where the sentence or its paragraph is of disclosure
  // (`BARE_RECEIVED`; under 「（二）依申请公开」 it is the commonest way to say it, found by a review; elsewhere a licence office's).
  ['received', BARE_RECEIVED, ['收到申请', '受理申请', '接收申请', '接到申请']],
  ['carried', new RegExp(`${JOINED}上(?:一)?年(?:度)?结转${UNJOINED}(?:政府信息公开申请)?[^0-9０-９，。；,;]{0,3}?${NUM}\\s*${COUNTED}`, 'g'), ['结转']],
  // 「2022年结转至本年度的政府信息公开申请3件」: carried into this year (found by a review); its year, matched, the one carried from.
  ['carried', new RegExp(`${JOINED}(?:(?:19|20)[0-9]{2}年度?)?结转(?:至|到)(?:本年度?|今年)的?(?:政府信息公开)?申请[^0-9０-９，。；,;]{0,3}?${NUM}\\s*${COUNTED}`, 'g'), ['结转至', '结转到']],
  ['carryNext', new RegExp(`(?<!${JOINER}|结)(?:结转|结|转)下(?:一)?年(?:度)?(?:继续办理)?[^0-9０-９，。；,;]{0,3}?${NUM}\\s*${COUNTED}`, 'g'), ['下年', '下一年']],
  // 「结转到2026年58件」「结转至下一年度继续办理3件」: the year named, or 下年 after 到/至 (the year is no figure).
  ['carryNext', new RegExp(`${JOINED}结转(?:到|至)(?:(?:19|20)[0-9]{2}|下(?:一)?)年(?:度)?(?:继续办理)?[^0-9０-９，。；,;]{0,3}?${NUM}\\s*${COUNTED}`, 'g'), ['结转到', '结转至']],
  // The figure first: 「另有4件申请结转至下一年度办理」「3件申请因尚在答复期内，转入下一年度继续办理」「尚有4件申请在办理期限内，
  // 结转至2024年继续办理」 — at most a clause between, no figure after (「办结15件，结转下年度3件」 is the keyword's), and not a
  // figure another statement's word owns (「办结15件，结转下年度继续办理」: `FIGURE_OWNED`). The year looked at, not matched (the
  // figure is found in the match by its digits). Found by a review.
  ['carryNext', CARRY_NEXT_FIGURE_FIRST, ['结转至', '结转到', '转入下', '转至下', '转到下', '结转下', '转入20', '转至20']],
  // (Not a part of them: 「按期办结138件，延期办结2件」「当场办结20件」「10个工作日内办结100件」「网上申请办结120件」
  // 「新收的145件中办结134件」「已于2024年1月办结5件」 — a review saw each said to differ from the total.)
  ['closed', new RegExp(`${JOINED}${NOT_ALL}(?:共)?办结${UNJOINED}(?:政府信息公开申请)?[^0-9０-９，。；,;]{0,3}?${NUM}\\s*${COUNTED}`, 'g'), ['办结']],
  // (Not 予以公开 that counts the partial ones in: 「予以公开9件（含部分公开2件）」; nor 部分公开 counted in
  // another figure — a bracket closing after it, or 或 before it: 「予以公开（含部分公开）9件」「予以全部或部分公开9件」,
  // 9 the two together. Found by a review.)
  ['open', new RegExp(`${JOINED}予以公开${UNJOINED}[^0-9０-９，。；,;]{0,2}?${NUM}\\s*${COUNTED}${PARTIAL_IN}`, 'g'), ['予以公开']],
  ['partial', new RegExp(`${JOINED}(?<!全部或|或)部分公开${UNJOINED}(?![ \\t]*[）)])[^0-9０-９，。；,;]{0,2}?${NUM}\\s*${COUNTED}`, 'g'), ['部分公开']],
  // (Cases are counted in 起 too, and a review named by its application: 「行政复议案件3起」「收到行政复议申请3件」.)
  ['reviews', new RegExp(`${JOINED}行政[复覆]议(?:案件|申请)?${NUM}\\s*(?:${COUNTED}|起)`, 'g'), ['行政复议', '行政覆议']],
  ['suits', new RegExp(`${JOINED}行政诉讼(?:案件)?${NUM}\\s*(?:${COUNTED}|起)`, 'g'), ['行政诉讼']],
  // 「未发生（因政府信息公开申请引发的）行政复议、行政诉讼案件」「本年度无政府信息公开行政复议案件」: none of them — the
  // words right before 案件, not 「未发生行政复议被纠错…的情况」 (none lost, a review saw cases that were) (found by a review).
  ['noReviews', new RegExp(`${OTHER_YEAR}${NONE}${ASKED}(行政[复覆]议)案?(?:[和及与、或]${ASKED}(?:行政)?诉讼)?${NONE_END}`, 'g'), ['行政复议', '行政覆议']],
  ['noSuits', new RegExp(`${OTHER_YEAR}${NONE}(?:${ASKED}行政[复覆]议案?[和及与、或])?${ASKED}((?:行政)?诉讼)${NONE_END}`, 'g'), ['诉讼']],
  // 「均已办结，无结转下年度的申请」「没有需要结转至下一年度办理的申请」: none carried on (before, read as nothing: a review).
  // (Of the applications or of nothing named: 「无结转下年度项目资金」 is a budget's — FUNDS.)
  ['noCarryNext', new RegExp(`${OTHER_YEAR}(?:(?<![并虽])无|没有|未有|不存在)(?:需要?)?(?:结转|转入|转至|转到)(?:至|到)?(下(?:一)?年度?)`, 'g'), ['下年', '下一年']],
  // (Not the applications naming what there was none of: 「无政府信息公开申请逾期答复情况」「无…申请收费情况」「未收到信息公开申请方面的
  // 投诉」 — said to contradict table 三, found by a review.)
  ['noReceived', new RegExp(`${OTHER_YEAR}(?:未收到|没有收到|未受理|没有受理|未接到|无)(?:任何)?(?:政府信息公开|信息公开|依申请公开)的?(申请)(?![人书表]|[^。；;，,]{0,10}?(?:逾期|超期|延期|收费|收取|费用|处理费|投诉|举报|答复|方面|情形|问题|纠错|撤销))`, 'g'), ['申请']],
  ...documentStatements('rules', '(?:政府)?规章', '规章'),
  ...documentStatements('norm', '(?:行政)?规范性文件', '规范性文件'),
  // (The 2019 form's 政府集中采购: 「采购项目21个」「发布采购信息21条共5419886元」「采购总金额5419886元」 — its amount in 元 only,
  // as the form's column: 「万元」 is another unit. A glued row 「政府集中采购215419886元」 splits eight ways; these pick one,
  // found by a review of real pages.)
  ['procItems', new RegExp(`(?:集中)?采购(?:项目|信息|事项)(?:共计|共|合计)?${NUM}\\s*(?:个|项|条|宗|批)`, 'g'), ['采购']],
  ['procAmount', new RegExp(`采购[^。；;，,\\n]{0,16}?(?:共计|共|合计|总计|总金额|金额|资金)(?:为|达)?([0-9０-９]+(?:[.．][0-9０-９]+)?)\\s*(?<!万)元`, 'g'), ['采购']],
];

/**
 * What the prose says of table 二's documents: 「制定规范性文件5件」「废止规章1件」「现行有效的规范性文件16件」
 * (「规范性文件现行有效16件」). Only a verb right before the noun — not 「清理」「审核」「备案」 — and neither half
 * of a sum: 「制定和废止规范性文件7件」「规章和规范性文件现行有效16件」 (a joiner after a figure's 件 joins two
 * statements: 「制定…54件、废止…1件」 gives both). Not the party's own 「党内规范性文件」, nor 「54件次」. A glued
 * table 二 whose row splits several ways is checked against them (table-ambiguous, which also passes over
 * plans, other years and other bodies' documents).
 */
function documentStatements(prefix: 'rules' | 'norm', noun: string, word: string): [StatementKind, RegExp, string[]][] {
  const tail = `(?:共计|共|合计|总计)?${NUM}\\s*(?:件|份)(?!次)`;
  const afterVerb = '(?<!(?:制发|制定|出台|印发|废止|失效)[及和与、])';
  // (The noun's own prefix may not start a match either: 「规章和行政规范性文件」 is tried from 行政, and not again from 规范.)
  const nounFirst = '(?<![及和与、]|党内|行政|政府)';
  return [
    // (「制发的规范性文件88件」: 的 between, as 了 — found by a review of a real page.)
    [`${prefix}Issued`, new RegExp(`${afterVerb}(?:制发|制定|出台|印发)[了的]?${noun}${tail}`, 'g'), [word]],
    [`${prefix}Repealed`, new RegExp(`${afterVerb}(?:废止|宣布失效)[了的]?${noun}${tail}`, 'g'), [word]],
    [`${prefix}InForce`, new RegExp(`(?:现行有效的?${noun}|${nounFirst}${noun}现行有效的?)${tail}`, 'g'), [word]],
  ];
}

/**
 * 「2022年度本部门未发生…」: a year followed by the body speaking of itself — in the past tense: 「2024年，
 * 我局将…」 is a plan for the next year, not a claim about the year reported on; nor the body's history
 * (「2019年，我局被评为…」「2018年，本机关机构改革后更名…」「自2020年我局…以来」) or that year's report
 * (「2022年度本机关报告指出的问题…」) — found by a review of real prose.
 */
// (Nor what the body made or opened that year, named in a clause of this year's work: 「2022年我局开通的政务微信公众号，
// 本年度…」「2022年，我局制定的《…规程》在本年度继续执行」 — the year is the thing's, found by a review. Not any verb and
// 的: 「2022年，本机关收到的申请共13件」 is last year's report copied, and said.)
// (Nor last year's problems that section 五 reports the mending of: 「2022年度我局存在的问题…已于2023年整改到位」,
// 「对照2022年度本部门…存在的问题，逐项整改」 — found by a review.)
// (And the body after the words of its leadership, or as 「局」 before its work: 「2022年，在区委、区政府的坚强领导下，我局…」
// 「2022年，局政府信息公开工作坚持…」 — last year's opening left in a copy, found by a review; not an assessment of that year,
// announced in this one: 「2022年度我局政务公开考核获评优秀」.)
const YEAR_CLAIM = /(?<!自|从|截至|截止|至|于|对照|针对)((?:19|20)\d{2})\s*年(?:度)?\s*[,，]?\s*(?=(?:在[^，,。；;]{1,30}(?:领导|指导|部署|关心|支持)下[，,]\s*)?(?:本部门|本机关|本单位|本局|我局|我委|我办|我厅|我部|我市|我区|我县|全局|全委|本委|本办|局(?=政府信息公开|政务公开|信息公开))(?!将|要|拟|计划|会|还将|也将|继续|仍将|力争|争取|被评|荣获|获评|获得|被授予|机构改革|更名|成立|组建|挂牌|报告|年报|年度报告|存在|(?:开通|建成|建立|制定|出台|印发|设立|开设|上线|启用|创建|推出|成立|组建)的|[^，,。；;]{0,12}(?:考核|评估|测评|考评|评议|排名|位列|获评|荣获|被评)))/g;


/**
 * （一） opening a sub-section: at a line start, or anywhere on pages that lost their line breaks — not
 * 第（一）项, nor a numeral a clause's punctuation follows (「7016办公室（二）；邮编」: part of an address), which
 * opens nothing (a mirror's pinyin after the numeral passed over: gloss.ts).
 */
// (Not one the text names: quoted — 「“（七）总计”为各项之和」 — or a range or pair of them, 「（一）至（六）」「（二）和（三）」:
// a note on table 三 was said to skip and repeat its numbering, found by a review.)
const PAREN = new RegExp(`(?<![第“「‘『"至到和与與及或、])[（(]([一二三四五六七八九十]{1,3})(?:\\(${PINYIN_LETTER}{1,6}\\)){0,2}[)）](?![项款条目；;，,。至到和与與及或”」’』"])`, 'g');
/**
 * （1） opening a line or a clause (after 。；：，): the third level of a report's lists. Not mid-sentence (「附件（1）」), not
 * 第（2）项, not a figure in brackets a clause's punctuation follows (「共（3）件，」), not a year or telephone's area (three digits or more).
 */
const ARABIC = /(?<=^|[\n\r \t\u3000。；;：:，,])[（(]([0-9０-９]{1,2})[)）](?![项款条目件；;，,。、至到和与與及或”」’』"])/g;
const ARABIC_NEAR = /[（(][0-9０-９]/;
/** 「七是」, also when a hard-wrapped text (a text browser's dump, an e-mail) broke the line between them. */
const SHI = new RegExp(`([一二三四五六七八九十]{1,3})(?:\\(${PINYIN_LETTER}{1,6}\\)){0,2}(?:[ \\t\\u3000]*\\r?\\n[ \\t\\u3000]*)?是`, 'g');

/** A statement, year or numbering as the pattern found it, before the tables' cover is taken out. */
interface FoundStatement extends Found {
  value: number;
  span: Span;
  year?: number;
  /** What it counts is no application (a budget's carry-forward): not read against the tables. */
  other?: true;
}
interface FoundYear extends Found {
  year: number;
  span: Span;
}
/** Every match of a numbering pattern: `marker` unset where it is no numbering (「统一是」) — the scan went past it all the same. */
interface FoundMarker extends Found {
  marker?: Marker;
}

/**
 * Everything the prose patterns match in a segment, tables included (they are taken out by
 * `proseFacts`): kept with the segment's reading, so that after an edit only the stretch around it is
 * matched again (`findProseAfterEdit`). Statements and years are found in the fold, numbering and
 * spam in the text: their `from`, `to` are offsets in what they were found in.
 */
export interface ProseMatches {
  /** One list per pattern, in STATEMENTS' order (the facts list them in that order). */
  statements: FoundStatement[][];
  years: FoundYear[];
  paren: FoundMarker[];
  shi: FoundMarker[];
  arabic: FoundMarker[];
  spam: Span[];
  /**
   * Whether the text held an unmistakable spam word: then an edit anywhere in it looks for spam again — a run or a word
   * alone on its line is spam by what stands around it, as far as its line or run goes (「赌场」 left alone on its line by a
   * deletion 60 characters away was not said: found by a random hunt of edits). Without one, only a word the edit made can be.
   */
  spamWords: boolean;
  /** The length of the fold they were found in. */
  foldLength: number;
}

type Fold = { s: string; back: ArrayLike<number> };
/** How far from an edit the fold may change: two pinyin glosses' length (「(zheng)(zheng)」, gloss.ts) and the edit's neighbour. */
const GLOSS_REACH = 24;

const statementMaker = (kind: number, back: ArrayLike<number>, folded: string, written: string) => (m: RegExpExecArray, at: number): FoundStatement => {
  const numAt = at + m[0].lastIndexOf(m[1]);
  // (A statement of none holds words where the others hold a figure: its value is 0. A figure in Chinese numerals that is
  // no count — 「一二件」 — is no statement.)
  const value = NONE_KINDS.has(STATEMENTS[kind][0]) ? 0 : m[1].charCodeAt(0) < 0x4e00 ? Number(m[1].normalize('NFKC')) : chineseCount(m[1]);
  const found: FoundStatement = { from: at, to: at + m[0].length, value: value ?? 0, span: { start: back[numAt], end: back[numAt + m[1].length - 1] + 1 } };
  if (value === undefined) found.other = true;
  const year = YEAR_BEFORE.exec(folded.slice(Math.max(0, at - 9), at));
  if (year) found.year = Number(year[1]);
  // (A budget's carry-forward, 「结转下年度项目32个」「上年结转资金…」: no applications — found by a review.)
  if (CARRY_KINDS.has(STATEMENTS[kind][0]) && FUNDS.test(m[0])) found.other = true;
  // (Of none, what is carried follows the words: 「无结转下年度项目资金」.)
  if (STATEMENTS[kind][0] === 'noCarryNext' && FUNDS.test(folded.slice(at + m[0].length, at + m[0].length + 8))) found.other = true;
  // (Owned in its line: the fold drops line breaks, and a sub-heading 「（二）依申请公开」 ending a line owns no figure under it.)
  if (STATEMENTS[kind][1] === CARRY_NEXT_FIGURE_FIRST && FIGURE_OWNED.test(folded.slice(Math.max(0, at - 8), at)) && !/[\r\n]/.test(written.slice(back[at - 1] ?? 0, back[at]))) found.other = true;
  return found;
};
/**
 * How far before a statement `statementMaker` reads the fold: YEAR_BEFORE's nine characters (「2020年度全年」), FIGURE_OWNED's
 * eight. A statement an edit that near changed is found again (rescan.ts): kept, 「2022年度全年共新收…99件」 with its 2 deleted
 * kept its year, and was not compared — found by a random hunt of edits.
 */
const MAKER_BEHIND = 9;
const CARRY_KINDS: ReadonlySet<StatementKind> = new Set<StatementKind>(['carried', 'carryNext', 'noCarryNext']);
const FUNDS = /项目|资金|经费|款|预算|资产|指标/;
const yearMaker = (back: ArrayLike<number>) => (m: RegExpExecArray, at: number): FoundYear => ({ from: at, to: at + m[0].length, year: Number(m[1]), span: { start: back[at], end: back[at + m[1].length - 1] + 1 } });
const parenMaker = (text: string) => (m: RegExpExecArray, at: number): FoundMarker => {
  const found: FoundMarker = { from: at, to: at + m[0].length };
  // (Table 三's own items quoted in a sentence — 「（一）予以公开10件；（二）部分公开2件；（四）无法提供6件」 — are no list of the
  // text's: a body with no refusals skips （三）, found by a review.)
  const after = text.slice(at + m[0].length, at + m[0].length + 10);
  if (TABLE_ITEM.test(after)) return found;
  // (Nor one the sentence names — 「按照附件（二）的格式」「参照表（三）填报」「依法作出（二）部分公开答复」 —, nor one in a title or a quotation —
  // 「《关于（一）加强…（二）规范…的通知》」「“（一）先审后发（二）分级审核”制度」 —, nor table 三's item named mid-line (「表三中（四）无法
  // 提供情形」): said to skip and repeat the section's own （一）…（五）, found by a review.)
  // (Nor the first of a list run into a sentence, the next after its 、 — 「设置（一）机构信息、（二）法定主动公开内容…等栏目」 —: the others
  // PAREN's look-behind passes over. After a comma each item is one of a list, and PAREN reads them all.)
  if (NAMED_BEFORE.test(text.slice(Math.max(0, at - 4), at)) || quotedAt(text, at) || (TABLE_ITEM_NAME.test(after) && !opensLineAt(text, at)) || INLINE_NEXT.test(text.slice(at + m[0].length, at + m[0].length + 48))) return found;
  found.marker = { kind: 'paren', value: chineseNumeral(m[1]) ?? 0, span: { start: at, end: at + m[0].length } };
  return found;
};
/** The next item of a list run into a sentence: after a 、, in the same sentence, not far. */
const INLINE_NEXT = /^[^。；;！？\r\n]{1,40}?[、][（(][一二三四五六七八九十]{1,3}[)）]/;
/** Words that name what follows them — an attachment, a table, a list, a form —: a （N） after them is no numbering. */
const NAMED_BEFORE = /(?:附件|附表|表|清单|图|作出|下设|汇编|格式|样式|目录|编号|序号|之)$/;
/** Table 三's items by name (a figure after them or not). */
const TABLE_ITEM_NAME = /^(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|予以公開|部分公開|不予公開|無法提供|不予處理|其他處理)/;
/** How far back on its line a title's or a quotation's opening mark is looked for (the prose patterns' rescan reads as far: PAREN_BEHIND). */
const QUOTE_BACK = 60;
const PAREN_BEHIND = QUOTE_BACK + 4;
/** Whether text[at] stands inside 《…》 or “…” (「…」『…』) opened on its line, at most QUOTE_BACK characters before. */
function quotedAt(text: string, at: number): boolean {
  let title = 0;
  let quote = 0;
  for (let i = at - 1; i >= 0 && at - i <= QUOTE_BACK; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    if (c === 0x300b) title--; // 》
    else if (c === 0x300a) title++; // 《
    else if (c === 0x201d || c === 0x300d || c === 0x300f) quote--; // ” 」 』
    else if (c === 0x201c || c === 0x300c || c === 0x300e) quote++; // “ 「 『
    if (title > 0 || quote > 0) return true;
  }
  return false;
}
/** Whether only spaces stand between text[at] and its line's start. */
function opensLineAt(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x3000 || text.charCodeAt(i) === 0x09)) i--;
  return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}
/** Table 三's items after their numbers, with their figure: 「（一）予以公开10件」…「（七）总计16件」 (not a sub-heading 「（一）予以公开情况」). */
const TABLE_ITEM = /^(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|总计|予以公開|部分公開|不予公開|無法提供|不予處理|其他處理|總計)[^，。；,;\n0-9０-９]{0,3}[0-9０-９]/;
const arabicMaker = (m: RegExpExecArray, at: number): FoundMarker => ({
  from: at,
  to: at + m[0].length,
  marker: { kind: 'arabic', value: Number(m[1].normalize('NFKC')), span: { start: at, end: at + m[0].length } },
});
const shiMaker = (text: string) => (m: RegExpExecArray, at: number): FoundMarker => {
  // 「一是」 opens a clause: at a line start or after punctuation, not inside a word (「统一是」). A
  // list's first item may also follow a sub-heading run into it (「…平台建设情况一是完成…」).
  const before = text[at - 1];
  const opensClause = at === 0 || /[\s，。；：:;、！？]/.test(before ?? '');
  const found: FoundMarker = { from: at, to: at + m[0].length };
  // (Not the idiom 「四是四、五是五」: the numeral again after 是 — found by a review.)
  if (text.startsWith(m[1], at + m[0].length)) return found;
  if (opensClause || (m[1] === '一' && !/[统唯同之第其]/.test(before ?? ''))) found.marker = { kind: 'shi', value: chineseNumeral(m[1]) ?? 0, span: { start: at, end: at + m[0].length } };
  return found;
};

/** Every match of a global pattern over `s`, made by `make`. */
function all<T>(re: RegExp, s: string, make: (m: RegExpExecArray, at: number) => T): T[] {
  const out: T[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(make(m, m.index));
  return out;
}


/** The prose patterns' matches in a segment's text (its fold given, or made). */
export function findProse(written: string, fold: Fold = foldChars(written)): ProseMatches {
  const { s: folded, back } = fold;
  // (The numbering as it reads: 「（⼀）」 with a Kangxi radical, as a PDF's text gives it, is 「（一）」 — normalize.ts. One unit for one.)
  const text = lookalikesRead(written);
  // Every statement of a figure ends with 件 (or 个, 宗, 条) and every claim holds 年: most segments have neither;
  // and a statement's pattern only runs where one of its words is (a search is much cheaper).
  const counted = folded.includes('件') || folded.includes('个') || folded.includes('宗') || folded.includes('条') || folded.includes('起');
  // (A statement of none counts nothing: 「未发生…行政复议和行政诉讼。」)
  const statements = STATEMENTS.map(([kind, re, words], k) => ((counted || NONE_KINDS.has(kind)) && words.some((w) => folded.includes(w)) ? all(re, folded, statementMaker(k, back, folded, written)) : []));
  return {
    statements,
    years: folded.includes('年') ? all(YEAR_CLAIM, folded, yearMaker(back)) : [],
    // Numbering: （一） opening a line or a clause, and 一是 … 二是 in running text. Neither pattern
    // crosses a line break, so the whole text is scanned at once (a line's start reads as one).
    paren: all(PAREN, text, parenMaker(text)),
    shi: all(SHI, text, shiMaker(text)),
    // (Only where a bracket holds a digit: most segments have none.)
    arabic: ARABIC_NEAR.test(text) ? all(ARABIC, text, arabicMaker) : [],
    spam: spamIn(written),
    spamWords: SPAM_STRONG.test(written),
    foldLength: folded.length,
  };
}

/**
 * The matches in `text`, which is the text of `before` with [start, end) replaced by `inserted`
 * characters, `fold` its fold (a segment's: with the way there): only the stretch around the edit is
 * matched again (rescan.ts); spam, whose runs have no bound, only where a run or one of its
 * unmistakable words is near.
 */
export function findProseAfterEdit(written: string, fold: SegmentFold, before: ProseMatches, start: number, end: number, inserted: number): ProseMatches {
  const { s: folded, back } = fold;
  const text = lookalikesRead(written);
  const delta = inserted - (end - start);
  const foldDelta = folded.length - before.foldLength;
  // (In the fold, the stretch reaches GLOSS_REACH further each way: an edit beside a pinyin gloss may make or unmake it, and the
  // fold changes over it — 「于(zheng)2022年」 with 「a」 typed after 于 kept no year after the gloss, found by a random hunt of edits.)
  const inFold: Stretch = { start: fold.fwd[Math.max(0, start - GLOSS_REACH)], end: fold.fwd[Math.min(written.length, start + inserted + GLOSS_REACH)], delta: foldDelta };
  const inText: Stretch = { start, end: start + inserted, delta };
  // (All it holds moved or kept: a budget's carry-forward, `other`, was lost by a statement an edit moved.)
  const moveStatement = (x: FoundStatement): FoundStatement => ({ from: x.from + foldDelta, to: x.to + foldDelta, value: x.value, span: { start: x.span.start + delta, end: x.span.end + delta }, year: x.year, ...(x.other ? { other: true } : {}) });
  const moveYear = (x: FoundYear): FoundYear => ({ from: x.from + foldDelta, to: x.to + foldDelta, year: x.year, span: { start: x.span.start + delta, end: x.span.end + delta } });
  const moveMarker = (x: FoundMarker): FoundMarker => {
    const out: FoundMarker = { from: x.from + delta, to: x.to + delta };
    if (x.marker) out.marker = { kind: x.marker.kind, value: x.marker.value, span: { start: x.marker.span.start + delta, end: x.marker.span.end + delta } };
    return out;
  };
  // Spam: a run holds an unmistakable word. Where the text held none, only the edit can have made one: looked for near it, as far
  // as a word reaches (and a site's title line, 60 characters). Where it held one, what is spam around it may have changed.
  const near = text.slice(Math.max(0, start - 64), Math.min(text.length, start + inserted + 64));
  const spamWords = before.spamWords ? SPAM_STRONG.test(written) : SPAM_STRONG.test(near);
  return {
    statements: STATEMENTS.map(([, re], k) => rescan(re, folded, before.statements[k], inFold, statementMaker(k, back, folded, written), moveStatement, MAKER_BEHIND)),
    years: rescan(YEAR_CLAIM, folded, before.years, inFold, yearMaker(back), moveYear),
    paren: rescan(PAREN, text, before.paren, inText, parenMaker(text), moveMarker, PAREN_BEHIND),
    shi: rescan(SHI, text, before.shi, inText, shiMaker(text), moveMarker),
    arabic: rescan(ARABIC, text, before.arabic, inText, arabicMaker, moveMarker),
    spam: spamWords ? spamIn(written) : [],
    spamWords,
    foldLength: folded.length,
  };
}

/** The prose facts: the matches outside the segment's tables (and, of statements, those of this body's applications). */
export function proseFacts(matches: ProseMatches, tables: readonly Table[], text: string, section?: number): ProseFacts {
  const inTable = tableCover(tables);
  const facts: ProseFacts = { statements: [], years: [], markers: [], spam: matches.spam.map((s) => ({ start: s.start, end: s.end })) };
  STATEMENTS.forEach(([kind, pattern], k) => {
    for (const x of matches.statements[k]) {
      if (inTable(x.span.start) || x.other || (ABOUT_APPLICATIONS.has(kind) && aboutOthers(text, x.span.start, kind))) continue;
      if (pattern === BARE_RECEIVED && !namesDisclosure(text, x.span.start)) continue;
      // (A body's reviews and lawsuits outside section 四, in a sentence that does not say they arose from disclosure —
      // a 司法局's 「全年办理行政复议案件152件」, 「因行政处罚被申请行政复议5件」 —: its caseload, not table 四's. So too that there were
      // none: 「全年作出行政处罚决定85件，未发生行政复议和行政诉讼案件」「行政执法工作规范有序，未发生…」, found by a review.)
      if (section !== 4 && (WHOLE_BODY_KINDS.has(kind) ? !ofDisclosure(text, x.span.start) : NONE_CASES.has(kind) && !namesDisclosure(text, x.span.start))) continue;
      // (Nor a goal: 「确保无…行政复议、行政诉讼案件发生」「力争全年未发生…」 — found by a review.)
      if (NONE_KINDS.has(kind) && PLAN.test(sentenceBefore(text, x.span.start).sentence)) continue;
      const st: Statement = { kind, value: x.value, span: { start: x.span.start, end: x.span.end } };
      // (A sentence opening with another year is that year's only where it sets it against this one — 「…；本年新收6件」;
      // without, it is last year's sentence left in a copy, and compared: found by a review of the first version.)
      const opening = x.year === undefined ? sentenceYear(text, x.span.start) : undefined;
      const year = x.year ?? (opening !== undefined && comparedInSentence(text, x.span.end, opening) ? opening : undefined);
      if (year !== undefined) st.year = year;
      // (Counted from a year — 「自2019年以来累计收到…58件」: those years' together, when that is before the report's: the check knows its year.)
      const since = sinceYear(text, x.span.start);
      if (since !== undefined) st.since = since;
      facts.statements.push(st);
    }
  });
  // (Not a year the sentence sets against this one — 「2022年，我局新收申请38件；本年新收6件」「…与上年同期相比」: a comparison,
  // not a year's words left in a copy; found by a review.)
  // (Nor one the sentence sets against another year named as a whole — 「2022年，本局共收到…12件；2023年共收到15件」, found by a review —
  // not a date of that year: 「…已于2023年1月办结」 is a copy's.)
  for (const y of matches.years) if (!inTable(y.span.start) && !comparedInSentence(text, y.span.end) && !yearSetAgainst(text, y.span.end, y.year)) facts.years.push({ year: y.year, span: { start: y.span.start, end: y.span.end } });
  for (const list of [matches.paren, matches.shi, matches.arabic]) for (const x of list) if (x.marker && !inTable(x.marker.span.start)) facts.markers.push({ kind: x.marker.kind, value: x.marker.value, span: { start: x.marker.span.start, end: x.marker.span.end } });
  facts.markers.sort((a, b) => a.span.start - b.span.start);
  return facts;
}
