/**
 * Two tables 三 in one section: a region's report often gives the whole region's table and then its
 * own government's (「（一）全市情况」「（二）市本级情况」). Each is read whole and checked on its own; the
 * second table's header word 「总计」, standing alone in its cell as the first table's （七）总计 row did not,
 * is a header word, not a second （七）总计 of the first table.
 */
import assert from 'node:assert/strict';
import type { ApplicationsTable } from '../../../../server/src/analysis/types';
import { render } from '../../../../server/src/i18n/render';
import { allTables, analyse } from '../../../helpers';
import { buildReport, LAYOUTS, sampleFigures } from '../../../layouts';

const SECTION3 = '三、收到和处理政府信息公开申请情况';
const SECTION4 = '四、政府信息公开行政复议、行政诉讼情况';

/** The report in `layout` with section 三 holding two tables: the sample's, then one with 一、本年新收 written 2 more. */
function twoTables(layout: (typeof LAYOUTS)[number]): string {
  const text = buildReport(layout);
  const start = text.indexOf(SECTION3) + SECTION3.length + 1;
  const end = text.indexOf(SECTION4);
  const table = text.slice(start, end);
  const f = sampleFigures();
  const second = buildReport(layout, { ...f, app: f.app.map((r, i) => (i === 0 ? [r[0] + 2, ...r.slice(1, 6), r[6] + 2] : r)) });
  const table2 = second.slice(second.indexOf(SECTION3) + SECTION3.length + 1, second.indexOf(SECTION4));
  return text.slice(0, start) + '（一）全市情况\n' + table + '（二）市本级情况\n' + table2 + text.slice(end);
}

/** The same, the first table without its （七）总计 row. */
function firstWithoutTotal(layout: (typeof LAYOUTS)[number]): string {
  const text = twoTables(layout);
  const at = text.indexOf('（七）总计');
  const ls = text.lastIndexOf('\n', at) + 1;
  // (Up to the next row's line: its figures' lines too, a cell a line, and a drawn table's border.)
  const next = text.indexOf('四、结转下年度继续办理', at);
  const le = text.lastIndexOf('\n', next) + 1;
  return text.slice(0, ls) + text.slice(le);
}

describe('two tables 三 in one section (the region and its own government)', () => {
  for (const layout of LAYOUTS.filter((l) => l !== 'spaces')) {
    it(`${layout}: the first lacking its （七）总计 row is said to, the second's header word 总计 is no row of it`, () => {
      const text = firstWithoutTotal(layout);
      const { model, findings } = analyse(text);
      const tables = allTables(model).filter((t): t is ApplicationsTable => t.kind === 'applications');
      assert.equal(tables.length, 2);
      assert.deepEqual([tables[0].rows.length, tables[1].rows.length], [24, 25], layout);
      assert.ok(!tables[0].rows.some((r) => r.id === 'total'), layout);
      const shape = findings.filter((f) => f.code === 'table-shape').map((f) => render(f.message));
      assert.deepEqual(shape, ['表三（收到和处理申请）缺少 1 行：（七）总计'], layout);
    });
  }
  for (const layout of LAYOUTS) {
    it(`${layout}: both read whole, the second's imbalance found in the second`, () => {
      const text = twoTables(layout);
      const { model, findings } = analyse(text);
      const tables = allTables(model).filter((t): t is ApplicationsTable => t.kind === 'applications');
      assert.equal(tables.length, 2);
      for (const t of tables) assert.equal(t.rows.length, 25, layout);
      const total = (t: ApplicationsTable) => t.rows.find((r) => r.id === 'total')!.cells.map((c) => (c.kind === 'number' ? c.value : c.kind));
      assert.deepEqual(total(tables[0]), sampleFigures().app[23]);
      assert.deepEqual(total(tables[1]), sampleFigures().app[23]);
      const errors = findings.filter((f) => f.severity === 'error');
      assert.deepEqual([...new Set(errors.map((f) => f.code))], ['balance'], layout + ' ' + errors.map((f) => render(f.message)).join(' / '));
      for (const f of errors) assert.ok(f.span.start > tables[1].span.start && f.span.end <= tables[1].span.end, layout);
    });
  }
});
