/**
 * Grid tables whose cells wrap over several lines: pandoc's reStructuredText and Markdown grid tables, and the like —
 *
 *     +--------+------+----+-----+---+
 *     | 一     |      | 8  | 35  | 8 |
 *     | 、本年 |      | 21 |     | 5 |
 *     | 新收政 |      |    |     | 9 |
 *     +--------+------+----+-----+---+
 *
 * A converter lays a wide table out in narrow columns and wraps each cell's text in its column, figures too (821 as
 * 「8」 over 「21」). Read line by line, the row was 「一」 and the figures 8, 35, 8, then 「、本年」 and 21, 5: a label
 * no row has, and figures that are not the report's. Between two borders the lines are one row, each cell what its
 * column holds on them, joined: 「一、本年新收…」, 821, 35, 859.
 *
 * A band is a run of lines between two borders (a border's line, or one that is a border in some of its cells: a
 * cell spanning rows), all cut by 「|」 into as many cells; only a band with a cell over two lines or more, or written
 * on a later line than its first, is joined.
 */
import { lineBounds, unitWidth } from '../text/lines';

/** A cell of a band: which column of the grid it starts at, its text's pieces on the band's lines ([start, end, …]). */
export interface BandCell {
  /** The cell's place on the line as the tokenizer counts pieces: 1 for the first cell after the row's opening 「|」. */
  col: number;
  /** Its text on each line that holds some, trimmed: [start, end, start, end, …] in order. */
  frags: number[];
  /** The cell's stretch of the band's first line, between its separators (a blank cell is read there). */
  start: number;
  end: number;
}

export interface GridBand {
  /** Where the band's first line starts and its last line ends. */
  start: number;
  end: number;
  /** How many lines it has. */
  lines: number;
  cells: BandCell[];
}

/** Longest grid looked at, in lines. */
const MAX_LINES = 5000;

/** The bands of text[from, to) to be read joined, in order; undefined where there are none. */
export function gridBands(text: string, from: number, to: number): GridBand[] | undefined {
  if (!mayHoldGrid(text, from, to)) return undefined;
  const { starts, ends } = lineBounds(text, from, to);
  let out: GridBand[] | undefined;
  const n = starts.length;
  for (let i = 0; i < n; i++) {
    const top = borderColumns(text, starts[i], ends[i]);
    if (!top) continue;
    // The grid: its border, then lines of its rows and of borders as wide as it.
    const columns = new Set(top.cols);
    let j = i + 1;
    for (; j < n && j - i <= MAX_LINES; j++) {
      const b = borderColumns(text, starts[j], ends[j]);
      if (b) {
        if (b.indent !== top.indent || b.width !== top.width) break;
        for (const c of b.cols) columns.add(c);
        continue;
      }
      // (Its width may differ: a converter that counts a CJK character one column misaligns a line's borders.)
      const r = rowSeparators(text, starts[j], ends[j]);
      if (!r || r.indent !== top.indent) break;
    }
    const grid = [...columns].sort((a, b) => a - b);
    // Its bands: runs of row lines between borders, a line that is a border in some cell (a spanning cell beside it) included.
    for (let k = i + 1; k < j; ) {
      if (borderColumns(text, starts[k], ends[k]) || partBorder(text, starts[k], ends[k])) {
        k++;
        continue;
      }
      let e = k;
      while (e < j && !borderColumns(text, starts[e], ends[e]) && !partBorder(text, starts[e], ends[e])) e++;
      // (Closed by a border: lines after the grid's last border — a Markdown table right under it — are no band of it.)
      if (e - k >= 2 && e < j) {
        const band = joinBand(text, starts, ends, k, e, grid);
        if (band) (out ??= []).push(band);
      }
      k = e;
    }
    i = j - 1;
  }
  return out;
}

/** Cheap first test: a border's corner and rule somewhere (most reports have none). */
function mayHoldGrid(text: string, from: number, to: number): boolean {
  for (const two of ['+-', '+=']) {
    const i = text.indexOf(two, from);
    if (i >= 0 && i < to) return true;
  }
  return false;
}

