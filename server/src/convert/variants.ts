/**
 * A conversion to simplified writes a variant form neither script's standard has (「縂計」「報吿」「擧報」, a Japanese form
 * 「新収」) as the simplified character it stands for: OpenCC converts none of them, and a report converted to simplified
 * kept 「縂计」「报吿」 (found by a hunt over traditional variants). One unit for one, as the rest of a conversion.
 */
import { VARIANT_PAIRS } from '../analysis/reader/text/tables/variants.generated';
import type { TextEdit } from '../analysis/types';

let table: Uint16Array | undefined;
function variants(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(0x10000);
  for (let i = 0; i + 1 < VARIANT_PAIRS.length; i += 2) table[VARIANT_PAIRS.charCodeAt(i)] = VARIANT_PAIRS.charCodeAt(i + 1);
  return table;
}

/**
 * Appends edits for the variants in text[from, to) that the edits out[mark…] (this stretch's, in order) leave as written,
 * each joined to a same-length edit it follows; `out` past `mark` stays in order.
 */
export function variantEdits(text: string, from: number, to: number, out: TextEdit[], mark: number): void {
  const v = variants();
  let i = from;
  while (i < to && !v[text.charCodeAt(i)]) i++;
  if (i === to) return;
  const mine = out.splice(mark);
  let k = 0;
  for (; i < to; i++) {
    const s = v[text.charCodeAt(i)];
    if (!s) continue;
    while (k < mine.length && mine[k].span.end <= i) out.push(mine[k++]);
    // (Inside an edit of the conversion's own: that edit says what the character becomes.)
    if (k < mine.length && mine[k].span.start <= i) continue;
    const last = out.length > mark ? out[out.length - 1] : undefined;
    const c = String.fromCharCode(s);
    if (last && last.span.end === i && last.newText.length === last.span.end - last.span.start) {
      out[out.length - 1] = { span: { start: last.span.start, end: i + 1 }, newText: last.newText + c };
    } else out.push({ span: { start: i, end: i + 1 }, newText: c });
  }
  while (k < mine.length) out.push(mine[k++]);
}
