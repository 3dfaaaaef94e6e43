/**
 * Spam a hacked site injects into a report's page: keyword runs for gambling and porn sites, glued
 * with the separators such sites use (「bet36体育在线_bet36体育投注@:」「365bet苹果版_365服务热线_bet体育365
 * 正规吗」「精品无码第一页一区二区_中文字幕高清无码专区在线」), or one brand alone (「明升体育」). A run holds
 * at least one unmistakable word: 「体育」「在线」「直播」「精品」 alone are ordinary words. Each word in
 * either script (a mirror site converts the page, spam and all).
 */
import type { Span } from '../../types';
import { lineEndAt, lineStartAt } from '../text/lines';

/** Characters the two scripts write differently, in the words below (Hong Kong's 綫 too: a mirror's 「體育在綫」). */
const BOTH: Record<string, string> = {
  体: '體', 线: '線綫', 无: '無', 码: '碼', 区: '區', 网: '網', 机: '機', 娱: '娛', 乐: '樂', 场: '場', 时: '時', 视: '視', 频: '頻',
  国: '國', 产: '產', 页: '頁', 专: '專', 开: '開', 户: '戶', 册: '冊', 戏: '戲', 飞: '飛', 兽: '獸', 规: '規', 吗: '嗎', 热: '熱',
  务: '務', 苹: '蘋', 庄: '莊', 费: '費', 载: '載', 门: '門', 尔: '爾', 银: '銀', 彩: '彩', 赌: '賭', 荷: '荷', 百: '百',
};
const either = (words: string[]) => words.map((w) => [...w].map((c) => (BOTH[c] ? `[${c}${BOTH[c]}]` : c.replace(/[.*+?^${}()|[\]\\]/, '\\$&'))).join('')).join('|');

/** Names no report has a word for — betting brands, porn sites' words — spam even alone in a sentence. */
// (And porn's 「无码AV」「日韩无码」, which no report writes. The betting brands hacked pages carried in 2023–24 — 「开云·kaiyun体育」
// 「九游会J9」「半岛·BOB」「米乐M6」「爱游戏体育」「MK体育」「大发快三」「幸运飞艇」 — are strong words, as 新葡京 is: a police report names
// them alone (「查处“九游会”等境外赌博网站」), and their words stand in ordinary ones (「山东半岛体育产业」「热爱游戏体育活动」
// 「MK体育馆」, an address 「likaiyun2023@163.com」) — the adversarial review of the first version.)
const BRAND_WORDS = [
  '明升体育', '365体育', '正规吗', '真人荷官', '呦交', '不卡在线', '高清无码', '开云体育', '华体会', '亚博体育', '乐鱼体育', '皇冠体育', 'AG真人',
  '无码AV', 'AV无码', '日韩无码',
];
/** Words only spam holds: the brands, and what gambling and porn pages are about (a report may name one in a sentence). */
const STRONG_WORDS = [
  '体育投注', '体育在线', '娱乐城', '博彩', '赌场', '百家乐', '六合彩', '时时彩', '老虎机', '棋牌游戏', '威尼斯人', '新葡京', '葡京', '备用网址', '一区二区',
  '澳门银河', '澳门金沙', '金沙娱乐', 'kaiyun', '九游会', '半岛体育', '米乐M6', '爱游戏体育', 'MK体育', '大发快三', '幸运飞艇', '亚洲成人',
  ...BRAND_WORDS,
];
/** The words as a pattern; 365体育 not after a figure (「热线0591-86365365体育场馆预约」 is a telephone number and a sports ground). */
const strong = (words: string[]) => either(words).replace('365', '(?<![0-9])365');
/**
 * Words a report writes itself (「平台」「视频」「在线」「直播」「体育」「苹果版」「中文字幕」「无码人群」; 「线上」, Taiwan's phrase for
 * 在线, as a converter writes 「體育線上」 — the run was cut in two there): only ever
 * part of a run, and glued to the report's words at either end of one, they are the report's — 「飞禽走兽老虎机
 * 平台管理」 keeps 平台, 「依托政务服务平台365体育直播,…」 and 「发布政务视频,明升体育」 keep 平台 and 视频.
 */
