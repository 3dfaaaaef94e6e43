/** One conversion, as the commands and the CLI ask for it: direction and variant → edits. */
import type { Script, Span, TextEdit } from '../analysis/types';
import type { ConversionSettings } from '../settings';
import { conversionEdits, type ConvertFn } from './convert';
import { formWordSpans } from './formWords';
import { loadEngine } from './load';

export function convertEdits(text: string, to: Script, conversion: ConversionSettings, ranges?: readonly Span[], stats?: { kept: number }): TextEdit[] {
  const engine = loadEngine();
  // Traditional reports come as OpenCC standard (t) or a regional form: the same variant the user
  // converts to is the one read back from — by its characters only for Taiwan's phrases (twp): read back
  // through them, a mainland report's words became Taiwan's meanings turned back (執行 运行, 檔案館 文件馆,
  // 查詢 查找: found by a review).
  const back = conversion.traditional === 'twp' ? 'tw' : conversion.traditional;
  const [from, into] = to === 'simplified' ? ([back, 'cn'] as const) : (['cn', conversion.traditional] as const);
  // The whole-string converter is built only if the same-pass phrase walk cannot do a stretch.
  let fn: ConvertFn | undefined;
  const convert: ConvertFn = (s) => (fn ??= engine.converter(from, into))(s);
  const o: Parameters<typeof conversionEdits>[2] = { protect: conversion.protect };
  const phrases = engine.phraseTable(from, into);
  if (phrases) o.phrases = phrases;
  if (stats) o.stats = stats;
  const whole = ranges?.length ? ranges : [{ start: 0, end: text.length }];
  if (into !== 'twp') return conversionEdits(text, convert, { ...o, ranges: whole });
  // Taiwan phrases rewrite words: the form's own words are converted character by character (tw),
  // the rest with the phrases (formWords.ts).
  const chars: ConvertFn = (s) => engine.converter('cn', 'tw')(s);
  const words: Span[] = [];
  const rest: Span[] = [];
  for (const r of whole) {
    let at = r.start;
    for (const w of formWordSpans(text, r.start, r.end)) {
      if (w.start > at) rest.push({ start: at, end: w.start });
      words.push(w);
      at = w.end;
    }
    if (at < r.end) rest.push({ start: at, end: r.end });
  }
  const out = rest.length ? conversionEdits(text, convert, { ...o, ranges: rest }) : [];
  if (words.length) out.push(...conversionEdits(text, chars, { protect: conversion.protect, ranges: words, ...(stats ? { stats } : {}) }));
  return out.sort((a, b) => a.span.start - b.span.start);
}
