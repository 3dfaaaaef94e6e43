/**
 * Reads the statistics table of reports before the 2019 form (政府信息公开情况统计表): a header
 * 「指标名称 | 计量单位 | 本年度 | 历年累计」 (or 年末统计, 数量), then rows of an indicator, its unit and
 * its figures. The rows are free (each agency chose its own); no sums link them, so the reader only
 * reads them, for the hover and the export. Glued text (「主动公开信息数条138其中：1、网站公开条1382、…」)
 * reads the same way: the unit ends the label, the figures follow.
 */
import { readRun } from '../glued/readRun';
import { QUOTE_CHARS, toSimplifiedChars } from '../text/normalize';
import type { Token } from '../tokens/token';
import { fitRow, lastCellsReach, resetCellsReach, rowCellsEnd } from './fitRow';
import { walkTables, type StepOut, type Walk, type WalkResume } from './resume/walkTables';
import type { Span, StatisticsRow, StatisticsTable } from '../../types';

export const UNITS = ['人次', '万元', '小时', '条', '件', '个', '次', '元', '项', '份', '人', '家', '篇', '期', '场', '批', '天', '部', '套', '%', '％', '个工作日', '工作日'];
const VALUE_COLUMNS = ['本年度', '本年', '年末统计', '统计数', '数量', '历年累计', '累计', '上年度', '同比'];
/**
 * A value column named by its year (「2018年度」「2017年」, folded): this year's figures, as many agencies head
 * them — not the first row's words (「2018年度历年累计主动公开文件数」, a page of two columns read as one: each row's two
 * figures glued were one, 206912106 for 2069 and 12106; found by a review).
 */
const YEAR_COLUMN = /^(?:19|20)\d{2}年度?/;
const columnAt = (s: string, at: number): string | undefined => VALUE_COLUMNS.find((c) => s.startsWith(c, at)) ?? YEAR_COLUMN.exec(s.slice(at, at + 8))?.[0];
const MAX_ROWS = 200;
/** The header with the quotes `norm` drops between its characters (「指标“名称”」). */
const QUOTED_HEADER = new RegExp([...'指标名称'].join(`[${QUOTE_CHARS}]*`));

/** The units, longest first (「个工作日」 before 「工作日」 and 「个」). */
const UNITS_LONGEST_FIRST = [...UNITS].sort((a, b) => b.length - a.length);
/**
 * The unit a label ends with (in simplified characters: 「條」「個」「萬元」 are 条, 个, 万元), and where it
 * starts in the raw text (the characters map one for one).
 */
function unitOf(raw: string): { unit: string; at: number } | undefined {
  const t = toSimplifiedChars(raw.replace(/[\s\u3000]+$/, ''));
  for (const u of UNITS_LONGEST_FIRST) if (t.endsWith(u) && t.length > u.length) return { unit: u, at: t.length - u.length };
  return undefined;
}

/**
 * Whether a segment whose fold is `folded` may hold the table. Its header is a token whose normalised
 * text holds 指标名称 or 统计指标 — normalised, quotes are dropped and compatibility forms read as what they stand
 * for (㈴ as 名), which the fold keeps as written; but no character other than 标, 称 and 统 themselves
 * normalises to them (a test runs through every code point), so the fold holds them.
 */
export function mayHoldStatistics(folded: string): boolean {
  return folded.includes('标') && (folded.includes('称') || folded.includes('统'));
}

/**
 * The characters `norm` makes 标 (a test checks every BMP character): a token whose raw text holds
 * neither is no header, and is not normalised to find out.
 */
export const MAY_HEAD = /[标標]/;
/** The header's first words: 指标名称 (as the spec has it) or 统计指标 (the older national template's). */
const HEADER_WORDS = ['指标名称', '统计指标'];
const headerAt = (s: string) => {
  for (const w of HEADER_WORDS) {
    const at = s.indexOf(w);
    if (at >= 0) return at;
  }
  return -1;
};

/** The pre-2019 statistics table in a segment's tokens; given the reading before an edit, read again around the edit only (walkTables.ts). */
export function readStatistics(tokens: Token[], text: string, resume?: WalkResume<StatisticsTable>, keepMarks = true): Walk<StatisticsTable> {
  return walkTables(tokens, (i, out) => statisticsAt(tokens, text, i, out), resume, keepMarks);
}

