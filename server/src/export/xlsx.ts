/**
 * The figures of many reports as an Excel workbook (exceljs): a summary sheet (one row per report:
 * its key figures, the disclosure and correction rates), then one sheet per table with one row per
 * report and one column per figure (and, when reports of the form before 2019 are among them, one for
 * their statistics table). Figures inferred from glued digits are shaded and carry a note;
 * figures that could not be read are left empty. Bundled on its own (dist/export/xlsx.js) and
 * loaded only when asked for (loadXlsx.ts).
 */
import ExcelJS from 'exceljs';
import { activeBlocks, APP_COLUMNS, appRowDef, appRowIds, REVIEW_COLUMNS, REVIEW_GROUPS } from '../analysis/form/schema';
import type { ExportRecord } from '../analysis/views/exportRecord';
import type { KeyFigures } from '../analysis/views/keyFigures';

export interface WorkbookReport {
  record: ExportRecord;
  figures: KeyFigures;
}

const INFERRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const INFERRED_NOTE = '推断：网页提取时单元格分隔丢失，此数字由规则拆分得出';
const PERCENT = '0.0%';

function header(ws: ExcelJS.Worksheet, names: string[]): void {
  const row = ws.addRow(names);
  row.font = { bold: true };
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];
}

function mark(cell: ExcelJS.Cell, inferred: boolean): void {
  if (!inferred) return;
  cell.fill = INFERRED_FILL;
  cell.note = INFERRED_NOTE;
}

const BASE = ['文件', '机关', '年度', '格式'];
const base = (r: ExportRecord) => [r.file, r.agency ?? '', r.year ?? '', r.form];

export const SUMMARY_COLUMNS: [keyof Omit<KeyFigures, 'inferred'>, string][] = [
  ['newCount', '新收'], ['carried', '上年结转'], ['open', '予以公开'], ['partial', '部分公开'], ['withheld', '不予公开'], ['unable', '无法提供'], ['ignored', '不予处理'], ['other', '其他处理'],
  ['closed', '（七）总计'], ['carryNext', '结转下年度'], ['disclosureRate', '公开率'], ['reviews', '行政复议'], ['reviewsCorrected', '行政复议结果纠正'], ['suits', '行政诉讼'], ['suitsCorrected', '行政诉讼结果纠正'], ['correctionRate', '纠错率'],
];

export async function workbook(reports: readonly WorkbookReport[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'disclosure-report';

  const summary = wb.addWorksheet('汇总');
  header(summary, [...BASE, ...SUMMARY_COLUMNS.map(([, n]) => n), '含推断数字']);
  for (const { record, figures } of reports) {
    const row = summary.addRow([...base(record), ...SUMMARY_COLUMNS.map(([k]) => figures[k] ?? null), figures.inferred ? '是' : '']);
    SUMMARY_COLUMNS.forEach(([k], i) => {
      const cell = row.getCell(BASE.length + 1 + i);
      if (k === 'disclosureRate' || k === 'correctionRate') cell.numFmt = PERCENT;
      mark(cell, figures.inferred && k !== 'disclosureRate' && k !== 'correctionRate' && figures[k] !== undefined);
    });
  }

  // Table 二: a column per (block, row, column) of the form; 2019-form reports use the 2019 columns.
  const active = wb.addWorksheet('表二 主动公开');
  const activeKeys = [...new Set(reports.flatMap(({ record }) => record.tables.active.map((f) => `${f.block} ${f.row}·${f.column}`)))];
  if (!activeKeys.length) for (const b of activeBlocks('2021')) for (const r of b.rows) for (const c of b.columns) activeKeys.push(`第二十条第（${b.item}）项 ${r.label}·${c.label}`);
  header(active, [...BASE, ...activeKeys]);
  for (const { record } of reports) {
    const byKey = new Map(record.tables.active.map((f) => [`${f.block} ${f.row}·${f.column}`, f]));
    const row = active.addRow([...base(record), ...activeKeys.map((k) => byKey.get(k)?.value ?? null)]);
    activeKeys.forEach((k, i) => mark(row.getCell(BASE.length + 1 + i), !!byKey.get(k)?.inferred));
  }

  // Table 三: the 2021 form's 25 rows (2019-form reports fill （六）其他处理 and leave its items empty).
  const app = wb.addWorksheet('表三 依申请公开');
  const ids2021 = appRowIds('2021');
  const appRows = [...ids2021.slice(0, ids2021.indexOf('o1')), 'other', ...ids2021.slice(ids2021.indexOf('o1'))];
  const appLabels = appRows.map((id) => appRowDef(id)!.label);
  header(app, [...BASE, ...appLabels.flatMap((l) => APP_COLUMNS.map((c) => `${l}·${c.label}`))]);
  for (const { record } of reports) {
    const rows = new Map((record.tables.applications?.rows ?? []).map((r) => [r.label, r]));
    const values = appLabels.flatMap((l) => APP_COLUMNS.map((_, i) => rows.get(l)?.values[i] ?? null));
    const row = app.addRow([...base(record), ...values]);
    appLabels.forEach((l, ri) => APP_COLUMNS.forEach((_, ci) => mark(row.getCell(BASE.length + 1 + ri * APP_COLUMNS.length + ci), !!rows.get(l)?.inferred && rows.get(l)?.values[ci] !== null)));
  }

  const review = wb.addWorksheet('表四 复议诉讼');
  header(review, [...BASE, ...REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => `${g.short.cn}·${c.label}`))]);
  for (const { record } of reports) {
    const values = record.tables.review?.values ?? Array(15).fill(null);
    const row = review.addRow([...base(record), ...values]);
    values.forEach((v, i) => mark(row.getCell(BASE.length + 1 + i), !!record.tables.review?.inferred && v !== null));
  }
  // Reports of the form before 2019: their statistics table (指标名称 · 计量单位 · columns), a column per
  // indicator and column as the reports name them, when any report has one.
  const statKey = (f: { indicator: string; unit: string; column: string }) => `${f.indicator}（${f.unit}）·${f.column}`;
  const statKeys = [...new Set(reports.flatMap(({ record }) => (record.tables.statistics ?? []).map(statKey)))];
  if (statKeys.length) {
    const stats = wb.addWorksheet('统计表（2019年以前）');
    header(stats, [...BASE, ...statKeys]);
    for (const { record } of reports) {
      if (!record.tables.statistics?.length) continue;
      const byKey = new Map(record.tables.statistics.map((f) => [statKey(f), f]));
      const row = stats.addRow([...base(record), ...statKeys.map((k) => byKey.get(k)?.value ?? null)]);
      statKeys.forEach((k, i) => mark(row.getCell(BASE.length + 1 + i), !!byKey.get(k)?.inferred && byKey.get(k)?.value !== null));
    }
  }
  for (const ws of wb.worksheets) {
    ws.getColumn(1).width = 36;
    ws.getColumn(2).width = 28;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
