/**
 * The national form (国办公开办函〔2021〕30号, and the 2019 trial form 〔2019〕60号): sections,
 * the rows and columns of the three tables, their official labels, the short names messages use
 * (in the three display languages), and the keys the reader matches labels by.
 * Keys are compared with normalised text (normalize.ts: simplified script, no spaces, NFKC).
 */
import type { SectionId, Text3 } from '../types';

const t = (cn: string, tw: string, en: string): Text3 => ({ cn, tw, en });

// ---------------------------------------------------------------- sections
export interface SectionDef {
  id: SectionId;
  numeral: string;
  official: string;
  name: Text3;
}
export const SECTIONS: readonly SectionDef[] = [
  { id: 1, numeral: '一', official: '一、总体情况', name: t('一、总体情况', '一、總體情況', 'I. Overview') },
  { id: 2, numeral: '二', official: '二、主动公开政府信息情况', name: t('二、主动公开政府信息情况', '二、主動公開政府信息情況', 'II. Proactive disclosure') },
  { id: 3, numeral: '三', official: '三、收到和处理政府信息公开申请情况', name: t('三、收到和处理政府信息公开申请情况', '三、收到和處理政府信息公開申請情況', 'III. Disclosure applications received and handled') },
  { id: 4, numeral: '四', official: '四、政府信息公开行政复议、行政诉讼情况', name: t('四、政府信息公开行政复议、行政诉讼情况', '四、政府信息公開行政複議、行政訴訟情況', 'IV. Administrative reviews and lawsuits') },
  { id: 5, numeral: '五', official: '五、存在的主要问题及改进情况', name: t('五、存在的主要问题及改进情况', '五、存在的主要問題及改進情況', 'V. Main problems and improvements') },
  { id: 6, numeral: '六', official: '六、其他需要报告的事项', name: t('六、其他需要报告的事项', '六、其他需要報告的事項', 'VI. Other matters') },
];
export const sectionDef = (id: SectionId): SectionDef => SECTIONS[id - 1];

export const TABLE_NAMES = {
  active: t('表二（主动公开）', '表二（主動公開）', 'table II (proactive disclosure)'),
  applications: t('表三（收到和处理申请）', '表三（收到和處理申請）', 'table III (applications)'),
  review: t('表四（行政复议、行政诉讼）', '表四（行政複議、行政訴訟）', 'table IV (reviews and lawsuits)'),
  statistics: t('政府信息公开情况统计表', '政府信息公開情況統計表', 'statistics table (pre-2019 form)'),
} as const;
export const TABLE_SECTION = { active: 2, applications: 3, review: 4 } as const;

// ---------------------------------------------------------------- table 三
export interface RowDef {
  id: string;
  /** Official label as printed in the form (simplified script). */
  label: string;
  short: Text3;
  /** Normalised substrings that identify the row's label (any one suffices). */
  keys: string[];
  /** The label must equal a key once its numbering is removed (for 「3.其他」). */
  exact?: boolean;
  /** Keys that are a different wording, not just another spelling: reported as label-drift. */
  drift?: string[];
  /** Group (parent) id for sub-items. */
  group?: string;
}

export const APP_COLUMNS: readonly { id: string; label: string; short: Text3 }[] = [
  { id: 'natural', label: '自然人', short: t('自然人', '自然人', 'natural persons') },
  { id: 'business', label: '商业企业', short: t('商业企业', '商業企業', 'businesses') },
  { id: 'research', label: '科研机构', short: t('科研机构', '科研機構', 'research institutions') },
  { id: 'nonprofit', label: '社会公益组织', short: t('社会公益组织', '社會公益組織', 'public-interest organisations') },
  { id: 'legal', label: '法律服务机构', short: t('法律服务机构', '法律服務機構', 'legal service organisations') },
  { id: 'otherOrg', label: '其他', short: t('其他组织', '其他組織', 'other organisations') },
  { id: 'total', label: '总计', short: t('总计', '總計', 'total') },
];
export const APP_WIDTH = APP_COLUMNS.length; // 7
export const APP_TOTAL_COL = 6;

export const APP_GROUPS: readonly RowDef[] = [
  { id: 'g-results', label: '三、本年度办理结果', short: t('三、本年度办理结果', '三、本年度辦理結果', 'III. Outcomes this year'), keys: ['本年度办理结果', '办理结果'] },
  { id: 'g-withheld', label: '（三）不予公开', short: t('（三）不予公开', '（三）不予公開', '(3) Withheld'), keys: ['不予公开'] },
  { id: 'g-unable', label: '（四）无法提供', short: t('（四）无法提供', '（四）無法提供', '(4) Cannot be provided'), keys: ['无法提供'] },
  { id: 'g-ignored', label: '（五）不予处理', short: t('（五）不予处理', '（五）不予處理', '(5) Not processed'), keys: ['不予处理'] },
];

