/**
 * Hovers (Markdown, in the user's language): a figure with its row and column and, for a total,
 * its formula with ✓/✗; a table's key figures; a section's figures and findings; the whole
 * report on its title.
 */
import { locate, tablesOf, type Located } from '../analysis/views/locate';
import { activeBlocks, APP_COLUMNS, APP_TOTAL_COL, APP_WIDTH, appRowDef, REVIEW_COLUMNS, REVIEW_GROUPS, sectionDef, TABLE_NAMES, totalItems } from '../analysis/form/schema';
import { figure, summariseApplications, summariseReview, type ApplicationsSummary } from '../analysis/views/summary';
import { tidyLabel } from '../analysis/views/labels';
import type { ApplicationsTable, Finding, Locale, ReportModel, ReviewTable, SectionModel, Span, Table, Text3 } from '../analysis/types';
import { appCellName, locatedCellName, reviewCellName } from '../checks/shared/cells';
import { englishPlurals, text3, title3 } from '../i18n/render';
import type { DocFacts } from '../analysis/model/facts';
import { otherScopes } from '../analysis/model/tableScope';
import { carryNextBlanks, carryNextValues, counterparts, type IndexedReport } from '../corpus/entry';

const t3 = (cn: string, tw: string, en: string): Text3 => ({ cn, tw, en });
/** The hover's words (exported for the wording tests). */
export const W = {
  received: t3('收到申请', '收到申請', 'Applications received'),
  newCarried: t3('新收 {0} + 上年结转 {1}', '新收 {0} + 上年結轉 {1}', 'new {0} + carried over {1}'),
  closed: t3('（七）总计（办结）', '（七）總計（辦結）', 'Handled: (7) total'),
  open: t3('予以公开', '予以公開', 'Disclosed'),
  partial: t3('部分公开', '部分公開', 'Partly disclosed'),
  withheld: t3('不予公开', '不予公開', 'Withheld'),
  unable: t3('无法提供', '無法提供', 'Cannot be provided'),
  ignored: t3('不予处理', '不予處理', 'Not processed'),
  other: t3('其他处理', '其他處理', 'Other handling'),
  carryNext: t3('结转下年度', '結轉下年度', 'Carried to next year'),
  applicants: t3('申请人（新收）：自然人 {0}，法人或其他组织 {1}', '申請人（新收）：自然人 {0}，法人或其他組織 {1}', 'Applicants (new): natural persons {0}, organisations {1}'),
  balanced: t3('勾稽关系 ✓ 成立（一+二 = （七）总计+四，每一列）', '勾稽關係 ✓ 成立（一+二 = （七）總計+四，每一欄）', 'Balance ✓ holds (I+II = (7)+IV in every column)'),
  unbalanced: t3('勾稽关系 ✗ 不平：{0}', '勾稽關係 ✗ 不平：{0}', 'Balance ✗ fails in: {0}'),
  everyColumn: t3('各列', '各欄', 'every column'),
  unchecked: t3('勾稽关系无法核对：{0}的数字未能读出', '勾稽關係無法核對：{0}的數字未能讀出', 'Balance cannot be checked: figures of {0} could not be read'),
  count: t3('件数', '件數', 'Count'),
  share: t3('占办结', '佔辦結', 'Share of handled'),
  reviewHead: t3('| | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 纠错率 |', '| | 總計 | 結果維持 | 結果糾正 | 其他結果 | 尚未審結 | 糾錯率 |', '| | Total | Upheld | Corrected | Other | Pending | Correction rate |'),
  rateNote: t3('纠错率 = 结果纠正 ÷ 已审结（总计 − 尚未审结）', '糾錯率 = 結果糾正 ÷ 已審結（總計 − 尚未審結）', 'Correction rate = corrected ÷ decided (total − pending)'),
  findings: t3('问题：{0} 个错误，{1} 个警告，{2} 条提示', '問題：{0} 個錯誤，{1} 個警告，{2} 條提示', 'Findings: {0} error(s), {1} warning(s), {2} note(s)'),
  year: t3('年度：{0}', '年度：{0}', 'Year: {0}'),
  format: t3('格式：{0}', '格式：{0}', 'Form: {0}'),
  f2021: t3('2021 版（国办公开办函〔2021〕30号）', '2021 版（國辦公開辦函〔2021〕30號）', '2021 form (国办公开办函〔2021〕30号)'),
  f2019: t3('2019 版（国办公开办函〔2019〕60号）', '2019 版（國辦公開辦函〔2019〕60號）', '2019 form (国办公开办函〔2019〕60号)'),
  fpre: t3('2019 年以前的格式（不按 2021 版检查）', '2019 年以前的格式（不按 2021 版檢查）', 'pre-2019 structure (not checked against the 2021 form)'),
  fown: t3('本单位适用的规定（高校、医院、公共企事业单位等；不按政府格式检查部分和统计表）', '本單位適用的規定（高校、醫院、公共企事業單位等；不按政府格式檢查部分和統計表）', 'the body\u2019s own rules (a university, hospital or public enterprise; sections and tables not checked against the government form)'),
  sections: t3('部分：{0}/6', '部分：{0}/6', 'Sections: {0}/6'),
  disclosureRate: t3('公开率（予以公开 + 部分公开）÷ 办结：{0}', '公開率（予以公開 + 部分公開）÷ 辦結：{0}', 'Disclosure rate (disclosed + partly) ÷ handled: {0}'),
  reviews: t3('行政复议 {0} 件，行政诉讼 {1} 件', '行政複議 {0} 件，行政訴訟 {1} 件', '{0} administrative review(s), {1} lawsuit(s)'),
  noTable: t3('（本报告没有此表）', '（本報告沒有此表）', '(this report has no such table)'),
  masked: t3('（遮盖的数字，不参与计算）', '（遮蓋的數字，不參與計算）', '(masked figure, left out of the sums)'),
  blank: t3('空白（按 0 计算）', '空白（按 0 計算）', 'blank (counted as 0)'),
  alsoColumn: t3('这个数所在的列也不平：{0}', '這個數所在的欄也不平：{0}', 'Its column does not add up either: {0}'),
  ruleColumn: t3('（七）总计', '（七）總計', 'the (7) total'),
  ruleBalance: t3('勾稽关系', '勾稽關係', 'the balance'),
  rest: t3('其余各项为 0', '其餘各項為 0', 'all other items 0'),
  subheadings: t3('小标题 {0} 个', '小標題 {0} 個', '{0} sub-heading(s)'),
  indicator: t3('指标名称', '指標名稱', 'Indicator'),
  lastYear: t3('上一年度（{0} 年）报告的结转下年度继续办理：{1}（{2}）', '上一年度（{0} 年）報告的結轉下年度繼續辦理：{1}（{2}）', 'Carried to next year in the {0} report: {1} ({2})'),
  'how.digits': t3('推断：这串数字的位数与格数相同，每位一格', '推斷：這串數字的位數與格數相同，每位一格', 'Inferred: the run has as many digits as cells, one digit each'),
  'how.unique': t3('推断：这串数字只有一种拆法', '推斷：這串數字只有一種拆法', 'Inferred: the run splits only one way'),
  'how.row': t3('推断：由行合计拆分（行合计因此不作为核对依据）', '推斷：由列合計拆分（列合計因此不作為核對依據）', 'Inferred: split by the row total (which is therefore not evidence)'),
  'how.columns': t3('推断：由列合计和勾稽关系确定拆分（这些规则因此不作为核对依据）', '推斷：由欄合計和勾稽關係確定拆分（這些規則因此不作為核對依據）', 'Inferred: split by the column totals and the balance (which are therefore not evidence)'),
  'how.review': t3('推断：由各组总计拆分（总计因此不作为核对依据）', '推斷：由各組總計拆分（總計因此不作為核對依據）', 'Inferred: split by the group totals (which are therefore not evidence)'),
  unknownCell: t3('无法确定：「{0}」有多种拆法（或无法拆分）', '無法確定：「{0}」有多種拆法（或無法拆分）', 'Undetermined: {0} splits more than one way (or none)'),
  usedRule: t3('（此规则用于拆分连在一起的数字，不作核对）', '（此規則用於拆分連在一起的數字，不作核對）', '(this rule was used to split glued figures; not checked)'),
  inferredCount: t3('{0} 个数字是推断的（表格的单元格分隔已丢失）', '{0} 個數字是推斷的（表格的儲存格分隔已遺失）', '{0} figure(s) inferred (the table lost its cell boundaries)'),
  unknownCount: t3('{0} 个数字无法确定', '{0} 個數字無法確定', '{0} figure(s) undetermined'),
  balanceUsed: t3('勾稽关系：用于拆分连在一起的数字，不作核对', '勾稽關係：用於拆分連在一起的數字，不作核對', 'Balance: used to split glued figures; not checked'),
  unit: t3('单位', '單位', 'Unit'),
} satisfies Record<string, Text3>;

