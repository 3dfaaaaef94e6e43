/**
 * Tables as grids of cell texts, and writing a grid back as text in any layout. Shared by the
 * table-missing fix (the official empty table, in the layout the document already uses) and by
 * the table formatter (the document's own labels and figures, aligned).
 */
import type { Span } from '../types';
import { norm } from '../reader/text/normalize';

export type Layout = 'pipe' | 'cellPerLine' | 'tabs' | 'markdown' | 'spaces';
export type { Grid } from '../types';
import type { Grid } from '../types';
import { displayWidth, isWide } from '../reader/text/lines';
export { displayWidth };

/** How many wide (CJK, full-width) and narrow characters a text has (a surrogate pair is one character). */
export function widthCounts(s: string): { wide: number; narrow: number } {
  const wide = countWide(s);
  return { wide, narrow: narrowFound };
}

/** The narrow count of the last `countWide` (its wide count is what it returns): no object per cell. */
let narrowFound = 0;
function countWide(s: string): number {
  let wide = 0;
  let narrow = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (isWide(c)) wide++;
    else narrow++;
  }
  narrowFound = narrow;
  return wide;
}

/** Header words that stand over several columns in the form, and over how many. */
const SPANNING: Record<string, number> = { 申请人情况: 7, 法人或其他组织: 5, 行政复议: 5, 行政法复议: 5, 行政诉讼: 10, 未经复议直接起诉: 5, 复议后起诉: 5 };

/** A cell of a rendered row and the columns it stands over: [from, to); its wide and narrow characters. */
interface Segment {
  text: string;
  from: number;
  to: number;
  wide: number;
  narrow: number;
}
const segment = (text: string, from: number, to: number): Segment => {
  const wide = countWide(text);
  return { text, from, to, wide, narrow: narrowFound };
};

/**
 * The cells of a row as written: a header word of the form that stands over several columns takes
 * the empty cells after it (申请人情况 over the seven figure columns, 行政诉讼 over ten), and a row
 * shorter than the table (a group label, a block of table 二 with fewer columns) ends in one cell
 * over the rest. A cell the row has, even an empty one (a blank figure), is never merged away.
 */
function segments(row: readonly string[], width: number, merge: boolean): Segment[] {
  if (!merge) return Array.from({ length: width }, (_, i) => segment(row[i] ?? '', i, i + 1));
  const out: Segment[] = [];
  for (let i = 0; i < width; ) {
    if (i >= row.length && out.length) {
      out[out.length - 1].to = width;
      break;
    }
    let to = i + 1;
    const span = SPANNING[norm(row[i] ?? '')];
    if (span) while (to < Math.min(width, i + span) && to < row.length && row[to] === '') to++;
    out.push(segment(row[i] ?? '', i, to));
    i = to;
  }
  return out;
}

/**
 * Pipe rows whose separators line up in any monospace font. Every column is given a number of wide
 * characters (CJK, full-width) and a number of narrow ones, the most any of its cells has; a cell is
 * padded to both, with U+3000 (ideographic space, drawn as wide as a CJK character) for the wide ones
 * and spaces for the narrow ones. So a separator comes after the same wide and narrow characters on
 * every row, and the rows line up in VS Code's default font (a Latin monospace font whose CJK fallback
 * draws them about 1.66 times as wide) as well as in a CJK monospace font (exactly twice) — counting a
 * CJK character as two columns holds only in the latter. A cell over several columns is padded to
 * their width and the separators between them; the last column widens if it does not fit. Markdown
 * keeps every cell in its own column (`merge` off): GitHub wants as many cells as the header row.
 */
