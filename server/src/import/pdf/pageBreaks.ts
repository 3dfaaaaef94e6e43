/**
 * A table a page break cut in two, made one again: the part at the next page's top with the same columns as the part
 * at this page's foot goes on from it (a report's table 三 runs over two or three pages), and a row the break cut — its
 * label's last words, or its figures, at the next page's top — is one row again. Only the page's furniture between them
 * (its number, 「第 3 页」) may stand between the parts; it is kept, after the table. A header the next part repeats
 * (Word's 「重复标题行」) is read once.
 */
import type { GridCell } from './grids';
import { goesOnTo, joinCellLines, joinLines, OPENS_ITEM, type Reach } from './prose';

export interface PdfTable {
  /** The column lines, left to right. */
  xs: number[];
  rows: number;
  cells: (GridCell & { text: string })[];
}

/**
 * A page's block: a table, or a paragraph — with whether its first line could go on from the page before's (at the
 * left edge, no heading's nor item's opening) and whether its last line goes on (at the right edge, no sentence's end).
 */
export type Block = { top: number; bottom: number } & ({ kind: 'p'; text: string; opens?: boolean; goesOn?: Reach } | { kind: 'table'; table: PdfTable });

/** Cells of a table joined over pages past which the next page's part is a table of its own (a report's has hundreds). */
const MAX_JOINED_CELLS = 20_000;
/** How far apart two parts' column lines may be and still be one table's (points). */
const SAME_COLUMN = 4;
/** A line of a page's furniture: its number alone, 「- 3 -」「第 3 页」「3/9」. */
const FURNITURE = /^[\s\-—–－·]*(?:第\s*)?[0-9０-９]{1,4}\s*(?:页|頁)?(?:\s*[/／,，]?\s*(?:共\s*)?[0-9０-９]{1,4}\s*(?:页|頁)?)?[\s\-—–－·]*$|^\s*page\s*\d+(?:\s*of\s*\d+)?\s*$/i;

export function joinAcrossPages(pages: Block[][]): Block[] {
  const out: Block[] = [];
  const running = runningLines(pages);
  const seen = new Set<string>();
  for (const all of pages) {
    // (A running header or footer — the report's title at each page's top — once, where it first stands.)
    const page = all.filter((b, k) => {
      if (b.kind !== 'p' || (k !== 0 && k !== all.length - 1)) return true;
      // (A browser's print margins — 「12/7/26, 10:38 AM   2019年…年度报告」 at a page's top, 「file:///…/报告.html   1/5」 at
      // its foot — are none of the report's: the first kept, its time was taken for the agency, 「AM」 (found by a review).)
      if (browserMargin(b.text.replace(/\u0001/g, ' ').trim())) return false;
      if (!running.has(pageless(b.text))) return true;
      if (seen.has(pageless(b.text))) return false;
      seen.add(pageless(b.text));
      return true;
    });
    // (A page's number, or a running line kept where it first stood, between the parts.)
    const furniture = (b: Block) => b.kind === 'p' && (FURNITURE.test(b.text) || running.has(pageless(b.text)));
    let i = 0;
    // The previous page's table, when nothing but its furniture followed it.
    let last = out.length - 1;
    while (last >= 0 && furniture(out[last])) last--;
    const before = out[last];
    // This page's first table, when nothing but its furniture (a running number at its top) came before it.
    while (i < page.length && furniture(page[i])) i++;
    const first = page[i];
    // A paragraph the break cut: its last line at the right edge, the next page's first at the left.
    if (before?.kind === 'p' && first?.kind === 'p' && goesOnTo(before.goesOn ?? 0, first.text) && first.opens) {
      const furniture = out.splice(last + 1);
      out[last] = { ...before, text: joinLines(before.text, first.text), goesOn: first.goesOn };
      out.push(...furniture, ...page.slice(0, i), ...page.slice(i + 1));
    } else if (before?.kind === 'table' && first?.kind === 'table' && before.table.cells.length < MAX_JOINED_CELLS && alignColumns(before.table, first.table)) {
      const furniture = out.splice(last + 1);
      out[last] = { ...before, table: join(before.table, withoutRepeatedHeader(before.table, first.table)) };
      out.push(...furniture, ...page.slice(0, i), ...page.slice(i + 1));
    } else out.push(...page);
  }
  return out;
}

/**
 * What a browser prints in a page's margins: the date and time (and the page's title), or its address and 「n/N」 — read
 * with the columns' marks as spaces (pdfToHtml.ts LAYOUT_SPACE, \u0001).
 */
