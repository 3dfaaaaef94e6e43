/**
 * A web page's furniture that a scraper or a copy from the browser took along with the report: lines
 * made only of its buttons and labels — 「【打印本页】【关闭窗口】」「扫一扫在手机打开当前页」「分享到：」「TOP 打印 关闭」
 * 「发布时间：2024-01-20 来源：本站 浏览次数：123」「上一篇：…」「当前位置：首页 > 政务公开 > …」「共2页 上一页 1 2 下一页」.
 * Only whole lines: a report's sentence that names one of these words (「在门户网站首页开设专栏」) is its own.
 */
import type { Span } from '../../types';

/**
 * Items that are furniture wherever they stand alone on a line: the page's buttons, and a label with its
 * value (a date, a count, a source's name, a breadcrumb, the next article's title).
 */
const STRONG = [
  '[【\\[]?打印本[页頁][】\\]]?', '[【\\[]?打印此[页頁][】\\]]?', '[【\\[]?[关關][闭閉](?:窗口|本[页頁])[】\\]]?', '[【\\[]?(?:返回|回到)[顶頂]部[】\\]]?',
  '[【\\[][ \\u3000]*(?:打印|[关關][闭閉]|收藏|分享)[ \\u3000]*[】\\]]', '分享至[：:]?',
  '[【\\[]?(?:点击|點擊)?收藏(?:本[页頁]|本站)[】\\]]?', '(?:点击|點擊)收藏', '加入收藏', '设为首页', '設為首頁', '分享(?:到|文章到)[：:]?', '分享[：:]',
  '(?:手机)?[扫掃]一[扫掃](?:在手[机機]上?(?:打[开開]|查看|[浏瀏][览覽]|阅读|閱讀)(?:当前|當前|本)?[页頁](?:面)?|在手[机機]上?查看|分享)?', '在手[机機]上?打[开開]当前[页頁]',
  '[【\\[]?字[体體号號][：:]?\\s*[【\\[]?大[】\\]]?\\s*[【\\[]?中[】\\]]?\\s*[【\\[]?小[】\\]]?[】\\]]?',
  '(?:发布|發布|发文|發文|更新)(?:时间|時間|日期)[：:]\\s*[0-9０-９年月日:：\\-/. ]{4,22}',
  '(?:浏览|瀏覽|访问|訪問|阅读|閱讀|点击|點擊)(?:次数|次數|量|数|數)[：:]\\s*[0-9０-９]*\\s*次?', '(?:当前|當前|您当前的|您當前的|您的|当前所在)位置[：:].{0,80}',
  '(?:上|下)一(?:篇|条|條)[：:].{0,80}', '共\\s*[0-9０-９]{1,3}\\s*[页頁]', '[上下]一[页頁]', '尾[页頁]', '网站地图', '網站地圖', '无障碍(?:浏览|阅读)?', '长者模式',
];
/** Words a report also writes alone on a line (a list's 「微信」, a cell's 「首页」): furniture only beside another item. */
// (A source's or an editor's line — 「来源：区统计局」「编辑：办公室」 — and a page's number stand so in a report too: furniture
// only beside another item, and figures only beside a strong one — 「微信 356 微博 210」 is a report's table, found by a review.)
const WEAK = ['打印', '[关關][闭閉]', 'TOP', '收藏', '分享', '微信', '微博', 'QQ空间', 'QQ空間', '首[页頁]', '默认', '简体', '繁体', '繁體', '簡體', '(?:信息|文章)?(?:来源|來源)[：:][^\\s：:，,。；;0-9０-９]{0,16}', '(?:责任|責任)?(?:编辑|編輯)[：:][^\\s：:，,。；;0-9０-９]{0,8}'];
const NUMBER = '[0-9０-９]{1,3}';

