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
import { chineseCount, chineseNumeral, foldChars, lookalikesRead, norm, type SegmentFold } from '../text/normalize';
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
  // (Nor the first of a list run into a sentence, the next after its 、 (after a comma, each item is one of the list: PAREN reads them all): 「设置（一）机构信息、（二）法定主动公开内容…等栏目」 — the others are
  // passed over by PAREN's look-behind.)
  if (NAMED_BEFORE.test(text.slice(Math.max(0, at - 4), at)) || quotedAt(text, at) || (TABLE_ITEM_NAME.test(after) && !opensLineAt(text, at)) || INLINE_NEXT.test(text.slice(at + m[0].length, at + m[0].length + 48))) return found;
  found.marker = { kind: 'paren', value: chineseNumeral(m[1]) ?? 0, span: { start: at, end: at + m[0].length } };
  return found;
};
/** The next item of a list run into a sentence: after a 、 or a comma, in the same sentence, not far. */
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
/** Whether words name a part of the year or of the body. */
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
const ABOUT_APPLICATIONS = new Set<StatementKind>(['received', 'new', 'carried', 'closed', 'open', 'partial', 'carryNext', 'reviews', 'suits', 'noReceived', 'noCarryNext']);
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
function sentenceBefore(text: string, at: number): SentenceBefore {
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
function aboutOthers(text: string, at: number, kind: StatementKind): boolean {
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
function sinceYear(text: string, at: number): number | undefined {
  // (The sentence back to its stop, as sentenceAround finds it: the one aboutOthers read.)
  const words = sentenceBefore(text, at).sentence;
  let year: number | undefined;
  let end = -1;
  SINCE.lastIndex = 0;
  for (let m = SINCE.exec(words); m; m = SINCE.exec(words)) (year = Number(m[1])), (end = m.index + m[0].length);
  return year !== undefined && !THIS_YEAR.test(words.slice(end)) ? year : undefined;
}

/** That there were no reviews or lawsuits: of the body's, unless the sentence or its paragraph is of disclosure. */
const NONE_CASES = new Set<StatementKind>(['noReviews', 'noSuits']);
/** A goal's words: what the body means to keep from happening. */
const PLAN = /确保|力争|争取|力求|避免|防止|杜绝|严防/;
/** What a body counts beyond disclosure (all its reviews and lawsuits), of which those of disclosure may follow. */
const WHOLE_BODY_KINDS = new Set<StatementKind>(['reviews', 'suits']);
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
function ofDisclosure(text: string, at: number): boolean {
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
function namesDisclosure(text: string, at: number): boolean {
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
function sentenceYear(text: string, at: number): number | undefined {
  const [a] = sentenceAround(text, at);
  // (Or run on into its words, where a later year sets it apart: 「2022年因政府信息公开引发行政复议2件，2023年未发生」.)
  // (And after the words that look back on it: 「回顾2022年，本局共收到申请12件；今年收到15件」, found by a review.)
  const m = /^[\s\u3000]*(?:在|于|回顾|纵观)?((?:19|20)[0-9]{2})\s*年度?(?:全年|内|中|期间|当年)?(?:[，,、]|(?![0-9０-９]|[\s\u3000]*[0-9０-９]|月|底|初|末))/.exec(text.slice(a, at));
  return m ? Number(m[1]) : undefined;
}

/** Whether the sentence a year claim ends in at `end` sets it against this year (本年, 今年), past its semicolons. */
function comparedInSentence(text: string, end: number, opening?: number): boolean {
  let b = end;
  const to = Math.min(text.length, end + 80);
  // (。！？!?\n: not the semicolons.)
  for (let c = text.charCodeAt(b); b < to && c !== 0x3002 && c !== 0xff01 && c !== 0xff1f && c !== 0x21 && c !== 0x3f && c !== 10; c = text.charCodeAt(b)) b++;
  // (Only this year named: 「同比」「与上年同期持平」 compare the year named with the one before it — last year's sentence left
  // in a copy, which year-mismatch is for; found by a review.)
  return /本年|今年/.test(text.slice(end, b)) || (opening !== undefined && otherYearIn(text.slice(end, b), opening)) || nextSetAgainst(text, b, opening);
}

/**
 * Whether the sentence after the one ending at `b` (its stop there, on the same line) opens with this year or another than `year`
 * named whole: 「2022年，我局新收申请12件。本年新收15件，同比增长25%。」 — a comparison written over two sentences (found by a review).
 */
function nextSetAgainst(text: string, b: number, year: number | undefined): boolean {
  const c = text.charCodeAt(b);
  if (c !== 0x3002 && c !== 0xff01 && c !== 0xff1f && c !== 0x21 && c !== 0x3f) return false;
  const next = text.slice(b + 1, b + 16).replace(/^[ \t\u3000]+/, '');
  if (/^(?:本年|今年|当年)/.test(next)) return true;
  const m = /^((?:19|20)[0-9]{2})\s*年(?!\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月)/.exec(next);
  return !!m && year !== undefined && Number(m[1]) !== year;
}

/** Whether the sentence a year claim ends in at `end` names another year as a whole (not a date in it: 「2023年1月」). */
function yearSetAgainst(text: string, end: number, year: number): boolean {
  let b = end;
  const to = Math.min(text.length, end + 80);
  for (let c = text.charCodeAt(b); b < to && c !== 0x3002 && c !== 0xff01 && c !== 0xff1f && c !== 0x21 && c !== 0x3f && c !== 10; c = text.charCodeAt(b)) b++;
  for (const m of text.slice(end, b).matchAll(/((?:19|20)[0-9]{2})\s*年(?!\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月)/g)) if (Number(m[1]) !== year) return true;
  return nextSetAgainst(text, b, year);
}

/** Whether words name a year other than `year` (「…2件，2023年未发生」「…1件，已于2023年3月审结」: the sentence sets two apart). */
function otherYearIn(words: string, year: number): boolean {
  for (const m of words.matchAll(/((?:19|20)[0-9]{2})\s*年/g)) if (Number(m[1]) !== year) return true;
  return false;
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
