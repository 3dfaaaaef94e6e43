/**
 * A Word document's body — paragraphs, and tables whose rows carry their cells' boundaries — written as
 * the HTML the page import reads (html.ts), as mammoth gives a .docx's. Both readers of Word's older
 * formats write through it (doc/docToHtml.ts, rtf/rtfToHtml.ts): they say what they meet in order —
 * text, a paragraph's end in or out of a table, a cell's end, a row's end with its cells' boundaries —
 * and the rows are placed on the table's columns here: a cell as wide as two of the table's columns
 * spans them (colspan), a cell merged with the one above lengthens that one (rowspan).
 */
import { TAB_MARK } from '../marks';
import { MAX_TABLE_CELLS, refuse } from '../limits';

/** A row's cells, as Word's formats give them. */
export interface RowProps {
  /** The cells' boundaries in twips, left to right (one more than the cells). */
  edges: number[];
  /** Per cell: 0 not merged; 1 merged with the cell above; 3 first of cells merged down. */
  vertMerge: number[];
  /** Per cell: 0 not merged; 1 first of cells merged across; 2 merged with the cell before. */
  horzMerge: number[];
}

interface Cell {
  paragraphs: string[];
}
interface Row {
  cells: Cell[];
  props?: RowProps;
}

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export class BodyWriter {
  private out: string[] = [];
  private rows: Row[] = [];
  private cells: Cell[] = [];
  private paragraphs: string[] = [];
  private line = '';
  private tableCells = 0;

  /** Text, as it is (escaped here). */
  text(s: string): void {
    this.line += escapeHtml(s);
  }
  /** Text before the paragraph's own (its list number, known only at its end in a .doc). */
  prefix(s: string): void {
    this.line = escapeHtml(s) + this.line;
  }
  lineBreak(): void {
    this.line += '<br>';
  }
  /** A tab: kept as a tab outside tables (a table laid out with tabs keeps its cells); in a cell, a space. */
  tab(inTable: boolean): void {
    this.line += inTable ? ' ' : TAB_MARK;
  }
  /** Markup as it is, inline (a note's mark, as mammoth writes it). */
  markup(html: string): void {
    this.line += html;
  }
  /** A block of markup after what is written (the notes, as mammoth lists them at the end). */
  block(html: string): void {
    this.endTable();
    this.out.push(html);
  }
  picture(size?: { width: number; height: number }): void {
    this.line += size ? `<img width="${size.width}" height="${size.height}">` : '<img>';
  }
  /** A paragraph's end: outside tables a paragraph; in a table, a line of the cell (nested tables' cells and rows too). */
  endParagraph(inTable: boolean): void {
    if (!inTable) {
      this.endTable();
      this.out.push(`<p>${this.line}</p>`);
    } else if (this.line) this.paragraphs.push(this.line);
    this.line = '';
  }
  endCell(): void {
    if (this.line) this.paragraphs.push(this.line);
    this.line = '';
    this.cells.push({ paragraphs: this.paragraphs });
    this.paragraphs = [];
  }
  endRow(props?: RowProps): void {
    this.rows.push({ cells: this.cells, props });
    this.tableCells += this.cells.length;
    this.cells = [];
    if (this.tableCells > MAX_TABLE_CELLS) refuse('cells');
  }
  finish(): string {
    if (this.cells.length) this.endRow();
    this.endTable();
    this.looseParagraphs();
    if (this.line) this.out.push(`<p>${this.line}</p>`);
    return this.out.join('\n');
  }
  private endTable(): void {
    if (this.rows.length) this.out.push(tableHtml(this.rows));
    this.rows = [];
    this.tableCells = 0;
    this.looseParagraphs();
  }
  /**
   * Paragraphs said to be in a table that no cell took (RTF after a table's last \row with \intbl still on, as web
   * pages' 「下载」 scripts write it): paragraphs after the table. They were carried into the next table's first cell, or
   * lost at the end (found by a review).
   */
  private looseParagraphs(): void {
    if (!this.paragraphs.length || this.cells.length) return;
    for (const p of this.paragraphs) this.out.push(`<p>${p}</p>`);
    this.paragraphs = [];
  }
}

/**
 * A table's HTML: the columns are every cell boundary of its rows (within a few twips, one), each cell
 * spanning the columns between its own; a cell merged with the one above (vertMerge 1) adds a row to
 * the cell it continues; cells merged across (horzMerge 2) are one with the cell before.
 */
function tableHtml(rows: Row[]): string {
  const all: number[] = [];
  let narrowest = Infinity;
  for (const r of rows)
    if (r.props) {
      all.push(...r.props.edges);
      for (let i = 1; i < r.props.edges.length; i++) if (r.props.edges[i] > r.props.edges[i - 1]) narrowest = Math.min(narrowest, r.props.edges[i] - r.props.edges[i - 1]);
    }
  all.sort((a, b) => a - b);
  // Boundaries a hand apart are one: rows whose borders Word left 1–2 mm out of line (40–100 twips) made columns of
  // their own, and a row's figures stood one column off. Up to half the narrowest cell, at most 200 twips (3.5 mm).
  const snap = Math.max(30, Math.min(200, narrowest / 2));
  const columns: number[] = [];
  for (const x of all) if (!columns.length || x - columns[columns.length - 1] > snap) columns.push(x);
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
        // (What a cell merged into the one above holds, Word does not show: it is not read.)
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
