/**
 * The figures of many reports as an Excel workbook (exceljs): a summary sheet (one row per report:
 * its key figures, the disclosure and correction rates), then one sheet per table with one row per
 * report and one column per figure (and, when reports of the form before 2019 are among them, one for
 * their statistics table). Figures inferred from glued digits are shaded and carry a note;
 * figures that could not be read are left empty. Bundled on its own (dist/export/xlsx.js) and
 * loaded only when asked for (loadXlsx.ts).
 *
 * Sheet names, the file's columns and the summary's are in the display language; a figure's column
 * keeps the form's own words (「予以公开·自然人」), as the JSON and CSV exports name it.
 */
import ExcelJS from 'exceljs';
import { activeBlocks, APP_COLUMNS, appRowDef, appRowIds, REVIEW_COLUMNS, REVIEW_GROUPS } from '../analysis/form/schema';
import { unread, type ExportRecord, type FigureStatus } from '../analysis/views/exportRecord';
import type { KeyFigureName, KeyFigures } from '../analysis/views/keyFigures';
import type { Locale } from '../analysis/types';
import { TEMPLATE_TW } from '../analysis/form/templateTw.generated';

export interface WorkbookReport {
  record: ExportRecord;
  figures: KeyFigures;
  /** The tables read with places the reader could not tell (table-shape, table-ambiguous). */
  unsure?: readonly string[];
}

const INFERRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const PERCENT = '0.0%';

/** The workbook's own words, by display language. */
const WORDS = {
  'zh-cn': {
    sheets: ['汇总', '表二 主动公开', '表三 依申请公开', '表四 复议诉讼', '统计表（2019年以前）'],
    base: ['文件', '机关', '机关（统一写法）', '年度', '格式'],
    summary: ['新收', '上年结转', '予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理', '（七）总计', '结转下年度', '公开率', '行政复议', '行政复议结果纠正', '行政诉讼', '行政诉讼结果纠正', '纠错率'],
    inferred: '含推断数字',
    failing: '合计不符（处）',
    reading: '读取情况',
    sameYearAs: '同机关同年度已有',
    lacks: '未读到',
    unsure: '有读不准的数字',
    tableNames: ['表二', '表三', '表四', '统计表'],
    sep: '、',
    yes: '是',
    note: '推断：网页提取时单元格分隔丢失，此数字由规则拆分得出',
    shades: '报告较多，单元格不逐一加批注。底色：黄色为推断的数字（网页提取时单元格分隔丢失，由规则拆分得出）；灰色为无法确定的数字；橙色为报告中该处没有数字（「无」、横线、遮盖或文字）',
    status: { undetermined: '未能确定：报告中有此数字，但无法确定它属于哪一格（见 check 的 table-ambiguous、table-shape）', masked: '报告中此格被遮盖', invalid: '报告中此格不是数字', none: '报告中此格填「无」或横线' },
  },
  'zh-tw': {
    sheets: ['匯總', '表二 主動公開', '表三 依申請公開', '表四 複議訴訟', '統計表（2019年以前）'],
    base: ['檔案', '機關', '機關（統一寫法）', '年度', '格式'],
    summary: ['新收', '上年結轉', '予以公開', '部分公開', '不予公開', '無法提供', '不予處理', '其他處理', '（七）總計', '結轉下年度', '公開率', '行政複議', '行政複議結果糾正', '行政訴訟', '行政訴訟結果糾正', '糾錯率'],
    inferred: '含推斷數字',
    failing: '合計不符（處）',
    reading: '讀取情況',
    sameYearAs: '同機關同年度已有',
    lacks: '未讀到',
    unsure: '有讀不準的數字',
    tableNames: ['表二', '表三', '表四', '統計表'],
    sep: '、',
    yes: '是',
    note: '推斷：網頁提取時儲存格分隔遺失，此數字由規則拆分得出',
    shades: '報告較多，儲存格不逐一加註解。底色：黃色為推斷的數字（網頁提取時儲存格分隔遺失，由規則拆分得出）；灰色為無法確定的數字；橙色為報告中該處沒有數字（「無」、橫線、遮蓋或文字）',
    status: { undetermined: '未能確定：報告中有此數字，但無法確定它屬於哪一格（見 check 的 table-ambiguous、table-shape）', masked: '報告中此格被遮蓋', invalid: '報告中此格不是數字', none: '報告中此格填「無」或橫線' },
  },
  en: {
    sheets: ['Summary', 'Table II proactive', 'Table III applications', 'Table IV reviews, lawsuits', 'Statistics (before 2019)'],
    base: ['file', 'agency', 'agency (one spelling)', 'year', 'form'],
    summary: ['new this year', 'carried over from last year', 'disclosed', 'partly disclosed', 'withheld', 'cannot be provided', 'not processed', 'handled otherwise', '(7) total', 'carried over to next year', 'disclosure rate', 'administrative reviews', 'reviews corrected', 'lawsuits', 'lawsuits corrected', 'correction rate'],
    inferred: 'inferred figures',
    failing: 'sums that fail',
    reading: 'reading',
    sameYearAs: 'same body and year as',
    lacks: 'not read',
    unsure: 'figures not read with certainty',
    tableNames: ['table II', 'table III', 'table IV', 'statistics table'],
    sep: ', ',
    yes: 'yes',
    note: 'Inferred: the page lost its cell boundaries when its text was extracted; this figure was split out by the table\'s rules',
    shades: 'Many reports: cells carry no note each. Shades: yellow, a figure inferred (the page lost its cell boundaries; split out by the table\'s rules); grey, a figure that could not be determined; orange, no figure in the report there (「无」, a dash, masked, words)',
    status: { undetermined: 'Undetermined: the report has this figure, but which cell it belongs to cannot be told (see check: table-ambiguous, table-shape)', masked: 'This cell is masked in the report', invalid: 'This cell holds no figure in the report', none: 'This cell says 「无」 or a dash in the report' },
  },
} as const;

