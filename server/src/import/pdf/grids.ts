/**
 * A page's tables, found from their rules: the lines a table's borders draw, joined where they meet, make a grid; a
 * cell is the space between two column lines and two row lines, and a cell with no line between it and the next is
 * one merged cell with it (colspan, rowspan) — as Word and a browser draw a table 三's merged group labels. Pure: rules
 * in, grids out.
 */
import type { Rule } from './pages';
import { least, most } from './extent';
import { MAX_TABLE_CELLS } from '../limits';

export interface Grid {
  /** The column lines, left to right. */
  xs: number[];
  /** The row lines, top to bottom (y falls). */
  ys: number[];
  /** Each place's cell: the index of the cell covering row r, column c (row-major), or -1 where none. */
  cells: GridCell[];
  owner: Int32Array;
}

export interface GridCell {
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
}

/** How far apart two lines may be and still be one (a border drawn twice, a double border, rounding). */
const NEAR = 2.5;
/** The most tables read on a page. */
const MAX_GRIDS = 100;
/** Lines pairs tested for meeting: above this, a page is a drawing, not a table's borders. */
const MAX_PAIRS = 4_000_000;

export function findGrids(rules: readonly Rule[]): Grid[] {
  const hs = joinCollinear(rules.filter((r) => r.y0 === r.y1), true);
  const vs = joinCollinear(rules.filter((r) => r.x0 === r.x1), false);
  if (hs.length < 2 || vs.length < 2 || hs.length * vs.length > MAX_PAIRS) return [];
  // The lines that meet, joined (union-find over the horizontal lines, then the vertical ones).
  const parent = Array.from({ length: hs.length + vs.length }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (let v = 0; v < vs.length; v++)
    for (let h = 0; h < hs.length; h++) {
      const H = hs[h], V = vs[v];
      if (V.x0 >= H.x0 - NEAR && V.x0 <= H.x1 + NEAR && H.y0 >= V.y0 - NEAR && H.y0 <= V.y1 + NEAR) parent[find(h)] = find(hs.length + v);
    }
  const groups = new Map<number, { hs: Rule[]; vs: Rule[] }>();
  const group = (i: number) => {
    const r = find(i);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = { hs: [], vs: [] }));
    return g;
  };
  hs.forEach((h, i) => group(i).hs.push(h));
  vs.forEach((v, i) => group(hs.length + i).vs.push(v));
  const grids: Grid[] = [];
  for (const g of groups.values()) {
    const grid = gridOf(g.hs, g.vs);
    if (grid) grids.push(grid);
    // (A page of a report holds a few tables; thousands of boxes are a drawing's, and each piece of text would be
    // looked for in each.)
    if (grids.length >= MAX_GRIDS) break;
  }
  return grids;
}

/** Lines of one row (or column) that touch or overlap, as one: Word draws each cell's border on its own. */
function joinCollinear(lines: Rule[], horizontal: boolean): Rule[] {
  const at = (r: Rule) => (horizontal ? r.y0 : r.x0);
  const from = (r: Rule) => (horizontal ? r.x0 : r.y0);
  const to = (r: Rule) => (horizontal ? r.x1 : r.y1);
  const sorted = [...lines].sort((a, b) => at(a) - at(b) || from(a) - from(b));
  // Into rows of lines at one place (within NEAR of the row's first), each row's lines by where they start.
  const out: Rule[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && at(sorted[j]) - at(sorted[i]) <= NEAR) j++;
    const row = sorted.slice(i, j).sort((a, b) => from(a) - from(b));
    const place = row.reduce((s, r) => s + at(r), 0) / row.length;
    // (How far its lines lay from the place they are made one at: a double border's two lines, 1.2 pt apart.)
    const half = row.reduce((m, r) => Math.max(m, Math.abs(at(r) - place)), 0);
    let a = from(row[0]), b = to(row[0]);
    const flush = () => out.push(horizontal ? { x0: a, y0: place, x1: b, y1: place, half } : { x0: place, y0: a, x1: place, y1: b, half });
    for (const r of row.slice(1)) {
      if (from(r) <= b + NEAR) b = Math.max(b, to(r));
      else {
        flush();
        a = from(r);
        b = to(r);
      }
    }
    flush();
    i = j;
  }
  return out;
}

/** Places within NEAR of each other as one (their mean), ascending. */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i, sum = 0;
    while (j < sorted.length && sorted[j] - sorted[i] <= NEAR) sum += sorted[j++];
    out.push(sum / (j - i));
    i = j;
  }
  return out;
}

/** The smallest a row or column is: less is a border drawn twice, not a cell. */
const MIN_CELL = 4;

