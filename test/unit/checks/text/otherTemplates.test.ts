/**
 * unfilled: what other templates leave — a province's or a department's — in a report published with it: a year not
 * filled in, a name or a telephone number of crosses, an instruction in brackets (found by a review: said clean).
 */
import assert from 'node:assert/strict';
import { render } from '../../../../server/src/i18n/render';
import { analyse, fixture, SEEDS } from '../../../helpers';
import { buildReport } from '../../../layouts';

const unfilled = (t: string) => analyse(t).findings.filter((f) => f.code === 'unfilled').map((f) => t.slice(f.span.start, f.span.end));

describe('unfilled: other templates\' placeholders', () => {
  const text = buildReport('pipe');
  const at = text.indexOf('\n', text.indexOf('一、总体情况') + 7);
  const withProse = (s: string) => text.slice(0, at) + '\n' + s + text.slice(at);

  it('a year, a name, a number, an instruction left as the template had them: each a warning at its place', () => {
    const t = withProse('本报告统计期限自20XX年1月1日起至20××年12月31日止。如有疑问请与××局办公室联系（电话：××××-×××××××），XX县政务公开办公室【请填写联系人】（此处填写传真）。');
    assert.deepEqual(unfilled(t), ['20XX年', '20××年', '××', '××××-×××××××', 'XX', '【请填写联系人】', '（此处填写传真）']);
    const f = analyse(t).findings.find((x) => x.code === 'unfilled')!;
    assert.equal(render(f.message), '这里是模板留下的占位「20XX年」：请填写实际内容');
  });

  it('not a multiplication, letters of a word or a link, a masked cell, nor any real report\'s text', () => {
    assert.deepEqual(unfilled(withProse('网站访问量3×4万次，XXL号，见www.xx.gov.cn，APP下载。')), []);
    // A case's account masks a person or a company; a form tells an applicant what to fill in (found by a review).
    assert.deepEqual(unfilled(withProse('申请人王××申请公开XX公司的许可信息，可通过网上申请（填写电子申请表）或当面申请（填入联系方式）。')), []);
    for (const name of Object.values(SEEDS)) assert.deepEqual(unfilled(fixture(name)), [], name);
  });
});
