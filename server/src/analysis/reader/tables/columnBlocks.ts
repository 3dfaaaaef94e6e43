/**
 * Table 三 split by its columns into two tables one above the other — the seven figure columns too wide for a
 * portrait page, so Word, a PDF or a site sets 自然人…科研机构 first and 社会公益组织…总计 under them (「续表」), each
 * with the 25 row names. Read as two tables, every row of each said 「应有 7 个数，只读到 3 个」: fifty errors and no
 * figure exported (found by a review). Two such tables, one after the other, whose rows are the same and stand a
 * fixed part of the seven each, are one table: each block's columns those its header names (or, with no names in
 * either, the first block's the first columns), its cells kept where they are written.
 */
import { APP_WIDTH } from '../../form/schema';
import type { ApplicationsTable, Cell, Span, TableRow } from '../../types';
import { norm } from '../text/normalize';
import { NAMES } from './header/applicationColumns';

/** The organisations' group, as the form and as some agencies word it: its 其他 is no column's. */
const GROUPS = ['法人或其他组织', '法人或者其他组织'];

/** The tables as read, two blocks of one table joined; the same array when there are none. */
export function joinColumnBlocks(text: string, tables: ApplicationsTable[]): ApplicationsTable[] {
  if (tables.length < 2) return tables;
  let out: ApplicationsTable[] | undefined;
  for (let i = 0; i < tables.length; i++) {
    const joined = i + 1 < tables.length ? joinTwo(text, tables[i], tables[i + 1]) : undefined;
    if (joined) {
      out ??= tables.slice(0, i);
      out.push(joined);
      i++;
    } else out?.push(tables[i]);
  }
  return out ?? tables;
}

/** How many cells a row has before the ones the reader found missing; -1 if a missing one stands among them. */
function written(r: TableRow): number {
  let n = 0;
  while (n < r.cells.length && r.cells[n].kind !== 'missing') n++;
  for (let k = n; k < r.cells.length; k++) if (r.cells[k].kind !== 'missing') return -1;
  return n;
}

/**
 * The form's columns a block's header names, in the form's order: a header of two rows puts 总计 on the group's row
 * before the organisations' names under it (「法人或其他组织 | 总计」 / 「社会公益组织 | … | 其他」) — read in the order
 * written, 总计 took 社会公益组织's column: wrong figures, seven false totals (found by a review).
 */
function namedColumns(text: string, header: Span | undefined): number[] {
  if (!header) return [];
  let words = norm(text.slice(header.start, header.end));
  for (const g of GROUPS) words = words.split(g).join('');
  return NAMES.flatMap((names, col) => (names.some((n) => words.includes(n)) ? [col] : []));
}

function joinTwo(text: string, a: ApplicationsTable, b: ApplicationsTable): ApplicationsTable | undefined {
  if (a.variant !== b.variant || a.rows.length !== b.rows.length || !a.rows.length || a.glue || b.glue || a.figuresFirst || b.figuresFirst || a.columns || b.columns) return undefined;
  const ka = written(a.rows[0]);
  const kb = written(b.rows[0]);
  if (ka <= 0 || kb <= 0 || ka + kb !== APP_WIDTH) return undefined;
  for (let i = 0; i < a.rows.length; i++) if (a.rows[i].id !== b.rows[i].id || written(a.rows[i]) !== ka || written(b.rows[i]) !== kb) return undefined;
  const ca = namedColumns(text, a.header);
  const cb = namedColumns(text, b.header);
  let cols: number[];
  if (!ca.length && !cb.length) cols = Array.from({ length: APP_WIDTH }, (_, k) => k);
  else {
    cols = [...ca, ...cb];
    if (ca.length !== ka || cb.length !== kb || new Set(cols).size !== APP_WIDTH) return undefined;
  }
  const copy = (c: Cell): Cell => ({ ...c, span: { ...c.span } });
  const rows = a.rows.map((r, i): TableRow => {
    const cells: Cell[] = new Array(APP_WIDTH);
    for (let k = 0; k < ka; k++) cells[cols[k]] = copy(r.cells[k]);
    for (let k = 0; k < kb; k++) cells[cols[ka + k]] = copy(b.rows[i].cells[k]);
    return { ...r, label: { ...r.label }, cells, found: r.found + b.rows[i].found };
  });
  const joined: ApplicationsTable = { ...a, span: { start: a.span.start, end: b.span.end }, rows, groups: [...a.groups, ...b.groups], blocks: [{ ...a.span }, { ...b.span }] };
  if (cols.some((c, k) => c !== k)) joined.columns = cols;
  return joined;
}
