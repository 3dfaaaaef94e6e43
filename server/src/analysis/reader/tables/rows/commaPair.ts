/**
 * A row of two figures whose cells stand apart by commas, its two figures read as one with a thousands comma:
 * 「行政事业性收费,79,224」, the 2019 form's 上一年项目数量 and 本年增/减. Line by line the tokenizer cannot tell it from
 * the 2021 form's one amount 「行政事业性收费,4,816」 and keeps the word whole; the block knows how many figures its rows
 * have. Where the row wants two and a comma stands right after its label — the line's cells are apart by commas —, the
 * word is its two cells. (Read as a glued run, the comma was a figure's: 7 and 9,224, a wrong figure shown as read —
 * found on a CSV of a generated report.)
 */
import { readCell } from '../../tokens/numbers';
import { Token } from '../../tokens/token';
import type { Span } from '../../../types';

/** The two cells of the word, or undefined where the row is not so written. */
export function commaPair(cells: readonly Token[], label: Span, text: string, width: number): Token[] | undefined {
  if (width !== 2 || cells.length !== 1) return undefined;
  const t = cells[0];
  if (t.kind !== 'value' || !/^[0-9]{1,3},[0-9]{3}$/.test(t.raw)) return undefined;
  // (The label's own comma: the last character before the word but spaces, on the label's line.)
  let i = t.span.start - 1;
  while (i >= label.start && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--;
  if (i < label.start || text.charCodeAt(i) !== 0x2c) return undefined;
  const comma = t.raw.indexOf(',');
  return [part(t, 0, comma), part(t, comma + 1, t.raw.length)];
}

function part(t: Token, a: number, b: number): Token {
  const raw = t.raw.slice(a, b);
  const out = new Token('value', { start: t.span.start + a, end: t.span.start + b }, raw, t.line, t.piece, t.col);
  out.cell = readCell(raw);
  out.digits = true;
  return out;
}
