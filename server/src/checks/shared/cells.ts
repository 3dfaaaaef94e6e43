/** Shared by the arithmetic and cell checks: reading a cell for a sum, and writing a figure back. */
import { formatFigure, MAX_COUNT } from '../../analysis/reader/tokens/numbers';
import { figure } from '../../analysis/views/summary';
import { activeBlocks, APP_COLUMNS, APP_ROWS, REVIEW_COLUMNS, REVIEW_GROUPS } from '../../analysis/form/schema';
import type { Located } from '../../analysis/views/locate';
import type { Arithmetic, Cell, Finding, Fix, Msg, RowGlue, Span, Text3, TextEdit } from '../../analysis/types';

/**
 * The value a rule uses: the cell's figure (blanks and 「/」 count as 0), provided it is a valid count;
 * masked, invalid, missing, negative and fractional cells, and runs of digits past any count, stop the rule (cell-invalid
 * reports them).
 */
export function sumValue(c: Cell): number | undefined {
  const v = figure(c);
  return v !== undefined && Number.isInteger(v) && v >= 0 && v <= MAX_COUNT ? v : undefined;
}

/**
 * A table 三 row whose total is written and its parts not (every one blank): a writer who typed the total first, a report
 * that wrote its totals only. Its parts are not 0 but not yet written — row-total asks for them —, so a column they leave
 * short says so, with no fix (column-total: the fix set a right (七)总计 to the sum without them, found by a writer's
 * trial), and cell-blank says nothing of them.
 */
export function partsUnwritten(cells: readonly Cell[], totalAt: number): boolean {
  if (!((sumValue(cells[totalAt]) ?? 0) > 0)) return false;
  for (let i = 0; i < totalAt; i++) if (cells[i].kind !== 'blank') return false;
  return true;
}

/** A range the editor can underline: blank and missing cells get the character after them. */
export function cellRange(c: Cell, textLength?: number): Span {
  if (c.kind !== 'blank' && c.kind !== 'missing') return { ...c.span };
  const inner = c.raw.trim() === '' && c.span.end > c.span.start ? c.span : { start: c.span.start, end: c.span.start };
  if (inner.end > inner.start) return { ...inner };
  const end = textLength === undefined ? inner.start + 1 : Math.min(textLength, inner.start + 1);
  return { start: inner.start, end: Math.max(end, inner.start) };
}

/**
 * Whether figures among `cells` are written in full-width digits (「３」), most of them: a blank cell is
 * filled as its row or table writes its figures (「填 0」 wrote an ASCII 0 into a full-width table, found by a
 * review). A figure's own digits keep their width.
 */
export function digitsWide(cells: Iterable<Cell>): boolean {
  let wide = 0;
  let ascii = 0;
  for (const c of cells) {
    if (c.kind !== 'number') continue;
    if (/[０-９]/.test(c.raw)) wide++;
    else if (/[0-9]/.test(c.raw)) ascii++;
  }
  return wide > ascii;
}

/** The edit that writes `value` into a cell, touching only that cell's characters; `wide`, a blank cell's row or table writes full-width digits. */
export function writeCell(c: Cell, value: number, wide = false): TextEdit {
  const fullWidth = /[０-９]/.test(c.raw) || (wide && !/[0-9]/.test(c.raw));
  const text = formatFigure(value, fullWidth, /[0-9０-９]([,，])[0-9０-９]{3}/.exec(c.raw)?.[1]);
  if (c.kind === 'blank') {
    // Keep the padding a pipe table had: 「|   |」 becomes 「| 0 |」, 「|  |」 「| 272 |」 (the figure between its two spaces).
    const len = c.span.end - c.span.start;
    // (A cell as wide as the figure and a space before it keeps its width: 「│    │」 becomes 「│ 272│」, a drawn
    // table's borders in line — found by a review.)
    if (len >= 3 || (len === 2 && /^[ \u3000]+$/.test(c.raw))) return { span: { start: c.span.start + 1, end: c.span.start + 1 + (text.length <= len - 2 || len < 3 ? Math.min(len - 2, text.length) : Math.min(len - 1, text.length)) }, newText: text };
    if (len >= 1 && /^[ \u3000]+$/.test(c.raw)) return { span: { start: c.span.start, end: c.span.end }, newText: text };
    return { span: { start: c.span.start, end: c.span.start }, newText: text };
  }
  return { span: { ...c.span }, newText: text };
}

/**
 * The edits that write 0 into blank cells. Cells that are one point of the text — a glued page's blank
 * row, whose cells are all where its label ends (「…稳定”4.保护…」) — are written in one edit with a space
 * between and around their figures (「…稳定” 0 0 0 0 0 0 0 4.保护…」): seven edits at one point would be
 * one edit seven times, which an editor applies once.
 */
