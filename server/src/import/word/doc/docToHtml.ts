/**
 * A Word 97–2003 document's main text as the HTML the page import reads (html.ts), as mammoth gives
 * a .docx's: paragraphs, and tables whose rows are built from each row's cell boundaries — a cell as
 * wide as two of the table's columns spans them (colspan), a cell merged with the one above it
 * lengthens that one (rowspan) — so that a report's table comes out cell for cell, as from its .docx.
 *
 * Of the text's special characters: a paragraph ends at 0x0D (and at a page or section break, 0x0C);
 * a cell at 0x07, which on a row-end paragraph ends the row; 0x0B is a line break; a field shows its
 * result (0x13 code 0x14 result 0x15), except a table of contents, whose entries are the headings
 * again with page numbers; a picture or drawn object (0x01, 0x08) is counted as a picture; notes'
 * marks and the like are dropped. A table nested in a cell has its cells' text written in that cell.
 */
import { TAB_MARK } from '../../marks';
import { MAX_TABLE_CELLS, refuse } from '../../limits';
import type { RowProps, WordText } from './wordBinary';

interface Cell {
  paragraphs: string[];
}
interface Row {
  cells: Cell[];
  props?: RowProps;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function docToHtml(word: WordText): string {
  const { text } = word;
  const out: string[] = [];
  let rows: Row[] = [];
  let cells: Cell[] = [];
  let paragraphs: string[] = [];
  let line = '';
  /** Fields open: for each, whether its code is still being read, and whether its result is shown. */
  const fields: { code: string; inCode: boolean; shown: boolean }[] = [];
  const hiddenByField = () => fields.some((f) => f.inCode || !f.shown);

  let tableCells = 0;
  const endTable = () => {
    if (!rows.length) return;
    out.push(tableHtml(rows));
    rows = [];
    tableCells = 0;
  };
  for (let cp = 0; cp < text.length; cp++) {
    const c = text.charCodeAt(cp);
    if (c === 0x13) {
      fields.push({ code: '', inCode: true, shown: true });
      continue;
    }
    if (c === 0x14 && fields.length) {
      const f = fields[fields.length - 1];
      f.inCode = false;
      // (A table of contents' result is its entries: the headings again, with page numbers.)
      f.shown = !/^\s*TOC\b/i.test(f.code);
      continue;
    }
    if (c === 0x15 && fields.length) {
      fields.pop();
      continue;
    }
    const mark = c === 0x0d || c === 0x07 || c === 0x0c;
    if (!mark) {
      if (fields.length && fields[fields.length - 1].inCode) {
        fields[fields.length - 1].code += text[cp];
        continue;
      }
      if (hiddenByField() || !word.shown(cp)) continue;
      if (c === 0x0b) line += '<br>';
      else if (c === 0x09) line += TAB_MARK;
      else if (c === 0x01 || c === 0x08) {
        const size = word.pictureSize(cp);
        line += size ? `<img width="${size.width}" height="${size.height}">` : '<img>';
      }
      else if (c === 0x1e) line += '-';
      else if (c >= 0x20 || c === 0xa0) line += esc(text[cp]);
      continue;
    }
    const props = word.paragraphAt(cp);
    // The number Word draws before a numbered paragraph (「一、」 of a heading in a multilevel list).
    if (!props.rowEnd) line = esc(word.numbers.next(props)) + line;
    if (!props.inTable && props.depth === 0) {
      endTable();
      out.push(`<p>${line}</p>`);
      line = '';
      continue;
    }
    // In a table: a nested table's cells and rows are lines of the cell they stand in.
    if (props.depth > 1 || (c === 0x0d && !props.rowEnd)) {
      if (line) paragraphs.push(line);
      line = '';
      continue;
    }
    if (props.rowEnd) {
      rows.push({ cells, props: props.row });
      tableCells += cells.length;
      cells = [];
      if (tableCells > MAX_TABLE_CELLS) refuse('cells');
      continue;
    }
    // A cell's end (0x07).
    if (line) paragraphs.push(line);
    line = '';
    cells.push({ paragraphs });
    paragraphs = [];
  }
  if (cells.length) rows.push({ cells });
  endTable();
  if (line) out.push(`<p>${line}</p>`);
  return out.join('\n');
}

/**
 * A table's HTML: the columns are every cell boundary of its rows (within a few twips, one), each cell
 * spanning the columns between its own; a cell merged with the one above (vertMerge 1) adds a row to
 * the cell it continues; cells merged across (horzMerge 2) are one with the cell before.
 */
function tableHtml(rows: Row[]): string {
  const SNAP = 30;
  const all: number[] = [];
  for (const r of rows) if (r.props) all.push(...r.props.edges);
  all.sort((a, b) => a - b);
  const columns: number[] = [];
  for (const x of all) if (!columns.length || x - columns[columns.length - 1] > SNAP) columns.push(x);
  if (columns.length * rows.length > MAX_TABLE_CELLS) refuse('cells');
  /** The column nearest boundary x (binary search: the first at or past it, or the one before). */
  const col = (x: number) => {
    let lo = 0;
    let hi = columns.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (columns[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && x - columns[lo - 1] < columns[lo] - x ? lo - 1 : lo;
  };
  interface Placed {
    html: string;
    from: number;
    to: number;
    rowspan: number;
    merged: boolean;
  }
  const grid: Placed[][] = [];
  for (const r of rows) {
    const placed: Placed[] = [];
    const p = r.props;
    r.cells.forEach((cell, i) => {
      const html = cell.paragraphs.map((x) => `<p>${x}</p>`).join('');
      const from = p && i + 1 < p.edges.length ? col(p.edges[i]) : (placed[placed.length - 1]?.to ?? 0);
      const to = p && i + 1 < p.edges.length ? Math.max(from + 1, col(p.edges[i + 1])) : from + 1;
      if (p && p.horzMerge[i] >= 2 && placed.length) {
        const before = placed[placed.length - 1];
        before.to = to;
        if (html) before.html += html;
        return;
      }
      placed.push({ html, from, to, rowspan: 1, merged: !!p && p.vertMerge[i] === 1 });
    });
    grid.push(placed);
  }
  // Cells merged with the one above: the cell that opened the merge, in the row before at the same column (itself or
  // through the cells that continue it), spans one more row; with nothing there to continue, a cell is a cell of its own.
  const open = new Map<number, { cell: Placed; row: number }>();
  grid.forEach((placed, y) => {
    for (const c of placed) {
      const above = open.get(c.from);
      if (c.merged && above && above.row === y - 1) {
        above.cell.rowspan++;
        if (c.html) above.cell.html += c.html;
        above.row = y;
        continue;
      }
      c.merged = false;
      open.set(c.from, { cell: c, row: y });
    }
  });
  const body = grid.map((placed) => {
    let x = 0;
    const tds: string[] = [];
    for (const c of placed) {
      if (c.from > x && !tds.length) tds.push(`<td colspan="${c.from - x}"></td>`);
      x = c.to;
      if (c.merged) continue;
      const span = c.to - c.from > 1 ? ` colspan="${c.to - c.from}"` : '';
      const down = c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : '';
      tds.push(`<td${span}${down}>${c.html}</td>`);
    }
    return `<tr>${tds.join('')}</tr>`;
  });
  return `<table>${body.join('')}</table>`;
}
