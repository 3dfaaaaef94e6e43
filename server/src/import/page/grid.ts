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

export function expandGrid(rows: readonly (readonly SourceCell[])[]): string[][] {
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
  return grid.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? ''));
}

/** Pipe rows, one per line: `| a | b | |`. */
export function pipeRows(grid: readonly string[][]): string[] {
  return grid.map((r) => '| ' + r.map((c) => c.replace(/\|/g, '｜')).join(' | ') + ' |');
}
