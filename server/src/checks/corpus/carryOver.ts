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
import { carryNextAt, type IndexedReport } from '../../corpus/entry';
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
    'carry-over.related': {
      cn: '{year} 年度报告：结转下年度继续办理·{column} = {previous}',
      tw: '{year} 年度報告：結轉下年度繼續辦理·{column} = {previous}',
      en: '{year} report: carried to next year ({column}) = {previous}',
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
    const mine = [carried.cells, ...otherScopes(facts, app).flatMap((t) => {
      const row = (t.table as ApplicationsTable).rows.find((r) => r.id === 'carried');
      return row && figuresKnown(row, APP_WIDTH) ? [row.cells] : [];
    })];
    const agreeWith = (cells: typeof carried.cells, before: (col: number) => number | null | undefined) => cells.every((cell, col) => {
      const value = sumValue(cell);
      const b = before(col);
      return value === undefined || b === undefined || b === null || value === b;
    });
    // (Both years with as many scopes' tables: each compared with its own — a region's wrong figure is not excused by
    // the body's own agreeing, found by the review of the first version. Else which scope is which cannot be told: any.)
    const agrees = (e: IndexedReport) => {
      const firstAgrees = agreeWith(carried.cells, (col) => carryNextAt(e, col)?.value);
      const others = e.carryNextOthers ?? [];
      if (mine.length > 1 && others.length + 1 === mine.length) return firstAgrees;
      return mine.some((cells) => agreeWith(cells, (col) => carryNextAt(e, col)?.value) || others.some((o) => agreeWith(cells, (col) => o[col])));
    };
    // (Of two copies of last year's report as near as each other, one that agrees: a report corrected after
    // it was first published, one site keeping the first version.)
    const previous = corpus.previousYear(agencyKey(agency), facts.year, undefined, agrees);
    if (!previous?.carryNext || agrees(previous)) return [];
    const out: Finding[] = [];
    carried.cells.forEach((cell, col) => {
      const value = sumValue(cell);
      const at = carryNextAt(previous, col);
      const before = at?.value;
      if (value === undefined || before === undefined || value === before) return;
      const span = cellRange(cell);
      // (A blank cell is said blank, as last year's is: 「为 0」 sent the writer looking for a 0 — found by a review.)
      const args = { cell: appCellName('carried', col), value: cell.kind === 'blank' ? BLANK : value, year: previous.year, file: previous.name, column: APP_COLUMNS[col].short, previous: at?.blank ? BLANK : before };
      out.push({
        code: 'carry-over',
        severity: 'warning',
        span: { start: span.start + app.offset, end: span.end + app.offset },
        message: msg('carry-over', args),
        related: [{ span: { start: 0, end: 0 }, message: msg('carry-over.related', args), location: { uri: previous.uri, range: at!.range } }],
      });
    });
    return out;
  },
};