function header(ws: ExcelJS.Worksheet, names: string[]): void {
  const row = ws.addRow(names);
  row.font = { bold: true };
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];
}

function mark(cell: ExcelJS.Cell, inferred: boolean, note: string | undefined): void {
  if (!inferred) return;
  cell.fill = INFERRED_FILL;
  if (note) cell.note = note;
}

/**
 * Up to this many reports each shaded cell carries its note; beyond, the shades alone, told once on the summary's first
 * header cell. A note a cell made the workbook's drawing of table 三 alone 58 MB for 1,000 reports, and 10,000 failed
 * (「Invalid string length」, 4.6 GB: found by a review).
 */
const NOTES_UP_TO = 300;

const UNDETERMINED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
/** A cell the report wrote no figure in where one belongs (「无」, a dash, 「*****」, words). */
const NO_FIGURE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
/**
 * An empty cell that is no blank of the report's: a note says why, and a shade (a blank cell stays plain — the
 * form counts it as 0 —, so that a sum over a column is not taken for complete where a figure is unknown). The
 * shade also writes the cell into the sheet: a note on a cell with no value or style is written as a comment
 * that readers other than Excel (ExcelJS, openpyxl) attach to no cell (found by a review: the notes seemed lost).
 */
function explain(cell: ExcelJS.Cell, status: FigureStatus | null | undefined, words: { undetermined: string; masked: string; invalid: string; none: string } | undefined): void {
  if (status !== 'undetermined' && status !== 'masked' && status !== 'invalid' && status !== 'none') return;
  cell.fill = status === 'undetermined' ? UNDETERMINED_FILL : NO_FIGURE_FILL;
  if (words) cell.note = words[status];
}

const base = (r: ExportRecord) => [r.file, r.agency ?? '', r.agencyKey ?? '', r.year ?? '', r.form];

/** The summary's key figures, in the order of WORDS' `summary` names. */
export const SUMMARY_COLUMNS: KeyFigureName[] = [
  'newCount', 'carried', 'open', 'partial', 'withheld', 'unable', 'ignored', 'other', 'closed', 'carryNext', 'disclosureRate', 'reviews', 'reviewsCorrected', 'suits', 'suitsCorrected', 'correctionRate',
];

