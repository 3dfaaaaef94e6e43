/**
 * Recognising a table-三 row label in a normalised token: remove the numbering （一） 1. 一、,
 * reject anything that still carries figures (prose such as 「予以公开15件」), then look for the
 * row's keys. When a token holds a group and a row (「三、本年度办理结果 （一）予以公开」), the
 * key found last wins: it is the most specific.
 */
import { APP_GROUPS, APP_ROWS, type RowDef } from './schema';

const MARKERS = /\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|\(\d{1,2}\)|\d{1,2}[.、)]/g;
const LEADING_CIRCLED = /^\d{1,2}(?=[^\d])/; // ① … ⑳ become digits under NFKC

export interface LabelParts {
  /** The label without its numbering. */
  words: string;
  /** Whether the label carried a numbering at its start. */
  numbered: boolean;
}

export function labelParts(n: string): LabelParts {
  const numbered = /^(?:\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|\(\d{1,2}\)|\d{1,2}[.、)]|\d{1,2}(?=[^\d]))/.test(n);
  const words = n.replace(MARKERS, '').replace(LEADING_CIRCLED, '');
  return { words, numbered };
}

export interface AppLabelMatch {
  def: RowDef;
  isGroup: boolean;
  numbered: boolean;
}

const MAX_WORDS = 60;

/**
 * `rowsStarted`: whether a numeric row has been read already (a bare 「总计」 or 「其他」 before the
 * rows is a column header, after them a row); `previous`: the id of the last row read.
 */
export function matchAppLabel(n: string, rowsStarted: boolean, previous?: string): AppLabelMatch | undefined {
  const { words, numbered } = labelParts(n);
  if (!words || words.length > MAX_WORDS || /\d/.test(words)) return undefined;
  let best: { def: RowDef; isGroup: boolean; pos: number; len: number } | undefined;
  const consider = (def: RowDef, isGroup: boolean) => {
    for (const key of def.keys) {
      let pos: number;
      if (def.exact) {
        if (words !== key) continue;
        pos = 0;
        if (def.id === 'total' && !numbered && !rowsStarted) continue;
        if (def.id === 'o3' && !numbered && previous !== 'o2') continue;
        if (def.id === 'o3' && !rowsStarted) continue;
      } else {
        pos = words.lastIndexOf(key);
        if (pos < 0) continue;
      }
      if (!best || pos > best.pos || (pos === best.pos && key.length > best.len)) best = { def, isGroup, pos, len: key.length };
    }
  };
  for (const def of APP_ROWS) consider(def, false);
  for (const def of APP_GROUPS) consider(def, true);
  return best && { def: best.def, isGroup: best.isGroup, numbered };
}

/** Header cells of table 三 (before its first row). */
const APP_HEADER_WORDS = ['勾稽', '本列数据', '申请人情况', '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计', '申请人'];
export function isAppHeader(n: string): boolean {
  return n.length <= 60 && APP_HEADER_WORDS.some((w) => n.includes(w));
}

const REVIEW_HEADER = /^(?:行政(?:法)?复议|行政诉讼|未经复议直接起诉|复议后起诉|结果维持|结果纠正|其他结果|尚未审结|结果|维持|纠正|其他|尚未|审结|总计|合计|小计)+$/;
export function isReviewHeader(n: string): boolean {
  return n.length <= 120 && REVIEW_HEADER.test(n.replace(/[()、,，]/g, ''));
}