function w(key: keyof typeof W, locale: Locale, ...args: (string | number | undefined)[]): string {
  const s = text3(W[key], locale).replace(/\{(\d)\}/g, (_, i: string) => fmt(args[Number(i)]));
  return locale === 'en' ? englishPlurals(s) : s;
}
/** 「名称：值」 in Chinese, "name: value" in English. */
const colon = (locale: Locale) => (locale === 'en' ? ': ' : '：');
const fmt = (v: string | number | undefined) => (v === undefined ? '—' : String(v));
const pct = (x: number | undefined, of: number | undefined) => (x === undefined || !of ? '—' : `${((x / of) * 100).toFixed(1)}%`);

/** What a hover may know of the agency's previous year (its report in the workspace). */
export interface PreviousYear {
  year: number;
  name: string;
  carryNext?: (number | undefined)[];
  /** Which of those cells were blank (said 「空白」, not 0). */
  blank?: readonly boolean[];
  /**
   * Where this year's tables 三 are compared each with its counterpart (both years with as many scopes' tables,
   * counterparts in entry.ts): last year's figures for each, by where this year's table starts — not the first table's
   * figures on every table's 上年结转 (found by a review).
   */
  tables?: { start: number; carryNext?: (number | undefined)[]; blank?: readonly boolean[] }[];
}

