/**
 * A figure of four digits or more written with its thousands comma in a row whose cells are apart by
 * commas — Word's 「转换为文本」 with commas, a CSV that did not quote the figure: 「…数量,1,010,2,0,1,0,0,1,013」
 * is nine cells where the row has seven (found by a review: the row was 「9 found」 and every figure of it
 * left undetermined). A comma with one to three digits before it and exactly three after, nothing else
 * between (no space: Word and CSV write none, a list of figures does), may be a thousands comma; the row's
 * cells are joined there only when that is certain: every such comma must be one for the row to have its
 * width, and where the row has a total, the joined row adds up.
 */
import { readCell } from '../tokens/numbers';
import { Token } from '../tokens/token';

const HEAD = /^[0-9]{1,3}$/;
const GROUP = /^[0-9]{3}$/;
/** A group with a decimal part (「567.89」 of 「15,234,567.89」): a comma before it may be a thousands comma too. */
const LAST_GROUP = /^[0-9]{3}\.[0-9]+$/;

/**
 * `tokens` with the cells apart by a thousands comma joined, when `extra` joins make the row whole; else undefined. (Whether
 * the joined row adds up is its caller's to ask: fitRow.)
 */
export function thousandsJoined(tokens: readonly Token[], extra: number, text: string): Token[] | undefined {
  const joins: number[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (a.kind !== 'value' || b.kind !== 'value' || a.line !== b.line || b.span.start !== a.span.end + 1 || text.charCodeAt(a.span.end) !== 0x2c) continue;
    // (「0,123」 is no figure's way: a thousands group never follows a lone zero; 「012,345」 only inside a longer figure.)
    if (!HEAD.test(a.raw) || (a.raw[0] === '0' && !(a.raw.length === 3 && joins[joins.length - 1] === i - 1))) continue;
    // (「15,234,567.89」 in a row of two cells: joined at the first comma only, it read 15234 and 567.89 — found by a
    // review. Such a comma counts, so the row is not joined where it cannot be told.)
    if (LAST_GROUP.test(b.raw)) return undefined;
    if (!GROUP.test(b.raw)) continue;
    joins.push(i);
  }
  if (joins.length !== extra) return undefined;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    let j = i;
    while (joins.includes(j)) j++;
    if (j === i) {
      out.push(first);
      continue;
    }
    const end = tokens[j].span.end;
    const t = new Token('value', { start: first.span.start, end }, text.slice(first.span.start, end), first.line, first.piece, first.col);
    t.cell = readCell(t.raw);
    t.segment = first.segment;
    out.push(t);
    i = j;
  }
  return out;
}
