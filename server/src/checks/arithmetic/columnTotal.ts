/**
 * column-total: in table 三, （七）总计 = （一）+（二）+ the sub-items of （三）–（六）, in every
 * column: 21 items in the 2021 form, 19 in the 2019 form.
 */
import { APP_ROWS, APP_TOTAL_COL, APP_WIDTH, totalItems } from '../../analysis/form/schema';
import { figuresKnown } from '../../analysis/views/summary';
import type { Finding, TableRow, Text3 } from '../../analysis/types';
import { appCellName, cellRange, checkSum, msg, PART_MESSAGE, partsUnwritten, shown, sumValue, writeRowCell } from '../shared/cells';
import type { TableCheck } from '../types';

export const columnTotal: TableCheck = {
  code: 'column-total',
  severity: 'error',
  scope: 'table',
  description: {
    cn: '表三（七）总计应等于（一）至（六）各项之和（2021 版 21 项，2019 版 19 项），每一列都查',
    tw: '表三（七）總計應等於（一）至（六）各項之和（2021 版 21 項，2019 版 19 項），每一欄都查',
    en: 'In table III, (7) Total must equal the sum of items (1)–(6) (21 items, 19 in the 2019 form), in every column',
  },
  messages: {
    'column-total': {
      cn: '{cell} 应为 {expected}（{terms}），实为 {actual}',
      tw: '{cell} 應為 {expected}（{terms}），實為 {actual}',
      en: '{cell} should be {expected} ({terms}), but is {actual}',
    },
    'column-total.rest': {
      cn: '{cell} 应为 {expected}（{terms}，其余各项为 0），实为 {actual}',
      tw: '{cell} 應為 {expected}（{terms}，其餘各項為 0），實為 {actual}',
      en: '{cell} should be {expected} ({terms}, all other items 0), but is {actual}',
    },
    'column-total.open': {
      cn: '{cell} 为 {actual}，但{rows}的连写数字按符合本行合计的任何一种拆法，各项之和都不等于它（可能的和：{sums}）',
      tw: '{cell} 為 {actual}，但{rows}的連寫數字按符合本列合計的任何一種拆法，各項之和都不等於它（可能的和：{sums}）',
      en: '{cell} is {actual}, but whichever split of the glued figures of {rows} fits its row total, the items never add up to it (possible sums: {sums})',
    },
    'column-total.itemTotals': {
      cn: '{cell} 为 {actual}，与各项总计之和 {sum} 不符；但其中{rows}的总计本身与该行各数之和不符，请先改正各行的总计',
      tw: '{cell} 為 {actual}，與各項總計之和 {sum} 不符；但其中{rows}的總計本身與該列各數之和不符，請先改正這些列的總計',
      en: '{cell} is {actual}, not the sum {sum} of the items’ totals; but the total of {rows} is not its own figures’ sum: mend the rows’ totals first',
    },
    'column-total.unwritten': {
      cn: '{cell} 为 {actual}，与已填写的各项之和 {sum} 不符；{rows}只填了总计、各项尚未填写，填写后再核对',
      tw: '{cell} 為 {actual}，與已填寫的各項之和 {sum} 不符；{rows}只填了總計、各項尚未填寫，填寫後再核對',
      en: '{cell} is {actual}, not the sum {sum} of the items written; {rows} has its total alone, its parts not yet written: check again when they are',
    },
    ...PART_MESSAGE,
  },
  run(table) {
    if (table.kind !== 'applications') return [];
    // The column rules chose how glued rows split: they cannot then be checked on this table.
    if (table.glue?.rules.includes('column-total')) return [];
    const byId = new Map(table.rows.map((r) => [r.id, r]));
    const total = byId.get('total');
    const items = totalItems(table.variant).map((id) => byId.get(id));
    if (!total || items.some((r) => !r)) return [];
    if (!figuresKnown(total, APP_WIDTH) || items.some((r) => !figuresKnown(r!, APP_WIDTH))) return [];
    // (The balance vouches for （七）总计 as written — fix-all holds back a total that would break it. With a row it needs
    // unreadable, nothing can: the total set to its items is offered, not made by fix-all — a row 一 that lost a cell let
    // --fix write （七）总计 10 → 8 and 2 → 4 that the table as published held back; found by a review.)
    const balanced = BALANCE_ROWS.every((id) => {
      const r = byId.get(id);
      return !r || figuresKnown(r, APP_WIDTH);
    });
    // Items whose total alone is written (partsUnwritten): their parts' columns cannot be summed yet.
    const unwritten = (items as TableRow[]).filter((r) => partsUnwritten(r.cells, APP_TOTAL_COL));
    const found = Array.from({ length: APP_WIDTH }, (_, col) =>
      checkSum({
        code: 'column-total',
        total: total.cells[col],
        totalName: appCellName('total', col),
        parts: items.map((r) => r!.cells[col]),
        partName: (i) => appCellName(items[i]!.id, col),
        key: 'column-total',
        long: 8,
        arith: { row: 'total', col },
        write: (v) => writeRowCell(total.cells, col, v, total.glue),
      }),
    )
      .map((f, col) => (f && col === APP_TOTAL_COL ? totalColumn(f, total, items as TableRow[]) : f) ?? everyReadingFails(total, items as TableRow[], col))
      .filter((f): f is Finding => !!f)
      .map((f) => (unwritten.length && f.arith?.col !== undefined && f.arith.col !== APP_TOTAL_COL ? beforeParts(f, unwritten) : f));
    // (A blank （七）总计 is filled as before: that writes over nothing the report said — found by the review of the first version.)
    return balanced ? found : found.map((f) => (f.fixes?.length && f.arith?.col !== undefined && total.cells[f.arith.col].kind !== 'blank' ? { ...f, fixes: f.fixes.map(({ safe: _safe, ...fix }) => ({ ...fix, preferred: false })) } : f));
  },
};