/** What the hover says of the previous year, from its index entry and this report's facts (its tables 三). */
export function previousYearOf(facts: Pick<DocFacts, 'tables'>, prev: IndexedReport): PreviousYear {
  const out: PreviousYear = { year: prev.year, name: prev.name, carryNext: carryNextValues(prev), blank: carryNextBlanks(prev) };
  const app = facts.tables.find((t) => t.kind === 'applications');
  const scopes = app ? [app, ...otherScopes(facts, app)] : [];
  const rows = counterparts(scopes, prev);
  if (rows) out.tables = scopes.map((t, i) => ({ start: t.span.start, carryNext: carryNextValues(rows[i]), blank: carryNextBlanks(rows[i]) }));
  return out;
}

export function hoverMarkdown(model: ReportModel, findings: readonly Finding[], at: number, locale: Locale, previous?: PreviousYear): { markdown: string; span?: Span } | undefined {
  const hit = locate(model, at);
  if (!hit) return undefined;
  switch (hit.kind) {
    case 'title':
      return { markdown: reportSummary(model, findings, locale), span: model.title!.span };
    case 'heading':
      return { markdown: sectionSummary(hit.section, findings, locale, !model.sections.some((o) => o.span.start === hit.section.span.end)), span: hit.section.heading };
    case 'table':
      return { markdown: tableSummary(hit.table, locale) };
    case 'cell':
      return { markdown: cellHover(hit, findings, locale, previous), span: hit.cell.span };
  }
}

/**
 * The findings that start in `span` — not at its end, where the next section's heading starts and its own
 * findings stand (table-missing there was counted twice: found by a review) — unless nothing starts there.
 */
function counts(findings: readonly Finding[], span?: Span, endIncluded = false): [number, number, number] {
  const f = span ? findings.filter((x) => x.span.start >= span.start && (x.span.start < span.end || (endIncluded && x.span.start === span.end))) : findings;
  return [f.filter((x) => x.severity === 'error').length, f.filter((x) => x.severity === 'warning').length, f.filter((x) => x.severity === 'information' || x.severity === 'hint').length];
}