const BROWSER_HEAD = /^\d{1,4}\/\d{1,2}\/\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?(?:\s+(.*))?$/;
const BROWSER_FOOT = /^(?:file|https?):\/\/\S+\s+\d{1,4}\s*\/\s*\d{1,4}$/;
/**
 * Whether a page's first or last line is a browser's margin: its date (with 「/」, as a browser writes it) and time, then
 * at most the page's title — no sentence (「2023.3.15 09:30 本机关召开…，新收申请10000件」 opening a page is the report's:
 * dropped by a first version, a real warning went with it, found by a review) —, or its address and 「n/N」.
 */
function browserMargin(t: string): boolean {
  const head = BROWSER_HEAD.exec(t);
  if (head) return !head[1] || (head[1].length <= RUNNING_MAX * 2 && !/[，。；,;：:]/.test(head[1]));
  return BROWSER_FOOT.test(t);
}

/** A line with its figures as one mark: a running footer's 「第 3 页」 is each page's alike. */
const pageless = (t: string) => t.replace(/[0-9０-９]+/g, '#').replace(/\s+/g, '');
/** The most characters of a running header's line: longer is the report's text. */
const RUNNING_MAX = 60;

/** Lines standing first or last on pages, alike but for their figures: running heads and feet. */
function runningLines(pages: Block[][]): Set<string> {
  const count = new Map<string, number>();
  for (const page of pages) {
    const ends = new Set<string>();
    for (const b of [page[0], page[page.length - 1]]) if (b?.kind === 'p' && b.text.trim().length <= RUNNING_MAX) ends.add(pageless(b.text));
    for (const t of ends) count.set(t, (count.get(t) ?? 0) + 1);
  }
  // (On three pages at least, and half of them; no sentence: a 「无。」 ending two pages of a short report is no footer.)
  return new Set([...count].filter(([t, n]) => t && n >= 3 && n * 2 >= pages.length && !/[。；;]$/.test(t)).map(([t]) => t));
}

function sameColumns(a: PdfTable, b: PdfTable): boolean {
  return a.xs.length === b.xs.length && a.xs.every((x, i) => Math.abs(x - b.xs[i]) <= SAME_COLUMN);
}

/** Whether each of `a`'s column lines is one of `b`'s. */
function linesWithin(a: readonly number[], b: readonly number[]): boolean {
  return a.every((x) => b.some((y) => Math.abs(x - y) <= SAME_COLUMN));
}

/**
 * Whether two parts a page break made are one table's columns, and if so both put on the same column lines, in place: the
 * same lines, or one part's lines all the other's, with more between — table 三's rows on one page without the column its
 * sub-items' rows have on the next (「1.属于国家秘密」), a merged cell hiding the line. The part with fewer lines has its
 * cells re-counted on the other's. (They were two tables: a figure a break cut, 「22」 at a page's foot and 「95」 at the
 * next one's top, was read as 22 — found by a review of LibreOffice's PDFs.)
 */
function alignColumns(a: PdfTable, b: PdfTable): boolean {
  if (sameColumns(a, b)) return true;
  const edges = (t: PdfTable) => [t.xs[0], t.xs[t.xs.length - 1]];
  const [a0, a1] = edges(a);
  const [b0, b1] = edges(b);
  if (Math.abs(a0 - b0) > SAME_COLUMN || Math.abs(a1 - b1) > SAME_COLUMN) return false;
  if (linesWithin(a.xs, b.xs)) recount(a, b.xs);
  else if (linesWithin(b.xs, a.xs)) recount(b, a.xs);
  else return false;
  return true;
}