/**
 * A column's finding where items' parts are not yet written (a writer who typed their totals first): it says so, and offers no
 * fix — 「应为 4（2+2，其余各项为 0）」 counted their blanks as 0, and its fix set a right （七）总计 to that sum, which broke the
 * row and the balance (found by a writer's trial). (cheapestFix.ts may still offer the one figure that repairs the row too.)
 */
function beforeParts(f: Finding, unwritten: readonly TableRow[]): Finding {
  const rows = rowNames(unwritten);
  const { fixes: _none, ...rest } = f;
  return { ...rest, message: msg('column-total.unwritten', { cell: appCellName('total', f.arith!.col!), actual: String(f.arith!.actual), sum: String(f.arith!.expected), rows }) };
}

/** Rows named as a message lists them: 「（一）予以公开」、「…」 (each by its form's short name, else as written). */
function rowNames(list: readonly TableRow[]): Text3 {
  const names = list.map((r) => APP_ROWS.find((d) => d.id === r.id)?.short ?? { cn: r.labelText, tw: r.labelText, en: r.labelText });
  return { cn: names.map((n) => `「${n.cn}」`).join('、'), tw: names.map((n) => `「${n.tw}」`).join('、'), en: names.map((n) => `“${n.en}”`).join(', ') };
}

/** The rows of the balance besides （七）总计: 一、二 and 四. */
const BALANCE_ROWS = ['new', 'carried', 'carryNext'];

/**
 * The sum of the items' own figures (every column but 总计), or undefined if one is not known. When
 * it is （七）总计·总计, the 总计 column fails only because items' totals are wrong or left blank:
 * `row-total` reports each of them, with the fix that makes the column add up too — where a finding
 * here would offer to set the right grand total to the sum of the wrong ones.
 */