const ORDINARY_WORDS = [
  '体育', '在线', '线上', '直播', '平台', '视频', '精品', '下载', '注册', '游戏', '网址', '官网', '高清', '专区', '手机版', '苹果版', '安卓版',
  '中文字幕', '无码', '服务热线', '娱乐', '美女', '国产', '免费视频', '第一页', '开户', '官方网站', '通用版', '手机', 'app', 'ios', '安卓', '(中国)', '（中国）', '澳门',
  '开云',
];
/** Words spam runs are made of: the ordinary ones, and those only spam is made of (「…处理飞禽走兽老虎机申请…」: 飞禽走兽 goes with it). */
const WEAK = either([...ORDINARY_WORDS, '投注', '飞禽走兽', '日本美女', 'hth']);
/** `bet` with a figure or 体育 (no report writes it). */
const BET_WORD = `\\dbet|bet\\d|bet(?:${either(['体育'])})`;
// (Figures around a word at most six digits long: a pattern that takes any number of digits before a word
// tries them from every digit of a long run — a page of figures, 10 MB of them, took minutes. And not digits
// after a figure or its point: 「3.12体育在线直播」 keeps its 3.12.)
const BET = '\\d{0,6}bet\\d{0,6}';
const WORD = `(?:(?<![0-9.．])\\d{1,6})?(?:${BET}|${strong(STRONG_WORDS)}|${WEAK})`;
/** A word may carry digits before it (「365体育」「bet体育365正规吗」: the 365 is 正规吗's); between words, the separators spam runs are glued with (a comma too: 「365体育直播,365体育备用网址」); after the last, not a comma. */
const SPAM = new RegExp(`${WORD}(?:[_@:：\\-·,，|/]*${WORD})*[_@:：\\-·]*`, 'gi');
const HAS_BET = /bet/i;
const BET_STRONG = new RegExp(BET_WORD, 'i');
/**
 * Whether text holds an unmistakable word: tested in groups of six words (a pattern of all two dozen,
 * with two scripts' characters, is scanned several times slower than four of six: the engine's quick
 * look for where a match may start gives up on that many first characters). Most text holds none.
 */
