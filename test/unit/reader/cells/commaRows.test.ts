/**
 * Tables whose cells are apart by commas — Word's 「转换为文本」 with commas as the separator, a spreadsheet saved as
 * CSV (its cells quoted where they hold a comma) — read as the tab layout is (found by a review: every row of table
 * 三 was 「only 1 found」, table 四 could not be read, all figures null). Prose written with ASCII commas (seed 000
 * writes its sentences so) is prose.
 */
import assert from 'node:assert/strict';
import { render } from '../../../../server/src/i18n/render';
import { activeFigures, analyse, appFigures, firstTable, fixture, reviewFigures, SEEDS } from '../../../helpers';
import { buildReport } from '../../../layouts';

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

  it('cells the form leaves without a figure, 「/」「-」「—」, stand where figures would: 「规章,/,/,/」 is table 二\'s row (its block was said missing: a CSV made from a generated report)', () => {
    for (const mark of ['/', '-', '—', '／']) {
      const marked = tabs.replace(/^规章\t0\t0\t0$/m, `规章\t${mark}\t${mark}\t${mark}`).replace(/^(（三）不予公开\t1\.属于国家秘密)((?:\t0)+)$/m, (_, l: string, zeros: string) => l + zeros.replace(/0/g, mark));
      assert.notEqual(marked, tabs);
      const text = marked.replace(/\t/g, ',');
      assert.match(text, new RegExp(`^规章,\\${mark},`, 'm'));
      const r = analyse(text);
      const b = analyse(marked);
      assert.deepEqual(activeFigures(firstTable(r.model, 'active')), activeFigures(firstTable(b.model, 'active')), mark);
      assert.deepEqual(appFigures(firstTable(r.model, 'applications')), appFigures(firstTable(b.model, 'applications')), mark);
      assert.deepEqual(said(text), said(marked), mark);
      assert.ok(!said(text).some((m) => m.startsWith('table-shape')), said(text).join('\n'));
    }
  });

  it('prose with ASCII commas, and a figure\'s thousands comma, are no row (seed 000; 「行政许可 1,432」)', () => {
    const seed = fixture(SEEDS.pipe);
    assert.match(seed, /^2023年,局政府信息公开工作坚持/m);
    const line = '本年度,我局共收到申请12件,其中予以公开5件,部分公开3件,不予公开4件';
    const withLine = seed.replace('二、主动公开政府信息情况\n', `二、主动公开政府信息情况\n${line}\n`);
    assert.deepEqual(appFigures(firstTable(analyse(withLine).model, 'applications')), appFigures(firstTable(analyse(seed).model, 'applications')));
  });

  describe('a figure with its thousands comma, unquoted, among cells apart by commas (Word\'s 「转换为文本」, a CSV that did not quote it)', () => {
    // The same report with a thousand more applications: 一、 （一）予以公开 and （七）总计, natural persons and total;
    // table 二's 现行有效 of 行政规范性文件 1035; table 四's 行政复议 结果维持 1,001 and its total.
    const big = tabs
      .replace('一、本年新收政府信息公开申请数量\t10\t2\t0\t1\t0\t0\t13', '一、本年新收政府信息公开申请数量\t1010\t2\t0\t1\t0\t0\t1013')
      .replace('（一）予以公开\t4\t1\t0\t0\t0\t0\t5', '（一）予以公开\t1004\t1\t0\t0\t0\t0\t1005')
      .replace('（七）总计\t10\t2\t0\t1\t0\t0\t13', '（七）总计\t1010\t2\t0\t1\t0\t0\t1013')
      .replace('行政规范性文件\t2\t1\t35', '行政规范性文件\t2\t1\t1035')
      .replace(/^1\t0\t1\t0\t2\t/m, '1001\t0\t1\t0\t1002\t');
    const withCommas = (s: string) => s.replace(/\b(\d)(\d{3})\b/g, '$1,$2').replace(/\t/g, ',');
    it('is read as the figure it is, the row whole, nothing said that the tab layout does not say', () => {
      const text = withCommas(big);
      assert.match(text, /一、本年新收政府信息公开申请数量,1,010,2,0,1,0,0,1,013$/m);
      assert.match(text, /行政规范性文件,2,1,1,035$/m);
      const r = analyse(text);
      const base = analyse(big);
      assert.equal(appFigures(firstTable(r.model, 'applications')).new[0], 1010);
      assert.deepEqual(appFigures(firstTable(r.model, 'applications')), appFigures(firstTable(base.model, 'applications')));
      assert.deepEqual(reviewFigures(firstTable(r.model, 'review')), reviewFigures(firstTable(base.model, 'review')));
      assert.deepEqual(activeFigures(firstTable(r.model, 'active')), activeFigures(firstTable(base.model, 'active')));
      assert.ok(Object.values(activeFigures(firstTable(r.model, 'active'))).some((f) => f.join() === '2,1,1035'));
      assert.deepEqual(said(text), said(big));
    });
    it('where the commas could be read more ways than one, or the joined row would not add up, the row is not read as a guess', () => {
      // Two commas could be thousands' (「1,010」, 「13,100」) where the row needs one join: which is not certain.
      const two = withCommas(big).replace('一、本年新收政府信息公开申请数量,1,010,2,0,1,0,0,1,013', '一、本年新收政府信息公开申请数量,1,010,2,0,1,0,0,13,100');
      assert.notEqual(appFigures(firstTable(analyse(two).model, 'applications')).new[0], 1010);
      assert.ok(said(two).some((m) => m.startsWith('table-shape')), said(two).join('\n'));
      // A join that would break the row's total: not made.
      const breaks = withCommas(big).replace('一、本年新收政府信息公开申请数量,1,010,2,0,1,0,0,1,013', '一、本年新收政府信息公开申请数量,1,010,2,0,1,0,0,13');
      assert.ok(said(breaks).some((m) => m.startsWith('table-shape')), said(breaks).join('\n'));
    });
  });
});
