/**
 * A report's statistics as plain records for researchers: every figure of tables 二, 三 and 四 with
 * the form's own labels (simplified script, whatever the report's script), null where a cell is
 * blank, missing, masked or could not be determined, and whether the figure was inferred from
 * glued digits. Table 三's rows come in the form's order (25 in the 2021 form, 23 in 2019).
 */
import { activeBlocks, APP_COLUMNS, APP_WIDTH, appRowDef, appRowIds, REVIEW_COLUMNS, REVIEW_GROUPS, REVIEW_WIDTH } from '../form/schema';
import type { Cell, ReportModel, Table } from '../types';
import { agencyOf } from './agency';
import { figuresKnown } from './summary';
import { tablesOf } from './locate';

export interface ActiveFigure {
  block: string;
  row: string;
  column: string;
  value: number | null;
  inferred: boolean;
}
export interface ApplicationsRecord {
  rows: { label: string; values: (number | null)[]; inferred: boolean }[];
}
export interface ReviewRecord {
  values: (number | null)[];
  inferred: boolean;
}
export interface StatisticsFigure {
  indicator: string;
  unit: string;
  column: string;
  value: number | null;
  inferred: boolean;
}
export interface ExportRecord {
  file: string;
  agency: string | null;
  year: number | null;
  form: string;
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
export function inUnit(value: number | null, written: '万元' | '元' | undefined, column: '万元' | '元' | undefined): number | null {
  if (value === null || !written || !column || written === column) return value;
  return Number((written === '万元' ? value * 10_000 : value / 10_000).toFixed(8));
}

/** A figure for export: only a number is a figure. */
export const exportValue = (c: Cell | undefined): number | null => (c && c.kind === 'number' && c.value !== undefined ? c.value : null);

function first<K extends Table['kind']>(model: ReportModel, kind: K): Extract<Table, { kind: K }> | undefined {
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
    agency: agencyOf(model.title?.text) ?? null,
    year: model.year ?? null,
    form: model.format,
    tables: { active: [], applications: null, review: null },
  };
  const active = first(model, 'active');
  if (active) {
    for (const def of activeBlocks(active.variant)) {
      const block = active.blocks.find((b) => b.id === def.id);
      for (const rd of def.rows) {
        const found = block?.rows.find((r) => r.id === rd.id);
        // (Figures not known to be a row's own, more than its cells, are exported as none.)
        const row = found && figuresKnown(found, def.columns.length) ? found : undefined;
        def.columns.forEach((col, i) => {
          const c = row?.cells[i];
          record.tables.active.push({ block: `第二十条第（${def.item}）项`, row: rd.label, column: col.label, value: inUnit(exportValue(c), c?.unit, col.unit), inferred: !!c?.inferred });
        });
      }
    }
  }
  const app = first(model, 'applications');
  if (app) {
    const byId = new Map(app.rows.filter((r) => figuresKnown(r, APP_WIDTH)).map((r) => [r.id, r]));
    record.tables.applications = {
      rows: appRowIds(app.variant).map((id) => {
        const r = byId.get(id);
        return { label: appRowDef(id)!.label, values: APP_COLUMNS.map((_, i) => exportValue(r?.cells[i])), inferred: !!r?.cells.some((c) => c.inferred) };
      }),
    };
  }
  const review = first(model, 'review');
  if (review) record.tables.review = { values: figuresKnown(review, REVIEW_WIDTH) ? review.cells.map(exportValue) : review.cells.map(() => null), inferred: review.cells.some((c) => c.inferred) };
  const stats = first(model, 'statistics');
  if (stats) {
    record.tables.statistics = stats.rows.flatMap((r) => stats.columns.map((column, i) => ({ indicator: r.labelText, unit: r.unit, column, value: exportValue(r.cells[i]), inferred: !!r.cells[i]?.inferred })));
  }
  return record;
}

/** One line per figure: file, agency, year, form, table, row, column, value, inferred. */
export function exportRows(r: ExportRecord): (string | number | boolean | null)[][] {
  const base = [r.file, r.agency, r.year, r.form];
  const out: (string | number | boolean | null)[][] = [];
  for (const f of r.tables.active) out.push([...base, 'active', `${f.block} ${f.row}`, f.column, f.value, f.inferred]);
  for (const row of r.tables.applications?.rows ?? []) row.values.forEach((v, i) => out.push([...base, 'applications', row.label, APP_COLUMNS[i].label, v, row.inferred]));
  if (r.tables.review) {
    r.tables.review.values.forEach((v, i) => {
      const g = REVIEW_GROUPS[Math.floor(i / REVIEW_COLUMNS.length)];
      out.push([...base, 'review', g.short.cn, REVIEW_COLUMNS[i % REVIEW_COLUMNS.length].label, v, r.tables.review!.inferred]);
    });
  }
  for (const f of r.tables.statistics ?? []) out.push([...base, 'statistics', `${f.indicator}（${f.unit}）`, f.column, f.value, f.inferred]);
  return out;
}

export const EXPORT_COLUMNS = ['file', 'agency', 'year', 'form', 'table', 'row', 'column', 'value', 'inferred'];