function itemsOwnSum(items: readonly TableRow[]): number | undefined {
  let sum = 0;
  for (const r of items) {
    for (let col = 0; col < APP_TOTAL_COL; col++) {
      const v = sumValue(r.cells[col]);
      if (v === undefined) return undefined;
      sum += v;
    }
  }
  return sum;
}

/**
 * The 总计 column's finding: none where the items' own figures add up to the grand total (their totals are what is wrong,
 * and row-total says each); where an item's total is itself not its figures' sum, the column's sum holds it — its
 * 「应为」 is no grand total (「应为 14」 where row-total said 13 of the same cell: a review that changed each figure) —, so
 * the finding names those rows instead, with no fix. (It stays: fix-all reads the column as evidence for the rows' totals.)
 */
function totalColumn(f: Finding, total: TableRow, items: readonly TableRow[]): Finding | undefined {
  if (itemsOwnSum(items) === f.arith?.actual) return undefined;
  const wrong = items.filter((r) => !ownTotal(r));
  if (!wrong.length) return f;
  const rows = rowNames(wrong);
  // (No fixes: the property left out, not set undefined — a finding moved after an edit lost an undefined property where a
  // fresh one kept it, and the two no longer compared equal: found by the incremental property test on a random seed.)
  const { fixes: _none, ...rest } = f;
  return { ...rest, message: msg('column-total.itemTotals', { cell: appCellName('total', APP_TOTAL_COL), actual: shown(total.cells[APP_TOTAL_COL]), sum: String(f.arith?.expected ?? ''), rows }) };
}

/** Whether an item's written 总计 is its own figures' sum (or not known either way). */
function ownTotal(r: TableRow): boolean {
  const written = sumValue(r.cells[APP_TOTAL_COL]);
  if (written === undefined) return true;
  let sum = 0;
  for (let col = 0; col < APP_TOTAL_COL; col++) {
    const v = sumValue(r.cells[col]);
    if (v === undefined) return true;
    sum += v;
  }
  return sum === written;
}

/** At most this many distinct sums are followed through the open rows' readings (else the column is let be). */
const MAX_SUMS = 4096;

/**
 * A column whose sum the glued rows left open (several readings each, table-ambiguous) may still be
 * wrong whichever reading is true: when no combination of their readings gives the total, the
 * column is reported — without a fix, since no single sum is known.
 */
function everyReadingFails(total: TableRow, items: TableRow[], col: number): Finding | undefined {
  // (Only a table with an open row: the others' sums are decided, and this runs for every column that holds.)
  if (!items.some((r) => r.glue?.status === 'ambiguous')) return undefined;
  const actual = sumValue(total.cells[col]);
  if (actual === undefined) return undefined;
  let sums = new Set([0]);
  const open: TableRow[] = [];
  for (const r of items) {
    const known = sumValue(r.cells[col]);
    let values: number[];
    if (known !== undefined) values = [known];
    else if (r.glue?.status === 'ambiguous' && r.glue.readings?.length && !r.glue.more) {
      values = [...new Set(r.glue.readings.map((x) => x[col]))];
      open.push(r);
    } else return undefined;
    const next = new Set<number>();
    for (const s of sums) for (const v of values) next.add(s + v);
    if (next.size > MAX_SUMS) return undefined;
    sums = next;
  }
  if (!open.length || sums.has(actual)) return undefined;
  const sorted = [...sums].sort((a, b) => a - b);
  const list = sorted.length > 6 ? sorted.slice(0, 6).join('、') + '…' : sorted.join('、');
  const rows = open.map((r) => r.labelText.trim());
  return {
    code: 'column-total',
    severity: 'error',
    span: cellRange(total.cells[col]),
    message: msg('column-total.open', { cell: appCellName('total', col), actual: shown(total.cells[col]), rows: rows.map((r) => `「${r}」`).join('、'), sums: list }),
    related: open.map((r) => ({ span: r.glue!.run, message: msg('part', { cell: appCellName(r.id, col), value: r.glue!.raw }) })),
  };
}