export function writeZeros(cells: readonly Cell[], wide = false): TextEdit[] {
  const out: TextEdit[] = [];
  const atPoint = new Map<number, TextEdit>();
  for (const c of cells) {
    const e = writeCell(c, 0, wide);
    if (e.span.start !== e.span.end || !(c.kind === 'blank' && c.span.start === c.span.end)) {
      out.push(e);
      continue;
    }
    const same = atPoint.get(e.span.start);
    if (same) same.newText += ' ' + e.newText;
    else {
      const first = { span: e.span, newText: e.newText };
      atPoint.set(e.span.start, first);
      out.push(first);
    }
  }
  // (A point written once keeps its one figure as it was: 「…|  |」 and a lone cell are no glued row.)
  for (const e of atPoint.values()) if (e.newText.includes(' ')) e.newText = ' ' + e.newText + ' ';
  return out;
}

/**
 * The edit that writes `value` into cell `col` of a row. In a row read from glued digits, changing
 * one figure's digits could change how the run splits, so the whole run is written again with a
 * space between its figures: it then reads back exactly as meant.
 */
export function writeRowCell(cells: readonly Cell[], col: number, value: number, glue?: RowGlue): TextEdit {
  if (!glue || glue.status !== 'read') return writeCell(cells[col], value, digitsWide(cells));
  const fullWidth = /[０-９]/.test(glue.raw);
  return { span: { ...glue.run }, newText: cells.map((c, i) => (i === col ? formatFigure(value, fullWidth) : c.raw)).join(' ') };
}

/** Several figures of one row written at once (a glued run is written once, whole). */
export function writeRowCells(cells: readonly Cell[], cols: readonly number[], values: readonly number[], glue: RowGlue): TextEdit {
  const fullWidth = /[０-９]/.test(glue.raw);
  return { span: { ...glue.run }, newText: cells.map((c, i) => (cols.includes(i) ? formatFigure(values[i], fullWidth) : c.raw)).join(' ') };
}

/** A blank cell, said in words: a reviewer reads 「实为空白」, where a sign (∅) would need explaining. */
export const BLANK: Text3 = Object.freeze({ cn: '空白', tw: '空白', en: 'blank' });

export function shown(c: Cell): string | number | Text3 {
  if (c.kind === 'number') return c.value as number;
  if (c.kind === 'none') return c.raw;
  return c.raw.trim() === '' ? BLANK : c.raw;
}

export const join3 = (a: Text3, b: Text3, sep = '·'): Text3 => ({ cn: a.cn + sep + b.cn, tw: a.tw + sep + b.tw, en: a.en + ' / ' + b.en });

/** Cell names are asked for every cell of every table checked: made once each, shared (frozen). */
const APP_NAMES = new Map<string, Text3[]>();
export function appCellName(rowId: string, col: number): Text3 {
  let names = APP_NAMES.get(rowId);
  if (!names) {
    const row = APP_ROWS.find((r) => r.id === rowId);
    const rowName = row ? row.short : { cn: rowId, tw: rowId, en: rowId };
    names = APP_COLUMNS.map((c) => Object.freeze(join3(rowName, c.short)));
    APP_NAMES.set(rowId, names);
  }
  return names[col];
}

const REVIEW_NAMES: Text3[] = [];
export function reviewCellName(index: number): Text3 {
  if (REVIEW_NAMES[index]) return REVIEW_NAMES[index];
  const g = REVIEW_GROUPS[Math.floor(index / REVIEW_COLUMNS.length)];
  const c = REVIEW_COLUMNS[index % REVIEW_COLUMNS.length];
  return (REVIEW_NAMES[index] = Object.freeze(join3(g.short, c.short)));
}

/**
 * The form's name of a cell `locate` found (「（一）予以公开·总计」「行政复议·结果维持」「规章·本年制发件数」), as hover and the
 * command line's notes of --fix say it; undefined for the pre-2019 statistics table, whose rows are named by their own words.
 */
export function locatedCellName(hit: Extract<Located, { kind: 'cell' }>): Text3 | undefined {
  const { table, col } = hit;
  if (table.kind === 'applications') return hit.row === undefined ? undefined : appCellName(hit.row, col);
  if (table.kind === 'review') return reviewCellName(col);
  if (table.kind === 'statistics') return undefined;
  const def = activeBlocks(table.variant).find((d) => d.id === hit.block);
  const rd = def?.rows.find((r) => r.id === hit.row);
  return def && rd ? join3(rd.short, def.columns[col]?.short ?? rd.short) : undefined;
}

export const msg = (key: string, args?: Msg['args']): Msg => (args ? { key, args } : { key });

/**
 * The fix that sets a total to the sum of its parts. Safe for fix-all, except in a glued row: its
 * edit rewrites the whole run, and fix-all restores the table's separators first.
 */
