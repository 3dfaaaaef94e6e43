/** One conversion, as the commands and the CLI ask for it: direction and variant → edits. */
import type { Script, Span, TextEdit } from '../analysis/types';
import type { ConversionSettings } from '../settings';
import { conversionEdits, protectedSpans, type ConvertFn } from './convert';
import { formWordSpans } from './formWords';
import { loadEngine } from './load';

/**
 * A text Taiwan's phrases made (or a Taiwan text): their words for 信息 and 发布 (「政府信息」 itself is kept as the form
 * writes it, formWords.ts — but not every 信息 of a report is the government's).
 */
const TWP_WORDS = /資訊|资讯|釋出|释出/;

/**
 * A title in 《》 (a law's, a document's) is a name: Taiwan's phrases made 《预算法》 《預演算法》 (算法, an algorithm, is
 * Taiwan's 演算法) and 《优化营商环境条例》 《最佳化營商環境條例》 — converted character by character, as the form's words are
 * (found by a hunt over traditional variants).
 */
const TITLES = ['《*》'];

/** Two sorted lists of spans as one, sorted, those that overlap or touch joined. */
function union(a: readonly Span[], b: readonly Span[]): Span[] {
  const all = [...a, ...b].sort((x, y) => x.start - y.start);
  const out: Span[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export function convertEdits(text: string, to: Script, conversion: ConversionSettings, ranges?: readonly Span[], stats?: { kept: number }): TextEdit[] {
  const engine = loadEngine();
  // Traditional reports come as OpenCC standard (t) or a regional form: the same variant the user
  // converts to is the one read back from. Taiwan's phrases (twp) are read back only from a text that has
  // them (its 「資訊」「釋出」, twp's words for 信息 and 发布): a mainland report a site turned into traditional by its
  // characters (「信息公開」) read back through them had its words turned into other meanings (執行 运行, 檔案館
  // 文件馆, 查詢 查找: found by a review) — it is read by its characters (tw); a text the phrases made gets its
  // words back (資訊 信息, 釋出 发布).
  const phrased = conversion.traditional === 'twp' && (to === 'traditional' || TWP_WORDS.test(text));
  const variant = conversion.traditional === 'twp' && !phrased ? 'tw' : conversion.traditional;
  const [from, into] = to === 'simplified' ? ([variant, 'cn'] as const) : (['cn', variant] as const);
  // The whole-string converter is built only if the same-pass phrase walk cannot do a stretch.
  let fn: ConvertFn | undefined;
  const convert: ConvertFn = (s) => (fn ??= engine.converter(from, into))(s);
  const o: Parameters<typeof conversionEdits>[2] = { protect: conversion.protect, variants: to === 'simplified' };
  const phrases = engine.phraseTable(from, into);
  if (phrases) o.phrases = phrases;
  if (stats) o.stats = stats;
  const whole = ranges?.length ? ranges : [{ start: 0, end: text.length }];
  if (!phrased) return conversionEdits(text, convert, { ...o, ranges: whole });
  // Taiwan phrases rewrite words: the form's own words are converted character by character (tw),
  // the rest with the phrases (formWords.ts).
  const [charFrom, charInto] = to === 'simplified' ? (['tw', 'cn'] as const) : (['cn', 'tw'] as const);
  const chars: ConvertFn = (s) => engine.converter(charFrom, charInto)(s);
  const words: Span[] = [];
  const rest: Span[] = [];
  for (const r of whole) {
    let at = r.start;
    for (const w of union(formWordSpans(text, r.start, r.end), protectedSpans(text, TITLES, r.start, r.end))) {
      if (w.start > at) rest.push({ start: at, end: w.start });
      words.push(w);
      at = w.end;
    }
    if (at < r.end) rest.push({ start: at, end: r.end });
  }
  // (Each kind read up to the other's stretches, not into them.)
  const out = rest.length ? conversionEdits(text, convert, { ...o, ranges: rest, apart: words }) : [];
  if (words.length) out.push(...conversionEdits(text, chars, { protect: conversion.protect, variants: o.variants, ranges: words, apart: rest, ...(stats ? { stats } : {}) }));
  return out.sort((a, b) => a.span.start - b.span.start);
}
