/**
 * A table 三 of an agency's own, short: its total column alone, its sub-items left out (「| 项目 | 总计 |」). Said once as
 * what it is, and it does not make a 2021 report a 2019 one (found by a review: 「此表为 2019 版」 and eight
 * 「行应有 7 个数，只读到 1 个」).
 */
import assert from 'node:assert/strict';
import { analyse, fixture, SEEDS } from '../../../helpers';
import { render } from '../../../../server/src/i18n/render';

const SHORT = `三、收到和处理政府信息公开申请情况
| 项目 | 总计 |
| 一、本年新收政府信息公开申请数量 | 12 |
| 二、上年结转政府信息公开申请数量 | 1 |
| 三、本年度办理结果 | |
| （一）予以公开 | 5 |
| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 2 |
| （三）不予公开 | 0 |
| （四）无法提供 | 3 |
| （五）不予处理 | 1 |
| （六）其他处理 | 1 |
| （七）总计 | 12 |
| 四、结转下年度继续办理 | 1 |

`;

describe('a short table 三 of one column', () => {
  it('is one table-shape finding, not one a row; the report stays on the 2021 form its table 二 shows', () => {
    const text = fixture(SEEDS.tabs);
    const start = text.indexOf('三、收到和处理政府信息公开申请情况');
    const end = text.indexOf('四、政府信息公开行政复议', start);
    const r = analyse(text.slice(0, start) + SHORT + text.slice(end));
    assert.equal(r.model.format, '2021');
    assert.ok(!r.findings.some((f) => f.code === 'format-outdated'), r.findings.map((f) => f.code).join());
    const shape = r.findings.filter((f) => f.code === 'table-shape').map((f) => render(f.message, 'zh-cn'));
    assert.ok(shape.some((m) => /每行只有一个数（只列了合计一栏，没有按申请人分列）/.test(m)), shape.join('\n'));
    assert.ok(!shape.some((m) => /行应有 7 个数，只读到 1 个/.test(m)), shape.join('\n'));
  });
});
