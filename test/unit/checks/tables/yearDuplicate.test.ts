/**
 * year-duplicate: another report of the same agency and year among the files checked together — said on each, with
 * whether their tables' figures are the same (found by a review office's trial: the command line said it only on its
 * standard error, not in CSV, JSON or SARIF, nor whether the copies differ; the editor said nothing).
 */
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ReportAnalysis } from '../../../../server/src/analysis/model/document';
import { ReportDocument } from '../../../../server/src/checks/document';
import { main } from '../../../../server/src/cli';
import { indexEntry } from '../../../../server/src/corpus/entry';
import { lookupFrom, ReportIndex } from '../../../../server/src/corpus/index';
import { render } from '../../../../server/src/i18n/render';
import { buildReport, sampleFigures } from '../../../layouts';
import { tempDir } from '../../../tempDir';

const f = sampleFigures();
const report = buildReport('pipe', f);
/** The same report with one figure other: 一、本年新收·自然人 and its total one more. */
const corrected = buildReport('pipe', { ...f, app: f.app.map((r, i) => (i === 0 ? r.map((v, c) => (c === 0 || c === 6 ? v + 1 : v)) : r)) });
const said = (text: string, uri: string, index: ReportIndex) =>
  new ReportDocument(text).findings(true, lookupFrom(index, uri)).filter((x) => x.code === 'year-duplicate');

describe('year-duplicate', () => {
  it('two copies of a year in the workspace: each names the other, and whether their figures are the same; a third differing is said so', () => {
    const index = new ReportIndex();
    const put = (uri: string, text: string) => index.set(uri, indexEntry(uri, text, new ReportAnalysis(text)));
    put('file:///w/a/年报.txt', report);
    put('file:///w/b/年报.txt', report);
    const [a] = said(report, 'file:///w/a/年报.txt', index);
    assert.equal(a.severity, 'information');
    assert.equal(render(a.message), '某某市某某局的 2023 年度报告另有 1 份：年报.txt（统计表的数字相同）——按机关和年度汇总时请只计一份');
    assert.equal(render(a.message, 'en'), '某某市某某局 has 1 more report for 2023: 年报.txt (the same figures) — count one of them when summing by agency and year');
    put('file:///w/年报（更正稿）.txt', corrected);
    const [again] = said(report, 'file:///w/a/年报.txt', index);
    assert.match(render(again.message), /另有 2 份：/);
    assert.match(render(again.message), /(^|：|、)年报\.txt（统计表的数字相同）/);
    assert.match(render(again.message), /年报（更正稿）\.txt（统计表的数字不同）/);
    // Another year, another body: nothing.
    const other = new ReportIndex();
    other.set('file:///w/x.txt', indexEntry('file:///w/x.txt', report.replace(/2023/g, '2022'), new ReportAnalysis(report.replace(/2023/g, '2022'))));
    other.set('file:///w/y.txt', indexEntry('file:///w/y.txt', report.replace(/某某市某某局/g, '某某市另一局'), new ReportAnalysis(report.replace(/某某市某某局/g, '某某市另一局'))));
    assert.deepEqual(said(report, 'file:///w/a/年报.txt', other), []);
  });

  it('the command line: in the text, CSV, JSON and SARIF of every report of the year, with the same figures or not', async () => {
    const dir = tempDir('year-dup-');
    mkdirSync(path.join(dir, '定稿'));
    writeFileSync(path.join(dir, '年报.txt'), report);
    writeFileSync(path.join(dir, '定稿', '年报.txt'), report);
    writeFileSync(path.join(dir, '年报（修订版）.txt'), corrected);
    const run = async (...args: string[]) => {
      const out: string[] = [];
      await main(['check', ...args, dir], { out: (s) => out.push(s), err: () => undefined, raw: (s) => out.push(s) });
      return out.join('\n');
    };
    const text = await run();
    assert.equal(text.split('\n').filter((l) => / information year-duplicate /.test(l)).length, 3);
    assert.match(text, /年报（修订版）\.txt:\d+:\d+ information year-duplicate .*另有 2 份：.*年报\.txt（统计表的数字不同）、.*年报\.txt（统计表的数字不同）/);
    assert.match(text, /定稿\/年报\.txt:\d+:\d+ information year-duplicate .*另有 2 份：.*\/年报\.txt（统计表的数字相同）、.*年报（修订版）\.txt（统计表的数字不同）/);
    assert.equal((await run('--format', 'csv')).split('\n').filter((l) => l.includes(',year-duplicate,')).length, 3);
    const json = JSON.parse(await run('--format', 'json')) as { diagnostics: { code: string }[] }[];
    assert.equal(json.filter((r) => r.diagnostics.some((d) => d.code === 'year-duplicate')).length, 3);
    const sarif = JSON.parse(await run('--format', 'sarif')) as { runs: { results: { ruleId: string }[] }[] };
    assert.equal(sarif.runs[0].results.filter((r) => r.ruleId === 'year-duplicate').length, 3);
  });
});
