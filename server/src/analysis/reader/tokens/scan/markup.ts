/**
 * What a cell keeps of its markup: pandoc's spans with attributes (「[text]{style=…}」), inline HTML tags of a page's
 * or a Word file's, Markdown emphasis around a figure. The tokenizer reads the text inside.
 */
import { isWordIdeograph } from './chars';

/** Whether text[s, e), the inside of a span, shows nothing but spaces (spans in it peeled). */
function showsSpaces(text: string, s: number, e: number): boolean {
  let inner = text.slice(s, e);
  for (let prev = ''; prev !== inner; ) (prev = inner), (inner = inner.replace(/\[([^\[\]]*)\]\{[^{}]*\}/g, '$1'));
  return /^[\s\u3000\u00a0]*$/.test(inner);
}

/**
 * The Markdown span with attributes that ends text[a, b) (「…[text]{.class}」「…[[0]{style="…"}]{style="…"}」): where its
 * 「[」 opens and its 「]」 closes, brackets in it paired; undefined where text[a, b) ends with none.
 */
function spanEnding(text: string, a: number, b: number): { open: number; close: number } | undefined {
  const brace = text.lastIndexOf('{', b - 1);
  if (brace <= a + 1 || text.charCodeAt(brace - 1) !== 0x5d || text.indexOf('}', brace) !== b - 1) return undefined;
  let depth = 0;
  for (let i = brace - 1; i >= a; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x5d) depth++;
    else if (c === 0x5b && --depth === 0) return { open: i, close: brace - 1 };
  }
  return undefined;
}

/** Where the text of the span with attributes that is the whole of text[a, b) ends, or -1 (no span, or two). */
export function attributedText(text: string, a: number, b: number): number {
  const span = spanEnding(text, a, b);
  return span?.open === a ? span.close : -1;
}

/** Where a span of spaces with attributes that ends text[a, b), after other text, starts (「…[[ ]{style=…}]{style=…}」), or -1. */
export function spaceSpanBefore(text: string, a: number, b: number): number {
  const span = spanEnding(text, a, b);
  return span && span.open > a && showsSpaces(text, span.open + 1, span.close) ? span.open : -1;
}

/** Where a span of spaces with attributes that opens text[a, b) ends (「[[ ]{style=…}]{style=…}…」), or -1. */
export function spaceSpanAfter(text: string, a: number, b: number): number {
  let depth = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b) depth++;
    else if (c === 0x5d && --depth === 0) {
      if (text.charCodeAt(i + 1) !== 0x7b) return -1;
      const close = text.indexOf('}', i + 1);
      return close > 0 && close < b && showsSpaces(text, a + 1, i) ? close + 1 : -1;
    }
  }
  return -1;
}

/** Inline HTML tags that open a cell's text, and that close it (what a Markdown table's cell keeps of a page's or a Word file's markup). */
const INLINE_TAG = '(?:b|strong|i|em|u|s|strike|del|ins|span|font|sup|sub|small|big|mark|p|br)';
export const INLINE_OPEN = new RegExp(`^<(?:${INLINE_TAG}\\b[^<>]*|/${INLINE_TAG}\\s*)>`, 'i');
export const INLINE_CLOSE = new RegExp(`<(?:/${INLINE_TAG}\\s*|br\\s*/?)>$`, 'i');

/**
 * How many emphasis marks (1–3 of 「*」 or 「_」) open text[a, b) and close it the same, around a figure (no ideograph of
 * words, no mark of the kind inside); 0 when it is not so.
 */
export function emphasisWidth(text: string, a: number, b: number): number {
  const m = text.charCodeAt(a);
  if (m !== 0x2a && m !== 0x5f) return 0;
  let n = 0;
  while (n < 3 && a + n < b && text.charCodeAt(a + n) === m) n++;
  if (b - a <= 2 * n) return 0;
  for (let k = 1; k <= n; k++) if (text.charCodeAt(b - k) !== m) return 0;
  for (let i = a + n; i < b - n; i++) {
    const c = text.charCodeAt(i);
    if (c === m || isWordIdeograph(c)) return 0;
  }
  return n;
}