export async function workbook(reports: readonly WorkbookReport[], locale: Locale = 'zh-cn'): Promise<Buffer> {
  const words = WORDS[locale];
  const BASE = words.base;
  const noted = reports.length <= NOTES_UP_TO;
  const note = noted ? words.note : undefined;
  const statusWords = noted ? words.status : undefined;
  // The form's words in the headers in the workbook's script: a zh-tw workbook's 檔案 and 機關 stood beside
  // 「行政复议·结果维持」 (found by a review). Each word of a header (apart by a space or 「·」) by the form's own table.
  const form = (h: string) => (locale === 'zh-tw' ? h.split(/([ ·])/).map((w) => TEMPLATE_TW[w] ?? w).join('') : h);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'disclosure-report';

  const summary = wb.addWorksheet(words.sheets[0]);
  // (The sums of tables 三 and 四 that fail, counted: a report whose figures do not add up — a 公开率 over 100 % —
  // can be left out of a study; the summary said nothing of it, found by a review.)
  // (And what the reader could not read — a table not found, figures it could not place —: a report whose tables were
  // not read was a row of empty cells, 合计不符 0, kept by a study that filtered on it: found by a review.)
  // (And a year's second report of a body — a corrected version, another site's copy —: the first's file, so that a sum
  // by body and year can leave it out; only the run's note said it.)
  header(summary, [...BASE, ...words.summary, words.inferred, words.failing, words.reading, words.sameYearAs]);
  if (!noted) summary.getCell(1, 1).note = words.shades;
  const KINDS = ['active', 'applications', 'review', 'statistics'];
  const named = (kinds: readonly string[]) => kinds.map((k) => words.tableNames[KINDS.indexOf(k)]).join(words.sep);
  for (const { record, figures, unsure } of reports) {
    const lacks = unread(record);
    const colon = locale === 'en' ? ': ' : '：';
    const reading = [lacks.length ? `${words.lacks}${colon}${named(lacks)}` : '', unsure?.length ? `${words.unsure}${colon}${named(unsure)}` : ''].filter(Boolean).join(locale === 'en' ? '; ' : '；');
    const row = summary.addRow([...base(record), ...SUMMARY_COLUMNS.map((k) => figures[k] ?? null), figures.inferred ? words.yes : '', figures.failingSums ?? null, reading, record.sameYearAs]);
    SUMMARY_COLUMNS.forEach((k, i) => {
      const cell = row.getCell(BASE.length + 1 + i);
      if (k === 'disclosureRate' || k === 'correctionRate') cell.numFmt = PERCENT;
      // (Each figure by the rows it comes from: not every one because one table was glued. A rate is not shaded.)
      mark(cell, !!figures.inferredFigures?.includes(k) && k !== 'disclosureRate' && k !== 'correctionRate', note);
    });
  }

  // Table 二: a column per (block, row, column) of the form; 2019-form reports use the 2019 columns.
  const active = wb.addWorksheet(words.sheets[1]);
  const activeKeys = [...new Set(reports.flatMap(({ record }) => record.tables.active.map((f) => `${f.block} ${f.row}·${f.column}`)))];
  if (!activeKeys.length) for (const b of activeBlocks('2021')) for (const r of b.rows) for (const c of b.columns) activeKeys.push(`第二十条第（${b.item}）项 ${r.label}·${c.label}`);
  header(active, [...BASE, ...activeKeys.map(form)]);
  for (const { record } of reports) {
    const byKey = new Map(record.tables.active.map((f) => [`${f.block} ${f.row}·${f.column}`, f]));
    const row = active.addRow([...base(record), ...activeKeys.map((k) => byKey.get(k)?.value ?? null)]);
    activeKeys.forEach((k, i) => {
      mark(row.getCell(BASE.length + 1 + i), !!byKey.get(k)?.inferred, note);
      explain(row.getCell(BASE.length + 1 + i), byKey.get(k)?.status, statusWords);
    });
  }

  // Table 三: the 2021 form's 25 rows (2019-form reports fill （六）其他处理 and leave its items empty).
  const app = wb.addWorksheet(words.sheets[2]);
  const ids2021 = appRowIds('2021');
  const appRows = [...ids2021.slice(0, ids2021.indexOf('o1')), 'other', ...ids2021.slice(ids2021.indexOf('o1'))];
  const appLabels = appRows.map((id) => appRowDef(id)!.label);
  header(app, [...BASE, ...appLabels.flatMap((l) => APP_COLUMNS.map((c) => form(`${l}·${c.label}`)))]);
  for (const { record } of reports) {
    const rows = new Map((record.tables.applications?.rows ?? []).map((r) => [r.label, r]));
    const values = appLabels.flatMap((l) => APP_COLUMNS.map((_, i) => rows.get(l)?.values[i] ?? null));
    const row = app.addRow([...base(record), ...values]);
    appLabels.forEach((l, ri) =>
      APP_COLUMNS.forEach((_, ci) => {
        const cell = row.getCell(BASE.length + 1 + ri * APP_COLUMNS.length + ci);
        mark(cell, !!rows.get(l)?.inferred && rows.get(l)?.values[ci] !== null, note);
        explain(cell, rows.get(l)?.status?.[ci], statusWords);
      }),
    );
  }

  const review = wb.addWorksheet(words.sheets[3]);
  header(review, [...BASE, ...REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => `${locale === 'zh-tw' ? g.short.tw : g.short.cn}·${form(c.label)}`))]);
  for (const { record } of reports) {
    const values = record.tables.review?.values ?? Array(15).fill(null);
    const row = review.addRow([...base(record), ...values]);
    values.forEach((v, i) => {
      mark(row.getCell(BASE.length + 1 + i), !!record.tables.review?.inferred && v !== null, note);
      explain(row.getCell(BASE.length + 1 + i), record.tables.review?.status?.[i], statusWords);
    });
  }
  // Reports of the form before 2019: their statistics table (指标名称 · 计量单位 · columns), a column per
  // indicator and column as the reports name them, when any report has one.
  const statKey = (f: { indicator: string; unit: string; column: string }) => `${f.indicator}（${f.unit}）·${f.column}`;
  const statKeys = [...new Set(reports.flatMap(({ record }) => (record.tables.statistics ?? []).map(statKey)))];
  if (statKeys.length) {
    const stats = wb.addWorksheet(words.sheets[4]);
    header(stats, [...BASE, ...statKeys]);
    for (const { record } of reports) {
      if (!record.tables.statistics?.length) continue;
      const byKey = new Map(record.tables.statistics.map((f) => [statKey(f), f]));
      const row = stats.addRow([...base(record), ...statKeys.map((k) => byKey.get(k)?.value ?? null)]);
      statKeys.forEach((k, i) => {
        mark(row.getCell(BASE.length + 1 + i), !!byKey.get(k)?.inferred && byKey.get(k)?.value !== null, note);
        explain(row.getCell(BASE.length + 1 + i), byKey.get(k)?.status, statusWords);
      });
    }
  }
  for (const ws of wb.worksheets) {
    ws.getColumn(1).width = 36;
    ws.getColumn(2).width = 28;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
