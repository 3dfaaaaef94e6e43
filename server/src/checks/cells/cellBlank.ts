/**
 * cell-blank: a cell that must hold a figure is empty. It counts as 0 in the sums. A row of table 三
 * all of whose cells are empty is one finding, not seven: a page that left its blank rows empty would
 * otherwise bury its errors under a hundred warnings (table 四's cells stay one by one: a group of it is
 * five cells of one line, as seed 003 leaves its 行政复议 group).
 */
import { APP_ROWS, APP_WIDTH } from '../../analysis/form/schema';
import type { Cell, Finding, Table, Text3 } from '../../analysis/types';
import { figure } from '../../analysis/views/summary';
import { cellRange, digitsWide, msg, partsUnwritten, sumValue, writeCell, writeZeros } from '../shared/cells';
import { tableCells, type NamedCell } from '../shared/tableCells';
import type { TableCheck } from '../types';

/** Whether 0 is what a blank cell stands for: any cell but a total whose parts hold a figure other than 0. */
const isZero = (n: NamedCell) => !n.parts || n.parts.every((p) => figure(p) === 0);
/**
 * What a blank part stands for by its row: its total less the other parts, all of them figures — when that
 * is more than 0. (A figure deleted and the total left: 填 0 would write a wrong figure in; found by a review.)
 */
function implied(n: NamedCell): number | undefined {
  const { line, at, totalAt, partsFrom } = n;
  if (!line || at === undefined || totalAt === undefined || partsFrom === undefined || totalAt >= line.length) return undefined;
  const total = figure(line[totalAt]);
  if (total === undefined) return undefined;
  let rest = 0;
  for (let k = partsFrom; k < totalAt; k++) {
    if (k === at) continue;
    const v = figure(line[k]);
    if (v === undefined || line[k].kind === 'blank') return undefined;
    rest += v;
  }
  const v = total - rest;
  return v > 0 && Number.isInteger(v) ? v : undefined;
}