function reportSummary(model: ReportModel, findings: readonly Finding[], locale: Locale): string {
  const lines = [`**${model.title?.text ?? ''}**`, ''];
  lines.push(`- ${w('year', locale, model.year)}`);
  lines.push(`- ${w('format', locale, text3(model.format === '2021' ? W.f2021 : model.format === '2019' ? W.f2019 : model.format === 'own' ? W.fown : W.fpre, locale))}`);
  // (A body's own rules have sections of their own, not the form's six.)
  if (model.format !== 'own') lines.push(`- ${w('sections', locale, new Set(model.sections.map((s) => s.section)).size)}`);
  const tables = tablesOf(model);
  const app = tables.find((t): t is ApplicationsTable => t.kind === 'applications');
  if (app) {
    const s = summariseApplications(app);
    // (Chinese brackets and comma in Chinese; English its own: 「Applications received 14 (new 13 + carried over 1), …」.)
    const [open, close, comma] = locale === 'en' ? [' (', ')', ', '] : ['（', '）', '，'];
    lines.push(`- ${w('received', locale)} ${fmt(s.received)}${open}${w('newCarried', locale, s.newCount, s.carried)}${close}${comma}${text3(W.closed, locale)} ${fmt(s.closed)}`);
    const disclosed = s.open !== undefined && s.partial !== undefined ? s.open + s.partial : undefined;
    lines.push(`- ${w('disclosureRate', locale, pct(disclosed, s.closed))}`);
    lines.push(`- ${balanceVerdict(app, s, locale)}`);
  }
  const review = tables.find((t): t is ReviewTable => t.kind === 'review');
  if (review) {
    const g = summariseReview(review);
    const suits = g[1].total !== undefined && g[2].total !== undefined ? g[1].total + g[2].total : undefined;
    lines.push(`- ${w('reviews', locale, g[0].total, suits)}`);
  }
  const inferred = tables.reduce((n, t) => n + (t.glue?.inferred ?? 0), 0);
  if (inferred) lines.push(`- ${w('inferredCount', locale, inferred)}`);
  lines.push('', w('findings', locale, ...counts(findings)));
  return lines.join('\n');
}

function sectionSummary(s: SectionModel, findings: readonly Finding[], locale: Locale, last: boolean): string {
  const lines = [`**${text3(sectionDef(s.section).name, locale)}**`, ''];
  for (const t of s.tables) lines.push(tableSummary(t, locale), '');
  if (!s.tables.length && (s.section === 2 || s.section === 3 || s.section === 4)) lines.push(text3(W.noTable, locale), '');
  if (s.subheadings.length) lines.push(w('subheadings', locale, s.subheadings.length), '');
  lines.push(w('findings', locale, ...counts(findings, s.span, last)));
  return lines.join('\n');
}

/** A table's key figures, and how many of them were inferred from glued digits. */
export function tableSummary(t: Table, locale: Locale): string {
  const body = tableFigures(t, locale);
  if (!t.glue) return body;
  const notes = [w('inferredCount', locale, t.glue.inferred)];
  if (t.glue.unknown) notes.push(w('unknownCount', locale, t.glue.unknown));
  return body + '\n\n' + notes.join('；');
}

/** The balance verdict: holds, fails in some columns, or was used to read the table. */
function balanceVerdict(t: ApplicationsTable, s: ApplicationsSummary, locale: Locale): string {
  if (t.glue?.rules.includes('balance')) return text3(W.balanceUsed, locale);
  const columns = (cs: number[]) => cs.map((c) => text3(APP_COLUMNS[c].short, locale)).join(locale === 'en' ? ', ' : '、');
  // (A table whose figures were not all read says so: no ✓ for what could not be added up.)
  if (s.unbalanced.length) return w('unbalanced', locale, columns(s.unbalanced));
  return s.unchecked.length ? w('unchecked', locale, s.unchecked.length === APP_WIDTH ? text3(W.everyColumn, locale) : columns(s.unchecked)) : w('balanced', locale);
}

