/**
 * Table 四 of a drawn table (a text browser's dump) that lost a cell: the blank closing its header's last line (「… 结 │
 *      │」, the header's 总计 column) is no 结果维持 of the row — read so, fourteen figures were fifteen, every one a column
 * on, certain, and nothing said; where the groups then failed, --fix wrote figures into the box (found by a review that
 * deleted each cell in every layout). A group's five blanks closing the header's line (seed 003) stay the row's.
 */
import assert from 'node:assert/strict';
import { analyse, firstTable, fixture, reviewFigures, SEEDS } from '../../../helpers';

describe('table 四 of a drawn table that lost a cell', () => {
  const dump = fixture('dumps/gwh_2022.elinks.txt');
  const row = dump.split('\n').find((l) => /^\s*│\s+0\s+│(?:\s+\d\s+│){14}\s*$/.test(l))!;

  it('as dumped: its fifteen figures, nothing said of it', () => {
    assert.ok(row, 'the row of fifteen');
    assert.deepEqual(reviewFigures(firstTable(analyse(dump).model, 'review')), [0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
  });

  for (const at of [6, 11]) {
    it(`its ${at + 1}th cell lost: fourteen figures, said, none exported as certain`, () => {
      const cells = row.split('│');
      // (cells[0] is the indentation before the box; figure n is cells[n + 1].)
      cells.splice(at + 1, 1);
      const text = dump.replace(row, cells.join('│'));
      const { model, findings } = analyse(text);
      const t = firstTable(model, 'review');
      assert.equal(t.found, 14);
      assert.ok(findings.some((f) => f.code === 'table-shape' && /表四/.test(JSON.stringify(f.message))), findings.map((f) => f.code).join());
      assert.ok(!findings.some((f) => f.code === 'review-total'));
    });
  }

  it('seed 003: the five blank cells of 行政复议 closing the header\'s line are still the row\'s first five', () => {
    const t = firstTable(analyse(fixture(SEEDS.tabs)).model, 'review');
    assert.deepEqual(t.cells.slice(0, 5).map((c) => c.kind), Array(5).fill('blank'));
  });
});
