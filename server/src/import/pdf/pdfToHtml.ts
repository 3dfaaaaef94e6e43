/**
 * A PDF's pages written as the HTML the page import reads (page/html.ts), the way a .doc's and an RTF's are: a table
 * drawn with rules as a <table>, each piece of text in the cell it stands in, merged cells as one (colspan, rowspan);
 * the rest as paragraphs, the lines a paragraph wrapped at the page's edge joined again. Pure: pages in, HTML out.
 */
import { findGrids } from './grids';
import { withoutUnderlines } from './underlines';
import { middle, type PdfPage, type TextPiece } from './pages';
import { least, most } from './extent';
import { joinAcrossPages, type Block, type PdfTable } from './pageBreaks';
import { goesOnTo, joinCellLines, joinLines, OPENS_ITEM, SENTENCE_END, type Reach } from './prose';
import { displayWidth, isWide } from '../../analysis/reader/text/lines';
import { escapeHtml } from '../word/bodyWriter';

export function pdfToHtml(pages: readonly PdfPage[]): string {
  return blocksToHtml(pages.map(pageBlocks));
}

/** Pages' blocks (pageBlocks), what page breaks cut joined again, as HTML. */
export function blocksToHtml(pages: Block[][]): string {
  const blocks = joinAcrossPages(pages);
  const out: string[] = ['<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'];
  for (const b of blocks) out.push(b.kind === 'p' ? `<p>${escapeHtml(b.text)}</p>` : tableHtml(b.table));
  out.push('</body></html>');
  return out.join('\n');
}

/** A page's tables and paragraphs, top to bottom. */
export function pageBlocks(page: PdfPage): Block[] {
  const grids = findGrids(withoutUnderlines(page.rules, page.pieces));
  const inCells: TextPiece[][][] = grids.map((g) => g.cells.map(() => []));
  const loose: TextPiece[] = [];
  for (const p of page.pieces) {
    const { x: cx, y: cy } = middle(p);
    const g = grids.findIndex((g) => cx >= g.xs[0] && cx <= g.xs[g.xs.length - 1] && cy <= g.ys[0] && cy >= g.ys[g.ys.length - 1]);
    if (g < 0) {
      loose.push(p);
      continue;
    }
    const grid = grids[g];
    const c = Math.min(place(grid.xs, cx), grid.xs.length - 2);
    const r = Math.min(placeDown(grid.ys, cy), grid.ys.length - 2);
    const id = grid.owner[r * (grid.xs.length - 1) + c];
    if (id >= 0) inCells[g][id].push(p);
    else loose.push(p);
  }
  const blocks: Block[] = [];
  grids.forEach((g, i) => {
    if (!inCells[i].some((c) => c.length)) return;
    const table: PdfTable = { xs: g.xs, rows: g.ys.length - 1, cells: g.cells.map((c, k) => ({ ...c, text: lines(inCells[i][k], 0, 0, true).map((l) => l.text).reduce(joinCellLines, '') })) };
    blocks.push({ kind: 'table', top: g.ys[0], bottom: g.ys[g.ys.length - 1], table });
  });
  // (The columns of lines whose pieces stand apart counted from the page's left margin in half its body text's size.)
  const unit = median(loose.map((p) => p.size)) / 2;
  const origin = loose.length ? least(loose, (p) => p.x) : 0;
  for (const para of paragraphs(lines(loose, unit, origin))) blocks.push({ kind: 'p', top: para.top, bottom: para.top, text: para.text, opens: para.opens, goesOn: para.goesOn });
  return blocks.sort((a, b) => b.top - a.top);
}

/** The column a place is in: the last line at or left of it. */
function place(xs: readonly number[], x: number): number {
  let i = 0;
  while (i + 1 < xs.length && xs[i + 1] <= x) i++;
  return i;
}
/** The row a place is in: the last line at or above it (ys falling). */
function placeDown(ys: readonly number[], y: number): number {
  let i = 0;
  while (i + 1 < ys.length && ys[i + 1] >= y) i++;
  return i;
}

function tableHtml(table: PdfTable): string {
  const rows: string[][] = Array.from({ length: table.rows }, () => []);
  for (const c of [...table.cells].sort((a, b) => a.row - b.row || a.col - b.col)) {
    const span = (c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : '') + (c.colspan > 1 ? ` colspan="${c.colspan}"` : '');
    rows[c.row].push(`<td${span}>${escapeHtml(c.text)}</td>`);
  }
  // (Marked as drawn: each of its columns is one the PDF's rules drew, an empty one too — grid.ts.)
  return `<table data-drawn="pdf">${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</table>`;
}

interface Line {
  /** The baseline. */
  y: number;
  size: number;
  left: number;
  right: number;
  text: string;
  /** Whether two of its pieces stand far apart (a table's columns with no rules, a signature's date): no wrapped prose. */
  apart: boolean;
}

/**
 * Where a line's pieces stand apart, the spaces that keep them in their columns: as `pdftotext -layout` writes a table
 * drawn without rules (a report's tab-aligned rows), each piece at its place counted in half a character of the page's
 * text — the table readers place a row's figures, and the blanks between them, by their columns. Written as this mark
 * in the HTML (whose spaces run into one) and made spaces again in the text it gives (pdf.ts).
 */
export const LAYOUT_SPACE = '\u0001';
/** A gap wider than this many of the font's size is a column's, not a word's (a tab's stop, a cell's edge). */
const APART = 0.9;