/** All numeric rows of table 三 that either form version may have, in form order. */
export const APP_ROWS: readonly RowDef[] = [
  { id: 'new', label: '一、本年新收政府信息公开申请数量', short: t('一、本年新收', '一、本年新收', 'I. New this year'), keys: ['本年新收', '本年度新收', '今年新收', '新收政府信息公开申请', '本年度收到', '本年收到', '收到政府信息公开申请'] },
  { id: 'carried', label: '二、上年结转政府信息公开申请数量', short: t('二、上年结转', '二、上年結轉', 'II. Carried over from last year'), keys: ['上年结转', '上年度结转', '上一年结转', '上一年度结转'] },
  { id: 'open', label: '（一）予以公开', short: t('（一）予以公开', '（一）予以公開', '(1) Disclosed'), keys: ['予以公开'], group: 'g-results' },
  { id: 'partial', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', short: t('（二）部分公开', '（二）部分公開', '(2) Partly disclosed'), keys: ['部分公开'], group: 'g-results' },
  { id: 'w1', label: '1.属于国家秘密', short: t('（三）1.属于国家秘密', '（三）1.屬於國家秘密', '(3)1 state secret'), keys: ['国家秘密', '国家机密'], drift: ['国家机密'], group: 'g-withheld' },
  { id: 'w2', label: '2.其他法律行政法规禁止公开', short: t('（三）2.其他法律行政法规禁止公开', '（三）2.其他法律行政法規禁止公開', '(3)2 barred by other laws'), keys: ['禁止公开'], group: 'g-withheld' },
  { id: 'w3', label: '3.危及“三安全一稳定”', short: t('（三）3.危及“三安全一稳定”', '（三）3.危及“三安全一穩定”', '(3)3 endangers security or stability'), keys: ['三安全一稳定', '三安全'], group: 'g-withheld' },
  { id: 'w4', label: '4.保护第三方合法权益', short: t('（三）4.保护第三方合法权益', '（三）4.保護第三方合法權益', '(3)4 third-party rights'), keys: ['第三方合法权益', '保护第三方'], group: 'g-withheld' },
  { id: 'w5', label: '5.属于三类内部事务信息', short: t('（三）5.属于三类内部事务信息', '（三）5.屬於三類內部事務信息', '(3)5 internal affairs'), keys: ['内部事务'], group: 'g-withheld' },
  { id: 'w6', label: '6.属于四类过程性信息', short: t('（三）6.属于四类过程性信息', '（三）6.屬於四類過程性信息', '(3)6 process information'), keys: ['过程性信息', '过程性资讯'], group: 'g-withheld' },
  { id: 'w7', label: '7.属于行政执法案卷', short: t('（三）7.属于行政执法案卷', '（三）7.屬於行政執法案卷', '(3)7 enforcement files'), keys: ['执法案卷', '执法案件'], drift: ['执法案件'], group: 'g-withheld' },
  { id: 'w8', label: '8.属于行政查询事项', short: t('（三）8.属于行政查询事项', '（三）8.屬於行政查詢事項', '(3)8 administrative enquiries'), keys: ['行政查询'], group: 'g-withheld' },
  { id: 'u1', label: '1.本机关不掌握相关政府信息', short: t('（四）1.本机关不掌握相关政府信息', '（四）1.本機關不掌握相關政府信息', '(4)1 not held by this body'), keys: ['不掌握'], group: 'g-unable' },
  { id: 'u2', label: '2.没有现成信息需要另行制作', short: t('（四）2.没有现成信息需要另行制作', '（四）2.沒有現成信息需要另行製作', '(4)2 would have to be created'), keys: ['另行制作', '没有现成'], group: 'g-unable' },
  { id: 'u3', label: '3.补正后申请内容仍不明确', short: t('（四）3.补正后申请内容仍不明确', '（四）3.補正後申請內容仍不明確', '(4)3 still unclear after correction'), keys: ['仍不明确'], group: 'g-unable' },
  { id: 'i1', label: '1.信访举报投诉类申请', short: t('（五）1.信访举报投诉类申请', '（五）1.信訪舉報投訴類申請', '(5)1 petitions and complaints'), keys: ['信访举报', '举报投诉'], group: 'g-ignored' },
  { id: 'i2', label: '2.重复申请', short: t('（五）2.重复申请', '（五）2.重複申請', '(5)2 repeated applications'), keys: ['重复申请', '重覆申请'], group: 'g-ignored' },
  { id: 'i3', label: '3.要求提供公开出版物', short: t('（五）3.要求提供公开出版物', '（五）3.要求提供公開出版物', '(5)3 published material'), keys: ['公开出版物'], group: 'g-ignored' },
  { id: 'i4', label: '4.无正当理由大量反复申请', short: t('（五）4.无正当理由大量反复申请', '（五）4.無正當理由大量反覆申請', '(5)4 mass repeated applications'), keys: ['大量反复', '大量反覆'], group: 'g-ignored' },
  { id: 'i5', label: '5.要求行政机关确认或重新出具已获取信息', short: t('（五）5.要求确认或重新出具已获取信息', '（五）5.要求確認或重新出具已獲取信息', '(5)5 confirm or reissue information'), keys: ['重新出具'], group: 'g-ignored' },
  { id: 'other', label: '（六）其他处理', short: t('（六）其他处理', '（六）其他處理', '(6) Other handling'), keys: ['其他处理', '其它处理'], group: 'g-results' },
  { id: 'o1', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', short: t('（六）1.逾期不补正', '（六）1.逾期不補正', '(6)1 no correction in time'), keys: ['逾期不补正', '不补正'], group: 'other' },
  { id: 'o2', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', short: t('（六）2.逾期未缴纳费用', '（六）2.逾期未繳納費用', '(6)2 fee not paid in time'), keys: ['缴纳费用', '收费通知'], group: 'other' },
  { id: 'o3', label: '3.其他', short: t('（六）3.其他', '（六）3.其他', '(6)3 other'), keys: ['其他', '其它'], exact: true, group: 'other' },
  { id: 'total', label: '（七）总计', short: t('（七）总计', '（七）總計', '(7) Total'), keys: ['总计', '合计', '小计'], exact: true, group: 'g-results' },
  { id: 'carryNext', label: '四、结转下年度继续办理', short: t('四、结转下年度继续办理', '四、結轉下年度繼續辦理', 'IV. Carried over to next year'), keys: ['结转下年度', '结转下一年度', '继续办理'] },
];
export const appRowDef = (id: string): RowDef | undefined => APP_ROWS.find((r) => r.id === id) ?? APP_GROUPS.find((r) => r.id === id);

const SUB_2021 = ['open', 'partial', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8', 'u1', 'u2', 'u3', 'i1', 'i2', 'i3', 'i4', 'i5', 'o1', 'o2', 'o3'];
const SUB_2019 = ['open', 'partial', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8', 'u1', 'u2', 'u3', 'i1', 'i2', 'i3', 'i4', 'i5', 'other'];

/** The items （七）总计 adds up, in each form version (21 and 19). */
export function totalItems(variant: '2021' | '2019'): readonly string[] {
  return variant === '2019' ? SUB_2019 : SUB_2021;
}
/** The numeric rows of table 三 in form order (25 in 2021, 23 in 2019). */
export function appRowIds(variant: '2021' | '2019'): string[] {
  return ['new', 'carried', ...totalItems(variant), 'total', 'carryNext'];
}

// ---------------------------------------------------------------- table 四
export const REVIEW_GROUPS: readonly { id: string; short: Text3 }[] = [
  { id: 'review', short: t('行政复议', '行政複議', 'administrative review') },
  { id: 'suitDirect', short: t('行政诉讼（未经复议直接起诉）', '行政訴訟（未經複議直接起訴）', 'lawsuits filed directly') },
  { id: 'suitAfter', short: t('行政诉讼（复议后起诉）', '行政訴訟（複議後起訴）', 'lawsuits after review') },
];
export const REVIEW_COLUMNS: readonly { id: string; label: string; short: Text3 }[] = [
  { id: 'upheld', label: '结果维持', short: t('结果维持', '結果維持', 'upheld') },
  { id: 'corrected', label: '结果纠正', short: t('结果纠正', '結果糾正', 'corrected') },
  { id: 'other', label: '其他结果', short: t('其他结果', '其他結果', 'other outcome') },
  { id: 'pending', label: '尚未审结', short: t('尚未审结', '尚未審結', 'pending') },
  { id: 'total', label: '总计', short: t('总计', '總計', 'total') },
];
export const REVIEW_WIDTH = REVIEW_GROUPS.length * REVIEW_COLUMNS.length; // 15

// ---------------------------------------------------------------- table 二
export interface ActiveBlockDef {
  id: string;
  /** The item number of 第二十条第（N）项. */
  item: string;
  /**
   * `unit`: an amount column's unit — the form's (收费金额, 万元), or the one the export gives every report's
   * figures in (采购总金额, which the 2019 form leaves to the writer: most write 元); `formUnit`, the form
   * names it (a figure in another is worth a warning).
   */
  columns: { id: string; label: string; short: Text3; decimal?: boolean; signed?: boolean; unit?: '万元' | '元'; formUnit?: true }[];
  rows: RowDef[];
}
const rulesRow: RowDef = { id: 'rules', label: '规章', short: t('规章', '規章', 'regulations'), keys: ['规章'], exact: true };
const normRow = (label: string): RowDef => ({ id: 'normative', label, short: t('规范性文件', '規範性文件', 'normative documents'), keys: ['规范性文件', '规范性档案'] });
const permitRow: RowDef = { id: 'permit', label: '行政许可', short: t('行政许可', '行政許可', 'licences'), keys: ['行政许可'] };
const penaltyRow: RowDef = { id: 'penalty', label: '行政处罚', short: t('行政处罚', '行政處罰', 'penalties'), keys: ['行政处罚'] };
const coercionRow: RowDef = { id: 'coercion', label: '行政强制', short: t('行政强制', '行政強制', 'coercive measures'), keys: ['行政强制'] };
const feeRow: RowDef = { id: 'fee', label: '行政事业性收费', short: t('行政事业性收费', '行政事業性收費', 'administrative fees'), keys: ['事业性收费'] };
const decisions = { id: 'decisions', label: '本年处理决定数量', short: t('本年处理决定数量', '本年處理決定數量', 'decisions this year') };

export const ACTIVE_2021: readonly ActiveBlockDef[] = [
  {
    id: 'b1', item: '一',
    columns: [
      { id: 'issued', label: '本年制发件数', short: t('本年制发件数', '本年制發件數', 'issued this year') },
      { id: 'repealed', label: '本年废止件数', short: t('本年废止件数', '本年廢止件數', 'repealed this year') },
      { id: 'inForce', label: '现行有效件数', short: t('现行有效件数', '現行有效件數', 'in force') },
    ],
    rows: [rulesRow, normRow('行政规范性文件')],
  },
  { id: 'b5', item: '五', columns: [decisions], rows: [permitRow] },
  { id: 'b6', item: '六', columns: [decisions], rows: [penaltyRow, coercionRow] },
  { id: 'b8', item: '八', columns: [{ id: 'fee', label: '本年收费金额（单位：万元）', short: t('本年收费金额（万元）', '本年收費金額（萬元）', 'fees this year (10k yuan)'), decimal: true, unit: '万元', formUnit: true }], rows: [feeRow] },
];

const lastYear = { id: 'lastYear', label: '上一年项目数量', short: t('上一年项目数量', '上一年項目數量', 'items last year') };
const change = { id: 'change', label: '本年增/减', short: t('本年增/减', '本年增/減', 'change this year'), signed: true };
export const ACTIVE_2019: readonly ActiveBlockDef[] = [
  {
    id: 'b1', item: '一',
    columns: [
      { id: 'made', label: '本年新制作数量', short: t('本年新制作数量', '本年新製作數量', 'made this year') },
      { id: 'published', label: '本年新公开数量', short: t('本年新公开数量', '本年新公開數量', 'published this year') },
      { id: 'publicTotal', label: '对外公开总数量', short: t('对外公开总数量', '對外公開總數量', 'public in total') },
    ],
    rows: [rulesRow, normRow('规范性文件')],
  },
  {
    id: 'b5', item: '五',
    columns: [lastYear, change, { id: 'decisions', label: '处理决定数量', short: t('处理决定数量', '處理決定數量', 'decisions') }],
    rows: [permitRow, { id: 'otherServices', label: '其他对外管理服务事项', short: t('其他对外管理服务事项', '其他對外管理服務事項', 'other services'), keys: ['对外管理服务'] }],
  },
  {
    id: 'b6', item: '六',
    columns: [lastYear, change, { id: 'decisions', label: '处理决定数量', short: t('处理决定数量', '處理決定數量', 'decisions') }],
    rows: [penaltyRow, coercionRow],
  },
  { id: 'b8', item: '八', columns: [lastYear, change], rows: [feeRow] },
  {
    id: 'b9', item: '九',
    columns: [
      { id: 'procItems', label: '采购项目数量', short: t('采购项目数量', '採購項目數量', 'procurement items') },
      { id: 'procAmount', label: '采购总金额', short: t('采购总金额', '採購總金額', 'procurement amount'), decimal: true, unit: '元' },
    ],
    rows: [{ id: 'procurement', label: '政府集中采购', short: t('政府集中采购', '政府集中採購', 'central procurement'), keys: ['集中采购'] }],
  },
];
export const activeBlocks = (variant: '2021' | '2019'): readonly ActiveBlockDef[] => (variant === '2019' ? ACTIVE_2019 : ACTIVE_2021);
/** Column headers that only the 2019 form of table 二 has. */
export const ACTIVE_2019_HEADERS = ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '采购项目数量', '采购总金额', '政府集中采购'];
export const ACTIVE_2021_HEADERS = ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额'];
