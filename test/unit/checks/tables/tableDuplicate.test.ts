/**
 * table-duplicate: a statistics table pasted twice in its section (found by a review: table 三 twice under one heading,
 * the copies different — the export took the first, the second's sums were said not to add up, nothing said there were
 * two).
 */
import assert from 'node:assert/strict';
import { render } from '../../../../server/src/i18n/render';
import { analyse, fixture, SEEDS } from '../../../helpers';
import { buildReport, sampleFigures } from '../../../layouts';

const said = (text: string, locale: 'zh-cn' | 'en' = 'zh-cn') => analyse(text).findings.filter((f) => f.code === 'table-duplicate').map((f) => render(f.message, locale));
const own = sampleFigures();
const report = buildReport('pipe', own);
/** Table 三's lines: from its header to the empty line before section 四. */
const tableOf = (text: string) => {
  const from = text.indexOf('（本列数据的勾稽关系');
  return text.slice(from, text.indexOf('\n\n四、政府信息公开行政复议') + 1);
};

describe('table-duplicate', () => {
  it('the seeds as published (seed 000 a page saved twice: section-duplicate\'s), a report with one table each: none', () => {
    for (const seed of Object.values(SEEDS)) assert.deepEqual(said(fixture(seed)), [], seed);
    assert.deepEqual(said(report), []);
  });

  it('table 三 pasted again, the same: said at the copy, the first in its related place', () => {
    const t = tableOf(report);
    const twice = report.replace(t, t + t);
    assert.deepEqual(said(twice), ['表三（收到和处理申请）又出现了一次（第 2 张），与第一张相同：请删去重复的一张']);
    const f = analyse(twice).findings.find((x) => x.code === 'table-duplicate')!;
    assert.equal(f.severity, 'warning');
    assert.ok(f.span.start > report.indexOf(t) + t.length - 1 && f.related![0].span.start < f.span.start);
  });

  it('the copy different: the rows named (three, and how many more), in the display language', () => {
    const t = tableOf(report);
    const other = buildReport('pipe', { ...own, app: own.app.map((r, i) => (i === 0 ? r.map((v) => v + 1) : r)) });
    const twice = report.replace(t, t + tableOf(other));
    assert.deepEqual(said(twice), ['表三（收到和处理申请）又出现了一次（第 2 张），与第一张不同（一、本年新收）：导出和与上年的比较只用第一张，请核对后删去错误的一张']);
    const many = buildReport('pipe', { ...own, app: own.app.map((r) => r.map((v) => v + 1)) });
    assert.match(said(report.replace(t, t + tableOf(many)), 'en')[0], /^Table III \(applications\) occurs again \(copy 2\), different from the first \(I\. New this year, .+ and 22 more\): exports/);
  });

  it('two tables each under its scope\'s heading (the region\'s and the body\'s own), or with any line of words between (another body\'s, another year\'s, a paragraph): none (found by the review of the first version)', () => {
    const t = tableOf(report);
    const scoped = report.replace(t, '（一）全区汇总情况\n' + t + '（二）区政府本级情况\n' + t);
    assert.deepEqual(said(scoped), []);
    for (const between of ['（二）区就业促进中心\n', '（二）2022年度\n', '下表为本局所属事业单位的情况，其数字未计入上表。\n']) assert.deepEqual(said(report.replace(t, t + between + t)), [], between);
    // A line read as a table of a row or two before the table (「予以公开,12,3」) is no copy of it.
    assert.deepEqual(said(report.replace(t, '予以公开,12,3\n' + t)), []);
  });
});