/** Pieces into lines: a baseline within a third of the font's size of the line's, each line's pieces left to right. */
function lines(pieces: readonly TextPiece[], unit = 0, origin = 0, cell = false): Line[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextPiece[][] = [];
  for (const p of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(g[0].y - p.y) <= Math.max(g[0].size, p.size) * 0.35) g.push(p);
    else groups.push([p]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    // (A piece drawn twice a hair apart — a printer's bold, the text drawn again offset — is read once: 34 was 3434.)
    const g = group.filter((p, i) => !group.slice(Math.max(0, i - 4), i).some((q) => q.s === p.s && Math.abs(q.x - p.x) <= p.size * 0.15 && Math.abs(q.y - p.y) <= p.size * 0.15));
    const size = most(g, (p) => p.size);
    let text = '';
    let end = -Infinity;
    let apart = false;
    for (const p of g) {
      const gap = p.x - end;
      if (text && gap > size * APART) apart = true;
      // (A space where the pieces stand apart and none is written: a cell's figures, words a browser placed apart.)
      if (text && spaced(text, p.s, gap / size, cell)) text += ' ';
      text += p.s;
      end = Math.max(end, p.x + p.w);
    }
    if (apart && unit > 0) {
      // (The same line in its columns: each piece from its place, two spaces at least where it stands apart.)
      let laid = '';
      let at = 0;
      end = -Infinity;
      for (const p of g) {
        const col = Math.round((p.x - origin) / unit);
        const gap = p.x - end;
        const least = !laid ? 0 : gap > size * APART ? 2 : spaced(laid, p.s, gap / size) ? 1 : 0;
        const pad = Math.max(least, col - at);
        laid += LAYOUT_SPACE.repeat(pad) + p.s;
        at += pad + displayWidth(p.s);
        end = Math.max(end, p.x + p.w);
      }
      text = laid;
    }
    // (In a cell, also the spaces pdf.js writes into a piece where its characters stand apart.)
    if (cell) text = text.replace(BETWEEN_IDEOGRAPHS, '');
    return { y: g[0].y, size, left: g[0].x, right: end, text, apart };
  });
}

/**
 * Whether a space stands between two pieces `gap` (in the font's size) apart: where none is written and they stand apart
 * — a cell's figures, a browser's words —, but between two ideographs only where they stand as far apart as columns
 * (Chinese has no spaces between words: a line justified, or a cell's label spread over its width — 「（ 三） 不予 公开」 —,
 * places its characters apart); in a cell, never between two (its columns are the cells').
 */
function spaced(before: string, next: string, gap: number, cell = false): boolean {
  if (gap <= 0.2 || /\s$/.test(before) || /^\s/.test(next)) return false;
  const ideographs = isWide(before.charCodeAt(before.length - 1)) && isWide(next.charCodeAt(0));
  return !ideographs || (!cell && gap > APART);
}
/** Spaces between two ideographs, full-width forms (not digits) or Chinese quotation marks (「危及 “三安全一稳定”」). */
const BETWEEN_IDEOGRAPHS = /(?<=[\u2e80-\u9fff\uf900-\ufaff\uff01-\uff0f\uff1a-\uff60\u2018-\u201d])[ \u3000]+(?=[\u2e80-\u9fff\uf900-\ufaff\uff01-\uff0f\uff1a-\uff60\u2018-\u201d])/g;


/**
 * Lines into paragraphs: a line that reaches the text's right edge goes on in the next when that one starts at the left
 * edge (not indented, as a paragraph's first line is), in the same size, right below it, and opens no heading nor item.
 */
function paragraphs(ls: Line[]): { top: number; text: string; opens: boolean; goesOn: Reach }[] {
  const body = ls.filter((l) => !l.apart);
  // (The edge most full lines reach: one line running past it — a URL, a wide figure — left every other line short of it,
  // and no paragraph was joined, found by a review.)
  const right = edge(body.map((l) => l.right));
  const left = body.length ? least(body, (l) => l.left) : 0;
  const out: { top: number; text: string; opens: boolean; goesOn: Reach }[] = [];
  const reach = (l: Line): Reach => (l.apart ? 0 : l.right >= right - l.size * 1.5 ? 2 : l.right >= right - l.size * 3.5 && !SENTENCE_END.test(l.text) ? 1 : 0);
  const opensLine = (l: Line) => !l.apart && l.left <= left + l.size * 0.6 && !OPENS_ITEM.test(l.text);
  let prev: Line | undefined;
  for (const l of ls) {
    const goesOn = prev && goesOnTo(reach(prev), l.text) && opensLine(l) && Math.abs(l.size - prev.size) < 0.5 && prev.y - l.y <= prev.size * 2.2 && prev.y > l.y;
    if (goesOn) out[out.length - 1].text = joinLines(out[out.length - 1].text, l.text);
    else out.push({ top: l.y + l.size, text: l.text, opens: opensLine(l), goesOn: 0 });
    out[out.length - 1].goesOn = reach(l);
    prev = l;
  }
  return out;
}

/** The right edge of a page's text: where the longest lines but a few end (the 80th percentile; 0 for none). */
function edge(rights: number[]): number {
  if (!rights.length) return 0;
  const s = [...rights].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.8))];
}

/** The middle value (0 for none). */
function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

