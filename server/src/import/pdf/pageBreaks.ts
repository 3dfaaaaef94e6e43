/**
 * A table a page break cut in two, made one again: the part at the next page's top with the same columns as the part
 * at this page's foot goes on from it (a report's table 三 runs over two or three pages), and a row the break cut — its
 * label's last words, or its figures, at the next page's top — is one row again. Only the page's furniture between them
 * (its number, 「第 3 页」) may stand between the parts; it is kept, after the table. A header the next part repeats
 * (Word's 「重复标题行」) is read once.
 */
import type { GridCell } from './grids';
import { joinLines } from './pdfToHtml';

export interface PdfTable {
  /** The column lines, left to right. */
  xs: number[];
  rows: number;
  cells: (GridCell & { text: string })[];
}

export type Block = { top: number; bottom: number } & ({ kind: 'p'; text: string } | { kind: 'table'; table: PdfTable });

/** How far apart two parts' column lines may be and still be one table's (points). */
const SAME_COLUMN = 4;
/** A line of a page's furniture: its number alone, 「- 3 -」「第 3 页」「3/9」. */
const FURNITURE = /^[\s\-—–－·]*(?:第\s*)?[0-9０-９]{1,4}\s*(?:页|頁)?(?:\s*[/／]\s*(?:共\s*)?[0-9]{1,4}\s*(?:页|頁)?)?[\s\-—–－·]*$/;

export function joinAcrossPages(pages: Block[][]): Block[] {
  const out: Block[] = [];
  for (const page of pages) {
    let i = 0;
    // The previous page's table, when nothing but its furniture followed it.
    let last = out.length - 1;
    while (last >= 0 && out[last].kind === 'p' && FURNITURE.test((out[last] as { text: string }).text)) last--;
    const before = out[last];
    // This page's first table, when nothing but its furniture (a running number at its top) came before it.
    while (i < page.length && page[i].kind === 'p' && FURNITURE.test((page[i] as { text: string }).text)) i++;
    const first = page[i];
    if (before?.kind === 'table' && first?.kind === 'table' && sameColumns(before.table, first.table)) {
      const furniture = out.splice(last + 1);
      out[last] = { ...before, table: join(before.table, withoutRepeatedHeader(before.table, first.table)) };
      out.push(...furniture, ...page.slice(0, i), ...page.slice(i + 1));
    } else out.push(...page);
  }
  return out;
}

function sameColumns(a: PdfTable, b: PdfTable): boolean {
  return a.xs.length === b.xs.length && a.xs.every((x, i) => Math.abs(x - b.xs[i]) <= SAME_COLUMN);
}

/** A row's cells, where they start and what they say: two rows alike are one header written twice. */
const rowKey = (t: PdfTable, r: number) =>
  JSON.stringify(t.cells.filter((c) => c.row === r).map((c) => [c.col, c.colspan, c.rowspan, c.text.replace(/\s+/g, '')]));

/**
 * `b` without the header rows it repeats from `a`'s top (Word's 「重复标题行」: a long table's header drawn again at
 * each page's top) — they were read again in the table's middle, a second header among its rows.
 */
function withoutRepeatedHeader(a: PdfTable, b: PdfTable): PdfTable {
  let k = 0;
  while (k < b.rows - 1 && k < a.rows && rowKey(a, k) === rowKey(b, k) && rowKey(b, k) !== '[]' && b.cells.some((c) => c.row === k && c.text)) k++;
  // (Only whole rows: a cell of the header reaching below them keeps them.)
  if (!k || b.cells.some((c) => c.row < k && c.row + c.rowspan > k)) return b;
  return { xs: b.xs, rows: b.rows - k, cells: b.cells.filter((c) => c.row >= k).map((c) => ({ ...c, row: c.row - k })) };
}

/** A row label's opening: a row of its own, never the words of the one before. */
const OPENS_ROW = /^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[.、．](?![0-9])|总计|總計)/;

/**
 * `b` after `a`. Where the break cut `a`'s last row, `b`'s first row is joined to it, cell into the cell above; and a
 * merged cell the break cut — a group's label, its rows going on over the page, the next part's cell left empty — is
 * one cell again, as on one page.
 */
function join(a: PdfTable, b: PdfTable): PdfTable {
  const cells = a.cells.map((c) => ({ ...c }));
  const cut = cutRow(a, b);
  const shift = cut ? a.rows - 1 : a.rows;
  const reachingEnd = (c: GridCell) => cells.find((d) => d.col === c.col && d.colspan === c.colspan && d.row + d.rowspan === a.rows);
  for (const c of b.cells) {
    if (c.row === 0) {
      const above = reachingEnd(c);
      if (above && (cut || (!c.text && above.text && above.rowspan > 1))) {
        above.text = joinLines(above.text, c.text);
        above.rowspan += c.rowspan - (cut ? 1 : 0);
        continue;
      }
    }
    cells.push({ ...c, row: c.row + shift });
  }
  return { xs: a.xs, rows: a.rows + b.rows - (cut ? 1 : 0), cells };
}

/**
 * Whether the break cut `a`'s last row: each cell of `b`'s first row has one above it reaching `a`'s foot, none names a
 * row of its own, and in no column do both parts hold a figure — one holds the label's end and the other the figures,
 * or both a label's parts.
 */
function cutRow(a: PdfTable, b: PdfTable): boolean {
  const first = b.cells.filter((c) => c.row === 0);
  if (!first.length || first.every((c) => !c.text)) return false;
  const lastRow = a.cells.filter((c) => c.row + c.rowspan === a.rows);
  let filledBoth = false;
  for (const c of first) {
    const above = lastRow.find((d) => d.col === c.col && d.colspan === c.colspan);
    if (!above) return false;
    if (c.text && OPENS_ROW.test(c.text)) return false;
    if (/^[0-9０-９.,，]+$/.test(c.text.trim()) && /^[0-9０-９.,，]+$/.test(above.text.trim())) filledBoth = true;
  }
  return !filledBoth;
}
