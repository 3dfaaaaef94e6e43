/**
 * The date a report is signed with: the last date in its last section that follows the signing body's
 * name — before it on its line since the last sentence (「…无。平潭综合实验区旅游与文化体育局 2021年1月25日」,
 * or glued to it), or on the line above, past a blank line or two (「某某县财政局（盖章）」 / 「2022年1月20日」) —
 * and has nothing after it on its line but spaces, 印发 (「…办公室 2020年1月26日印发」) or a bracket
 * (「（此件主动公开）」). A date inside a sentence (「2019年8月31日，我局挂牌成立」), opening a list's line
 * (「2023年9月20日 召开第二次专题会议」), in a table's cell or after a related report's title (「…2021年政府信息公开
 * 工作年度报告 2022年1月14日」) is not a signature. Digits ASCII or full-width, or Chinese (「二〇二一年一月二十五日」).
 */
import { chineseNumeral, chineseYear } from '../text/normalize';
import { tableCover } from './tableCover';
import type { Span } from '../../types';

export interface SigningDate {
  year: number;
  month: number;
  /** The date's characters, relative to the text given. */
  span: Span;
  /** Where the signing body's name starts (relative to the text given): the signature's start. */
  signer: number;
}

const GAP = '[ \\t\\u3000]*';
const SP = '[ \\t\\u3000\\u00a0]*';
/** A scraped page's links after its text: 「附件下载」「【打印本页】」「关闭窗口」. */
const CHROME = '[【\\[]?(?:附件下[载載]|打印本[页頁]|打印|[关關][闭閉]窗口|[关關][闭閉]|返回[顶頂]部|分享到)[】\\]]?';
const SIGNED = new RegExp(
  `([0-9０-９]{4}|[〇零○Ｏ一二三四五六七八九]{4})${GAP}年${GAP}([0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])${GAP}月${GAP}` +
    // (After it, nothing on its line but 印发, a note in brackets (「（此件主动公开）」 「（联系人：…）」), and a scraped
    // page's own links (「附件下载」) — not 「…办公室 2023年3月1日印发的通知已全部落实」, a sentence.)
    `([0-9０-９]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])${GAP}日(?=${SP}(?:[（(][^（()）\\r\\n]{1,40}[）)])?${SP}(?:${CHROME}${SP})*(?:\\r?\\n|$)|${SP}印[发發](?=${SP}(?:[（(][^（()）\\r\\n]{1,40}[）)])?${SP}(?:${CHROME}${SP})*(?:\\r?\\n|$)))`,
  'g',
);
/**
 * A signing body's name: Han characters (and a draft's placeholder letters, 「XX县教育局」「××局」: the template's own
 * signature was none, found by a review), nothing of a sentence, no figure, ending as bodies' names end
 * (局, 委员会, 人民政府, 办公室, 镇, 海关, 气象台, 支行, 大学 …) or with its seal's note (「（盖章）」) — in either
 * script (a report converted to traditional script, 「…辦公室 2020年1月26日印發」, kept its signature).
 */
// (A body's second plate after it, in brackets: 「南平市烟草专卖局（公司）」 — the signature was not read, and the report named no body:
// found by a review.)
const NAME = /^[\u3400-\u9fff（）()·A-Za-zＡ-Ｚａ-ｚ×]{1,38}(?:[局委办辦厅廳部府院会會所室处處站队隊馆館组組镇鎮乡鄉区區县縣市关關台狱獄学學校行团團联聯协協场場社署厂廠科股庭司]|中心|公司|街道|[（(][公盖蓋]章[）)])(?:[（(][\u3400-\u9fff]{1,20}[）)])?$/;
/** How far before a date its signer's name is looked for (a one-line page's line is the whole page). */
const REACH = 80;
/** Back over the spaces before `at` (a text browser right-aligns a signature: 120 of them), at most a few hundred. */
function skipSpacesBack(text: string, at: number): number {
  let p = at;
  while (p > 0 && at - p < 400 && /[ \t\u3000\u00a0]/.test(text[p - 1])) p--;
  return p;
}
const SENTENCE_END = /[。！？；!?;：:]/;
const DATE_DIGIT = /[0-9０-９〇一二三四五六七八九十]/;

/**
 * Where the signing body's name starts, if the date at `at` follows one: the words before it on its line
 * since the last sentence's end (「…无。平潭综合实验区旅游与文化体育局 2021年1月25日」, glued 「…无。某局2024年1月29日」);
 * or, the date opening its line, the line above it past a blank line or two (「某某县财政局（盖章）」 /
 * 「2023年1月25日」).
 */