function gridOf(all: Rule[], vs: Rule[]): Grid | undefined {
  // A row's line runs from a column's line to a column's line, or to where the table's lines end (a table open at its
  // sides); a line that stops short of both is text's — an underline in a cell, which cut every cell of an underlined
  // table in two (Word's and LibreOffice's underlined text, a link's line), and a merged figure was written in both halves.
  const left = least(all, (h) => h.x0), right = most(all, (h) => h.x1);
  // (A column line drawn double meets a row line that reaches its inner line: Word's .doc through LibreOffice draws each
  // border twice, 1.2 pt apart, and the rows stopped 2.55 pt from the two lines' middle — no row line met, a whole table 三
  // one cell, its figures glued into runs of thirteen digits: found by a review.)
  const meets = (x: number, y: number) => Math.abs(x - left) <= NEAR || Math.abs(x - right) <= NEAR || vs.some((v) => Math.abs(v.x0 - x) <= NEAR + (v.half ?? 0) && y >= v.y0 - NEAR && y <= v.y1 + NEAR);
  const hs = all.filter((h) => meets(h.x0, h.y0) && meets(h.x1, h.y0));
  if (hs.length < 2 || vs.length < 2) return undefined;
  // (A table with no outer side lines — open at left and right, as many reports draw table 三 — has its sides where its
  // row lines end.)
  const xs = cluster([...vs.map((v) => v.x0), least(hs, (h) => h.x0), most(hs, (h) => h.x1)]);
  const ys = cluster([...hs.map((h) => h.y0), least(vs, (v) => v.y0), most(vs, (v) => v.y1)]).reverse();
  const X = dropNarrow(xs);
  const Y = dropNarrow(ys.map((y) => -y)).map((y) => -y);
  const cols = X.length - 1, rows = Y.length - 1;
  // (A grid of more places than any report's table — a drawing's hatching — is not read as one.)
  if (cols < 1 || rows < 1 || rows * cols > MAX_TABLE_CELLS) return undefined;
  // A line between two places: at the place's line, across the middle of the cell's side.
  // Each line is the grid line nearest it: lines a few points out of line with the others (rows drawn 1–2 mm apart), made
  // one grid line, still part its cells — a line within NEAR only, of the one kept, lost the rest's borders, and their
  // cells were merged, two figures in one (found by a review).
  // (Each grid line's own lines, looked up by it: every line for every place was a second a page on a grid of thousands.)
  const vOf: Rule[][] = X.map(() => []);
  const hOf: Rule[][] = Y.map(() => []);
  for (const v of vs) vOf[nearest(X, v.x0)]?.push(v);
  for (const h of hs) hOf[nearest(Y, h.y0)]?.push(h);
  const vLine = (c: number, r: number) => c === 0 || c === cols || vOf[c].some((v) => v.y0 - NEAR <= (Y[r] + Y[r + 1]) / 2 && v.y1 + NEAR >= (Y[r] + Y[r + 1]) / 2);
  const hLine = (r: number, c: number) => r === 0 || r === rows || hOf[r].some((h) => h.x0 - NEAR <= (X[c] + X[c + 1]) / 2 && h.x1 + NEAR >= (X[c] + X[c + 1]) / 2);
  // (A table of one cell is a box drawn round a paragraph — a title's frame, a seal's — not a table.)
  if (rows * cols < 2) return undefined;
  const owner = new Int32Array(rows * cols).fill(-1);
  const spanGoesOn = (r: number, c: number, colspan: number) => {
    for (let k = 0; k < colspan; k++) if (owner[r * cols + c + k] >= 0 || hLine(r, c + k)) return false;
    return true;
  };
  const cells: GridCell[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      if (owner[r * cols + c] >= 0) continue;
      let colspan = 1;
      while (c + colspan < cols && owner[r * cols + c + colspan] < 0 && !vLine(c + colspan, r)) colspan++;
      let rowspan = 1;
      while (r + rowspan < rows && spanGoesOn(r + rowspan, c, colspan)) rowspan++;
      const id = cells.length;
      cells.push({ row: r, col: c, rowspan, colspan });
      for (let i = 0; i < rowspan; i++) for (let k = 0; k < colspan; k++) owner[(r + i) * cols + c + k] = id;
    }
  return { xs: X, ys: Y, cells, owner };
}

/** The index of the place nearest `x`, or -1 where none is within a cell's least width and a line's slack. */
function nearest(places: readonly number[], x: number): number {
  let best = -1;
  for (let i = 0; i < places.length; i++) if (Math.abs(places[i] - x) <= MIN_CELL + NEAR && (best < 0 || Math.abs(places[i] - x) < Math.abs(places[best] - x))) best = i;
  return best;
}

/** Lines closer than MIN_CELL to the one before as one with it (ascending places). */
function dropNarrow(places: number[]): number[] {
  const out: number[] = [];
  for (const p of places) if (!out.length || p - out[out.length - 1] >= MIN_CELL) out.push(p);
  return out;
}