/** The step at token i: the statistics table if its header starts there. */
function statisticsAt(tokens: Token[], text: string, i: number, out: StepOut<StatisticsTable>): void {
  {
    const t = tokens[i];
    if (t.kind !== 'text' || !MAY_HEAD.test(t.raw) || headerAt(t.norm) < 0) return;
    resetCellsReach();
    const f = t.fold();
    // Where the fold has it — with the quotes normalising dropped (「指标“名称”」); written with
    // compatibility forms (㈴), the header is the whole token.
    let h = headerAt(f.s);
    if (h < 0) h = QUOTED_HEADER.exec(f.s)?.index ?? 0;
    const header: Span = { start: f.at(h), end: t.span.end };
    // Header words may run on into the first row's label (「…年末统计主动公开信息数条」).
    let headerText = f.s.slice(h);
    const columns: string[] = [];
    let firstLabelFrom = -1;
    for (let at = headerText.indexOf('单位') + 2; at > 1 && at < headerText.length; ) {
      const col = columnAt(headerText, at);
      if (!col) {
        firstLabelFrom = at;
        break;
      }
      columns.push(col);
      at += col.length;
    }
    let k = i;
    if (firstLabelFrom < 0) {
      // Header cells of their own: the value columns follow as separate tokens.
      for (k = i + 1; k < tokens.length; k++) {
        const x = tokens[k];
        if (x.kind === 'blank') continue;
        const col = x.kind === 'text' ? columnAt(x.norm, 0) : undefined;
        if (!col && !(x.kind === 'text' && /^(?:计量)?单位$/.test(x.norm))) break;
        if (col) columns.push(col);
        header.end = x.span.end;
      }
      k--;
    } else {
      headerText = headerText.slice(0, firstLabelFrom);
      header.end = f.at(h + firstLabelFrom - 1) + 1;
    }
    if (!columns.length) columns.push('本年度');
    const rows: StatisticsRow[] = [];
    let end = header.end;
    let pending: { start: number; end: number } | undefined = firstLabelFrom >= 0 ? { start: header.end, end: t.span.end } : undefined;
    let j = k + 1;
    for (; j <= tokens.length && rows.length < MAX_ROWS; j++) {
      const x = tokens[j];
      // A figure inside the label's brackets is the label's (the older template's 「（一）主动公开政府信息数
      // （不同渠道和方式公开相同信息计1条）」): the label runs on to its closing bracket.
      if (x && pending && unclosed(text.slice(pending.start, pending.end)) && (x.kind !== 'text' || x.line === tokens[j - 1].line)) {
        pending = { start: pending.start, end: x.span.end };
        continue;
      }
      if (x && x.kind !== 'text') {
        if (!pending) continue;
        const cells: Token[] = [];
        const m = rowCellsEnd(tokens, j);
        for (let x = j; x < m; x++) cells.push(tokens[x]);
        const labelRaw = text.slice(pending.start, pending.end);
        const unit = unitOf(labelRaw);
        if (!unit) {
          // A group row (「一、主动公开情况」) has no figures; a figure without a unit ends the table (a signature and its date).
          if (cells.some((c) => c.kind !== 'blank' && c.cell?.kind !== 'none')) break;
          pending = undefined;
          j = m - 1;
          continue;
        }
        let ls = pending.start;
        while (ls < pending.end && /[\s\u3000]/.test(text[ls])) ls++;
        let labelEnd = pending.start + unit.at;
        while (labelEnd > ls && /[\s\u3000|｜]/.test(text[labelEnd - 1])) labelEnd--;
        const fitted = fitRow(cells, columns.length, { start: ls, end: pending.end }, text);
        const row: StatisticsRow = { label: { start: ls, end: labelEnd }, labelText: text.slice(ls, labelEnd).replace(/^(?:其中[:：])/, ''), unit: unit.unit, cells: fitted.cells, found: fitted.found };
        if (fitted.run) {
          const g = readRun(text, fitted.run, columns.length, [], 'unique');
          row.cells = g.cells;
          row.glue = g.glue;
        }
        rows.push(row);
        end = Math.max(end, cells.filter((c) => c.kind !== 'blank').pop()?.span.end ?? pending.end);
        pending = undefined;
        j = m - 1;
        continue;
      }
      if (!x) break;
      // A unit in a cell of its own belongs to the label before it.
      if (pending && UNITS.includes(x.norm)) {
        pending = { start: pending.start, end: x.span.end };
        continue;
      }
      if (x.raw.length > 60 || /[。；;]/.test(x.raw)) break;
      pending = { start: x.span.start, end: x.span.end };
    }
    // (It read up to tokens[j], and rowCellsEnd beyond.)
    out.reach = Math.max(i + 2, k + 2, j + 2, lastCellsReach());
    if (!rows.length) return;
    const inferred = rows.reduce((n, r) => n + r.cells.filter((c) => c.inferred).length, 0);
    const unknown = rows.reduce((n, r) => n + r.cells.filter((c) => c.kind === 'unknown').length, 0);
    const table: StatisticsTable = { kind: 'statistics', span: { start: header.start, end }, header, columns, rows };
    if (rows.some((r) => r.glue)) table.glue = { inferred, unknown, rules: [] };
    out.table = table;
    let next = i + 1;
    while (next < tokens.length && tokens[next].span.start < end) next++;
    out.next = next;
    out.reach = Math.max(out.reach, next + 1);
  }
}

/** Whether a label has a bracket it has not closed yet. */
function unclosed(label: string): boolean {
  let depth = 0;
  for (const c of label) {
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
  }
  return depth > 0;
}