function signedBy(text: string, at: number): number | undefined {
  // (A bounded look back: a line of many dates is not read again from its start for each.)
  let ls = skipSpacesBack(text, at);
  const from = ls;
  while (ls > 0 && from - ls < REACH && text[ls - 1] !== '\n') ls--;
  const opensLine = ls === 0 || text[ls - 1] === '\n';
  const before = text.slice(ls, at).replace(/[\s\u00a0]+$/, '');
  let cut = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    // (Since the last sentence's end — or the last date's: 「某局 2021年1月26日 某局办公室 2020年1月26日印发」.)
    if (SENTENCE_END.test(before[i]) || (before[i] === '日' && DATE_DIGIT.test(before[i - 1] ?? ''))) {
      cut = i;
      break;
    }
  }
  const since = before.slice(cut + 1);
  const own = since.replace(/[\s\u00a0]+/g, '');
  // (Or its last word apart by a space, after words with no figure: 「六、其他需要报告的事项无 平潭综合实验区公安局
  // 2020年1月17日」 — not a list's 「1.某某县2023年政务公开工作要点 某某县人民政府办公室 2023年2月1日印发」.)
  if (own) {
    if (NAME.test(own)) return ls + cut + 1 + (since.length - since.trimStart().length);
    const words = since.trim().split(/[\s\u00a0]+/);
    const name = words.pop()!;
    return words.length > 0 && !/[0-9０-９]/.test(words.join('')) && NAME.test(name) ? ls + before.lastIndexOf(name) : undefined;
  }
  if (cut >= 0 || !opensLine) return undefined;
  // The line above, past blank lines.
  let end = ls - 1;
  for (let k = 0; k < 4 && end > 0; k++) {
    let start = skipSpacesBack(text, end);
    const last = start;
    while (start > 0 && last - start < REACH && text[start - 1] !== '\n') start--;
    const raw = text.slice(start, end);
    const line = raw.replace(/[\s\u00a0]+/g, '');
    if (line) return NAME.test(line) ? start + (raw.length - raw.trimStart().length) : undefined;
    end = start - 1;
  }
  return undefined;
}

const arabic = (s: string) => Number(s.normalize('NFKC'));
const yearOf = (s: string): number => (/^[0-9０-９]+$/.test(s) ? arabic(s) : chineseYear(s) ?? 0);
const smallNumber = (s: string) => (/^[0-9０-９]+$/.test(s) ? arabic(s) : chineseNumeral(s));

/**
 * A date in figures alone at its line's end, 「2024-01-20」「2024.1.20」「2024/1/20」, as a page or a form prints a signature's
 * date: its signer went unread, and a report whose title names no body had none (found by a review).
 */
const SIGNED_FIGURES = new RegExp(`(?<![0-9０-９.\\-/])((?:19|20)[0-9]{2})([-./])(0?[1-9]|1[0-2])\\2(0?[1-9]|[12][0-9]|3[01])(?=${SP}(?:\\r?\\n|$))`, 'g');

/** The signing date of a section's text (outside its tables), if it has one a reader can be sure of. */
export function signingDate(text: string, tables: readonly { span: Span }[]): SigningDate | undefined {
  const written = text.includes('日');
  const figures = /[0-9][-./][0-9]/.test(text);
  if (!written && !figures) return undefined;
  const inTable = tableCover(tables);
  let last: SigningDate | undefined;
  const take = (at: number, length: number, year: number, month: number, day: number) => {
    if (year < 1990 || year > 2100 || !month || month > 12 || !day || day > 31 || inTable(at)) return;
    const signer = signedBy(text, at);
    if (signer === undefined) return;
    // (The last in the text: the two kinds are found one after the other.)
    if (!last || at > last.span.start) last = { year, month, span: { start: at, end: at + length }, signer };
  };
  if (written) {
    SIGNED.lastIndex = 0;
    for (let m = SIGNED.exec(text); m; m = SIGNED.exec(text)) take(m.index, m[0].length, yearOf(m[1]), smallNumber(m[2]) ?? 0, smallNumber(m[3]) ?? 0);
  }
  if (figures) {
    SIGNED_FIGURES.lastIndex = 0;
    for (let m = SIGNED_FIGURES.exec(text); m; m = SIGNED_FIGURES.exec(text)) take(m.index, m[0].length, Number(m[1]), Number(m[3]), Number(m[4]));
  }
  return last;
}
