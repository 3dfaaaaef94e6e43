/**
 * A report's statistics as plain records for researchers: every figure of tables 二, 三 and 四 with
 * the form's own labels (simplified script, whatever the report's script), null where a cell is
 * blank, missing, masked or could not be determined — and which of these (`status`: a researcher
 * sums a blank cell as 0, never a figure the reader could not tell) — and whether the figure was
 * inferred from glued digits. Table 三's rows come in the form's order (25 in the 2021 form, 23 in 2019).
 */
import { activeBlocks, APP_COLUMNS, APP_WIDTH, appRowDef, appRowIds, REVIEW_COLUMNS, REVIEW_GROUPS, REVIEW_WIDTH } from '../form/schema';
import type { Cell, ReportModel, Table } from '../types';
import { agencyKey, reportAgency } from './agency';
import { toSimplifiedChars } from '../reader/text/normalize';
import { MAX_COUNT } from '../reader/tokens/numbers';
import { figuresKnown } from './summary';
import { tablesOf } from './locate';

/**
 * Why a figure is null: its cell left blank in the report (0 by the form's rule), 「无」 or a dash, masked
 * (「*」), no figure (「1件」 aside, words where a figure belongs), not in the text, or in the text but
 * not placed with certainty (glued digits with several readings, a row with more or fewer figures than
 * cells — table-ambiguous, table-shape).
 */
export type FigureStatus = 'blank' | 'none' | 'masked' | 'invalid' | 'missing' | 'undetermined';

export interface ActiveFigure {
  block: string;
  row: string;
  column: string;
  value: number | null;
  inferred: boolean;
  /** Where value is null: why. */
  status?: FigureStatus;
}
export interface ApplicationsRecord {
  /** `status`, where a value is null: why, column by column (null beside a figure). */
  rows: { label: string; values: (number | null)[]; inferred: boolean; status?: (FigureStatus | null)[] }[];
}
export interface ReviewRecord {
  values: (number | null)[];
  inferred: boolean;
  status?: (FigureStatus | null)[];
}
export interface StatisticsFigure {
  indicator: string;
  unit: string;
  column: string;
  value: number | null;
  inferred: boolean;
  status?: FigureStatus;
}
export interface ExportRecord {
  file: string;
  agency: string | null;
  /**
   * The agency as the year-against-year check matches it: one script (simplified), no spaces, no 「本级」
   * or brackets — so that a pivot on it does not split one body written three ways (「某某縣…」「某某县…」
   * 「某 某 县…」, found by a review).
   */
  agencyKey: string | null;
  year: number | null;
  form: string;
  /**
   * The file of an earlier report of the same body and year in the same export (a corrected version, another site's
   * copy), set by the export that knows the others (corpus/firstOfYear.ts); null on the first of its year.
   */
  sameYearAs: string | null;
  tables: {
    active: ActiveFigure[];
    applications: ApplicationsRecord | null;
    review: ReviewRecord | null;
    statistics?: StatisticsFigure[];
  };
}

/**
 * An amount in its column's unit: written in 元 under 万元 (or the reverse), scaled by 10,000 — exactly,
 * to the digits written — so that one column holds one unit across reports (152.2万元 is 1522000 元 beside
 * another report's 984361元; 48163400元 under 本年收费金额（单位：万元） is 4816.34).
 */
/**
 * A table 二 column's name in the export: the form's words, and the unit the figures are given in where the form
 * names none (the 2019 form's 采购总金额, exported in 元: 「采购总金额（单位：元）」, as 本年收费金额（单位：万元） is the form's
 * own — a researcher could not tell 元 from 万元: found by a review).
 */
function exportColumn(col: { label: string; unit?: '万元' | '元'; formUnit?: true }): string {
  return col.unit && !col.formUnit && !col.label.includes('单位') ? `${col.label}（单位：${col.unit}）` : col.label;
}

export function inUnit(value: number | null, written: '万元' | '元' | undefined, column: '万元' | '元' | undefined): number | null {
  if (value === null || !written || !column || written === column) return value;
  return Number((written === '万元' ? value * 10_000 : value / 10_000).toFixed(8));
}

/** A figure for export: only a number is a figure. */
export const exportValue = (c: Cell | undefined): number | null => (c && c.kind === 'number' && c.value !== undefined ? c.value : null);
/**
 * A count's figure: none where cell-invalid says it is none — fractional (「1.520」, an OCR's 1520) or negative where
 * its column takes neither (it was exported as 1.52, its status empty: found by a review), or past any count (MAX_COUNT).
 * A fee is a decimal, a change may be negative.
 */