function tableFigures(t: Table, locale: Locale): string {
  if (t.kind === 'applications') {
    const s = summariseApplications(t);
    const row = (k: keyof typeof W, v: number | undefined, share = true) => `| ${text3(W[k], locale)} | ${fmt(v)} | ${share ? pct(v, s.closed) : ''} |`;
    // The verdict first: whether the table balances is what a reviewer looks for.
    return [
      `**${title3(TABLE_NAMES.applications, locale)}**`,
      '',
      balanceVerdict(t, s, locale),
      '',
      `| | ${text3(W.count, locale)} | ${text3(W.share, locale)} |`,
      '|---|---:|---:|',
      `| ${text3(W.received, locale)}${locale === 'en' ? ` (${w('newCarried', locale, s.newCount, s.carried)})` : `（${w('newCarried', locale, s.newCount, s.carried)}）`} | ${fmt(s.received)} | |`,
      `| ${text3(W.closed, locale)} | ${fmt(s.closed)} | |`,
      row('open', s.open),
      row('partial', s.partial),
      row('withheld', s.withheld),
      row('unable', s.unable),
      row('ignored', s.ignored),
      row('other', s.other),
      row('carryNext', s.carryNext, false),
      '',
      w('applicants', locale, s.natural, s.organisations),
    ].join('\n');
  }
  if (t.kind === 'review') {
    const groups = summariseReview(t);
    return [
      `**${title3(TABLE_NAMES.review, locale)}**`,
      '',
      text3(W.reviewHead, locale),
      '|---|---:|---:|---:|---:|---:|---:|',
      ...groups.map((g, i) => `| ${text3(REVIEW_GROUPS[i].short, locale)} | ${fmt(g.total)} | ${fmt(g.upheld)} | ${fmt(g.corrected)} | ${fmt(g.other)} | ${fmt(g.pending)} | ${g.correctionRate === undefined ? '—' : (g.correctionRate * 100).toFixed(1) + '%'} |`),
      '',
      text3(W.rateNote, locale),
    ].join('\n');
  }
  if (t.kind === 'statistics') {
    const head = `| ${text3(W.indicator, locale)} | ${text3(W.unit, locale)} | ${t.columns.join(' | ')} |`;
    return [`**${title3(TABLE_NAMES.statistics, locale)}**`, '', head, '|---|---|' + t.columns.map(() => '---:|').join(''), ...t.rows.map((r) => `| ${tidyLabel(r.labelText)} | ${r.unit} | ${r.cells.map((c) => (c.kind === 'number' ? c.value : c.kind === 'unknown' ? '?' : c.raw || '—')).join(' | ')} |`)].join('\n');
  }
  const defs = activeBlocks(t.variant);
  const lines = [`**${title3(TABLE_NAMES.active, locale)}**`, ''];
  for (const b of t.blocks) {
    const def = defs.find((d) => d.id === b.id);
    if (!def) continue;
    for (const r of b.rows) {
      const rd = def.rows.find((x) => x.id === r.id)!;
      // (A figure left undetermined is 「?」, as in the other tables: its glued run 「5416」 was shown as each of its three
      // cells' figure — found by a writer's trial.)
      lines.push(`- ${text3(rd.short, locale)}${colon(locale)}` + r.cells.map((c, i) => `${text3(def.columns[i].short, locale)} ${c.kind === 'number' ? c.value : c.kind === 'unknown' ? '?' : c.raw || '—'}`).join(locale === 'en' ? ', ' : '，'));
    }
  }
  return lines.join('\n');
}

/** 「15 + 0 + 1 = 16 ✓」, or with the figure that is there: 「5 + 1 = 6 ≠ 5 ✗」. */
function formula(parts: (number | undefined)[], total: number | undefined, locale: Locale, long = 8): string {
  if (parts.some((p) => p === undefined) || total === undefined) return '';
  const sum = (parts as number[]).reduce((a, b) => a + b, 0);
  const nz = (parts as number[]).filter((p) => p !== 0);
  const rest = locale === 'en' ? ` (${text3(W.rest, locale)})` : `（${text3(W.rest, locale)}）`;
  const terms = parts.length > long ? `${nz.length ? nz.join(' + ') : '0'}${rest}` : parts.join(' + ');
  return `${terms} = ${sum} ${sum === total ? '✓' : `≠ ${total} ✗`}`;
}

/**
 * 「总计 = 15 + 0 + 1 = 16 ✓」 under a cell's hover; nothing when a term is not known (a glued run left open, a
 * blank or invalid cell): a line 「（七）总计 = 」 with nothing after it was shown (found by a review).
 */
function sumLine(lines: string[], name: string, sum: string): void {
  if (sum) lines.push('', `${name} = ${sum}`);
}

