/**
 * The key figures of each table, as plain data for hovers, code lenses and the CLI. A figure is
 * undefined when a cell it needs is masked, invalid or missing: a summary never guesses.
 */
import { APP_TOTAL_COL, APP_WIDTH, appRowIds, REVIEW_COLUMNS, REVIEW_GROUPS, REVIEW_WIDTH } from '../form/schema';
import type { ApplicationsTable, Cell, ReviewTable, TableRow } from '../types';
import { outOfShape } from '../reader/tables/fitRow';

export function figure(c: Cell | undefined): number | undefined {
  if (!c) return undefined;
  if (c.kind === 'number') return c.value;
  if (c.kind === 'blank' || c.kind === 'none') return 0;
  return undefined;
}
/**
 * Whether a row's figures are its own, each in its column: a row with more figures after its label
 * than it has cells (a PDF's text read column by column, 「四、结转下年度继续办理」 followed by the last
 * rows' figures) keeps its first ones as cells, but which of them are the row's is not known; a row
 * with fewer, cells missing (the text lost its blank cells: 「821 35 2 1 859」 for seven), keeps them in
 * order, but which column each stands in is not known. table-shape says so; no figure is summed,
 * compared or exported from it. Nor from a row read whole among rows mostly out of shape (`unsure`).
 */
export function figuresKnown(r: { found: number; cells: readonly Cell[]; unsure?: true }, width: number): boolean {
  return !r.unsure && !outOfShape(r, width);
}

/**
 * A total as a summary counts it: its figure; a blank one 0 where its parts are blank or 0 too (a page
 * that leaves its zeros blank), and unknown where they hold figures (a total left out is not 0:
 * row-total says what it should be).
 */
export function totalFigure(total: Cell | undefined, parts: readonly Cell[]): number | undefined {
  if (total?.kind !== 'blank') return figure(total);
  return parts.every((p) => figure(p) === 0) ? 0 : undefined;
}

function sum(xs: (number | undefined)[]): number | undefined {
  return xs.some((x) => x === undefined) ? undefined : (xs as number[]).reduce((a, b) => a + b, 0);
}

export interface ApplicationsSummary {
  newCount?: number;
  carried?: number;
  received?: number;
  closed?: number;
  open?: number;
  partial?: number;
  withheld?: number;
  unable?: number;
  ignored?: number;
  other?: number;
  carryNext?: number;
  natural?: number;
  organisations?: number;
  /** Columns where 一+二 ≠ （七）+四. */
  unbalanced: number[];
  /** Columns where that cannot be told: a figure of one of the four rows is not known (or the row is not there). */
  unchecked: number[];
}

/**
 * Which of table 三's rows each summed figure is made of (a group's figure from its items; （六）其他处理 the 2019
 * form's one row or the 2021 form's three): the summary adds them up, and the key figures say a figure is
 * inferred where one of its rows is.
 */
export const FIGURE_ROWS = {
  newCount: ['new'],
  carried: ['carried'],
  closed: ['total'],
  open: ['open'],
  partial: ['partial'],
  withheld: ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8'],
  unable: ['u1', 'u2', 'u3'],
  ignored: ['i1', 'i2', 'i3', 'i4', 'i5'],
  other2019: ['other'],
  other: ['o1', 'o2', 'o3'],
  carryNext: ['carryNext'],
} as const;

export function summariseApplications(t: ApplicationsTable): ApplicationsSummary {
  const byId = new Map<string, TableRow>();
  for (const r of t.rows) if (figuresKnown(r, APP_WIDTH)) byId.set(r.id, r);
  // A row of blank cells is a page's zeros left blank only in a table read whole (most of its rows there):
  // in what is left of a table the text lost (a PDF's text: three rows of twenty-five read), its blanks are
  // figures lost, and its （七）总计 no 0 (an audit found 0 in the workbook's summary where the CSV had blanks).
  const whole = t.rows.length * 2 >= appRowIds(t.variant).length;
  const total = (id: string) => {
    const r = byId.get(id);
    if (!r || (!whole && r.cells.every((c) => c.kind === 'blank'))) return undefined;
    return totalFigure(r.cells[APP_TOTAL_COL], r.cells.slice(0, APP_TOTAL_COL));
  };
  const group = (ids: readonly string[]) => sum(ids.map(total));
  const nw = byId.get('new');
  const s: ApplicationsSummary = { unbalanced: [], unchecked: [] };
  const set = <K extends keyof ApplicationsSummary>(k: K, v: ApplicationsSummary[K] | undefined) => {
    if (v !== undefined) s[k] = v;
  };
  set('newCount', group(FIGURE_ROWS.newCount));
  set('carried', group(FIGURE_ROWS.carried));
  set('received', sum([total('new'), total('carried')]));
  set('closed', group(FIGURE_ROWS.closed));
  set('open', group(FIGURE_ROWS.open));
  set('partial', group(FIGURE_ROWS.partial));
  set('withheld', group(FIGURE_ROWS.withheld));
  set('unable', group(FIGURE_ROWS.unable));
  set('ignored', group(FIGURE_ROWS.ignored));
  set('other', group(t.variant === '2019' ? FIGURE_ROWS.other2019 : FIGURE_ROWS.other));
  set('carryNext', group(FIGURE_ROWS.carryNext));
  if (nw) {
    set('natural', figure(nw.cells[0]));
    set('organisations', sum(nw.cells.slice(1, APP_TOTAL_COL).map(figure)));
  }
  for (let c = 0; c < APP_WIDTH; c++) {
    const [a, b, x, y] = ['new', 'carried', 'total', 'carryNext'].map((id) => figure(byId.get(id)?.cells[c]));
    if (a === undefined || b === undefined || x === undefined || y === undefined) s.unchecked.push(c);
    else if (a + b !== x + y) s.unbalanced.push(c);
  }
  return s;
}

export interface ReviewGroupSummary {
  id: string;
  upheld?: number;
  corrected?: number;
  other?: number;
  pending?: number;
  total?: number;
  /** 已审结 = 总计 − 尚未审结 */
  decided?: number;
  /** 纠错率 = 结果纠正 ÷ 已审结 */
  correctionRate?: number;
}

export function summariseReview(t: ReviewTable): ReviewGroupSummary[] {
  const w = REVIEW_COLUMNS.length;
  const known = figuresKnown(t, REVIEW_WIDTH);
  return REVIEW_GROUPS.map((g, i) => {
    if (!known) return { id: g.id };
    const group = t.cells.slice(i * w, i * w + w);
    const [upheld, corrected, other, pending] = group.map(figure);
    const total = totalFigure(group[w - 1], group.slice(0, w - 1));
    const s: ReviewGroupSummary = { id: g.id };
    if (upheld !== undefined) s.upheld = upheld;
    if (corrected !== undefined) s.corrected = corrected;
    if (other !== undefined) s.other = other;
    if (pending !== undefined) s.pending = pending;
    if (total !== undefined) s.total = total;
    if (total !== undefined && pending !== undefined) {
      s.decided = total - pending;
      if (corrected !== undefined && s.decided > 0) s.correctionRate = corrected / s.decided;
    }
    return s;
  });
}
