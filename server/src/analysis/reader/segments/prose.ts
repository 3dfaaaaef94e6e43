/**
 * Facts the softer checks read from the prose of a segment (never from inside its tables):
 * figures stated in words (「予以公开15件」), years the text says it reports on (「2022年度本部门…」),
 * list numbering (（一）（二）…, 一是、二是…), and spam injected by hacked sites. Offsets are relative
 * to the segment, like the rest of its parse.
 */
import { tableCover } from './tableCover';
import { chineseNumeral, foldChars } from '../text/normalize';
import type { Span, Table } from '../../types';

export type StatementKind = 'received' | 'new' | 'carried' | 'closed' | 'open' | 'partial' | 'carryNext' | 'reviews' | 'suits';
export interface Statement {
  kind: StatementKind;
  value: number;
  /** The figure's characters. */
  span: Span;
}
export interface YearClaim {
  year: number;
  span: Span;
}
export interface Marker {
  /** paren: （一） at a line start; shi: 一是 in running text. */
  kind: 'paren' | 'shi';
  value: number;
  span: Span;
}

export interface ProseFacts {
  statements: Statement[];
  years: YearClaim[];
  markers: Marker[];
  spam: Span[];
}

const NUM = '([0-9０-９]+)';
/** What a count of applications or cases ends with: 件, or 个 (個) and 宗 as Hong Kong and some agencies write — not 个工作日, 个月. */
const COUNTED = '(?:件|宗|个(?![工月小星季百]))';
/**
 * Clear statements only: the keyword, a few non-digit characters at most, the figure, 件. Each with
 * the words one of which it cannot match without (a search for them is much cheaper than the pattern).
 */
const STATEMENTS: [StatementKind, RegExp, string[]][] = [
  ['new', new RegExp(`本年(?:度)?新收(?:到)?(?:政府信息公开)?(?:申请)?[^0-9０-９，。；,;]{0,4}?${NUM}\\s*${COUNTED}`, 'g'), ['新收']],
  ['received', new RegExp(`(?:共|总共|累计)?(?:收到|受理)(?:了)?(?:政府)?信息公开申请[^0-9０-９，。；,;]{0,3}?${NUM}\\s*${COUNTED}`, 'g'), ['信息公开申请']],
  ['carried', new RegExp(`上(?:一)?年(?:度)?结转(?:政府信息公开申请)?[^0-9０-９，。；,;]{0,3}?${NUM}\\s*${COUNTED}`, 'g'), ['结转']],
  ['carryNext', new RegExp(`(?:结|转)下(?:一)?年(?:度)?(?:继续办理)?[^0-9０-９，。；,;]{0,3}?${NUM}\\s*${COUNTED}`, 'g'), ['下年', '下一年']],
  ['closed', new RegExp(`(?:共)?办结(?:政府信息公开申请)?[^0-9０-９，。；,;]{0,3}?${NUM}\\s*${COUNTED}`, 'g'), ['办结']],
  ['open', new RegExp(`予以公开[^0-9０-９，。；,;]{0,2}?${NUM}\\s*${COUNTED}`, 'g'), ['予以公开']],
  ['partial', new RegExp(`部分公开[^0-9０-９，。；,;]{0,2}?${NUM}\\s*${COUNTED}`, 'g'), ['部分公开']],
  ['reviews', new RegExp(`行政[复覆]议(?:案件)?${NUM}\\s*${COUNTED}`, 'g'), ['行政复议', '行政覆议']],
  ['suits', new RegExp(`行政诉讼(?:案件)?${NUM}\\s*${COUNTED}`, 'g'), ['行政诉讼']],
];

/**
 * 「2022年度本部门未发生…」: a year followed by the body speaking of itself — in the past tense: 「2024年，
 * 我局将…」 is a plan for the next year, not a claim about the year reported on.
 */
const YEAR_CLAIM = /((?:19|20)\d{2})\s*年(?:度)?\s*[,，]?\s*(?=(?:本部门|本机关|本单位|本局|我局|我委|我办|我厅|我部|我市|我区|我县|全局|全委|本委|本办)(?!将|要|拟|计划|会|还将|也将|继续|仍将|力争|争取))/g;

/**
 * Spam: a run of spam words and the separators such sites glue them with (「bet36体育在线_bet36体育投注@:」),
 * holding at least one unmistakable word — 「体育」 or 「在线」 alone are ordinary words.
 */