function cellHover(hit: Extract<Located, { kind: 'cell' }>, findings: readonly Finding[], locale: Locale, previous?: PreviousYear): string {
  const { table, cell, col } = hit;
  const value = cell.kind === 'number' ? String(cell.value) : cell.kind === 'masked' ? `${cell.raw} ${text3(W.masked, locale)}` : cell.kind === 'blank' ? text3(W.blank, locale) : cell.kind === 'unknown' ? w('unknownCell', locale, cell.raw) : cell.raw;
  const how = cell.inferred ? ['', text3(W[`how.${cell.inferred}`], locale)] : [];
  if (table.kind === 'applications') {
    const byId = new Map(table.rows.map((r) => [r.id, r]));
    const lines = [`**${text3(appCellName(hit.row!, col), locale)}**${colon(locale)}${value}`];
    lines.push(...how);
    const before = previous?.tables ? previous.tables.find((t) => t.start === table.span.start) : previous;
    if (hit.row === 'carried' && previous && before?.carryNext) lines.push('', w('lastYear', locale, previous.year, before.blank?.[col] ? text3(W.blank, locale) : fmt(before.carryNext[col]), previous.name));
    const row = byId.get(hit.row!)!;
    const used = (rule: string) => table.glue?.rules.includes(rule) ?? false;
    const rowRuleUsed = row.glue?.how === 'row' || row.glue?.how === 'columns';
    if (col === APP_TOTAL_COL) sumLine(lines, text3(APP_COLUMNS[APP_TOTAL_COL].short, locale), rowRuleUsed ? text3(W.usedRule, locale) : formula(row.cells.slice(0, APP_TOTAL_COL).map(figure), figure(cell), locale));
    // A figure that is also a part of its column's sum, or of the balance, that does not add up either.
    const column = findings.filter((f) => (f.code === 'column-total' || f.code === 'balance') && f.arith?.col === col && f.related?.some((r) => r.span.start === cell.span.start));
    if (column.length && hit.row !== 'total') lines.push('', w('alsoColumn', locale, column.map((f) => text3(f.code === 'balance' ? W.ruleBalance : W.ruleColumn, locale)).join(locale === 'en' ? ' and ' : '、')));
    if (hit.row === 'total') {
      const items = totalItems(table.variant).map((id) => figure(byId.get(id)?.cells[col]));
      sumLine(lines, text3(appRowDef('total')!.short, locale), used('column-total') ? text3(W.usedRule, locale) : formula(items, figure(cell), locale));
    }
    if (['new', 'carried', 'total', 'carryNext'].includes(hit.row!)) {
      const [a, b, c, d] = ['new', 'carried', 'total', 'carryNext'].map((id) => figure(byId.get(id)?.cells[col]));
      // (In English the rows as the form numbers them in English: I, II, (7), IV — as the table's hover says.)
      const [one, two, seven, four, comma] = locale === 'en' ? ['I', 'II', '(7)', 'IV', ', '] : ['一', '二', '（七）', '四', '，'];
      if (used('balance')) lines.push('', `${one}+${two} = ${seven}+${four} ${text3(W.usedRule, locale)}`);
      else if ([a, b, c, d].every((x) => x !== undefined)) lines.push('', `${one}+${two} = ${a}+${b} = ${a! + b!}${comma}${seven}+${four} = ${c}+${d} = ${c! + d!} ${a! + b! === c! + d! ? '✓' : '✗'}`);
    }
    return lines.join('\n');
  }
  if (table.kind === 'review') {
    const lines = [`**${text3(reviewCellName(col), locale)}**${colon(locale)}${value}`, ...how];
    const wdt = REVIEW_COLUMNS.length;
    if (col % wdt === wdt - 1) {
      const g = Math.floor(col / wdt);
      const used = table.glue?.rules.includes('review-total');
      sumLine(lines, text3(REVIEW_COLUMNS[wdt - 1].short, locale), used ? text3(W.usedRule, locale) : formula(table.cells.slice(g * wdt, g * wdt + wdt - 1).map(figure), figure(cell), locale));
    }
    return lines.join('\n');
  }
  if (table.kind === 'statistics') {
    const row = table.rows.find((r) => r.cells.includes(cell));
    // (In English its own brackets, comma and colon, as every other hover: the row's words stay the report's.)
    const [open, comma, close] = locale === 'en' ? [' (', ', ', ')'] : ['（', '，', '）'];
    return [`**${row ? tidyLabel(row.labelText) : ''}**${open}${row?.unit ?? ''}${comma}${table.columns[col] ?? ''}${close}${colon(locale)}${value}`, ...how].join('\n');
  }
  const name = locatedCellName(hit);
  return [`**${name ? text3(name, locale) : ''}**${colon(locale)}${value}`, ...how].join('\n');
}
