/** One conversion, as the commands and the CLI ask for it: direction and variant → edits. */
import type { Script, Span, TextEdit } from '../analysis/types';
import type { ConversionSettings } from '../settings';
import { conversionEdits } from './convert';
import { loadEngine } from './load';

export function convertEdits(text: string, to: Script, conversion: ConversionSettings, ranges?: readonly Span[], stats?: { kept: number }): TextEdit[] {
  const engine = loadEngine();
  // Traditional reports come as OpenCC standard (t) or a regional form: the same variant the user
  // converts to is the one read back from.
  const fn = to === 'simplified' ? engine.converter(conversion.traditional, 'cn') : engine.converter('cn', conversion.traditional);
  const o: Parameters<typeof conversionEdits>[2] = { protect: conversion.protect };
  if (ranges) o.ranges = ranges;
  if (stats) o.stats = stats;
  return conversionEdits(text, fn, o);
}
