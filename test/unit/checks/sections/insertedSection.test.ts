/**
 * A section of the report's own put in among the form's, the form's after it numbered on from it: said once, at the
 * section put in (inserted.ts) — and only there. A numeral skipped with nothing put in, a list in a sentence
 * (「…：一、加强组织领导；二、完善制度建设；三、…」) and a section's own items numbered 一、二、 are no section put in:
 * each heading is misnumbered, an error with its fix, as before (found by a differential review of the first version).
 */
import assert from 'node:assert/strict';
import { newReport } from '../../../../server/src/create/newReport';
import { render } from '../../../../server/src/i18n/render';
import { analyse } from '../../../helpers';

const form = newReport({ agency: '某某县交通运输局', year: 2023, layout: 'pipe', script: 'simplified' });
const NUMERALS = '一二三四五六七';
/** The form with its headings from section `from` on numbered `by` further. */
function numberedOn(text: string, from: number, by: number): string {
  for (let k = 6; k >= from; k--) text = text.replace(new RegExp(`^${NUMERALS[k - 1]}、(?=\\S+情况$|其他需要报告的事项$)`, 'm'), `${NUMERALS[k - 1 + by]}、`);
  return text;
}
const sectionFindings = (text: string) => analyse(text).findings.filter((f) => f.code === 'section-missing').map((f) => [f.severity, render(f.message), text.slice(f.span.start, f.span.end)]);

describe('a section put in among the form\'s', () => {
  it('is said once, at it, where every later section is there numbered on (the headings numbered on are its related places)', () => {
    const text = numberedOn(form, 2, 1).replace(/^(三、主动公开政府信息情况)$/m, '二、政务公开重点工作情况\n全年完成各项任务。\n\n$1');
    const said = sectionFindings(text);
    assert.deepEqual(said, [['warning', '「二、政务公开重点工作情况」不是规定格式中的部分，其后 5 个部分的编号因此顺延（「三、主动公开政府信息情况」在规定格式中是「二、」）', '二、政务公开重点工作情况']]);
    // Also with a list in a sentence of section 一 before it (「…：一、加强组织领导；二、完善制度建设；…」): the section put in is named, not the list's 二.
    const listed = text.replace(/^一、总体情况\n/m, '一、总体情况\n本年度主要抓好三个方面：一、加强组织领导；二、完善制度建设；三、强化监督考核。\n');
    assert.notEqual(listed, text);
    assert.deepEqual(sectionFindings(listed), said);
  });

  it('a numeral skipped with a list in a sentence before the headings numbered on: each heading misnumbered, errors with their fixes (the list\'s 「三、」 was taken for a section put in)', () => {
    const text = numberedOn(form, 3, 1).replace(/^二、主动公开政府信息情况\n/m, '二、主动公开政府信息情况\n本年度主动公开工作主要抓好三个方面：一、加强组织领导；二、完善制度建设；三、强化监督考核。\n');
    const said = analyse(text).findings.filter((f) => f.code === 'section-missing');
    assert.equal(said.length, 4);
    assert.ok(said.every((f) => f.severity === 'error' && f.message.key === 'section-missing.numbered' && f.fixes?.length === 1), said.map((f) => render(f.message)).join('\n'));
  });

  it('a numeral skipped where section 一 numbers its own parts 一、二、: each heading misnumbered, also on a page a line (「二、依申请公开方面」 was taken for a section put in)', () => {
    const text = numberedOn(form, 2, 1).replace(/^一、总体情况\n/m, '一、总体情况\n一、主动公开方面\n本年度我局认真贯彻落实。\n二、依申请公开方面\n本年度我局认真贯彻落实。\n');
    for (const t of [text, text.replace(/\n+/g, ' ')]) {
      const said = analyse(t).findings.filter((f) => f.code === 'section-missing');
      assert.equal(said.length, 5, said.map((f) => render(f.message)).join('\n'));
      assert.ok(said.every((f) => f.severity === 'error' && f.message.key === 'section-missing.numbered'));
    }
  });

  it('a numeral range in prose (「二、三类事项」「五、三月份」) is no section put in: a skipped numeral stays each heading misnumbered', () => {
    const text = numberedOn(form, 2, 1).replace(/^一、总体情况\n/m, '一、总体情况\n全年共办理事项12件。二、三类事项另行统计。\n');
    const said = analyse(text).findings.filter((f) => f.code === 'section-missing');
    assert.equal(said.length, 5, said.map((f) => render(f.message)).join('\n'));
    assert.ok(said.every((f) => f.message.key === 'section-missing.numbered'));
  });

  it('a heading of the form\'s own, numbered on, is never the section put in (「六、存在的主要问题…」 was named so where a list stood before it)', () => {
    const text = numberedOn(form, 5, 1).replace(/^(六、存在的主要问题及改进情况)$/m, '五、政务公开重点工作落实情况\n本机关全年围绕重点领域推进公开。\n\n$1');
    const said = sectionFindings(text);
    assert.deepEqual(said.map((x) => x[2]), ['五、政务公开重点工作落实情况']);
    const listed = text.replace('本机关全年围绕重点领域推进公开。', '本机关全年围绕重点领域推进公开。一、加强组织；二、完善制度。');
    assert.ok(!sectionFindings(listed).some((x) => /^六、存在的主要问题/.test(x[2] as string) && /不是规定格式中的部分/.test(x[1] as string)), JSON.stringify(sectionFindings(listed)));
  });

  it('put in after table 三 (its rows 「三、本年度办理结果」「四、结转下年度…」 are no list\'s items before it): said once, at it (it was never found: a review)', () => {
    const text = numberedOn(form, 4, 1).replace(/^(五、政府信息公开行政复议)/m, '四、政务公开平台建设情况\n全年完成各项任务。\n\n$1');
    assert.deepEqual(sectionFindings(text).map((x) => [x[0], x[2]]), [['warning', '四、政务公开平台建设情况']]);
  });
});
