/**
 * section-missing for a heading whose numeral is written as a list's or was lost (real pages:
 * 「三是收到和处理政府信息公开申请情况」, 「、主动公开政府信息情况」): named, and renumbered by the fix —
 * and a list's item with a section's words (「一是主动公开情况」 in section 一) left alone.
 */
import assert from 'node:assert/strict';
import { analyse, fixture } from '../../../helpers';
import { applyEdits } from '../../../../server/src/fixes/edits';
import { render } from '../../../../server/src/i18n/render';

const SECTIONS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const report = (headings: string[], body = '无。') => ['某某乡2021年政府信息公开工作年度报告', '', ...headings.flatMap((h) => [h, body, ''])].join('\n');
const about = (text: string) => analyse(text).findings.filter((f) => f.code === 'section-missing' || f.code === 'numbering');

describe('section-missing: a heading numbered as a list\'s item, or with its numeral lost', () => {
  it('「三是收到和处理政府信息公开申请情况」: named, no numbering finding, and the fix writes 「三、」', () => {
    const text = report(SECTIONS.map((h) => (h.startsWith('三') ? '三是' + h.slice(2) : h)));
    const [f, ...rest] = about(text);
    assert.deepEqual(rest, []);
    assert.equal(render(f.message), '标题「三是收到和处理政府信息公开申请情况」编号有误，应为「三、」：规定格式中这一部分是「三、收到和处理政府信息公开申请情况」');
    assert.deepEqual(about(applyEdits(text, f.fixes![0].edits)), []);
  });

  it('「、主动公开政府信息情况」 at a line\'s start: named, and the fix puts 「二」 before its 、', () => {
    const text = report(SECTIONS.map((h) => (h.startsWith('二') ? h.slice(1) : h)));
    const [f, ...rest] = about(text);
    assert.deepEqual(rest, []);
    assert.equal(render(f.message), '标题「、主动公开政府信息情况」编号有误，应为「二、」：规定格式中这一部分是「二、主动公开政府信息情况」');
    const fixed = applyEdits(text, f.fixes![0].edits);
    assert.match(fixed, /\n二、主动公开政府信息情况\n/);
    assert.deepEqual(about(fixed), []);
  });

  it('「、 存在的主要问题及改进情况」, a space after the 、 (OCR\'s): quoted whole, not as 「、」 (found by a review of OCR text)', () => {
    const text = report(SECTIONS.map((h) => (h.startsWith('五') ? '、 ' + h.slice(2) : h)));
    const [f, ...rest] = about(text);
    assert.deepEqual(rest, []);
    assert.equal(render(f.message), '标题「、 存在的主要问题及改进情况」编号有误，应为「五、」：规定格式中这一部分是「五、存在的主要问题及改进情况」');
    assert.deepEqual(about(applyEdits(text, f.fixes![0].edits)), []);
  });

  it('the heading in the form\'s own words is named before an earlier one in words of its own (a real report\'s PDF: 「三、主动公开工作情况」 above 「一、主动公开政府信息情况」)', () => {
    const text = report(SECTIONS.map((h) => (h.startsWith('二') ? '三、主动公开工作情况\n全年公开信息50条。\n一、主动公开政府信息情况' : h)));
    const [f, ...rest] = about(text);
    assert.deepEqual(rest, []);
    assert.equal(render(f.message), '标题「一、主动公开政府信息情况」编号有误，应为「二、」：规定格式中这一部分是「二、主动公开政府信息情况」');
    // (Not a caption or a sentence quoting the form's words: the report's own heading is named.)
    for (const quoted of ['表一、主动公开政府信息情况', '按照《年报格式》附表一、主动公开政府信息情况的要求，全年公开信息50条。']) {
      const captioned = report(SECTIONS.map((h) => (h.startsWith('二') ? '三、主动公开工作情况\n' + quoted : h)));
      assert.match(render(about(captioned)[0].message), /标题「三、主动公开工作情况」编号有误/, quoted);
    }
    // (Without the form's words anywhere, the first is named, as before.)
    const own = report(SECTIONS.map((h) => (h.startsWith('二') ? '三、主动公开工作情况' : h)));
    assert.match(render(about(own)[0].message), /标题「三、主动公开工作情况」编号有误/);
  });

  it('「一是主动公开情况」, an item of section 一, is not section 二\'s heading', () => {
    const text = report(SECTIONS.filter((h) => !h.startsWith('二')), '一是主动公开情况。全年公开信息50条。');
    const missing = about(text).filter((f) => f.code === 'section-missing');
    assert.deepEqual(missing.map((f) => render(f.message)), ['缺少「二、主动公开政府信息情况」部分']);
  });
  it('list items with a section\'s words, running on into their sentence, stay items (found by a review)', () => {
    const items = '一是加强组织领导，落实责任。\n二是主动公开情况良好，全年公开信息50条。\n三是规范依申请公开。\n四是依法做好行政复议应诉工作，无败诉。\n五是加强监督。';
    assert.deepEqual(about(report(SECTIONS, items)), []);
    // Section 二's own heading in shorter words is the one named, not an item of section 一.
    const text = report(SECTIONS.map((h) => (h.startsWith('二') ? '二、主动公开政府信息' : h)), items);
    const missing = about(text).filter((f) => f.code === 'section-missing');
    assert.deepEqual(missing.map((f) => render(f.message)), ['标题「二、主动公开政府信息」与规定格式不同：这一部分的标题应为「二、主动公开政府信息情况」']);
  });

  it('a table\'s row label is no section\'s heading: 「四、结转下年度继续办理」 when section 四\'s heading is lost (a cell a line, docx2txt)', () => {
    const base = fixture('converted/shgov_2019.docx2txt.txt');
    const heading = /\n四、[^\n]*行政复议[^\n]*\n/.exec(base)!;
    const text = base.slice(0, heading.index + 1) + base.slice(heading.index + heading[0].length);
    assert.match(text, /\n四、结转下年度继续办理/);
    const missing = about(text).filter((f) => f.code === 'section-missing');
    assert.deepEqual(missing.map((f) => render(f.message)), ['缺少「四、政府信息公开行政复议、行政诉讼情况」部分']);
    assert.equal(missing[0].fixes![0].edits[0].span.start, missing[0].fixes![0].edits[0].span.end);
  });
  it('「三是…」 with the table\'s note on its line, a colon after it, or 「三是：」: still the heading (found by a second review)', () => {
    for (const written of ['三是收到和处理政府信息公开申请情况(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', '三是收到和处理政府信息公开申请情况：', '三是：收到和处理政府信息公开申请情况']) {
      const text = report(SECTIONS.map((h) => (h.startsWith('三') ? written : h)));
      const found = about(text);
      assert.deepEqual(found.map((f) => f.code), ['section-missing'], written);
      assert.match(render(found[0].message), /编号有误，应为「三、」：规定格式中这一部分是「三、收到和处理政府信息公开申请情况」$/, written);
      assert.match(applyEdits(text, found[0].fixes![0].edits), /\n三、收到和处理政府信息公开申请情况/, written);
    }
  });
  it('items with a section\'s words ending at a full stop, in mid-line, or on lines of their own in the list\'s order stay items (found by a third review)', () => {
    for (const items of [
      '一是加强组织领导。二是主动公开情况。三是依申请公开情况。四是加强监督。',
      '一是健全制度。二是加强培训。三是完善平台。四是依法应对行政复议。五是加强监督。',
      '一是健全制度。\n二是主动公开政府信息情况不够全面，需加强。\n三是加强培训。',
      '一是加强组织领导\n调整领导小组。\n二是主动公开情况\n全年主动公开政府信息120条。\n三是依申请公开情况\n全年未收到申请。\n四是政府信息管理\n及时更新目录。',
    ]) assert.deepEqual(about(report(SECTIONS, items)), [], items);
  });
});
