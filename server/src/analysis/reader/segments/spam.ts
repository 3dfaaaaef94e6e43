/**
 * Spam a hacked site injects into a report's page: keyword runs for gambling and porn sites, glued
 * with the separators such sites use (「bet36体育在线_bet36体育投注@:」「365bet苹果版_365服务热线_bet体育365
 * 正规吗」「精品无码第一页一区二区_中文字幕高清无码专区在线」), or one brand alone (「明升体育」). A run holds
 * at least one unmistakable word: 「体育」「在线」「直播」「精品」 alone are ordinary words. Each word in
 * either script (a mirror site converts the page, spam and all).
 */
import type { Span } from '../../types';

/** Characters the two scripts write differently, in the words below. */
const BOTH: Record<string, string> = {
  体: '體', 线: '線', 无: '無', 码: '碼', 区: '區', 网: '網', 机: '機', 娱: '娛', 乐: '樂', 场: '場', 时: '時', 视: '視', 频: '頻',
  国: '國', 产: '產', 页: '頁', 专: '專', 开: '開', 户: '戶', 册: '冊', 戏: '戲', 飞: '飛', 兽: '獸', 规: '規', 吗: '嗎', 热: '熱',
  务: '務', 苹: '蘋', 庄: '莊', 费: '費', 载: '載', 门: '門', 尔: '爾', 银: '銀', 彩: '彩', 赌: '賭', 荷: '荷', 百: '百',
};
const either = (words: string[]) => words.map((w) => [...w].map((c) => (BOTH[c] ? `[${c}${BOTH[c]}]` : c)).join('')).join('|');

/** Words only spam holds. */
const STRONG_WORDS = [
  '体育投注', '体育在线', '娱乐城', '博彩', '赌场', '百家乐', '六合彩', '时时彩', '老虎机', '真人荷官', '棋牌游戏', '威尼斯人', '葡京',
  '明升体育', '365体育', '备用网址', '正规吗', '一区二区', '不卡在线', '呦交', '高清无码',
];
/** (365体育 not after a figure: 「热线0591-86365365体育场馆预约」 is a telephone number and a sports ground.) */
const STRONG = either(STRONG_WORDS).replace('365', '(?<![0-9])365');
/** Words spam runs are made of, the unmistakable ones among them. */
const WEAK = either([
  // (Words a report also writes — 「政务服务APP苹果版、安卓版」「视频均配中文字幕」「无码人群」 — are only ever part of a run.)
  '体育', '在线', '投注', '官网', '手机版', '苹果版', '安卓版', '无码', '中文字幕', '服务热线', '直播', '网址', '开户', '注册', '娱乐', '游戏',
  '飞禽走兽', '下载', '平台', '精品', '第一页', '专区', '高清', '日本美女', '美女', '国产', '免费视频', '视频', '三区',
]);
// (Figures around a word at most six digits long: a pattern that takes any number of digits before a word
// tries them from every digit of a long run — a page of figures, 10 MB of them, took minutes.)
const BET = '\\d{0,6}bet\\d{0,6}';
const WORD = `\\d{0,6}(?:${BET}|${STRONG}|${WEAK})`;
/** A word may carry digits before it (「365体育」「bet体育365正规吗」: the 365 is 正规吗's); between words, the separators spam runs are glued with (a comma too: 「365体育直播,365体育备用网址」); after the last, not a comma. */
const SPAM = new RegExp(`${WORD}(?:[_@:：\\-·,，|]*${WORD})*[_@:：\\-·]*`, 'gi');
/** Unmistakable: `bet` with digits (no report writes it), or a word only spam holds. */
const UNMISTAKABLE = `\\d{1,6}bet|bet\\d{1,6}|bet(?:${either(['体育'])})|${STRONG}`;
const HAS_BET = /bet/i;
const BET_STRONG = new RegExp(`\\dbet|bet\\d|bet(?:${either(['体育'])})`, 'i');
/**
 * Whether text holds an unmistakable word: tested in groups of six words (a pattern of all two dozen,
 * with two scripts' characters, is scanned several times slower than four of six: the engine's quick
 * look for where a match may start gives up on that many first characters). Most text holds none.
 */
const STRONG_GROUPS = [0, 6, 12, 18].map((i) => new RegExp(either(STRONG_WORDS.slice(i, i + 6)).replace('365', '(?<![0-9])365')));
export const SPAM_STRONG = { test: (text: string): boolean => (HAS_BET.test(text) && BET_STRONG.test(text)) || STRONG_GROUPS.some((g) => g.test(text)) };
const EACH_STRONG = new RegExp(UNMISTAKABLE, 'gi');
/** What may follow a run: the text's end, a space or punctuation — not a word the run's last words may belong to. */
const BOUNDARY = /^(?:$|[\s，。；：,.;:！？!?、（(）)【】「」《》"“”'])/;

/**
 * Where a run ends: where it was matched when it stops at a boundary; otherwise at its last unmistakable
 * word — ordinary words glued after it may be the report's own (「飞禽走兽老虎机平台管理」: the spam replaced
 * words before 「平台管理」, whose 平台 is not to be removed with it).
 */
function runEnd(text: string, start: number, end: number): number {
  // (A run that ends in its separators — 「bet36体育投注@:」「老虎机游戏:」 — ends where spam sites end theirs.)
  if (BOUNDARY.test(text.slice(end, end + 1)) || /[_@:：\-·]/.test(text[end - 1])) return end;
  const run = text.slice(start, end);
  let last = 0;
  EACH_STRONG.lastIndex = 0;
  for (let m = EACH_STRONG.exec(run); m; m = EACH_STRONG.exec(run)) last = m.index + m[0].length;
  return start + last;
}

/**
 * Where a run starts: where it was matched when a boundary is before it (the text's start, a space,
 * punctuation, a separator); otherwise at its first unmistakable word — ordinary words glued before it are
 * the report's own (「依托政务服务平台365体育直播,…」: 平台 stays; 「发布政务视频,明升体育120条」: 视频 stays).
 */
function runStart(text: string, start: number, end: number): number {
  if (start === 0 || BOUNDARY.test(text[start - 1]) || /[_@:：\-·|]/.test(text[start - 1])) return start;
  EACH_STRONG.lastIndex = 0;
  const m = EACH_STRONG.exec(text.slice(start, end));
  return m ? start + m.index : start;
}

/** Spam runs: a run holds an unmistakable word, so text without one has none (and 在线, 官网 are not matched one by one for nothing). */
export function spamIn(text: string): Span[] {
  const out: Span[] = [];
  if (!SPAM_STRONG.test(text)) return out;
  SPAM.lastIndex = 0;
  for (let m = SPAM.exec(text); m; m = SPAM.exec(text)) {
    if (!SPAM_STRONG.test(m[0])) continue;
    const start = runStart(text, m.index, m.index + m[0].length);
    out.push({ start, end: runEnd(text, start, m.index + m[0].length) });
  }
  return out;
}
