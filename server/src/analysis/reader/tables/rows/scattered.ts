/**
 * Table 二's rows whose figures, read after their names, are not certainly theirs: a PDF's text taken in the order of the
 * page's lines (pdftotext without -layout, a browser's print) puts a cell where its height falls, above its row's name or
 * below the next one's. Two signs say that a table is so scrambled, each certain where it shows:
 *
 * - **A column printed after the rows.** A block's rows short of figures, then a later row, then a column's header words
 *   with figures after them that no row took (「规章 0 0 / 行政规范性文件 0 / … / 行政许可 0 / 现行有效件数 0 8 1」): the
 *   column came last, and the figure read after 行政许可 was 行政规范性文件's (the page says 行政许可 1, the 1 at the end;
 *   the 0 was exported as its figure without a word — found by a researcher's audit). Every row from the first short one to
 *   that column's words whose figures stand below its name is unsure.
 * - **Figures above names elsewhere in the table.** Where a block was read with each row's figures above its name
 *   (figuresBefore.ts), a block read after its names with a row short of figures is in an order the table does not keep
 *   (「行政许可7700 / 0 / 0 / 其他对外管理服务事项 0」: 7700 is three cells run together, and the two 0s the next row's —
 *   exported as 7700, 0, 0, found by the same audit). Its rows whose figures follow them on lines of their own are unsure.
 *
 * An unsure row's figures are neither summed nor exported (figuresKnown), and table-shape says why.
 */
import { lineEndAt, lineStartAt } from '../../text/lines';
import { figuresOnly } from './figuresBefore';
import type { Token } from '../../tokens/token';
import type { Span } from '../../../types';

interface Row {
  label: Span;
  cells: readonly Token[];
}
interface Block {
  end: number;
  rows: readonly Row[];
}

/**
 * The rows (by block, then by row) whose figures are not certainly theirs. `short(b, r)`: whether row r of block b was read
 * short of figures; `above[b]`: whether block b was read with its figures above its names; `isColumn`: words that name a column
 * (not a unit's alone, 「单位：万元」, nor a note's).
 */
export function scatteredRows(
  blocks: readonly Block[],
  text: string,
  short: (b: number, r: number) => boolean,
  above: readonly boolean[],
  isColumn: (words: string) => boolean,
): Set<Row> {
  const out = new Set<Row>();
  // A column printed after the rows.
  for (let b = 0; b < blocks.length; b++) {
    if (!lateColumn(blocks[b], text, isColumn)) continue;
    let from = -1;
    for (let k = 0; k <= b && from < 0; k++) for (let r = 0; r < blocks[k].rows.length && from < 0; r++) if (short(k, r)) from = k;
    if (from < 0) continue;
    for (let k = from; k <= b; k++) {
      const first = k === from ? blocks[k].rows.findIndex((_, r) => short(k, r)) : 0;
      for (let r = first; r < blocks[k].rows.length; r++) if (figuresBelow(blocks[k].rows[r], text)) out.add(blocks[k].rows[r]);
    }
  }
  // Figures above names elsewhere in the table.
  if (above.some(Boolean)) {
    for (let b = 0; b < blocks.length; b++) {
      // (A block read after its names throughout — no row short — is read so: its order is certain of its own.)
      if (above[b] || !blocks[b].rows.some((_, r) => short(b, r))) continue;
      for (const row of blocks[b].rows) if (figuresBelow(row, text)) out.add(row);
    }
  }
  return out;
}

/**
 * Whether a row's figures stand on lines below its name: those a PDF's text may have put there from elsewhere. Figures on
 * the name's own line are its row's (a row laid out whole: found by the adversarial review of the first version, which
 * took every row of a table for unsure where one row was blank and a note and a page's number followed the table).
 */
const figuresBelow = (row: Row, text: string): boolean => row.cells.some((c) => c.kind === 'value' && c.span.start >= lineEndAt(text, row.label.end));

/**
 * Whether a block's last row is followed, inside the block, by a column header's words, and those by lines of figures alone
 * that no row took.
 */
function lateColumn(b: Block, text: string, isColumn: (words: string) => boolean): boolean {
  const last = b.rows[b.rows.length - 1];
  if (!last) return false;
  const after = last.cells.length ? last.cells[last.cells.length - 1].span.end : last.label.end;
  if (after >= b.end) return false;
  const words = text.slice(after, b.end).replace(/\s+/g, '');
  if (!words || !isColumn(words)) return false;
  // The first line right after the block's end that is not empty: figures alone. (A few empty lines passed over, no more:
  // a walk to the text's end was no bound.)
  let empty = 0;
  for (let at = lineEndAt(text, b.end) + 1; at < text.length && empty <= MAX_EMPTY; at = lineEndAt(text, at) + 1) {
    const line = text.slice(lineStartAt(text, at), lineEndAt(text, at)).trim();
    if (line === '') {
      empty++;
      continue;
    }
    return figuresOnly(text, at);
  }
  return false;
}
/** The most empty lines between a column's header words and its figures. */
const MAX_EMPTY = 4;
