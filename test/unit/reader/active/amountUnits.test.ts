/**
 * Table 二's amounts written with a unit, in their cell or after it: one unit per column in the export
 * — the form's 万元 for 本年收费金额, 元 for the 2019 form's 采购总金额 (which leaves it to the writer: most
 * write 元) — and a warning where a figure in 元 stands under the form's 万元 (found by an audit of the
 * export: 48163400元 exported as 48,163,400 万元, 152.2万元 beside other reports' 984361元).
 */
import assert from 'node:assert/strict';
import { exportRecord } from '../../../../server/src/analysis/views/exportRecord';
import { render } from '../../../../server/src/i18n/render';
import { analyse, fixture, SEEDS } from '../../../helpers';

const amount = (file: string, text: string, column: string) => exportRecord(file, analyse(text).model).tables.active.find((f) => f.column === column)!.value;

describe('table 二: amounts written with a unit', () => {
  it('本年收费金额 written in 元 under the form\'s 万元: exported in 万元, and a warning that says so', () => {
    const seed = fixture(SEEDS.pipe);
    const column = '本年收费金额（单位：万元）';
    assert.equal(amount('seed', seed, column), 137.2);
    for (const written of ['1372000元', '1372000 元']) {
      const yuan = seed.replace('行政事业性收费 | 137.2 |', `行政事业性收费 | ${written} |`);
      assert.notEqual(yuan, seed);
      assert.equal(amount('seed', yuan, column), 137.2, written);
      const found = analyse(yuan).findings.filter((f) => f.code === 'cell-invalid').map((f) => [f.severity, render(f.message)]);
      assert.deepEqual(found, [['warning', '行政事业性收费·本年收费金额（万元） 写的是 1372000 元，规定格式的单位为万元：即 137.2 万元']], written);
    }
    // Nothing in 元 is nothing in 万元: no warning (found by a review).
    assert.deepEqual(analyse(seed.replace('行政事业性收费 | 137.2 |', '行政事业性收费 | 0元 |')).findings.filter((f) => f.code === 'cell-invalid'), []);
    // In 万元, as the form has it: as written, no finding.
    const wan = seed.replace('行政事业性收费 | 137.2 |', '行政事业性收费 | 137.2万元 |');
    assert.equal(amount('seed', wan, column), 137.2);
    assert.deepEqual(analyse(wan).findings.filter((f) => f.code === 'cell-invalid'), []);
  });

  it('采购总金额 of the 2019 form: 152.2万元 is exported as 1522000 (元), as another report\'s 984361元 is 984361, under a column that names its unit (found by a review: 「采购总金额」 said none)', () => {
    const spp = fixture('archive/spp_2019.txt');
    assert.match(spp, /152\.2万元/);
    assert.equal(amount('spp', spp, '采购总金额（单位：元）'), 1522000);
    assert.equal(amount('spp', spp.replace('152.2万元', '1522000元'), '采购总金额（单位：元）'), 1522000);
    assert.equal(amount('spp', spp.replace('152.2万元', '152.2'), '采购总金额（单位：元）'), 152.2, 'a figure without its unit stays as written');
  });

  it('a unit named in the column\'s header counts where the cell names none: 「采购总金额（万元）」 98.4361 is 984361 元; 「本年收费金额（单位：元）」 3500 is 0.35 万元, with the warning (found by a review)', () => {
    const czj = fixture('archive/czj_2020.txt');
    assert.ok(czj.includes('采购项目数量 采购总金额 政府集中采购 2笔 984361元'));
    const header = czj.replace('采购项目数量 采购总金额 政府集中采购 2笔 984361元', '采购项目数量 采购总金额（万元） 政府集中采购 2笔 98.4361');
    assert.equal(amount('czj', header, '采购总金额（单位：元）'), 984361);
    const seed = fixture(SEEDS.pipe);
    const yuan = seed.replace('本年收费金额(单位:万元)', '本年收费金额(单位:元)').replace('行政事业性收费 | 137.2 |', '行政事业性收费 | 3500 |');
    assert.notEqual(yuan, seed);
    assert.equal(amount('seed', yuan, '本年收费金额（单位：万元）'), 0.35);
    assert.equal(analyse(yuan).findings.filter((f) => f.code === 'cell-invalid' && f.severity === 'warning').length, 1);
  });
});