export const cellBlank: TableCheck = {
  code: 'cell-blank',
  severity: 'warning',
  scope: 'table',
  description: {
    cn: '应填数字的单元格为空（计算时按 0 处理）',
    tw: '應填數字的儲存格為空（計算時按 0 處理）',
    en: 'A cell that must hold a figure is blank (counted as 0 in sums)',
  },
  messages: {
    'cell-blank': { cn: '{cell} 为空，应填写数字（无则填 0）', tw: '{cell} 為空，應填寫數字（無則填 0）', en: '{cell} is blank; it must hold a figure (0 if none)' },
    'cell-blank.row': { cn: '「{row}」整行为空，应填写数字（无则填 0）', tw: '「{row}」整列為空，應填寫數字（無則填 0）', en: 'Row {row} is blank; its cells must hold figures (0 if none)' },
    'fix.fillZeroRow': { cn: '将「{row}」整行填 0', tw: '將「{row}」整列填 0', en: 'Fill row {row} with 0' },
    'fix.fillImplied': { cn: '将「{cell}」填 {value}（所在行的合计减去其余各项）', tw: '將「{cell}」填 {value}（所在列的合計減去其餘各項）', en: 'Fill {cell} with {value} (its row’s total less the other parts)' },
    'fix.fillZero': { cn: '将「{cell}」填 0', tw: '將「{cell}」填 0', en: 'Fill {cell} with 0' },
    'fix.fillZeroAll': { cn: '将本表所有空白单元格填 0', tw: '將本表所有空白儲存格填 0', en: 'Fill every blank cell of this table with 0' },
    'cell-blank.many': { cn: '本表有 {count} 个单元格为空，应填写数字（无则填 0）', tw: '本表有 {count} 個儲存格為空，應填寫數字（無則填 0）', en: '{count} cells of this table are blank; they must hold figures (0 if none)' },
    'cell-blank.one': { cn: '{cell} 为空', tw: '{cell} 為空', en: '{cell} is blank' },
    'fix.fillZeroMany': { cn: '将这 {count} 个空白单元格填 0', tw: '將這 {count} 個空白儲存格填 0', en: 'Fill these {count} blank cells with 0' },
  },
  run(table: Table) {
    const named = tableCells(table);
    const blanks = named.filter((n) => n.cell.kind === 'blank' && !n.unsure);
    if (!blanks.length) return [];
    // (Filled as the table writes its figures: full-width digits in a table of them.)
    const wide = digitsWide(named.map((n) => n.cell));
    // A blank total whose parts are not all 0 is not filled with 0: row-total (review-total) offers the sum.
    const zeroes = blanks.filter(isZero);
    const all = writeZeros(zeroes.map((n) => n.cell), wide);
    const fillAll = zeroes.length > 1 ? { title: msg('fix.fillZeroAll'), edits: all, preferred: false } : undefined;
    const out: Finding[] = [];
    // Table 三's rows blank from end to end, one finding each, at the row's label.
    const wholeRows = new Set<Cell>();
    if (table.kind === 'applications') {
      for (const r of table.rows) {
        if (r.unsure || r.cells.length !== APP_WIDTH || !r.cells.every((c) => c.kind === 'blank')) continue;
        const name = APP_ROWS.find((d) => d.id === r.id)?.short as Text3 | undefined;
        if (!name) continue;
        for (const c of r.cells) wholeRows.add(c);
        const f: Finding = { code: 'cell-blank', severity: 'warning', span: { ...r.label }, message: msg('cell-blank.row', { row: name }) };
        f.fixes = [{ title: msg('fix.fillZeroRow', { row: name }), edits: writeZeros(r.cells, wide), preferred: true }];
        if (fillAll && zeroes.length > APP_WIDTH) f.fixes.push(fillAll);
        out.push(f);
      }
    }
    /** Blank cells 0 stands for, one finding each: said together where they are many. */
    const many: Finding[] = [];
    const manyCells: { cell: Cell; name: Text3 }[] = [];
    for (const n of blanks) {
      if (wholeRows.has(n.cell)) continue;
      // A table 三 row whose total alone is written: row-total says its parts are to be written (「为 7，而各项都是空白」),
      // once — six warnings besides, each with 「填 0」, which would make the row wrong (found by a writer's trial).
      if (table.kind === 'applications' && n.line && n.totalAt !== undefined && n.partsFrom === 0 && partsUnwritten(n.line, n.totalAt)) continue;
      // A blank total whose parts are figures, not all 0: row-total (review-total) says it, 「应为 13（…），实为 空白」,
      // with the sum as its fix — a second finding on the cell asking for 「0 if none」 misled (found by a review).
      // (Parts row-total can sum: whole, not negative — as checkSum asks. With a part of 「-1」 or 「1.5」 it says nothing.)
      if (n.parts && n.parts.every((p) => sumValue(p) !== undefined) && n.parts.some((p) => sumValue(p)! > 0)) continue;
      const fixes = [];
      // What its row's total says it holds, first, where that is a figure other than 0; 0 after it. Neither
      // preferred then: the total may be the wrong figure (a review), and which is right only the writer knows.
      const v = implied(n);
      if (v !== undefined) fixes.push({ title: msg('fix.fillImplied', { cell: n.name, value: v }), edits: [writeCell(n.cell, v, wide)], preferred: false });
      if (isZero(n)) fixes.push({ title: msg('fix.fillZero', { cell: n.name }), edits: [writeCell(n.cell, 0, wide)], preferred: v === undefined });
      if (fillAll) fixes.push(fillAll);
      const f: Finding = { code: 'cell-blank', severity: 'warning', span: cellRange(n.cell), message: msg('cell-blank', { cell: n.name }) };
      if (fixes.length) f.fixes = fixes;
      // (Only a cell 0 stands for, with nothing its row says it holds, is one of the many: a blank whose row's total says
      // 8 keeps its own finding and its 「填 8」 — a grouped 「填 0」 preferred wrote 0 there, found by a review.)
      (v === undefined && isZero(n) ? many : out).push(f);
      if (v === undefined && isZero(n)) manyCells.push({ cell: n.cell, name: n.name });
    }
    // A table that leaves its zeros blank (a spreadsheet's 「0 shown as blank」, pasted): one finding naming every cell, whose
    // fix fills them all with 0 — forty-two warnings, one a cell, buried the table's errors (found by a review).
    if (many.length > GROUP_FROM) {
      out.push({
        code: 'cell-blank',
        severity: 'warning',
        span: many[0].span,
        message: msg('cell-blank.many', { count: many.length }),
        related: manyCells.map((x) => ({ span: cellRange(x.cell), message: msg('cell-blank.one', { cell: x.name }) })),
        fixes: [{ title: msg('fix.fillZeroMany', { count: many.length }), edits: writeZeros(manyCells.map((x) => x.cell), wide), preferred: true }],
      });
    } else out.push(...many);
    return out.sort((a, b) => a.span.start - b.span.start);
  },
};

/** More blank cells than this (not whole rows) in a table are one finding. */
const GROUP_FROM = 8;
