/**
 * The date a report is signed with: the last date in its last section that follows the signing body's
 * name — on the line above (「某某县财政局」 / 「2022年1月20日」) or before it on its line with spaces
 * between (「…无。平潭综合实验区旅游与文化体育局 2021年1月25日」) — and has nothing after it on its line but
 * spaces or 印发 (「…办公室 2020年1月26日印发」) or the next thing a scraped page runs on with. A date inside a
 * sentence (「2019年8月31日，我局挂牌成立」), opening a list's line (「2023年9月20日 召开第二次专题会议」), in a
 * table's cell or after a related report's title (「…2021年政府信息公开工作年度报告 2022年1月14日」) is not a
 * signature. Digits ASCII or full-width, or Chinese (「二〇二一年一月二十五日」).
 */
import { chineseNumeral } from '../text/normalize';
import { tableCover } from './tableCover';
import type { Span } from '../../types';

export interface SigningDate {
  year: number;
  month: number;
  /** The date's characters, relative to the text given. */
  span: Span;
}

const GAP = '[ \\t\\u3000]*';
/** The last characters of a body's name: 局, 委员会, 人民政府, 办公室, 管委会, 中心, 街道办事处 …. */
const BODY_END = '(?:局|委|办|厅|部|府|院|会|所|室|处|中心|公司|站|队|馆|街道|组)';
const SIGNED = new RegExp(
  `(?<=${BODY_END}(?:[ \\t\\u3000]+|[ \\t\\u3000]*\\r?\\n[ \\t\\u3000]*))([0-9０-９]{4}|[〇零○Ｏ一二三四五六七八九]{4})${GAP}年${GAP}([0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])${GAP}月${GAP}` +
    `([0-9０-９]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])${GAP}日(?![^\\s印])`,
  'g',
);
const CN_YEAR_DIGIT: Record<string, number> = { 〇: 0, 零: 0, '○': 0, Ｏ: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

const arabic = (s: string) => Number(s.normalize('NFKC'));
function yearOf(s: string): number {
  if (/^[0-9０-９]+$/.test(s)) return arabic(s);
  let y = 0;
  for (const c of s) y = y * 10 + CN_YEAR_DIGIT[c];
  return y;
}
const smallNumber = (s: string) => (/^[0-9０-９]+$/.test(s) ? arabic(s) : chineseNumeral(s));

/** The signing date of a section's text (outside its tables), if it has one a reader can be sure of. */
export function signingDate(text: string, tables: readonly { span: Span }[]): SigningDate | undefined {
  if (!text.includes('日')) return undefined;
  const inTable = tableCover(tables);
  let last: SigningDate | undefined;
  SIGNED.lastIndex = 0;
  for (let m = SIGNED.exec(text); m; m = SIGNED.exec(text)) {
    const year = yearOf(m[1]);
    const month = smallNumber(m[2]);
    const day = smallNumber(m[3]);
    if (year < 1990 || year > 2100 || !month || month > 12 || !day || day > 31 || inTable(m.index)) continue;
    last = { year, month, span: { start: m.index, end: m.index + m[0].length } };
  }
  return last;
}