/** `t`'s cells counted on column lines `xs`, which hold all of its own. */
function recount(t: PdfTable, xs: number[]): void {
  const at = (x: number) => {
    let best = 0;
    for (let i = 1; i < xs.length; i++) if (Math.abs(xs[i] - x) < Math.abs(xs[best] - x)) best = i;
    return best;
  };
  const map = t.xs.map(at);
  for (const c of t.cells) {
    const col = map[c.col];
    c.colspan = map[c.col + c.colspan] - col;
    c.col = col;
  }
  t.xs = xs;
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

/** A row label's opening — an item's, or 总计 —: a row of its own, never the words of the one before. */
// (Or a block title of table 二, 「第二十条第（六）项」 at the next page's top, a row of no figure: glued to the row above,
// 「行政许可第二十条第（六）项」, and 行政许可 said missing — found by a review of LibreOffice's PDFs.)
const OPENS_ROW = (t: string) => OPENS_ITEM.test(t) || /^\s*(?:总计|總計|第二十[条條]第)/.test(t);

/**
 * `b` after `a`. Where the break cut `a`'s last row, `b`'s first row is joined to it, cell into the cell above; and a
 * merged cell the break cut — a group's label, its rows going on over the page, the next part's cell left empty — is
 * one cell again, as on one page.
 */
function join(a: PdfTable, b: PdfTable): PdfTable {
  // (The table so far is this join's own: added to in place — copied at each page, a table over hundreds of pages took
  // seconds.)
  const cells = a.cells;
  const cut = cutRow(a, b);
  const shift = cut ? a.rows - 1 : a.rows;
  const reachingEnd = (c: GridCell) => cells.find((d) => d.col === c.col && d.colspan === c.colspan && d.row + d.rowspan === a.rows);
  for (const c of b.cells) {
    if (c.row === 0) {
      const above = reachingEnd(c);
      if (above && (cut || (!c.text && above.text && above.rowspan > 1))) {
        above.text = joinCellLines(above.text, c.text);
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
 * row of its own, in no column do both parts hold a figure, and in some column one part holds text and the other none —
 * a row cut leaves its label's end, or its figures, on one side only. Two whole rows are not one: a header row and the
 * row of figures under it (table 四), a header and a row 「规章 | 3 | 1 | 27」 (table 二) — they were glued into one,
 * 「信息内容规章」, and the table said to lack its figures (found by a review).
 */
function cutRow(a: PdfTable, b: PdfTable): boolean {
  const first = b.cells.filter((c) => c.row === 0);
  if (!first.length || first.every((c) => !c.text)) return false;
  const lastRow = a.cells.filter((c) => c.row + c.rowspan === a.rows);
  /** The cell of the last row over a cell of the first (the same columns). */
  const aboveOf = (c: GridCell) => lastRow.find((d) => d.col === c.col && d.colspan === c.colspan);
  const figure = (t: string) => /^[0-9０-９.,，]+$/.test(t.trim());
  let oneSided = false;
  // (A row with no blank is a whole row: a cut leaves some of its cells on the other page — the next table's header under a
  // row whose figure was blank was glued to it, found by a review.)
  if (first.every((c) => c.text.trim())) return false;
  // A figure under a figure is a figure a narrow cell wrapped, cut by the break (「22」 / 「95」, 2295), only where the row's
  // label stayed above — a cell blank under words — and no words below start a row of their own: every cell of words
  // below goes on from one above that spans the rows after it (a group's 「三、本年」 / 「度办理结果」).
  const labelAbove = first.some((c) => {
    const words = aboveOf(c)?.text ?? '';
    return !c.text.trim() && !!words.trim() && !figure(words);
  });
  const wrapped = labelAbove && first.every((c) => !c.text.trim() || figure(c.text) || c.rowspan > 1);
  // A row's label below, its figures above — a cell blank over it, no figure below, and nothing else below but a group's
  // cell going on: the row's label wrapped in its cell set lower than its figures (「（二）部分公开（区分处理的…）」 over four
  // lines, the figures at the page's foot in a row with no label, found by a review of LibreOffice's PDFs).
  const labels = first.filter((c) => c.text.trim() && !figure(c.text) && !aboveOf(c)?.text.trim());
  const labelBelow = labels.length === 1 && lastRow.some((d) => figure(d.text)) && first.every((c) => c === labels[0] || !c.text.trim() || (c.rowspan > 1 && !figure(c.text)));
  for (const c of first) {
    const above = aboveOf(c);
    if (!above) return false;
    if (c.text && OPENS_ROW(c.text) && !(labelBelow && c === labels[0])) return false;
    if (figure(c.text) && figure(above.text) && !wrapped) return false;
    // (Words under a figure: a header's, not a figure's column cut.)
    if (c.text.trim() && !figure(c.text) && figure(above.text)) return false;
    if (!c.text.trim() !== !above.text.trim()) oneSided = true;
  }
  // (Figures under a row of words alone is a row under its header.)
  const words = (cells: { text: string }[]) => cells.some((c) => c.text.trim()) && cells.every((c) => !c.text.trim() || !figure(c.text));
  if (words(lastRow) && first.some((c) => figure(c.text))) return false;
  return oneSided;
}