const SPAM = /(?:(?:bet\d+|体育在线|体育投注|体育|在线|投注|官网|娱乐城|博彩|赌场|百家乐|六合彩|时时彩|老虎机|真人荷官|棋牌游戏|威尼斯人|葡京)[_@:：\-·]*)+/gi;
const SPAM_STRONG = /bet\d+|体育投注|体育在线|娱乐城|博彩|赌场|百家乐|六合彩|时时彩|老虎机|真人荷官|棋牌游戏|威尼斯人|葡京/i;

/** （一） opening a sub-section: at a line start, or anywhere on pages that lost their line breaks — not 第（一）项. */
const PAREN = /(?<!第)[（(]([一二三四五六七八九十]{1,3})[)）](?![项款条目])/g;
const SHI = /([一二三四五六七八九十]{1,3})是/g;

/**
 * Prose facts of a segment's text (relative offsets). Statements are matched on normalised text
 * (one script, no spaces) and mapped back to the source through an index of kept characters.
 */
export function proseFacts(text: string, tables: readonly Table[], fold: { s: string; back: ArrayLike<number> } = foldChars(text)): ProseFacts {
  const inTable = tableCover(tables);
  const facts: ProseFacts = { statements: [], years: [], markers: [], spam: [] };
  // A normalised copy with a map back to source offsets (spaces dropped, traditional folded).
  const { s: folded, back } = fold;
  const src = (s: number, e: number): Span => ({ start: back[s], end: back[e - 1] + 1 });
  // Every statement ends with 件 (or 个, 宗) and every claim holds 年: most segments have neither.
  if (folded.includes('件') || folded.includes('个') || folded.includes('宗')) {
    for (const [kind, re, words] of STATEMENTS) {
      if (!words.some((w) => folded.includes(w))) continue;
      re.lastIndex = 0;
      for (let m = re.exec(folded); m; m = re.exec(folded)) {
        const numAt = m.index + m[0].lastIndexOf(m[1]);
        const span = src(numAt, numAt + m[1].length);
        if (inTable(span.start)) continue;
        facts.statements.push({ kind, value: Number(m[1].normalize('NFKC')), span });
      }
    }
  }
  if (folded.includes('年')) {
    YEAR_CLAIM.lastIndex = 0;
    for (let m = YEAR_CLAIM.exec(folded); m; m = YEAR_CLAIM.exec(folded)) {
      const span = src(m.index, m.index + m[1].length);
      if (!inTable(span.start)) facts.years.push({ year: Number(m[1]), span });
    }
  }
  // A run of spam holds an unmistakable word: text without one has none (and ordinary words like
  // 在线 and 官网 are not matched one by one for nothing).
  if (SPAM_STRONG.test(text)) {
    SPAM.lastIndex = 0;
    for (let m = SPAM.exec(text); m; m = SPAM.exec(text)) if (SPAM_STRONG.test(m[0])) facts.spam.push({ start: m.index, end: m.index + m[0].length });
  }
  // Numbering: （一） opening a line or a clause, and 一是 … 二是 in running text. Neither pattern
  // crosses a line break, so the whole text is scanned at once (a line's start reads as one).
  PAREN.lastIndex = 0;
  for (let p = PAREN.exec(text); p; p = PAREN.exec(text)) {
    if (inTable(p.index)) continue;
    facts.markers.push({ kind: 'paren', value: chineseNumeral(p[1]) ?? 0, span: { start: p.index, end: p.index + p[0].length } });
  }
  SHI.lastIndex = 0;
  for (let m = SHI.exec(text); m; m = SHI.exec(text)) {
    // 「一是」 opens a clause: at a line start or after punctuation, not inside a word (「统一是」). A
    // list's first item may also follow a sub-heading run into it (「…平台建设情况一是完成…」).
    const before = text[m.index - 1];
    const opensClause = m.index === 0 || /[\s，。；：:;、！？]/.test(before ?? '');
    if (!opensClause && (m[1] !== '一' || /[统唯同之第其]/.test(before ?? ''))) continue;
    if (inTable(m.index)) continue;
    facts.markers.push({ kind: 'shi', value: chineseNumeral(m[1]) ?? 0, span: { start: m.index, end: m.index + m[0].length } });
  }
  facts.markers.sort((a, b) => a.span.start - b.span.start);
  return facts;
}
