/** section-missing when the section is there under words of the report's own (rewordedHeading.ts). */
import assert from 'node:assert/strict';
import { analyse } from '../../../helpers';
import { applyEdits } from '../../../../server/src/fixes/edits';
import { render } from '../../../../server/src/i18n/render';

const HEADINGS = ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const report = (first: string) => ['某某县财政局2023年政府信息公开工作年度报告', '', '本报告根据《条例》编制。', '', first, '2023年，我局认真贯彻落实。', '', ...HEADINGS.flatMap((h) => [h, '无。', ''])].join('\n');
const missing = (text: string) => analyse(text).findings.filter((f) => f.code === 'section-missing');

describe('section-missing: a section under words of its own', () => {
  it('「一、年度工作成效」 on its own line, in section 一\'s place: named, and the fix gives it the form\'s words', () => {
    const text = report('一、年度工作成效');
    const [f, ...rest] = missing(text);
    assert.deepEqual(rest, []);
    assert.equal(render(f.message), '标题「一、年度工作成效」与规定格式不同：这一部分的标题应为「一、总体情况」');
    assert.equal(f.severity, 'warning');
    assert.equal(text.slice(f.span.start, f.span.end), '一、年度工作成效');
    const fixed = applyEdits(text, f.fixes![0].edits);
    assert.match(fixed, /\n一、总体情况\n2023年/);
    assert.deepEqual(missing(fixed), []);
  });

  it('another section\'s heading numbered one short (四 left out, 「四、存在的主要问题及改进情况」「五、其他需要报告的事项」) is not offered 四\'s words: 四 is missing, 五 and 六 misnumbered (found by a review: a rename and 「应编号为“五”」 on one line)', () => {
    const text = report('一、总体情况').replace('四、政府信息公开行政复议、行政诉讼情况\n无。\n\n', '').replace('五、存在的主要问题及改进情况', '四、存在的主要问题及改进情况').replace('六、其他需要报告的事项', '五、其他需要报告的事项');
    const said = missing(text).map((f) => `${f.severity} ${render(f.message)}`);
    assert.deepEqual(said.sort(), ['error 标题「四、存在的主要问题及改进情况」编号有误，应为「五、」：规定格式中这一部分是「五、存在的主要问题及改进情况」', 'error 标题「五、其他需要报告的事项」编号有误，应为「六、」：规定格式中这一部分是「六、其他需要报告的事项」', 'error 缺少「四、政府信息公开行政复议、行政诉讼情况」部分'].sort());
    assert.ok(!said.some((s) => s.includes('与规定格式不同')), said.join('\n'));
  });

  it('a heading of another subject in the section\'s place (「四、收费及减免情况」, an older outline\'s) is not offered the section\'s words: the section is missing (found by a review: a fix renamed fees as lawsuits)', () => {
    for (const [right, written] of [['四、政府信息公开行政复议、行政诉讼情况', '四、收费及减免情况'], ['五、存在的主要问题及改进情况', '五、投诉及举报处理情况'], ['三、收到和处理政府信息公开申请情况', '三、政务公开考核情况']]) {
      const text = report('一、总体情况').replace(right, written);
      const said = missing(text).map((f) => render(f.message));
      assert.ok(!said.some((m) => m.includes('与规定格式不同')), said.join('\n'));
      assert.ok(said.some((m) => m.includes(`缺少「${right}」部分`)), said.join('\n'));
    }
    // Its own subject in other words is still its heading reworded: section 六 reports the fees charged, 五 what is planned.
    for (const [right, written] of [['六、其他需要报告的事项', '六、信息处理费收取情况'], ['六、其他需要报告的事项', '六、政府信息公开收费及减免情况'], ['五、存在的主要问题及改进情况', '五、下一步工作打算']]) {
      const said = missing(report('一、总体情况').replace(right, written)).map((f) => render(f.message));
      assert.deepEqual(said, [`标题「${written}」与规定格式不同：这一部分的标题应为「${right}」`], written);
    }
    const reworded = missing(report('一、总体情况').replace('四、政府信息公开行政复议、行政诉讼情况', '四、权利救济情况')).map((f) => render(f.message));
    assert.deepEqual(reworded, ['标题「四、权利救济情况」与规定格式不同：这一部分的标题应为「四、政府信息公开行政复议、行政诉讼情况」']);
  });

  it('a section under other words, or another numbering, that lacks its table: table-missing says the table is missing from it, at its heading — not 「（「…」部分也没有）」 at the top (found by a review)', () => {
    for (const [right, written] of [['三、收到和处理政府信息公开申请情况', '三、依申请公开政府信息和不予公开政府信息的情况'], ['三、收到和处理政府信息公开申请情况', '3.收到和处理政府信息公开申请情况']]) {
      const text = report('一、总体情况').replace(right, written);
      assert.notEqual(text, report('一、总体情况'));
      const f = analyse(text).findings.find((x) => x.code === 'table-missing' && render(x.message).includes('表三'))!;
      assert.equal(render(f.message), '「三、收到和处理政府信息公开申请情况」部分缺少表三（收到和处理申请）', written);
      assert.equal(text.slice(f.span.start, f.span.end), written);
    }
  });

  it('not a list item running into a sentence, nor one of two candidates: the heading is inserted as before', () => {
    for (const first of ['一、加强组织领导，落实工作责任。', '一、年度工作成效\n一、其他情况']) {
      const [f] = missing(report(first));
      assert.equal(render(f.message), '缺少「一、总体情况」部分', first);
      assert.equal(f.fixes![0].edits[0].newText.trim(), '一、总体情况');
      assert.equal(f.fixes![0].edits[0].span.start, f.fixes![0].edits[0].span.end, first);
    }
  });
});
