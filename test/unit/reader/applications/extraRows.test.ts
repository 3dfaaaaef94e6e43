/**
 * Rows of table 三 in cells that are none of the form's, between its rows (found by a review of exported figures: a row
 * an agency added was dropped without a word, and the report then said not to add up where it counted it).
 */
import assert from 'node:assert/strict';
import { render } from '../../../../server/src/i18n/render';
import { analyse, firstTable, fixture, SEEDS } from '../../../helpers';

const extra = (text: string) =>
  analyse(text)
    .findings.filter((f) => f.code === 'table-shape')
    .map((f) => `${f.severity} ${render(f.message, 'zh-cn')}`)
    .filter((m) => m.includes('行名'));

describe('table 三: a row none of the form\'s, in cells between its rows', () => {
  const pipe = fixture(SEEDS.pipe);
  const last = '8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n';

  it('the seeds as published: none', () => {
    for (const seed of Object.values(SEEDS)) assert.deepEqual(extra(fixture(seed)), [], seed);
  });

  it('an item an agency added (「9.其他」 under （三）), a 「其中：」 row under 一: said, a warning each; the form\'s rows read as before', () => {
    const added = pipe.replace(last, `${last}9.其他 | 2 | 0 | 0 | 0 | 0 | 0 | 2 | ||\n`).replace('一、本年新收政府信息公开申请数量 | 9 | 0 | 0 | 0 | 0 | 0 | 9 | ||\n', (l) => `${l}其中：网上申请 | 6 | 0 | 0 | 0 | 0 | 0 | 6 | ||\n`);
    assert.notEqual(added, pipe);
    assert.deepEqual(extra(added), ['warning 「其中：网上申请」不是规定格式中的行名，这一行的数字未读取', 'warning 「9.其他」不是规定格式中的行名，这一行的数字未读取']);
    const rows = (t: string) => firstTable(analyse(t).model, 'applications').rows.map((r) => `${r.id} ${r.cells.map((c) => c.value ?? c.kind).join(' ')}`);
    assert.deepEqual(rows(added), rows(pipe));
  });

  it('a group\'s row of the form filled in (「（五）不予处理 | - | …」, 「三、本年度办理结果 | 8 | …」), a row numbered 「⑶」: not said to be none of the form\'s (found by the review of the first version)', () => {
    const filled = pipe.replace('1.信访举报投诉类申请 |', '(五)不予处理 | - | - | - | - | - | - | - | ||\n1.信访举报投诉类申请 |').replace('(一)予以公开 |', '三、本年度办理结果 | 8 | 0 | 0 | 0 | 0 | 0 | 8 | ||\n(一)予以公开 |');
    assert.equal((filled.match(/不予处理 \| -/g) ?? []).length + (filled.match(/办理结果 \| 8/g) ?? []).length, 2, 'both lines put in');
    assert.deepEqual(extra(filled), []);
    const circled = pipe.replace('3.其他 |', '⑶其他 |');
    assert.notEqual(circled, pipe);
    assert.deepEqual(extra(circled), []);
    // (But an agency's own rows numbered so are said: 「①网上申请」.)
    const own = pipe.replace('一、本年新收政府信息公开申请数量 | 9 | 0 | 0 | 0 | 0 | 0 | 9 | ||\n', (l) => `${l}①网上申请 | 6 | 0 | 0 | 0 | 0 | 0 | 6 | ||\n`);
    assert.deepEqual(extra(own), ['warning 「①网上申请」不是规定格式中的行名，这一行的数字未读取']);
  });

  it('a note between the rows, in a cell of its own: none said so', () => {
    const noted = pipe.replace(last, `${last}注：本表数据截至2023年12月31日。 | ||\n`);
    assert.notEqual(noted, pipe);
    assert.deepEqual(extra(noted), []);
  });
});