/** A border line 「+----+==+:---+」: its corners' display columns, its indent and its width; undefined for any other line. */
function borderColumns(text: string, a: number, b: number): { cols: number[]; indent: number; width: number } | undefined {
  while (b > a && text.charCodeAt(b - 1) === 0x20) b--;
  let i = a;
  while (i < b && text.charCodeAt(i) === 0x20) i++;
  if (b - i < 3 || text.charCodeAt(i) !== 0x2b || text.charCodeAt(b - 1) !== 0x2b) return undefined;
  const cols: number[] = [];
  let rule = false;
  for (let k = i, col = i - a; k < b; k++, col++) {
    const c = text.charCodeAt(k);
    if (c === 0x2b) cols.push(col);
    else if (c === 0x2d || c === 0x3d || c === 0x3a) rule = true;
    else return undefined;
  }
  return rule && cols.length >= 2 ? { cols, indent: i - a, width: cols[cols.length - 1] - cols[0] } : undefined;
}

/** A row's line 「| a | b |」 (or, with `plus`, a border in some of its cells 「|  +----+」): its separators' display columns and offsets. */
function rowSeparators(text: string, a: number, b: number, plus = true): { cols: number[]; at: number[]; indent: number; width: number } | undefined {
  while (b > a && text.charCodeAt(b - 1) === 0x20) b--;
  let i = a;
  while (i < b && text.charCodeAt(i) === 0x20) i++;
  const first = text.charCodeAt(i);
  const last = text.charCodeAt(b - 1);
  if (b - i < 2 || (first !== 0x7c && (!plus || first !== 0x2b)) || (last !== 0x7c && (!plus || last !== 0x2b))) return undefined;
  const cols: number[] = [];
  const at: number[] = [];
  let col = i - a;
  for (let k = i; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x7c || (plus && c === 0x2b)) {
      cols.push(col);
      at.push(k);
    }
    col += unitWidth(text, k, col);
  }
  return { cols, at, indent: i - a, width: cols[cols.length - 1] - cols[0] };
}

/** A row's line that is a border in some of its cells (「|        +------+-----+」: the cell on the left spans rows). */
function partBorder(text: string, a: number, b: number): boolean {
  for (let k = a; k + 1 < b; k++) {
    const c = text.charCodeAt(k);
    const d = text.charCodeAt(k + 1);
    if ((c === 0x2b && (d === 0x2d || d === 0x3d)) || ((c === 0x2d || c === 0x3d) && d === 0x2b)) return true;
  }
  return false;
}

/** Lines [k, e) as one row: each cell's pieces over them. Undefined where they are not cut alike, or no cell wraps. */
function joinBand(text: string, starts: number[], ends: number[], k: number, e: number, grid: number[]): GridBand | undefined {
  const rows = [];
  for (let l = k; l < e; l++) {
    // (A 「+」 in a cell's words is no separator: the band's lines are cut by 「|」 alone.)
    const r = rowSeparators(text, starts[l], ends[l], false);
    if (!r) return undefined;
    // (Cut into as many cells as the first: pandoc's lines of one row, some misaligned by a CJK character counted one
    // column, are still cut alike.)
    if (rows.length && r.cols.length !== rows[0].cols.length) return undefined;
    rows.push(r);
  }
  const seps = rows[0].cols;
  const cells: BandCell[] = [];
  let wraps = false;
  for (let c = 0; c + 1 < seps.length; c++) {
    const frags: number[] = [];
    for (const r of rows) {
      let s = r.at[c] + 1;
      let t = r.at[c + 1];
      while (s < t && isBlankUnit(text.charCodeAt(s))) s++;
      while (t > s && isBlankUnit(text.charCodeAt(t - 1))) t--;
      if (t > s) frags.push(s, t);
    }
    // (A cell over two lines or more, or one written on a later line than the first: 「0」 under a line of 「0」s, each a
    // cell of its own, was read as another row.)
    if (frags.length > 2 || (frags.length === 2 && frags[0] >= ends[k])) wraps = true;
    const place = grid.indexOf(seps[c]);
    cells.push({ col: (place < 0 ? c : place) + 1, frags, start: rows[0].at[c] + 1, end: rows[0].at[c + 1] });
  }
  return wraps ? { start: starts[k], end: ends[e - 1], lines: e - k, cells } : undefined;
}

const isBlankUnit = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;

