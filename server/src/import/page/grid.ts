/**
 * A table's cells placed on a real grid: a cell spanning rows or columns (rowspan, colspan) is
 * written once, at its top-left, and the places it covers are empty — so no figure ever moves to
 * another column, and an empty cell stays an empty cell. A figure merged down over rows is the figure
 * of each row it stands beside, as a reader of the page sees it (written once, the rows below it were
 * blank and their sums false: found by a review); never across columns.
 */
export interface SourceCell {
  text: string;
  rowspan: number;
  colspan: number;
}

import { MAX_TABLE_CELLS, refuse } from '../limits';

const MAX_SPAN = 200;
/** A cell that is one figure or a none mark: 「8」「0」「1,209」「/」「—」. */
const FIGURE = /^\s*(?:[0-9０-９][0-9０-９,，]*|[/／\-—－]{1,2})\s*$/;

/** `dropEmptyFirst`: whether a first column empty in every row is dropped (a page's table; not one a PDF's rules drew). */
export function expandGrid(rows: readonly (readonly SourceCell[])[], dropEmptyFirst = true): string[][] {
  const grid: (string | undefined)[][] = rows.map(() => []);
  let placed = 0;
  rows.forEach((cells, r) => {
    let col = 0;
    for (const c of cells) {
      while (grid[r][col] !== undefined) col++;
      const rs = Math.min(Math.max(1, c.rowspan), rows.length - r, MAX_SPAN);
      const cs = Math.min(Math.max(1, c.colspan), MAX_SPAN);
      // (Merged cells can ask for millions of places from a few kilobytes of markup.)
      placed += rs * cs;
      if (placed > MAX_TABLE_CELLS) refuse('cells');
      const down = rs > 1 && FIGURE.test(c.text);
      for (let i = r; i < r + rs; i++) for (let j = col; j < col + cs; j++) grid[i][j] = (i === r || down) && j === col ? c.text : '';
      col += cs;
    }
  });
  let width = 0;
  for (const r of grid) width = Math.max(width, r.length);
  if (width * grid.length > MAX_TABLE_CELLS) refuse('cells');
  // A first column empty in every row of a table of two rows or more, its header's too, is no column of the table: a
  // placeholder Word puts before each row, marked (html.ts isPlaceholder) or not (「<td>&nbsp;</td>」, a width of 「0.0pt」).
  // Written, it was the first cell of table 四's row of figures, and every figure a column on — wrong figures exported and
  // false sums (found by a review of saved pages). (Not any empty column: a table of a row of figures alone, or of rows under
  // a header in another table, has columns of blank cells that are its own. Nor a PDF's, whose rules drew each column: its
  // table 四 cut by a page break, 结果维持 blank under a header merged down on the page before, has its first column empty
  // in both its rows here — dropped, all fifteen figures were a column back: found by the review's generated texts.)
  let from = 0;
  while (dropEmptyFirst && grid.length >= 2 && from < width - 1 && grid.every((r) => (r[from] ?? '').trim() === '')) from++;
  return grid.map((r) => Array.from({ length: width - from }, (_, j) => r[from + j] ?? ''));
}

/** Pipe rows, one per line: `| a | b | |`. */
export function pipeRows(grid: readonly string[][]): string[] {
  return grid.map((r) => '| ' + r.map((c) => c.replace(/\|/g, '｜')).join(' | ') + ' |');
}