const STRONG_GROUPS = Array.from({ length: Math.ceil(STRONG_WORDS.length / 6) }, (_, g) => new RegExp(strong(STRONG_WORDS.slice(g * 6, g * 6 + 6))));
export const SPAM_STRONG = { test: (text: string): boolean => (HAS_BET.test(text) && BET_STRONG.test(text)) || STRONG_GROUPS.some((g) => g.test(text)) };
/** What may follow a run: the text's end, a space or punctuation — not a word the run's last words may belong to. */
const BOUNDARY = /^(?:$|[\s，。；：,.;:！？!?、（(）)【】「」《》"“”'])/;
const BRAND = new RegExp(`${BET_WORD}|${strong(BRAND_WORDS)}`, 'i');
const ORDINARY = new RegExp(`^\\d{0,6}(?:${either(ORDINARY_WORDS)})$`, 'i');
const EACH_WORD = new RegExp(`[_@:：\\-·,，|/]*(${WORD})`, 'giy');

/**
 * A run cut to what is certainly spam: at either end, ordinary words glued to the text around it (no
 * boundary between — the text's end, a space, punctuation, a separator) are left out. A run that ends in
 * its separators (「bet36体育投注@:」「老虎机游戏:」) ends where spam sites end theirs.
 */
function trimmed(text: string, start: number, end: number): (Span & { words: number; brand: boolean }) | undefined {
  const words: { start: number; end: number; ordinary: boolean; brand: boolean }[] = [];
  EACH_WORD.lastIndex = start;
  for (let m = EACH_WORD.exec(text); m && m.index < end; m = EACH_WORD.exec(text)) {
    const at = m.index + m[0].length - m[1].length;
    words.push({ start: at, end: at + m[1].length, ordinary: ORDINARY.test(m[1]) && !SPAM_STRONG.test(m[1]), brand: BRAND.test(m[1]) });
    if (EACH_WORD.lastIndex >= end) break;
  }
  let first = 0;
  let last = words.length - 1;
  const boundedBefore = start === 0 || BOUNDARY.test(text[start - 1]) || /[_@:：\-·|]/.test(text[start - 1]);
  const boundedAfter = BOUNDARY.test(text.slice(end, end + 1)) || /[_@:：\-·]/.test(text[end - 1]);
  if (!boundedBefore) while (first < last && words[first].ordinary) first++;
  if (!boundedAfter) while (last > first && words[last].ordinary) last--;
  if (!words.length) return undefined;
  const kept = words.slice(first, last + 1);
  const span = { start: first === 0 && boundedBefore ? start : words[first].start, end: last === words.length - 1 && boundedAfter ? end : words[last].end };
  // (Words a report has no use for, or words glued with a spam site's separators: 「博彩网址」「六合彩平台」 are a sentence's.)
  const glued = /[_@:：\-·|/]/.test(text.slice(span.start, span.end));
  return { ...span, words: glued ? kept.length : kept.filter((w) => !w.ordinary).length, brand: kept.some((w) => w.brand) };
}

/** Whether text[start, end) is all its line holds (spaces aside): 「明升体育」 on a line of its own. */
function aloneOnLine(text: string, start: number, end: number): boolean {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  let le = text.indexOf('\n', end);
  if (le < 0) le = text.length;
  return !text.slice(ls, start).trim() && !text.slice(end, le).trim();
}

/** Spam runs: a run holds an unmistakable word, so text without one has none (and 在线, 官网 are not matched one by one for nothing). */
export function spamIn(text: string): Span[] {
  const out: Span[] = [];
  if (!SPAM_STRONG.test(text)) return out;
  SPAM.lastIndex = 0;
  for (let m = SPAM.exec(text); m; m = SPAM.exec(text)) {
    if (!SPAM_STRONG.test(m[0])) continue;
    const run = trimmed(text, m.index, m.index + m[0].length);
    // (A site named in quotation marks in a sentence is the report's: a market regulator's 「查处为“bet365”等境外赌博网站提供推广服务的
    // 违法广告案件」 — a hacked page injects its runs bare. Found by a review.)
    if (run && quotedInSentence(text, run.start, run.end)) continue;
    // One word alone in a sentence is the report's own (a public security bureau's 「打击整治赌场、六合彩等违法犯罪
    // 活动」「收缴赌博机（老虎机）」): spam is a run of words, a word on a line of its own, or a brand (「明升体育」).
    if (run && (run.words > 1 || run.brand || aloneOnLine(text, run.start, run.end))) out.push({ start: run.start, end: run.end });
    else if (run) {
      // A site's title line made of it: 「爱游戏体育APP官方网站入口」「MK体育-MKsports(中国)官方网站-登录入口」 — short, no sentence's
      // punctuation, a site's words (官方网站, 入口, 登录, app下载). The line is the spam (a police report's sentence naming
      // the brand has its punctuation and none of those words).
      const line = siteTitleLine(text, run.start);
      if (line && !out.some((o) => o.start <= line.start && o.end >= line.end)) {
        // (One finding for the line: a run found in it before is part of it.)
        while (out.length && out[out.length - 1].start >= line.start) out.pop();
        out.push(line);
      }
    }
  }
  return out;
}

const OPENING_QUOTES = new Set([0x201c, 0x300c, 0x300e, 0x2018, 0x22]);
const CLOSING_QUOTES = new Set([0x201d, 0x300d, 0x300f, 0x2019, 0x22]);
/** Whether text[start, end) stands in quotation marks, on a line with a sentence's marks. */
function quotedInSentence(text: string, start: number, end: number): boolean {
  if (!OPENING_QUOTES.has(text.charCodeAt(start - 1)) || !CLOSING_QUOTES.has(text.charCodeAt(end))) return false;
  return SENTENCE_MARKS_ONLY.test(text.slice(lineStartAt(text, start), lineEndAt(text, end)));
}
const SENTENCE_MARKS_ONLY = /[，。；,;]/;
const SITE_WORDS = /官方网站|官網|官网|入口|登录|登錄|app下载|APP下载|app下載|手机版|手機版/i;
const SENTENCE_MARKS = /[，。；！？,;!?、“”「」]/;
/** The line holding `at`, spaces trimmed, where it is a site's title: at most 60 characters, no sentence's marks, a site's words. */
function siteTitleLine(text: string, at: number): Span | undefined {
  let ls = lineStartAt(text, at);
  let le = lineEndAt(text, at);
  while (ls < le && /\s/.test(text[ls])) ls++;
  while (le > ls && /\s/.test(text[le - 1])) le--;
  const line = text.slice(ls, le);
  return line.length <= 60 && !SENTENCE_MARKS.test(line) && SITE_WORDS.test(line) ? { start: ls, end: le } : undefined;
}