export function setTotalFix(c: Cell, value: number, name: Text3, write?: (value: number) => TextEdit): Fix {
  // (A figure a grid wrapped over lines has no one place to write it: said, no edit — and so not offered.)
  if (c.split) return { title: msg('fix.setTotal', { cell: name, value }), edits: [] };
  const fix: Fix = { title: msg('fix.setTotal', { cell: name, value }), edits: [write ? write(value) : writeCell(c, value)], preferred: true };
  if (!c.inferred) fix.safe = true;
  return fix;
}

/** 「1+2+0+5」, or only the non-zero terms when a sum is long. */
export function terms(values: number[], long = 8): { text: string; rest: boolean } {
  if (values.length <= long) return { text: values.join('+'), rest: false };
  const nz = values.filter((v) => v !== 0);
  return { text: nz.length ? nz.join('+') : '0', rest: nz.length < values.length };
}

/** Shared by the checks that compare a total with the sum of its parts. */
export const PART_MESSAGE = {
  part: { cn: '{cell}：{value}', tw: '{cell}：{value}', en: '{cell}: {value}' },
  // (A total whose parts are all blank: not 「应为 0」 — the parts are what is missing, not the total that is wrong.)
  'sum.partsBlank': {
    cn: '{cell} 为 {actual}，而各项都是空白：请填写各项（无则填 0）',
    tw: '{cell} 為 {actual}，而各項都是空白：請填寫各項（無則填 0）',
    en: '{cell} is {actual}, but its parts are all blank: fill them in (0 if none)',
  },
};

export interface SumRule {
  code: string;
  total: Cell;
  totalName: Text3;
  parts: Cell[];
  /** The name of part `i` (asked for only when the sum does not hold). */
  partName: (i: number) => Text3;
  /** Message key; `{cell} {expected} {terms} {actual}` are filled in. A `.rest` variant is used when only non-zero terms are listed. */
  key: string;
  /** Above this many terms, list only the non-zero ones (and the parts that are not zero). */
  long?: number;
  arith: Omit<Arithmetic, 'expected' | 'actual'>;
  /** How to write the total (a glued row is written whole); by default only the total's characters change. */
  write?: (value: number) => TextEdit;
  /** Whether blank part i is 0 for certain: another rule over its cell holds with it as 0 (its column's, the balance). */
  vouched?: (i: number) => boolean;
}

/**
 * total = Σ parts, or a finding on the total's cell with the numbers, the parts as related
 * information, and the fix that sets the total to the sum. Nothing when a cell is unreadable.
 */
export function checkSum(r: SumRule): Finding | undefined {
  // (Most sums hold: they are added up without making anything.)
  const actual = sumValue(r.total);
  if (actual === undefined) return undefined;
  let expected = 0;
  for (let i = 0; i < r.parts.length; i++) {
    const v = sumValue(r.parts[i]);
    if (v === undefined) return undefined;
    expected += v;
  }
  if (expected === actual) return undefined;
  const vs = r.parts.map((c) => sumValue(c) as number);
  const t = terms(vs, r.long);
  return {
    code: r.code,
    severity: 'error',
    span: cellRange(r.total),
    message: expected === 0 && r.parts.every((c) => c.kind === 'blank') ? msg('sum.partsBlank', { cell: r.totalName, actual: shown(r.total) }) : msg(t.rest ? r.key + '.rest' : r.key, { cell: r.totalName, expected, terms: t.text, actual: shown(r.total) }),
    related: r.parts.flatMap((c, i) => (t.rest && vs[i] === 0 ? [] : [{ span: cellRange(c), message: msg('part', { cell: r.partName(i), value: shown(c) }) }])),
    // A total whose parts are all 0 or blank is not set to 0: that would erase the one figure the row has,
    // and the parts are what is missing (a report that wrote its totals only, a writer who typed the total
    // first — for whom Ctrl+. then Enter would take it back, the fix being the only one in the menu).
    fixes: expected === 0 ? [] : [writtenOverBlank(setTotalFix(r.total, expected, r.totalName, r.write), r, actual - expected)],
    arith: { ...r.arith, expected, actual },
  };
}

/**
 * A total the report wrote, more than its parts, a blank among them that nothing else says is 0 (`vouched`: a report that
 * leaves its zeros blank has its columns and its balance hold with them — found by the review of the first version,
 * which left 869 for 859): the blank may be the figure missing (the total the
 * only figure left that says what it held — cell-blank offers it), so setting the total to the sum is offered, but
 * neither preferred nor safe: `--fix` and fix-all turned a written 9 into 1 when 结果维持's 8 was left blank (found
 * by a review). (A blank total is filled as before; a total less than its parts no blank explains.)
 */
function writtenOverBlank(fix: Fix, r: SumRule, over: number): Fix {
  if (r.total.kind === 'blank' || over <= 0 || !r.parts.some((c, i) => c.kind === 'blank' && !r.vouched?.(i))) return fix;
  const { safe: _safe, ...rest } = fix;
  return { ...rest, preferred: false };
}