const countValue = (c: Cell | undefined, col?: { decimal?: boolean; signed?: boolean }): number | null => {
  const v = exportValue(c);
  return v === null || ((col?.decimal || (Number.isInteger(v) && v <= MAX_COUNT)) && (col?.signed || v >= 0)) ? v : null;
};

/** A column of whole, non-negative counts (tables 三 and 四). */
const COUNT = {};
const STATUS: Record<Cell['kind'], FigureStatus | null> = { number: null, blank: 'blank', none: 'none', masked: 'masked', invalid: 'invalid', missing: 'missing', unknown: 'undetermined' };
/** Why a cell gives no figure (null where it gives one); `known` false: its row's figures are not placed with certainty. */
export function figureStatus(c: Cell | undefined, known = true, col: { decimal?: boolean; signed?: boolean } | undefined = { decimal: true, signed: true }): FigureStatus | null {
  // (A row not placed with certainty exports no figure at all, its cells' digits included: table 四 of 14 figures.)
  if (!known) return 'undetermined';
  if (countValue(c, col) !== null) return null;
  if (!c) return 'missing';
  return STATUS[c.kind] ?? 'invalid';
}
/** A row's statuses, or undefined where every cell gives its figure. */
function statuses(values: readonly (number | null)[], status: (i: number) => FigureStatus | null): (FigureStatus | null)[] | undefined {
  return values.some((v) => v === null) ? values.map((_, i) => status(i)) : undefined;
}

function first<K extends Table['kind']>(model: ReportModel, kind: K): Extract<Table, { kind: K }> | undefined {
  // (A report before the 2019 form has its statistics table only: rows of it, or an agency's own small table of outcomes,
  // that a reader of the later forms' tables took in were exported as an empty table 三 of 25 rows — found by a review.)
  if (model.format === 'pre-2019' && kind !== 'statistics') return undefined;
  // (Nor a body's own rules: a part of its own table a reader took in is no government's table of it.)
  if (model.format === 'own') return undefined;
  return tablesOf(model).find((t) => t.kind === kind) as Extract<Table, { kind: K }> | undefined;
}

/**
 * The kinds of table the report holds more than one of (a region's report with its own government's
 * table after the region's, a page saved twice): a record holds the first of each, and the rest are
 * left out — which the export says, never in silence.
 */
export function tablesLeftOut(model: ReportModel): ('active' | 'applications' | 'review')[] {
  const tables = tablesOf(model);
  return (['active', 'applications', 'review'] as const).filter((kind) => tables.filter((t) => t.kind === kind).length > 1);
}

export function exportRecord(file: string, model: ReportModel): ExportRecord {
  const record: ExportRecord = {
    file,
    agency: reportAgency(model) ?? null,
    agencyKey: null,
    year: model.year ?? null,
    form: model.format,
    sameYearAs: null,
    tables: { active: [], applications: null, review: null },
  };
  if (record.agency) record.agencyKey = agencyKey(record.agency);
  const active = first(model, 'active');
  if (active) {
    for (const def of activeBlocks(active.variant)) {
      const block = active.blocks.find((b) => b.id === def.id);
      for (const rd of def.rows) {
        const found = block?.rows.find((r) => r.id === rd.id);
        // (Figures not known to be a row's own, more than its cells, are exported as none.)
        const known = !found || figuresKnown(found, def.columns.length);
        const row = found && known ? found : undefined;
        def.columns.forEach((col, i) => {
          const c = row?.cells[i];
          const f: ActiveFigure = { block: `第二十条第（${def.item}）项`, row: rd.label, column: exportColumn(col), value: inUnit(countValue(c, col), c?.unit, col.unit), inferred: !!c?.inferred };
          const status = figureStatus(c, known, col);
          if (status) f.status = status;
          record.tables.active.push(f);
        });
      }
    }
  }
  const app = first(model, 'applications');
  if (app) {
    const byId = new Map(app.rows.filter((r) => figuresKnown(r, APP_WIDTH)).map((r) => [r.id, r]));
    const unplaced = new Set(app.rows.filter((r) => !figuresKnown(r, APP_WIDTH)).map((r) => r.id as string));
    // The rows of the report's form: a table whose rows read do not tell its form (a PDF's text that kept three of
    // them) takes the report's, as the checks do — it was exported with the 2021 form's 25 rows in a report of
    // the 2019 form, whose check said 23 (found by a review).
    const form = model.format === '2019' || model.format === '2021' ? model.format : app.variant;
    record.tables.applications = {
      rows: appRowIds(form).map((id) => {
        const r = byId.get(id);
        const values = APP_COLUMNS.map((_, i) => countValue(r?.cells[i]));
        const row: ApplicationsRecord['rows'][number] = { label: appRowDef(id)!.label, values, inferred: !!r?.cells.some((c) => c.inferred) };
        const status = statuses(values, (i) => figureStatus(r?.cells[i], !!r || !unplaced.has(id), COUNT));
        if (status) row.status = status;
        return row;
      }),
    };
  }
  const review = first(model, 'review');
  if (review) {
    const known = figuresKnown(review, REVIEW_WIDTH);
    const values = known ? review.cells.map((c) => countValue(c)) : review.cells.map(() => null);
    record.tables.review = { values, inferred: review.cells.some((c) => c.inferred) };
    const status = statuses(values, (i) => figureStatus(review.cells[i], known, COUNT));
    if (status) record.tables.review.status = status;
  }
  const stats = first(model, 'statistics');
  if (stats) {
    record.tables.statistics = stats.rows.flatMap((r) =>
      stats.columns.map((column, i) => {
        // (In simplified script, as the other tables' labels: one indicator is one column whatever the report's script.)
        const f: StatisticsFigure = { indicator: indicatorName(r.labelText), unit: toSimplifiedChars(r.unit), column: columnName(column, model.year), value: exportValue(r.cells[i]), inferred: !!r.cells[i]?.inferred };
        const status = figureStatus(r.cells[i]);
        if (status) f.status = status;
        return f;
      }),
    );
  }
  return record;
}