/** Spaces and the marks the items are strung with. */
const JOIN = '[\\s\\u3000|｜/／·•丨>＞»›\\-—_]*';
const STRONG_ITEM = new RegExp(`^(?:${STRONG.join('|')})`, 'i');
const ITEM = new RegExp(`^(?:${STRONG.join('|')}|${WEAK.join('|')}|${NUMBER})`, 'i');
const NUMBER_ITEM = new RegExp(`^${NUMBER}$`);
/** Share buttons' names, which a report lists as its channels too (「微信 微博」): furniture only beside a button. */
const SOCIAL_ITEM = /^(?:微信|微博|QQ空[间間])$/i;
const GAP = new RegExp(`^${JOIN}`);
/** Longer lines are text. */
const MAX_LINE = 160;
/** What a line of furniture opens with: a quick test, before the line is read item by item. */
const OPENS_WORDS = '[【\\[]?(?:打印|[关關][闭閉]|返回|回到|点击|點擊|收藏|加入|设为|設為|分享|手机|[扫掃]一|在手|字[体體号號]|发布|發布|发文|發文|更新|信息|文章|来源|來源|浏览|瀏覽|访问|訪問|阅读|閱讀|责任|責任|编辑|編輯|当前|當前|您|上一|下一|共|尾|网站|網站|无障|长者|TOP|微信|微博|QQ|首[页頁]|默认|简体|繁)';
const OPENS = new RegExp(`^[\\s\\u3000]*${OPENS_WORDS}`, 'i');
const OPENS_AT = new RegExp(OPENS_WORDS, 'iy');
/** The characters such a line may open with, by code: one load rejects a line of the report (nearly all of them). */
const FIRST = new Uint8Array(0x10000);
for (const c of '【[打关關返回点點收加设設分手扫掃在字发發更信文来來浏瀏访訪阅閱责責编編当當您上下共尾网網无长TtMmQq微首默简繁') FIRST[c.charCodeAt(0)] = 1;

/** Whether a line (its text, no line break) is furniture only: items strung with spaces and marks, one at least a strong one or two of them. */
export function isChromeLine(line: string): boolean {
  if (line.length > MAX_LINE || !OPENS.test(line)) return false;
  let rest = line.replace(GAP, '');
  let items = 0;
  let strong = false;
  let numbers = false;
  let buttons = 0;
  while (rest) {
    const m = ITEM.exec(rest);
    if (!m || !m[0]) return false;
    if (STRONG_ITEM.exec(rest)?.[0].length === m[0].length) strong = true;
    else if (NUMBER_ITEM.test(m[0])) numbers = true;
    else if (!SOCIAL_ITEM.test(m[0])) buttons++;
    items++;
    rest = rest.slice(m[0].length).replace(GAP, '');
  }
  return strong || (items >= 2 && buttons >= 1 && !numbers);
}

/**
 * The blocks of furniture lines in text[from, …) (lines apart only by empty lines make one block), each
 * with whether report text follows it in the text (a block at the end is the page's footer, after the report).
 */
export function chromeBlocks(text: string, from = 0): (Span & { followed: boolean })[] {
  const out: (Span & { followed: boolean })[] = [];
  /** The blocks not yet known to be followed by text: out[waiting, …). */
  let waiting = 0;
  let open = false;
  for (let ls = from; ls < text.length; ) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    let end = le;
    while (end > ls && isSpace(text.charCodeAt(end - 1))) end--;
    let a = ls;
    while (a < end && isSpace(text.charCodeAt(a))) a++;
    // (An empty line neither ends a block nor counts as text after one. Only a short line may be furniture.)
    if (a < end) {
      OPENS_AT.lastIndex = a;
      if (end - a <= MAX_LINE && FIRST[text.charCodeAt(a)] === 1 && OPENS_AT.test(text) && isChromeLine(text.slice(a, end))) {
        if (open) out[out.length - 1].end = end;
        else out.push({ start: a, end, followed: false });
        open = true;
      } else {
        for (; waiting < out.length; waiting++) out[waiting].followed = true;
        open = false;
      }
    }
    ls = le + 1;
  }
  return out;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0;
