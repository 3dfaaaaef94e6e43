/**
 * The order of table 三's seven figure columns as its header gives them, where the header is a grid
 * that says it for certain (grid.ts): each of the seven names in a cell of its own, counted from the
 * line's end as the figures are, and no two in one place. A table that puts 总计 first, or 法人或其他组织
 * before 自然人, is then read in its own order instead of the form's: its figures went to the wrong
 * columns, with false sums said (found by a review). Anywhere else the form's order is kept.
 */
import type { Span } from '../../../types';
import { headerLines, orderFromLineStarts, orderOfSequence, permutation, placesFromLineEnds } from './grid';

/** The form's columns, in its order, as the fold writes them (one script, no spaces). */
export const NAMES: readonly (readonly string[])[] = [['自然人'], ['商业企业'], ['科研机构'], ['社会公益组织'], ['法律服务机构'], ['其他', '其它'], ['总计', '合计']];
const WIDTH = NAMES.length;

/**
 * The column of the form a cell names, or -1. (With the organisations' group before it too — a two-level header
 * flattened into one line, 「法人或其他组织-商业企业」 — which named nothing: a table that put 总计 first was read in the
 * form's order, its 总计 taken for 自然人, with false row totals said — found by a review.)
 */
const named = (words: string): number => {
  const own = words.length > GROUP.length + 1 && words.startsWith(GROUP) ? words.slice(GROUP.length).replace(FLATTENED, '') : words;
  return NAMES.findIndex((n) => n.includes(own));
};
/** What joins a group's name to its column's in a flattened header: a dash, a slash, a colon, a point. */
const FLATTENED = /^[-－—–_/／:：·・.、|]/;

/**
 * For each figure position of the rows (left to right), the form's column it holds — where the header
 * certainly gives an order other than the form's; undefined where it is the form's or cannot be told.
 */
export function headerOrder(text: string, header: Span): number[] | undefined {
  const mentions = (w: string) => NAMES.some((n) => n.some((x) => w.includes(x)));
  // The header's lines in cells that name a column or the organisations' group, read once.
  const all = headerLines(text, header.start, header.end, (w) => named(w) >= 0 || w === GROUP, mentions);
  if (!all?.length) return undefined;
  // (The grid: the lines that name a column, as many cells each.)
  const naming = all.filter((l) => l.some((w) => named(w) >= 0));
  const grid = naming.length && naming.every((l) => l.length === naming[0].length) ? naming : undefined;
  if (grid && grid.every((l) => l.length === 1)) {
    // (A cell a line: the organisations' group line too, which places them.)
    return all.every((l) => l.length === 1) ? cellPerLineOrder(all.map((l) => l[0])) : undefined;
  }
  // A grid that places every name says the order for certain — the form's too (nothing more to read).
  const placed = grid && grid[0].length >= WIDTH + 1 ? placesFromLineEnds(grid, named, WIDTH) : undefined;
  if (placed) return permutation(placed);
  // Lines that are no grid (their cells' counts differ, or the names stand where no figures are): a spreadsheet's copy that
  // lost a line's closing tab, its names in their places from the line's start; a page's copy of a two-level header
  // without the empty cells under 自然人 and 总计, 「自然人 | 法人或其他组织 | 总计」 over the five organisations, by its names'
  // sequence as a header a cell a line is. (The organisations swapped under the group went to the form's columns:
  // 社会公益组织's 2 exported as 科研机构's — found by a review.)
  const byStart = orderFromLineStarts(all, named, WIDTH);
  if (byStart) return byStart;
  const named2 = all.map((l) => l.filter((w) => named(w) >= 0 || w === GROUP));
  const top = new Set(named2[0]);
  const twoLevel = named2.length === 2 && named2[0].length === 3 && top.has(GROUP) && top.has(NAMES[0][0]) && named2[0].some((w) => named(w) === WIDTH - 1) && named2[1].length === ORGS.length;
  return twoLevel ? cellPerLineOrder(named2.flat()) : undefined;
}

/** The five organisations' group, over their columns. */
const GROUP = '法人或其他组织';
const ORGS = [1, 2, 3, 4, 5];

/**
 * A header written a cell a line (seed 001's layout): its names in the order of its lines. With the
 * organisations' group named, the order is the first level's (自然人, 法人或其他组织, 总计 as they come)
 * with the group standing for its five in theirs — a two-level header read row by row or column by column
 * gives the same. Without it, the names are the columns only where they cannot be a two-level header read
 * row by row (an organisation before 自然人 or 总计); else, as where anything is missing or twice, the
 * form's order is kept.
 */
function cellPerLineOrder(words: readonly string[]): number[] | undefined {
  const seq = words.map((w) => (w === GROUP ? -1 : named(w)));
  if (seq.some((c) => c < -1)) return undefined;
  const group = seq.indexOf(-1);
  const orgs = seq.filter((c) => ORGS.includes(c));
  if (orgs.length !== ORGS.length || new Set(seq).size !== seq.length) return undefined;
  const first = seq.indexOf(orgs[0]);
  // The five together, one after another.
  if (seq.slice(first, first + ORGS.length).join() !== orgs.join()) return undefined;
  let order: number[];
  if (group >= 0) {
    if (seq.length !== WIDTH + 1 || first < group) return undefined;
    order = seq.filter((c) => !ORGS.includes(c)).flatMap((c) => (c === -1 ? orgs : [c]));
  } else {
    if (seq.length !== WIDTH) return undefined;
    const natural = seq.indexOf(0);
    const total = seq.indexOf(6);
    if (first > natural && first > total) return undefined;
    order = seq;
  }
  return orderOfSequence(order, WIDTH);
}