/**
 * An indicator's name in simplified script. 覆 is a character of both scripts (覆盖), so the characters alone
 * leave a traditional report's 答覆 beside a simplified one's 答复: one indicator, two columns of a workbook
 * (found by a review). The form's words with 覆 for 复 are 答复, 回复 and 批复.
 */
const indicatorName = (s: string) => toSimplifiedChars(s).replace(/([答回批])覆/g, '$1复');

/**
 * A column's name: 「2018年度」 over the figures of the report for 2018 is its 本年度, as other reports head it —
 * one agency's years were columns of their own (「…·2017年度」「…·2018年度」: found by a review).
 */
function columnName(column: string, year: number | undefined): string {
  const simplified = toSimplifiedChars(column);
  const m = /^\s*((?:19|20)\d{2})\s*年度?\s*$/.exec(simplified);
  return m && year !== undefined && Number(m[1]) === year ? '本年度' : simplified;
}

/**
 * One line per figure: file, agency, year, form, table, row, column, value, inferred, status (why a value is empty),
 * agency_key, same_year_as.
 */
export function exportRows(r: ExportRecord): (string | number | boolean | null)[][] {
  const base = [r.file, r.agency, r.year, r.form];
  // (The columns after status, on every line: agency_key, then same_year_as — added last, so that a study reading
  // the columns by place reads the earlier ones where they were.)
  const key = [r.agencyKey, r.sameYearAs] as const;
  const out: (string | number | boolean | null)[][] = [];
  for (const f of r.tables.active) out.push([...base, 'active', `${f.block} ${f.row}`, f.column, f.value, f.inferred, f.status ?? null, ...key]);
  for (const row of r.tables.applications?.rows ?? []) row.values.forEach((v, i) => out.push([...base, 'applications', row.label, APP_COLUMNS[i].label, v, row.inferred, row.status?.[i] ?? null, ...key]));
  if (r.tables.review) {
    const review = r.tables.review;
    review.values.forEach((v, i) => {
      const g = REVIEW_GROUPS[Math.floor(i / REVIEW_COLUMNS.length)];
      out.push([...base, 'review', g.short.cn, REVIEW_COLUMNS[i % REVIEW_COLUMNS.length].label, v, review.inferred, review.status?.[i] ?? null, ...key]);
    });
  }
  for (const f of r.tables.statistics ?? []) out.push([...base, 'statistics', `${f.indicator}（${f.unit}）`, f.column, f.value, f.inferred, f.status ?? null, ...key]);
  // A table the form has and the reader did not find: one line, no row, column or value, status missing — a report
  // whose tables were not read had no line at all, and a study of the CSV could not tell it was there (found by a review).
  for (const kind of unread(r)) out.push([...base, kind, null, null, null, false, 'missing', ...key]);
  return out;
}

/** The tables of the report's form that it has no figures of. */
export function unread(r: ExportRecord): ('active' | 'applications' | 'review' | 'statistics')[] {
  if (r.form === 'pre-2019') return r.tables.statistics?.length ? [] : ['statistics'];
  if (r.form === 'own') return [];
  const out: ('active' | 'applications' | 'review')[] = [];
  if (!r.tables.active.length) out.push('active');
  if (!r.tables.applications) out.push('applications');
  if (!r.tables.review) out.push('review');
  return out;
}

export const EXPORT_COLUMNS = ['file', 'agency', 'year', 'form', 'table', 'row', 'column', 'value', 'inferred', 'status', 'agency_key', 'same_year_as'];
