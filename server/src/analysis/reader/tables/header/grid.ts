/**
 * A table's header as a grid of cells, where the text says it for certain: every header line that names
 * a column writes it in cells (pipes, tabs) and has as many cells as the others — a grid that kept its
 * merged cells as empty ones (Markdown, a spreadsheet's copy, a page's table as the importer writes it).
 * Only such a header says which figure column is which; a page whose copy dropped the merged cells, a
 * PDF's text or glued figures say nothing of it, and the form's order is kept (applicationColumns.ts,
 * reviewColumns.ts, activeColumns.ts read the order from the grid).
 */
import { foldChars } from '../../text/normalize';

const SEPARATOR = /[|｜│┃\t]/;
/** A line that ends with a border (a pipe, spaces after it). */
const BORDER_END = /[|｜│┃][ \u3000]*$/;

/** A cell's words as the fold writes them (one script, one width, no spaces), Markdown's emphasis marks dropped. */
export const cellWords = (cell: string): string => foldChars(cell).s.replace(/[*_]/g, '');

/**
 * The header lines of text[from, to) (whole lines) that name a column, each as its cells' words; undefined
 * where the header is not a grid that says so for certain: a line names a column outside cells
 * (`mentions` its words), or the lines that name one differ in their number of cells.
 */
export function headerGrid(text: string, from: number, to: number, names: (words: string) => boolean, mentions: (words: string) => boolean): string[][] | undefined {
  const lines = headerLines(text, from, to, names, mentions);
  return lines?.length && lines.every((l) => l.length === lines[0].length) ? lines : undefined;
}

/**
 * The header's lines in cells that name a column, each as its cells' words — also for a header whose lines are no grid
 * (a line's empty cells dropped: a page's copy that left out those under a merged one, a spreadsheet's copy that lost a
 * line's closing tab), where only each name's place on its own line is known. Undefined where a line names a column
 * outside cells.
 */
export function headerLines(text: string, from: number, to: number, names: (words: string) => boolean, mentions: (words: string) => boolean): string[][] | undefined {
  while (from > 0 && text[from - 1] !== '\n') from--;
  while (to < text.length && text[to] !== '\n' && text[to] !== '\r') to++;
  const lines: string[][] = [];
  for (const line of text.slice(from, to).split(/\r?\n/)) {
    if (!SEPARATOR.test(line)) {
      // A line of words (申请人情况, a note) names no column in a cell; one that names one outside cells says nothing certain.
      if (mentions(foldChars(line).s)) return undefined;
      continue;
    }
    const parts = line.split(SEPARATOR);
    // (A closing border is no cell: 「| a | b |」. A tab closing a line is one: a spreadsheet's copy ends
    // a header line with its merged cells' empty ones, 「总计⇥自然人⇥法人或其他组织⇥⇥⇥⇥」.)
    if (parts.length > 1 && parts[parts.length - 1].trim() === '' && BORDER_END.test(line)) parts.pop();
    const words = parts.map(cellWords);
    if (words.some(names)) lines.push(words);
  }
  return lines;
}

/**
 * The order of `width` columns named in lines of different lengths, each name by its place from the line's start (a
 * spreadsheet's copy: the lines' empty cells kept before the names, only the last ones lost): certain only where every
 * column is named once and their places are `width` in a row, one after another. Undefined otherwise, or where the
 * order is the form's.
 */
export function orderFromLineStarts(lines: readonly (readonly string[])[], named: (words: string) => number, width: number): number[] | undefined {
  const at = namePlaces(lines, named, width, (i) => i);
  if (!at || Math.max(...at) - Math.min(...at) !== width - 1) return undefined;
  const first = Math.min(...at);
  return permutation(at.map((p) => p - first));
}

/**
 * The order the grid's lines give `width` figure columns, each name counted from its line's end as a row's
 * figures are: for each figure position, the form's column (`named`: a cell's column, or -1). Undefined
 * where a name stands beyond the figures, a column is named twice or not at all, two share a place, or the
 * order is the form's.
 */
export function orderFromLineEnds(lines: readonly (readonly string[])[], named: (words: string) => number, width: number): number[] | undefined {
  const at = placesFromLineEnds(lines, named, width);
  return at && permutation(at);
}

/** Where each of the form's columns stands by the grid's lines counted from their ends (`at[column]`); undefined where it cannot be told. */
export function placesFromLineEnds(lines: readonly (readonly string[])[], named: (words: string) => number, width: number): number[] | undefined {
  // (Counted from the line's end as a row's figures are; a name beyond the figures says nothing certain.)
  return namePlaces(lines, named, width, (i, n) => (n - 1 - i < width ? width - n + i : undefined));
}

/**
 * Where each of `width` columns is named (`at[column]`, the place `place` gives a name at cell i of a line of n cells):
 * undefined where a place is none, a column is named twice or not at all, or two share a place.
 */
function namePlaces(lines: readonly (readonly string[])[], named: (words: string) => number, width: number, place: (i: number, n: number) => number | undefined): number[] | undefined {
  const at: number[] = new Array(width).fill(-1);
  for (const cells of lines) {
    for (let i = 0; i < cells.length; i++) {
      const column = named(cells[i]);
      if (column < 0) continue;
      const p = place(i, cells.length);
      if (p === undefined || at[column] >= 0) return undefined;
      at[column] = p;
    }
  }
  return at.some((p) => p < 0) || new Set(at).size !== width ? undefined : at;
}

/** The order of columns named one after another (`seq[position]` = the form's column), or undefined where it is the form's. */
export function orderOfSequence(seq: readonly number[], width: number): number[] | undefined {
  const at: number[] = new Array(width).fill(-1);
  seq.forEach((column, position) => (at[column] = position));
  return at.some((p) => p < 0) ? undefined : permutation(at);
}

/**
 * The order from where each of the form's columns stands (`at[column]` = its position): undefined when
 * it is the form's own.
 */
export function permutation(at: readonly number[]): number[] | undefined {
  if (at.every((p, column) => p === column)) return undefined;
  const order: number[] = new Array(at.length);
  at.forEach((position, column) => (order[position] = column));
  return order;
}
