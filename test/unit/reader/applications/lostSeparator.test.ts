/**
 * A row of table 三 in cells that lost one of its separators (found by a review of exported figures: 其他 a certain 9,
 * 总计 blank, the report blamed for its sums): the row is short of a figure, said so, its figures not exported.
 */
import assert from 'node:assert/strict';
import { exportRecord } from '../../../../server/src/analysis/views/exportRecord';
import { render } from '../../../../server/src/i18n/render';
import { analyse, fixture, SEEDS } from '../../../helpers';

const errors = (text: string) => analyse(text).findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${render(f.message, 'en')}`);
const newRow = (text: string) => exportRecord('r.txt', analyse(text).model).tables.applications!.rows[0];

describe('table 三: a row that lost a separator', () => {
  const pipe = fixture(SEEDS.pipe);
  const row = '一、本年新收政府信息公开申请数量 | 9 | 0 | 0 | 0 | 0 | 0 | 9 | ||';
  const tabs = fixture(SEEDS.tabs);
  const tabRow = '一、本年新收政府信息公开申请数量\t\t5\t0\t0\t0\t0\t0\t5\t';

  it('as published: read, nothing said of the row', () => {
    assert.ok(pipe.includes(row) && tabs.includes(tabRow));
    assert.deepEqual(newRow(pipe).values, [9, 0, 0, 0, 0, 0, 9]);
    assert.ok(!errors(pipe).some((e) => e.includes('New this year')));
  });

  for (const [name, text] of [
    ['two figures in one cell (「0 0」)', pipe.replace(row, '一、本年新收政府信息公开申请数量 | 9 | 0 | 0 | 0 | 0 0 | 9 | ||')],
    ['a separator lost between two digits (「2 100」)', pipe.replace(row, '一、本年新收政府信息公开申请数量 | 9 | 2 100 | 0 | 0 | 0 | 9 | ||')],
    ['a cell lost, the total in 其他\'s place', pipe.replace(row, '一、本年新收政府信息公开申请数量 | 9 | 0 | 0 | 0 | 0 | 9 | ||')],
    ['a tab lost (「0 0」)', tabs.replace(tabRow, '一、本年新收政府信息公开申请数量\t\t5\t0\t0\t0\t0 0\t5\t')],
  ] as const) {
    it(`${name}: the row short of a figure, said, not exported; no sum blamed on it`, () => {
      assert.notEqual(text, pipe);
      assert.notEqual(text, tabs);
      assert.deepEqual(newRow(text).values, [null, null, null, null, null, null, null]);
      assert.deepEqual(newRow(text).status, Array(7).fill('undetermined'));
      const said = errors(text).filter((e) => !e.startsWith('cell-invalid'));
      assert.deepEqual(said.filter((e) => /New this year/.test(e)), ['table-shape Row I. New this year should have 7 figures; only 6 found']);
      assert.ok(!said.some((e) => e.startsWith('row-total') || e.startsWith('balance')), said.join('\n'));
    });
  }

  it('a table whose 总计 is blank throughout (a report that never filled it): its rows read as written, row-total says each (found by the review of the first version: 「1 | 0 | 0 | 0 | 0 | 1 |  」 was said short)', () => {
    const t = analyse(pipe).model.sections.find((x) => x.section === 3)!.tables[0];
    const blanked = t.kind === 'applications' ? [...t.rows].reverse().reduce((text, r) => text.slice(0, r.cells[6].span.start) + ' '.repeat(r.cells[6].span.end - r.cells[6].span.start) + text.slice(r.cells[6].span.end), pipe) : pipe;
    const text = blanked.replace(row.replace('| 9 | ||', '|   | ||'), '一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 1 |   | ||');
    assert.notEqual(text, blanked);
    assert.deepEqual(newRow(text).values, [1, 0, 0, 0, 0, 1, null]);
    assert.ok(!errors(text).some((e) => e.startsWith('table-shape')), errors(text).join('\n'));
  });

  it('a separator lost in every row (no 总计 anywhere): each row with two figures in a cell is still short of one (found by the review of the first version)', () => {
    const t = analyse(pipe).model.sections.find((x) => x.section === 3)!.tables[0];
    assert.equal(t.kind, 'applications');
    if (t.kind !== 'applications') return;
    // Each row's 法律服务机构 and 其他 run together, its 总计 blank.
    let text = pipe;
    for (const r of [...t.rows].reverse()) {
      const [a, b, total] = [r.cells[4], r.cells[5], r.cells[6]];
      text = text.slice(0, a.span.start) + text.slice(a.span.start, a.span.end) + ' ' + text.slice(b.span.start, b.span.end) + ' | ' + ' '.repeat(total.span.end - total.span.start) + text.slice(total.span.end);
    }
    assert.notEqual(text, pipe);
    const shortRows = errors(text).filter((e) => /should have 7 figures; only [56] found/.test(e));
    assert.equal(shortRows.length, t.rows.length, `${shortRows.length} of ${t.rows.length}: ${errors(text).filter((e) => !/only 6 found|cell-invalid/.test(e)).join(" / ")}`);
  });

  it('a row whose 总计 is left blank, its figures apart by their separators, is read as written (cell-blank says it)', () => {
    const blank = pipe.replace(row, '一、本年新收政府信息公开申请数量 | 9 | 0 | 0 | 0 | 0 | 0 |  | ||');
    assert.notEqual(blank, pipe);
    assert.deepEqual(newRow(blank).values, [9, 0, 0, 0, 0, 0, null]);
    assert.deepEqual(newRow(blank).status, [null, null, null, null, null, null, 'blank']);
  });
});
