/**
 * A government's report with two tables 三 — its region's (「（一）全区汇总情况」) and its own (「（二）区政府本级情况」): a
 * figure the prose states, and last year's carried over, may be either's (found by a review: seven warnings against the
 * region's where the body's own table agreed).
 */
import assert from 'node:assert/strict';
import { ReportAnalysis } from '../../../server/src/analysis/model/document';
import { ReportDocument } from '../../../server/src/checks/document';
import { indexEntry } from '../../../server/src/corpus/entry';
import { lookupFrom, ReportIndex } from '../../../server/src/corpus/index';
import { render } from '../../../server/src/i18n/render';
import { analyse } from '../../helpers';
import { buildReport, sampleFigures } from '../../layouts';

const own = sampleFigures();
/** The region's figures: every figure of the body's own, times four (its sums hold as the body's do). */
const region = { app: own.app.map((r) => r.map((v) => v * 4)), review: own.review.map((v) => v * 4) };
const tableOf = (text: string) => {
  const from = text.indexOf('\n', text.indexOf('三、收到和处理政府信息公开申请情况')) + 1;
  return text.slice(from, text.indexOf('四、政府信息公开行政复议'));
};
/** The sample report (2023) whose section 三 holds the region's table, then the body's own; `said` in its section 一. */
function report(said: string, year = 2023): string {
  const text = buildReport('pipe', own).replaceAll('2023', String(year));
  const both = '（一）全区汇总情况\n' + tableOf(buildReport('pipe', region)) + '（二）区政府本级情况\n' + tableOf(text);
  const withTables = text.replace(tableOf(text), both);
  const at = withTables.indexOf('\n', withTables.indexOf('一、总体情况') + 7);
  return withTables.slice(0, at) + '\n' + said + withTables.slice(at);
}
const mismatches = (text: string) => analyse(text).findings.filter((f) => f.code === 'text-mismatch').map((f) => render(f.message));

describe('two tables 三: the region\'s and the body\'s own', () => {
  it('the prose\'s figures agreeing with the body\'s own table are not said against the region\'s; agreeing with neither, they are', () => {
    const t = report(`本机关新收政府信息公开申请${own.app[0][6]}件，予以公开${own.app[2][6]}件，结转下年度继续办理${own.app[24][6]}件。`);
    assert.equal(analyse(t).model.sections.find((s) => s.section === 3)!.tables.filter((x) => x.kind === 'applications').length, 2);
    assert.deepEqual(mismatches(t), []);
    // The region's figures are compared as well.
    assert.deepEqual(mismatches(report(`全区新收政府信息公开申请${region.app[0][6]}件。`)), []);
    assert.deepEqual(mismatches(report('本机关新收政府信息公开申请99件。')), [`正文写本年新收 99 件，表三为 ${region.app[0][6]} 件`]);
  });

  it('two tables 三 with no scope named before the second — a table pasted twice, one copy stale —: the prose is compared with the first, as before (found by the review of the first version: its mismatches went unsaid)', () => {
    const said = `本机关新收政府信息公开申请${own.app[0][6]}件。`;
    const pasted = report(said).replace('（一）全区汇总情况\n', '').replace('（二）区政府本级情况\n', '');
    assert.deepEqual(mismatches(pasted), [`正文写本年新收 ${own.app[0][6]} 件，表三为 ${region.app[0][6]} 件`]);
  });

  it('last year\'s 结转下年度 agreeing with the body\'s own 上年结转 is no carry-over warning; agreeing with neither table, it is', () => {
    const last = buildReport('pipe', own).replaceAll('2023', '2022');
    const index = new ReportIndex();
    index.set('file:///w/2022.txt', indexEntry('file:///w/2022.txt', last, new ReportAnalysis(last))!);
    const carry = (text: string) => new ReportDocument(text).findings(true, lookupFrom(index, 'file:///w/2023.txt')).filter((f) => f.code === 'carry-over');
    assert.deepEqual(carry(report('', 2023)), []);
    const lastOther = last.replace(/(四、结转下年度继续办理 \| )1( \|.*\| )1( \|)/, '$10$20$3');
    assert.notEqual(lastOther, last);
    index.set('file:///w/2022.txt', indexEntry('file:///w/2022.txt', lastOther, new ReportAnalysis(lastOther))!);
    assert.ok(carry(report('', 2023)).length > 0);
  });

  it('last year\'s report with the two tables, this year\'s with the body\'s own only: its 上年结转 agreeing with last year\'s own 结转下年度 is no warning; with neither, it is (found by a review: warned against the region\'s)', () => {
    const last = report('', 2022);
    const index = new ReportIndex();
    index.set('file:///w/2022.txt', indexEntry('file:///w/2022.txt', last, new ReportAnalysis(last))!);
    const carry = (text: string) => new ReportDocument(text).findings(true, lookupFrom(index, 'file:///w/2023.txt')).filter((f) => f.code === 'carry-over');
    const mine = buildReport('pipe', own);
    assert.deepEqual(carry(mine), []);
    // The region's figure is four times the body's own: agreeing with neither, the first table's is said.
    const other = mine.replace(/(二、上年结转政府信息公开申请数量 \| )1( \|.*\| )1( \|)/, '$13$23$3');
    assert.notEqual(other, mine);
    assert.deepEqual(carry(other).map((f) => render(f.message)).slice(0, 1), ['二、上年结转·自然人 为 3，但 2022 年度报告（2022.txt）的「四、结转下年度继续办理·自然人」为 4']);
  });

  it('both years with the region\'s table and the body\'s own: each compared with its own — a wrong figure in the region\'s is said though the body\'s own agrees (found by the review of the first version)', () => {
    const last = report('', 2022);
    const index = new ReportIndex();
    index.set('file:///w/2022.txt', indexEntry('file:///w/2022.txt', last, new ReportAnalysis(last))!);
    const carry = (text: string) => new ReportDocument(text).findings(true, lookupFrom(index, 'file:///w/2023.txt')).filter((f) => f.code === 'carry-over').map((f) => render(f.message));
    const sound = report('', 2023);
    assert.deepEqual(carry(sound), []);
    const i = sound.indexOf('二、上年结转政府信息公开申请数量');
    const line = sound.slice(i, sound.indexOf('\n', i));
    const wrong = sound.slice(0, i) + line.replace(/\| (\d+) \|/, (_m, d: string) => `| ${Number(d) + 3} |`) + sound.slice(i + line.length);
    assert.notEqual(wrong, sound);
    assert.deepEqual(carry(wrong), [`二、上年结转·自然人 为 ${region.app[1][0] + 3}，但 2022 年度报告（2022.txt）的「四、结转下年度继续办理·自然人」为 ${region.app[24][0]}`]);
  });
});
