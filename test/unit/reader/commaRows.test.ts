/**
 * Tables whose cells are apart by commas — Word's 「转换为文本」 with commas as the separator, a spreadsheet saved as
 * CSV (its cells quoted where they hold a comma) — read as the tab layout is (found by a review: every row of table
 * 三 was 「only 1 found」, table 四 could not be read, all figures null). Prose written with ASCII commas (seed 000
 * writes its sentences so) is prose.
 */
import assert from 'node:assert/strict';
import { render } from '../../../server/src/i18n/render';
import { analyse, appFigures, firstTable, fixture, reviewFigures, SEEDS } from '../../helpers';
import { buildReport } from '../../layouts';

const said = (text: string) => analyse(text).findings.filter((f) => f.severity !== 'information').map((f) => `${f.code} ${render(f.message)}`);

describe('tables apart by commas', () => {
  const tabs = buildReport('tabs');
  const base = analyse(tabs);
  const variants: [string, string][] = [
    ['commas', tabs.replace(/\t/g, ',')],
    ['commas and spaces', tabs.replace(/\t/g, ', ')],
    // A spreadsheet's CSV: a cell holding a comma in quotes, the thousands' comma of 1,432 among them.
    ['CSV, quoted cells', tabs.replace(/\t/g, ',').replace(/(?<=,|^)([^,\n]*，[^,\n]*)(?=,|$)/gm, '"$1"').replace(/(?<=,)1,432(?=,|$)/m, '"1,432"')],
  ];
  for (const [name, text] of variants) {
    it(`${name}: the same figures as the tab layout, nothing said`, () => {
      assert.notEqual(text, tabs);
      assert.match(text, /一、本年新收政府信息公开申请数量,\s?(?:,\s?)?\d/);
      const r = analyse(text);
      assert.deepEqual(appFigures(firstTable(r.model, 'applications')), appFigures(firstTable(base.model, 'applications')));
      assert.deepEqual(reviewFigures(firstTable(r.model, 'review')), reviewFigures(firstTable(base.model, 'review')));
      assert.deepEqual(said(text), said(tabs));
    });
  }

  it('prose with ASCII commas, and a figure\'s thousands comma, are no row (seed 000; 「行政许可 1,432」)', () => {
    const seed = fixture(SEEDS.pipe);
    assert.match(seed, /^2023年,局政府信息公开工作坚持/m);
    const line = '本年度,我局共收到申请12件,其中予以公开5件,部分公开3件,不予公开4件';
    const withLine = seed.replace('二、主动公开政府信息情况\n', `二、主动公开政府信息情况\n${line}\n`);
    assert.deepEqual(appFigures(firstTable(analyse(withLine).model, 'applications')), appFigures(firstTable(analyse(seed).model, 'applications')));
  });
});
