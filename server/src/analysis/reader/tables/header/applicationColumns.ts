/**
 * The order of table 三's seven figure columns as its header gives them, where the header is a grid
 * that says it for certain (grid.ts): each of the seven names in a cell of its own, counted from the
 * line's end as the figures are, and no two in one place. A table that puts 总计 first, or 法人或其他组织
 * before 自然人, is then read in its own order instead of the form's: its figures went to the wrong
 * columns, with false sums said (found by a review). Anywhere else the form's order is kept.
 */
import type { Span } from '../../../types';
import { headerGrid } from './grid';

/** The form's columns, in its order, as the fold writes them (one script, no spaces). */
const NAMES: readonly (readonly string[])[] = [['自然人'], ['商业企业'], ['科研机构'], ['社会公益组织'], ['法律服务机构'], ['其他', '其它'], ['总计', '合计']];
const WIDTH = NAMES.length;

/** The column of the form a cell names, or -1. */
const named = (words: string): number => NAMES.findIndex((n) => n.includes(words));

/**
 * For each figure position of the rows (left to right), the form's column it holds — where the header
 * certainly gives an order other than the form's; undefined where it is the form's or cannot be told.
 */
export function headerOrder(text: string, header: Span): number[] | undefined {
  const lines = headerGrid(text, header.start, header.end, (w) => named(w) >= 0, (w) => NAMES.some((n) => n.some((x) => w.includes(x))));
  if (!lines || lines[0].length < WIDTH + 1) return undefined;
  const at: number[] = new Array(WIDTH).fill(-1);
  for (const cells of lines) {
    for (let i = 0; i < cells.length; i++) {
      const column = named(cells[i]);
      if (column < 0) continue;
      const fromEnd = cells.length - 1 - i;
      if (fromEnd >= WIDTH || at[column] >= 0) return undefined;
      at[column] = WIDTH - 1 - fromEnd;
    }
  }
  if (at.some((p) => p < 0) || new Set(at).size !== WIDTH) return undefined;
  return permutation(at);
}

/**
 * The order from where each of the form's columns stands (`at[column]` = its position): undefined when
 * it is the form's own.
 */
export function permutation(at: readonly number[]): number[] | undefined {
  if (at.every((p, column) => p === column)) return undefined;
  const order: number[] = new Array(at.length);
  at.forEach((position, column) => (order[position] = column));
  return order;
}
