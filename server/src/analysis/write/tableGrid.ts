/**
 * A table of the document as a grid of its own texts: header words as written, every label as
 * written, every figure as written (「1,432」 stays 「1,432」). The formatter writes this grid back
 * aligned; reading the result gives the same model. A table the reader could not read completely
 * has no grid: reformatting it could lose text.
 */
import type { Grid } from './grid';
import { norm } from '../reader/text/normalize';
import { APP_LABEL_COLUMNS, appDepth } from '../form/template';
import { tokenize } from '../reader/tokens/tokenize';
import type { ActiveTable, ApplicationsTable, Cell, ReviewTable, Span, StatisticsTable, Table } from '../types';

const cellText = (c: Cell) => (c.kind === 'blank' ? '' : c.raw.trim());
const complete = (cells: Cell[]) => cells.every((c) => c.kind !== 'missing');

/** The header words written in text[span], in order. */
function headerWords(text: string, span: Span | undefined, skip: (s: Span) => boolean = () => false): string[] {
  if (!span) return [];
  return tokenize(text, span.start, span.end)
    .filter((t) => t.kind === 'text' && !skip(t.span))
    .map((t) => t.raw);
}

/** Writes `word` at (row, col) of a header grid, joining words that land in the same place. */
function put(grid: Grid, row: number, col: number, word: string): void {
  while (grid.length <= row) grid.push([]);
  const r = grid[row];
  while (r.length <= col) r.push('');
  r[col] = r[col] ? r[col] + ' ' + word : word;
}

/**
 * Table 三's header in the form's shape, whatever shape it arrived in: 申请人情况 over the value
 * columns, 自然人 / 法人或其他组织 / 总计 below it, the five kinds of organisation below that; the
 * 勾稽关系 note and any other words in the label columns of the first row.
 */
const APP_HEADER_PLACE: Record<string, [number, number]> = { 申请人情况: [0, 0], 自然人: [1, 0], 法人或其他组织: [1, 1], 总计: [1, 6], 商业企业: [2, 1], 科研机构: [2, 2], 社会公益组织: [2, 3], 法律服务机构: [2, 4], 其他: [2, 5] };
function appHeader(words: string[]): Grid {
  const grid: Grid = [];
  let label = 0;
  for (const w of words) {
    const p = APP_HEADER_PLACE[norm(w)];
    if (p) put(grid, p[0], APP_LABEL_COLUMNS + p[1], w);
    else put(grid, 0, Math.min(label++, APP_LABEL_COLUMNS - 1), w);
  }
  return grid;
}

/**
 * Table 四's header in the form's shape: 行政复议 and 行政诉讼 on the first row, the review's five
 * column names with 未经复议直接起诉 and 复议后起诉 on the second, the lawsuits' ten on the third.
 * Column names are placed by their order, so truncated ones (「结果」「尚未」) keep their place.
 */
function reviewHeader(words: string[]): Grid {
  const grid: Grid = [[]];
  let columns = 0;
  for (const w of words) {
    const n = norm(w);
    if (/^行政(法)?复议$/.test(n)) put(grid, 0, 0, w);
    else if (n === '行政诉讼') put(grid, 0, 5, w);
    else if (n.includes('直接起诉')) put(grid, 1, 5, w);
    else if (n.includes('复议后起诉')) put(grid, 1, 10, w);
    else {
      if (columns < 5) put(grid, 1, columns, w);
      else if (columns < 15) put(grid, 2, columns, w);
      else put(grid, 3, columns - 15, w);
      columns++;
    }
  }
  return grid.filter((r) => r.length);
}

function applicationsGrid(text: string, t: ApplicationsTable): Grid | undefined {
  if (!t.rows.every((r) => complete(r.cells) && r.found <= r.cells.length)) return undefined;
  const grid = appHeader(headerWords(text, t.header));
  let prevEnd = t.header?.end ?? t.span.start;
  for (const r of t.rows) {
    const row = Array<string>(APP_LABEL_COLUMNS).fill('');
    // Group labels written between the previous row and this one go in their own columns.
    for (const g of t.groups.filter((g) => g.span.start >= prevEnd && g.span.end <= r.label.start)) {
      const d = Math.min(appDepth(g.id), APP_LABEL_COLUMNS - 1);
      row[d] = row[d] ? row[d] + ' ' + g.text : g.text;
    }
    const d = appDepth(r.id);
    row[d] = row[d] ? row[d] + ' ' + r.labelText : r.labelText;
    grid.push([...row, ...r.cells.map(cellText)]);
    prevEnd = r.cells[r.cells.length - 1].span.end;
  }
  return grid;
}

function reviewGrid(text: string, t: ReviewTable): Grid | undefined {
  if (!complete(t.cells) || t.found > t.cells.length) return undefined;
  return [...reviewHeader(headerWords(text, t.header)), t.cells.map(cellText)];
}

function activeGrid(text: string, t: ActiveTable): Grid | undefined {
  const grid: Grid = [];
  for (const b of t.blocks) {
    if (!b.rows.every((r) => complete(r.cells) && r.found <= r.cells.length)) return undefined;
    const labels = b.rows.map((r) => r.label);
    grid.push([text.slice(b.header.start, b.header.end)]);
    const firstRow = b.rows.length ? b.rows[0].label.start : b.span.end;
    // The block's column header (信息内容 and the column names) is one row.
    const header = headerWords(text, { start: b.header.end, end: firstRow }, (s) => labels.some((l) => l.start === s.start));
    if (header.length) grid.push(header);
    for (const r of b.rows) grid.push([r.labelText, ...r.cells.map(cellText)]);
  }
  return grid;
}

function statisticsGrid(text: string, t: StatisticsTable): Grid | undefined {
  if (!t.rows.every((r) => complete(r.cells) && r.found <= r.cells.length)) return undefined;
  return [headerWords(text, t.header), ...t.rows.map((r) => [r.labelText, r.unit, ...r.cells.map(cellText)])];
}

export function tableGrid(text: string, t: Table): Grid | undefined {
  switch (t.kind) {
    case 'applications':
      return applicationsGrid(text, t);
    case 'review':
      return reviewGrid(text, t);
    case 'active':
      return activeGrid(text, t);
    case 'statistics':
      return statisticsGrid(text, t);
  }
}
