/** One conversion, as the commands and the CLI ask for it: direction and variant → edits. */
import type { Script, Span, TextEdit } from '../analysis/types';
import type { ConversionSettings } from '../settings';
import { conversionEdits, type ConvertFn } from './convert';
import { loadEngine } from './load';

export function convertEdits(text: string, to: Script, conversion: ConversionSettings, ranges?: readonly Span[], stats?: { kept: number }): TextEdit[] {
  const engine = loadEngine();
  // Traditional reports come as OpenCC standard (t) or a regional form: the same variant the user
  // converts to is the one read back from.
  const [from, into] = to === 'simplified' ? ([conversion.traditional, 'cn'] as const) : (['cn', conversion.traditional] as const);
  // The whole-string converter is built only if the same-pass phrase walk cannot do a stretch.
  let fn: ConvertFn | undefined;
  const convert: ConvertFn = (s) => (fn ??= engine.converter(from, into))(s);
  const o: Parameters<typeof conversionEdits>[2] = { protect: conversion.protect };
  const phrases = engine.phraseTable(from, into);
  if (phrases) o.phrases = phrases;
  if (ranges) o.ranges = ranges;
  if (stats) o.stats = stats;
  return conversionEdits(text, convert, o);
}
