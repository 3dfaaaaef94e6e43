/**
 * A table 三 row written twice, the copy right under it (a row pasted twice): one table with a row too
 * many, not two tables each lacking a dozen rows (found by a review: 「缺少 12 行」 twice, of a table
 * whose every row was there). A whole table repeated is still two tables (twoTables.test.ts).
 */
import assert from 'node:assert/strict';
import { render } from '../../../../server/src/i18n/render';
import { allTables, analyse, appFigures, fixture, SEEDS } from '../../../helpers';

const shape = (text: string) => analyse(text).findings.filter((f) => f.code === 'table-shape').map((f) => render(f.message));
const tables三 = (text: string) => allTables(analyse(text).model).filter((t) => t.kind === 'applications');

describe('a table 三 row written twice', () => {
  for (const [name, seed, row] of [
    ['pipe', SEEDS.pipe, '2.没有现成信息需要另行制作'],
    ['tabs', SEEDS.tabs, '3. 要求提供公开出版物'],
  ] as const) {
    it(`${name}: one table, its figures the first row's, one table-shape naming the row`, () => {
      const text = fixture(seed);
      const lines = text.split('\n');
      const at = lines.findIndex((l) => l.includes(row));
      assert.ok(at > 0, row);
      const twice = [...lines.slice(0, at + 1), lines[at].replace(/\d+(?=[^\d]*$)/, '9'), ...lines.slice(at + 1)].join('\n');
      // (Seed 000 is a page saved twice: two tables, before and after.)
      assert.equal(tables三(twice).length, tables三(text).length);
      assert.deepEqual(tables三(twice).map((t) => appFigures(t as never)), tables三(text).map((t) => appFigures(t as never)));
      assert.deepEqual(shape(text), []);
      const found = shape(twice);
      assert.equal(found.length, 1, found.join(' / '));
      assert.match(found[0], /^「（[四五]）[23]\.[^」]+」行重复出现：只计第一行的数字$/);
    });
  }

  it('the table\'s first row written twice, right under itself, is a duplicate too (found by a review); the whole table repeated is two tables', () => {
    const text = fixture(SEEDS.pipe);
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('一、本年新收'));
    const twice = [...lines.slice(0, at + 1), lines[at], ...lines.slice(at + 1)].join('\n');
    assert.equal(tables三(twice).length, tables三(text).length);
    assert.deepEqual(shape(twice), ['「一、本年新收」行重复出现：只计第一行的数字']);
    // (Seed 000 is a page saved twice: its table 三 repeated whole is read as two tables, as ever.)
    assert.equal(tables三(text).length, 2);
  });
});
