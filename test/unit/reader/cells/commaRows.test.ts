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

  it('the 2019 form\'s rows of two figures apart by commas: 「行政事业性收费,79,224」 is 79 and 224 (read 7 and 9,224 before), 「政府集中采购,0,284.89」 0 and 284.89 (no row before); the 2021 form\'s one amount 「4,816」 stays one figure', () => {
    const block2019 = (charge: string, purchase: string) =>
      '长宁区市场监督管理局2019年政府信息公开工作年度报告\n一、总体情况\n本年度工作情况。\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容,本年新制作数量,本年新公开数量,对外公开总数量\n规章,0,4,5\n规范性文件,0,4,0\n' +
      '第二十条第（五）项\n信息内容,上一年项目数量,本年增/减,处理决定数量\n行政许可,0,169,58976\n其他对外管理服务事项,2,9,0\n第二十条第（六）项\n信息内容,上一年项目数量,本年增/减,处理决定数量\n行政处罚,0,198,3713\n行政强制,0,99,0\n' +
      `第二十条第（八）项\n信息内容,上一年项目数量,本年增/减\n行政事业性收费,${charge}\n第二十条第（九）项\n信息内容,采购项目数量,采购总金额\n政府集中采购,${purchase}\n三、收到和处理政府信息公开申请情况\n`;
    const figures = (text: string) => activeFigures(firstTable(analyse(text).model, 'active'));
    const read = figures(block2019('79,224', '0,284.89'));
    assert.deepEqual([read['b8.fee'], read['b9.procurement']], [[79, 224], [0, 284.89]], JSON.stringify(read));
    // (Written apart by spaces, the same.)
    const spaced = figures(block2019('79,224', '0,284.89').replace(/,/g, '  '));
    assert.deepEqual([spaced['b8.fee'], spaced['b9.procurement']], [read['b8.fee'], read['b9.procurement']]);
    // The 2021 form's one amount with its thousands comma: one figure.
    const amount = tabs.replace(/^行政事业性收费\t4816\.34$/m, '行政事业性收费\t4816').replace(/\t/g, ',').replace('行政事业性收费,4816', '行政事业性收费,4,816');
    assert.match(amount, /^行政事业性收费,4,816$/m);
    assert.deepEqual(activeFigures(firstTable(analyse(amount).model, 'active'))['b8.fee'], [4816]);
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