function alignedRows(grid: readonly (readonly string[])[], width: number, merge: boolean): string[][] {
  const rows = grid.map((r) => segments(r, width, merge));
  const wide = Array<number>(width).fill(0);
  const narrow = Array<number>(width).fill(0);
  for (const r of rows) for (const s of r) if (s.to - s.from === 1) {
    wide[s.from] = Math.max(wide[s.from], s.wide);
    narrow[s.from] = Math.max(narrow[s.from], s.narrow);
  }
  // An empty column is one space wide, so that its separators do not touch.
  for (let i = 0; i < width; i++) if (!wide[i] && !narrow[i]) narrow[i] = 1;
  const sum = (a: number[], s: Segment) => {
    let n = 0;
    for (let i = s.from; i < s.to; i++) n += a[i];
    return n;
  };
  for (const r of rows) for (const s of r) if (s.to - s.from > 1) {
    wide[s.to - 1] += Math.max(0, s.wide - sum(wide, s));
    narrow[s.to - 1] += Math.max(0, s.narrow - sum(narrow, s) - 3 * (s.to - s.from - 1));
  }
  return rows.map((r) => r.map((s) => s.text + '\u3000'.repeat(sum(wide, s) - s.wide) + ' '.repeat(sum(narrow, s) + 3 * (s.to - s.from - 1) - s.narrow)));
}

/** A Markdown delimiter cell as wide as a padded column: hyphens only (GitHub accepts nothing else). */
function ruleCell(cell: string): string {
  return '-'.repeat(displayWidth(cell) + 2);
}

export interface RenderOptions {
  eol: string;
  /** Pad every column to its widest cell (display width). */
  align?: boolean;
  /** For pipe rows: also open each row with a pipe. */
  leadingPipe?: boolean;
  /** Rows written as given instead of as cells (index → text). */
  verbatim?: ReadonlyMap<number, string>;
}

export function renderGrid(grid: Grid, layout: Layout, o: RenderOptions): string {
  if (o.verbatim?.size) {
    // The verbatim rows take no part in the alignment: render the others, then put them back in place.
    const kept = grid.filter((_, i) => !o.verbatim!.has(i));
    const lines = kept.length ? renderGrid(kept, layout, { ...o, verbatim: undefined }).split(o.eol) : [];
    const rule = layout === 'markdown' && lines.length > 1 ? lines.splice(1, 1)[0] : undefined;
    const out: string[] = [];
    let k = 0;
    grid.forEach((_, i) => out.push(o.verbatim!.has(i) ? o.verbatim!.get(i)! : lines[k++]));
    if (rule !== undefined) out.splice(1, 0, rule);
    return out.join(o.eol);
  }
  const width = Math.max(...grid.map((r) => r.length));
  const rows = grid.map((r) => [...r, ...Array(width - r.length).fill('')]);
  switch (layout) {
    case 'markdown': {
      const cells = o.align ? alignedRows(grid, width, false) : rows;
      const line = (r: string[]) => '| ' + r.join(' | ') + ' |';
      const rule = '|' + (o.align ? cells[0].map(ruleCell) : rows[0].map(() => '---')).join('|') + '|';
      return [line(cells[0]), rule, ...cells.slice(1).map(line)].join(o.eol);
    }
    case 'pipe': {
      // Unaligned rows drop the spaces of empty trailing cells; aligned rows keep every column's width.
      const padded = o.align ? alignedRows(grid, width, true) : undefined;
      return rows.map((r, y) => (o.leadingPipe ? '| ' : '') + (padded ? padded[y].join(' | ') : r.join(' | ').replace(/\s+$/, '')) + ' |').join(o.eol);
    }
    case 'tabs':
      return rows.map((r) => r.join('\t')).join(o.eol);
    case 'spaces':
      return rows.map((r) => r.filter((c) => c !== '').join(' ')).join(o.eol);
    case 'cellPerLine':
      return rows.flatMap((r) => r.filter((c) => c !== '').map((c) => c + ' |')).join(o.eol);
  }
}

const MD_RULE = /^\s*\|?\s*:?-{2,}:?\s*\|/m;

/** The layout of the table in text[span]. */
export function detectLayout(text: string, span: Span): Layout {
  const lines = text.slice(span.start, span.end).split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  if (!lines.length) return 'pipe';
  const tabs = lines.filter((l) => l.includes('\t')).length;
  const pipes = lines.filter((l) => /[|｜]/.test(l)).length;
  if (tabs > pipes) return 'tabs';
  if (pipes === 0) return 'spaces';
  if (MD_RULE.test(text.slice(span.start, Math.min(text.length, span.end + 200)))) return 'markdown';
  const single = lines.filter((l) => l.replace(/[|｜]\s*$/, '').split(/[|｜]/).filter((c) => c.trim() !== '').length <= 1).length;
  return single > lines.length * 0.8 ? 'cellPerLine' : 'pipe';
}
