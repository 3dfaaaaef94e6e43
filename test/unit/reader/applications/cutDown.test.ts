/**
 * A table 三 cut down to its first row or two — a converter that kept only the first rows, a writer
 * who pasted part of the table (real Markdown from another parser's test files holds such a table:
 * 「| 一、本年新收政府信息公开申请数量 | 3746 | 63 | 0 | 0 | 19 | 2 | 3830 |」 and nothing more). The
 * table is there and lacks rows; its figures are read and exported, never dropped as prose.
 */
import assert from 'node:assert/strict';
import type { ApplicationsTable } from '../../../../server/src/analysis/types';
import { exportRecord } from '../../../../server/src/analysis/views/exportRecord';
import { render } from '../../../../server/src/i18n/render';
import { allTables, analyse, appFigures } from '../../../helpers';
import { buildReport, LAYOUTS, sampleFigures } from '../../../layouts';

const SECTION4 = '四、政府信息公开行政复议、行政诉讼情况';

/** The report in `layout` with table 三 ending before the row that `stop` labels. */
function cutBefore(layout: (typeof LAYOUTS)[number], stop: string): string {
  const text = buildReport(layout);
  const at = text.indexOf(stop, text.indexOf('一、本年新收'));
  const from = text.lastIndexOf('\n', at) + 1;
  const to = text.lastIndexOf('\n', text.indexOf(SECTION4)) + 1;
  return text.slice(0, from) + text.slice(to);
}

describe('a table 三 cut down to its first rows', () => {
  const f = sampleFigures();
  for (const layout of LAYOUTS) {
    it(`${layout}: its one row read and exported; table-shape says it has only that row, not that the table is missing`, () => {
      const { model, findings } = analyse(cutBefore(layout, '二、上年结转'));
      const tables = allTables(model).filter((t): t is ApplicationsTable => t.kind === 'applications');
      assert.equal(tables.length, 1, layout);
      assert.deepEqual(appFigures(tables[0]), { new: f.app[0] }, layout);
      assert.ok(!findings.some((x) => x.code === 'table-missing'), layout);
      const shape = findings.filter((x) => x.code === 'table-shape').map((x) => render(x.message));
      assert.deepEqual(shape, ['表三（收到和处理申请）只读到 1 行（一、本年新收），缺少其余 24 行'], layout);
      const record = exportRecord('r.txt', model);
      assert.deepEqual(record.tables.applications!.rows[0].values, f.app[0], layout);
    });
    it(`${layout}: two rows likewise`, () => {
      const { model, findings } = analyse(cutBefore(layout, '三、本年度办理结果'));
      const tables = allTables(model).filter((t): t is ApplicationsTable => t.kind === 'applications');
      assert.deepEqual(Object.keys(appFigures(tables[0])), ['new', 'carried'], layout);
      const shape = findings.filter((x) => x.code === 'table-shape').map((x) => render(x.message));
      assert.deepEqual(shape, ['表三（收到和处理申请）只读到 2 行（一、本年新收；二、上年结转），缺少其余 23 行'], layout);
    });
  }
  it('a row of 一、本年新收 in prose, with its count stated, is no table', () => {
    const text = buildReport('pipe');
    const start = text.indexOf('一、本年新收');
    const cut = text.slice(0, text.lastIndexOf('\n', start) + 1) + '一、本年新收政府信息公开申请数量 15 件，均已办结。\n' + text.slice(text.lastIndexOf('\n', text.indexOf(SECTION4)) + 1);
    const { findings } = analyse(cut);
    assert.ok(findings.some((x) => x.code === 'table-missing'));
  });
});
