/**
 * Table 二's amounts written with a unit, in their cell or after it: one unit per column in the export
 * — the form's 万元 for 本年收费金额, 元 for the 2019 form's 采购总金额 (which leaves it to the writer: most
 * write 元) — and a warning where a figure in 元 stands under the form's 万元 (found by an audit of the
 * export: 48163400元 exported as 48,163,400 万元, 152.2万元 beside other reports' 984361元).
 */
import assert from 'node:assert/strict';
import { exportRecord } from '../../../server/src/analysis/views/exportRecord';
import { render } from '../../../server/src/i18n/render';
import { analyse, fixture, SEEDS } from '../../helpers';

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
      assert.deepEqual(found, [['warning', '行政事业性收费·本年收费金额（万元） 写的是 1372000 元，表头单位为万元：即 137.2 万元']], written);
    }
    // In 万元, as the form has it: as written, no finding.
    const wan = seed.replace('行政事业性收费 | 137.2 |', '行政事业性收费 | 137.2万元 |');
    assert.equal(amount('seed', wan, column), 137.2);
    assert.deepEqual(analyse(wan).findings.filter((f) => f.code === 'cell-invalid'), []);
  });

  it('采购总金额 of the 2019 form: 152.2万元 is exported as 1522000 (元), as another report\'s 984361元 is 984361', () => {
    const spp = fixture('archive/spp_2019.txt');
    assert.match(spp, /152\.2万元/);
    assert.equal(amount('spp', spp, '采购总金额'), 1522000);
    assert.equal(amount('spp', spp.replace('152.2万元', '1522000元'), '采购总金额'), 1522000);
    assert.equal(amount('spp', spp.replace('152.2万元', '152.2'), '采购总金额'), 152.2, 'a figure without its unit stays as written');
  });
});
