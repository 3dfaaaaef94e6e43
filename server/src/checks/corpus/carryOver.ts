/**
 * carry-over: this year's 二、上年结转 must equal, column by column, 四、结转下年度继续办理 of the same
 * agency's report for the previous year — when that report is among the files checked together
 * (the CLI's files, the VS Code workspace). The finding sits on this year's cell, names the other
 * report and both figures, and points at the other report's cell.
 */
import { governmentForm } from '../../analysis/model/format';
import { APP_COLUMNS, APP_WIDTH } from '../../analysis/form/schema';
import { agencyKey, reportAgency } from '../../analysis/views/agency';
import { figuresKnown } from '../../analysis/views/summary';
import type { ApplicationsTable, Finding } from '../../analysis/types';
import { appCellName, BLANK, cellRange, msg, sumValue } from '../shared/cells';
import { carryNextAt, counterparts, type CarryRow, type IndexedReport } from '../../corpus/entry';
import type { CorpusCheck } from '../types';
import { otherScopes } from '../../analysis/model/tableScope';


export const carryOver: CorpusCheck = {
  code: 'carry-over',
  severity: 'warning',
  scope: 'corpus',
  description: {
    cn: '本年「上年结转」应等于同一机关上一年度报告的「结转下年度继续办理」',
    tw: '本年「上年結轉」應等於同一機關上一年度報告的「結轉下年度繼續辦理」',
    en: "This year's “carried over from last year” must equal “carried over to next year” in the agency's previous report",
  },
  messages: {
    'carry-over': {
      cn: '{cell} 为 {value}，但 {year} 年度报告（{file}）的「四、结转下年度继续办理·{column}」为 {previous}',
      tw: '{cell} 為 {value}，但 {year} 年度報告（{file}）的「四、結轉下年度繼續辦理·{column}」為 {previous}',
      en: '{cell} is {value}, but the {year} report ({file}) carried {previous} to next year ({column})',
    },
    // Both years with as many tables 三 of their scopes: which table the warning is of.
    'carry-over.table': {
      cn: '{table}：{cell} 为 {value}，但 {year} 年度报告（{file}）对应表的「四、结转下年度继续办理·{column}」为 {previous}',
      tw: '{table}：{cell} 為 {value}，但 {year} 年度報告（{file}）對應表的「四、結轉下年度繼續辦理·{column}」為 {previous}',
      en: '{table}: {cell} is {value}, but the {year} report ({file}) carried {previous} to next year ({column}) in its matching table',
    },
    'carry-over.scope': { cn: '表三「{words}」', tw: '表三「{words}」', en: 'table III “{words}”' },
    'carry-over.nth': { cn: '第 {n} 张表三', tw: '第 {n} 張表三', en: 'table III no. {n}' },
    'carry-over.related': {
      cn: '{year} 年度报告：结转下年度继续办理·{column} = {previous}',
      tw: '{year} 年度報告：結轉下年度繼續辦理·{column} = {previous}',
      en: '{year} report: carried to next year ({column}) = {previous}',
    },
    // (And which of last year's tables, where each is compared with its own.)
    'carry-over.relatedTable': {
      cn: '{year} 年度报告的{table}：结转下年度继续办理·{column} = {previous}',
      tw: '{year} 年度報告的{table}：結轉下年度繼續辦理·{column} = {previous}',
      en: '{year} report, {table}: carried to next year ({column}) = {previous}',
    },
  },
  run(facts, corpus) {
    if (facts.year === undefined || !governmentForm(facts.format)) return [];
    const agency = reportAgency(facts);
    if (!agency) return [];
    const app = facts.tables.find((t) => t.kind === 'applications');
    if (!app) return [];
    const table = app.table as ApplicationsTable;
    const carried = table.rows.find((r) => r.id === 'carried');
    if (!carried || !figuresKnown(carried, APP_WIDTH)) return [];
    // This year's carried-over rows — its first table 三's, then another scope's beside it (「（二）区政府本级情况」,
    // scopedTables in tableScope.ts) — against last year's carried-to-next-year rows, its first table's and its other
    // scopes': any two that agree, and last year's is carried over (a government's report with its region's table and
    // its own, in either year: found by reviews — three warnings against the region's where the body's own agreed).
    const scopes = [app, ...otherScopes(facts, app)];
    /** Each table's 上年结转 cells, in the tables' order; none where its figures are not known. */
    const rows = scopes.map((t) => {
      const row = t === app ? carried : (t.table as ApplicationsTable).rows.find((r) => r.id === 'carried');
      return row && figuresKnown(row, APP_WIDTH) ? row.cells : undefined;
    });
    const mine = rows.filter((r): r is typeof carried.cells => r !== undefined);
    const agreeWith = (cells: typeof carried.cells, before: CarryRow) => cells.every((cell, col) => {
      const value = sumValue(cell);
      const b = carryNextAt(before, col)?.value;
      return value === undefined || b === undefined || value === b;
    });
    // Both years with as many scopes' tables: each compared with its own, in their order — a region's wrong figure is
    // not excused by the body's own agreeing, nor the body's own by the region's (found by reviews: the second, a city
    // tax bureau's own table 「（二）市局本级情况」 carrying over 2 where last year's own left 1, went unsaid). Else which
    // scope is which cannot be told: any.
    const agrees = (e: IndexedReport) => {
      const theirs = counterparts(scopes, e);
      if (theirs) return rows.every((cells, i) => !cells || agreeWith(cells, theirs[i]));
      const known = [e, ...(e.carryNextOthers ?? []).filter((o) => o.carryNext)];
      return mine.some((cells) => known.some((o) => agreeWith(cells, o)));
    };
    // (Of two copies of last year's report as near as each other, one that agrees: a report corrected after
    // it was first published, one site keeping the first version.)
    const previous = corpus.previousYear(agencyKey(agency), facts.year, undefined, agrees);
    if (!previous || agrees(previous)) return [];
    const theirs = counterparts(scopes, previous);
    const pairs = theirs ? scopes.map((t, i) => ({ t, cells: rows[i], before: theirs[i] })) : [{ t: app, cells: carried.cells, before: previous as CarryRow }];
    const out: Finding[] = [];
    pairs.forEach(({ t, cells, before: row }, i) => {
      // (Two or more tables compared each with its own: the message says which — its scope's heading, else its place.)
      const which = pairs.length > 1 ? (t.scope ? msg('carry-over.scope', { words: t.scope }) : msg('carry-over.nth', { n: i + 1 })) : undefined;
      cells?.forEach((cell, col) => {
        const value = sumValue(cell);
        const at = carryNextAt(row, col);
        const before = at?.value;
        if (value === undefined || before === undefined || value === before) return;
        const span = cellRange(cell);
        // (A blank cell is said blank, as last year's is: 「为 0」 sent the writer looking for a 0 — found by a review.)
        const args = { cell: appCellName('carried', col), value: cell.kind === 'blank' ? BLANK : value, year: previous.year, file: previous.name, column: APP_COLUMNS[col].short, previous: at?.blank ? BLANK : before };
        out.push({
          code: 'carry-over',
          severity: 'warning',
          span: { start: span.start + t.offset, end: span.end + t.offset },
          message: which ? msg('carry-over.table', { ...args, table: which }) : msg('carry-over', args),
          related: [{ span: { start: 0, end: 0 }, message: which ? msg('carry-over.relatedTable', { ...args, table: which }) : msg('carry-over.related', args), location: { uri: previous.uri, range: at!.range } }],
        });
      });
    });
    return out;
  },
};
