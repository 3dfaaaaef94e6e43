/**
 * A government's report with two tables 三 — its region's (「（一）全区汇总情况」) and its own (「（二）区政府本级情况」): a
 * figure the prose states, and last year's carried over, may be either's (found by a review: seven warnings against the
 * region's where the body's own table agreed).
 */
import assert from 'node:assert/strict';
import { ReportAnalysis } from '../../../../server/src/analysis/model/document';
import { ReportDocument } from '../../../../server/src/checks/document';
import { indexEntry } from '../../../../server/src/corpus/entry';
import { lookupFrom, ReportIndex } from '../../../../server/src/corpus/index';
import { RunIndex } from '../../../../server/src/cli/check/runIndex';
import { render } from '../../../../server/src/i18n/render';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { scopeWords } from '../../../../server/src/analysis/model/tableScope';
import { main } from '../../../../server/src/cli';
import { hoverMarkdown, previousYearOf } from '../../../../server/src/features/hover';
import type { ApplicationsTable } from '../../../../server/src/analysis/types';
import { toDiagnostics } from '../../../../server/src/features/diagnostics';
import { trend } from '../../../../server/src/features/workspace';
import { trendHtml } from '../../../../client/src/trendChart';
import { analyse, fixture } from '../../../helpers';
import { tempDir } from '../../../tempDir';
import { buildReport, sampleFigures } from '../../../layouts';

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
    // (And section 三's own 「本年共收到申请13件」, applications unnamed under its heading.)
    assert.deepEqual(mismatches(pasted), [`正文写本年新收 ${own.app[0][6]} 件，表三为 ${region.app[0][6]} 件`, `正文写收到申请 ${own.app[0][6]} 件，表三本年新收 ${region.app[0][6]} 件（加上年结转为 ${region.app[0][6] + region.app[1][6]} 件）`]);
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
    assert.deepEqual(carry(wrong), [`表三「全区汇总情况」：二、上年结转·自然人 为 ${region.app[1][0] + 3}，但 2022 年度报告（2022.txt）对应表的「四、结转下年度继续办理·自然人」为 ${region.app[24][0]}`]);
  });

  // A city tax bureau's report, as a vertical system's city offices write it: 「（一）全市税务系统情况」 then 「（二）市局本级情况」.
  // 2023: the system's 结转下年度 5, 1 (总计 6), the bureau's own 1, 0 (总计 1); 2024: the system's 上年结转 right, the
  // bureau's own 2 (总计 2) — wrong: last year's own table carried 1.
  const bureau = (year: number) => fixture(path.join('scopes', `tax-bureau-${year}.txt`));

  it('both years with the system\'s table and the bureau\'s own: a wrong figure in the bureau\'s own is said on its own table\'s cell, naming it, though the system\'s agrees (found by a review: only the first table was compared)', () => {
    const last = bureau(2023);
    const index = new ReportIndex();
    index.set('file:///w/2023.txt', indexEntry('file:///w/2023.txt', last, new ReportAnalysis(last))!);
    const text = bureau(2024);
    const found = new ReportDocument(text).findings(true, lookupFrom(index, 'file:///w/2024.txt')).filter((f) => f.code === 'carry-over');
    assert.deepEqual(found.map((f) => render(f.message)), [
      '表三「市局本级情况」：二、上年结转·自然人 为 2，但 2023 年度报告（2023.txt）对应表的「四、结转下年度继续办理·自然人」为 1',
      '表三「市局本级情况」：二、上年结转·总计 为 2，但 2023 年度报告（2023.txt）对应表的「四、结转下年度继续办理·总计」为 1',
    ]);
    assert.equal(render(found[0].message, 'zh-tw'), '表三「市局本级情况」：二、上年結轉·自然人 為 2，但 2023 年度報告（2023.txt）對應表的「四、結轉下年度繼續辦理·自然人」為 1');
    assert.equal(render(found[0].message, 'en'), 'Table III “市局本级情况”: II. Carried over from last year / natural persons is 2, but the 2023 report (2023.txt) carried 1 to next year (natural persons) in its matching table');
    // On the second table's cells (line 74 of the file), pointing at last year's own table's cell (line 102), not the first's.
    const lines = text.split('\n');
    const [d] = toDiagnostics(found, TextDocument.create('file:///w/2024.txt', 'disclosure-report', 1, text), 'zh-cn');
    assert.equal(d.range.start.line, 73);
    assert.equal(lines[73].slice(d.range.start.character, d.range.end.character), '2');
    assert.equal(d.relatedInformation![0].message, '2023 年度报告的表三「市局本级情况」：结转下年度继续办理·自然人 = 1');
    const rel = d.relatedInformation![0].location.range;
    assert.equal(rel.start.line, 101);
    assert.match(last.split('\n')[101], /^\| 四、结转下年度继续办理 \| 1 \|/);
    // Corrected, nothing; the system's table wrong instead, it is said, named by its own heading.
    const fixed = text.replace('| 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |', '| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |');
    assert.notEqual(fixed, text);
    const fixedFindings = (t: string) => new ReportDocument(t).findings(true, lookupFrom(index, 'file:///w/2024.txt')).filter((f) => f.code === 'carry-over').map((f) => render(f.message));
    assert.deepEqual(fixedFindings(fixed), []);
    const regionWrong = fixed.replace('| 二、上年结转政府信息公开申请数量 | 5 | 1 |', '| 二、上年结转政府信息公开申请数量 | 4 | 1 |');
    assert.notEqual(regionWrong, fixed);
    assert.deepEqual(fixedFindings(regionWrong), ['表三「全市税务系统情况」：二、上年结转·自然人 为 4，但 2023 年度报告（2023.txt）对应表的「四、结转下年度继续办理·自然人」为 5']);
    // The same from the CLI's index moved to disk (its entries through JSON, as a worker's are).
    const spilled = new RunIndex(2, 0);
    spilled.add(indexEntry('file:///w/2023.txt', last, new ReportAnalysis(last))!);
    spilled.add(indexEntry('file:///w/other-2023.txt', fixed, new ReportAnalysis(fixed))!);
    assert.ok(spilled.spilled);
    try {
      const fromDisk = new ReportDocument(text).findings(true, lookupFrom(spilled, 'file:///w/2024.txt')).filter((f) => f.code === 'carry-over');
      assert.deepEqual(fromDisk.map((f) => [f.span, render(f.message)]), found.map((f) => [f.span, render(f.message)]));
    } finally {
      spilled.close();
    }
  });

  it('a year that puts the bureau\'s own table first and the system\'s second, the other the reverse: each compared with last year\'s table of its heading, not of its place (found by a review: six false warnings)', () => {
    const last = bureau(2023);
    const index = new ReportIndex();
    index.set('file:///w/2023.txt', indexEntry('file:///w/2023.txt', last, new ReportAnalysis(last))!);
    // Lines 34–68 the system's table under its heading, 69–103 the bureau's own: swapped, their numbering with them.
    const swap = (t: string) => {
      const lines = t.split('\n');
      const system = lines.slice(33, 68).map((l) => l.replace('（一）', '（二）'));
      const own = lines.slice(68, 103).map((l) => l.replace('（二）', '（一）'));
      return [...lines.slice(0, 33), ...own, ...system, ...lines.slice(103)].join('\n');
    };
    const text = bureau(2024);
    const right = swap(text.replace('| 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |', '| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |'));
    assert.match(right.split('\n')[33], /^（一）市局本级情况/);
    const carry = (t: string) => new ReportDocument(t).findings(true, lookupFrom(index, 'file:///w/2024.txt')).filter((f) => f.code === 'carry-over').map((f) => render(f.message));
    assert.deepEqual(carry(right), []);
    // The bureau's own wrong: said of its own table, now the first.
    assert.deepEqual(carry(swap(text)), [
      '表三「市局本级情况」：二、上年结转·自然人 为 2，但 2023 年度报告（2023.txt）对应表的「四、结转下年度继续办理·自然人」为 1',
      '表三「市局本级情况」：二、上年结转·总计 为 2，但 2023 年度报告（2023.txt）对应表的「四、结转下年度继续办理·总计」为 1',
    ]);
  });

  it('查看历年统计 marks a year whose report has more than one table 三: its figures are the first table\'s (the region\'s figures stood among the body\'s own years unmarked: found by a review)', () => {
    const index = new ReportIndex();
    const one = buildReport('pipe').replace(/^.*年度报告$/m, '国家税务总局福州市税务局2022年政府信息公开工作年度报告');
    index.set('file:///w/2022.txt', indexEntry('file:///w/2022.txt', one, new ReportAnalysis(one))!);
    for (const year of [2023, 2024]) index.set(`file:///w/${year}.txt`, indexEntry(`file:///w/${year}.txt`, bureau(year), new ReportAnalysis(bureau(year)))!);
    const t = trend(index, 'file:///w/2024.txt')!;
    assert.deepEqual(t.points.map((p) => [p.year, p.tables]), [[2022, undefined], [2023, 2], [2024, 2]]);
    const html = trendHtml(t.agency, t.points, 'cn', 'n');
    assert.match(html, />2023†</);
    assert.match(html, />2022</);
    assert.match(html, /† 该年报告的表三不止一张（如全市与本级），这里是第一张的数字/);
  });

  it('the hover on the bureau\'s own table\'s 上年结转 shows last year\'s own figure, the system\'s table last year\'s system\'s (it showed the first table\'s on both)', () => {
    const last = bureau(2023);
    const prev = indexEntry('file:///w/2023.txt', last, new ReportAnalysis(last))!;
    const text = bureau(2024);
    const { model, findings } = analyse(text);
    const tables = model.sections.find((s) => s.section === 3)!.tables.filter((t) => t.kind === 'applications') as ApplicationsTable[];
    assert.equal(tables.length, 2);
    const previous = previousYearOf(new ReportAnalysis(text).facts(), prev);
    const hover = (t: ApplicationsTable) => hoverMarkdown(model, findings, t.rows.find((r) => r.id === 'carried')!.cells[0].span.start, 'zh-cn', previous)!.markdown;
    assert.match(hover(tables[0]), /上一年度（2023 年）报告的结转下年度继续办理：5（2023\.txt）/);
    assert.match(hover(tables[1]), /上一年度（2023 年）报告的结转下年度继续办理：1（2023\.txt）/);
  });

  it('the same through the CLI: the bureau\'s own table\'s warnings, on its own lines', () => {
    const dir = tempDir('scopes-');
    writeFileSync(path.join(dir, 'tax-2023.txt'), bureau(2023));
    writeFileSync(path.join(dir, 'tax-2024.txt'), bureau(2024));
    const out: string[] = [];
    assert.equal(main(['check', dir], { out: (s) => out.push(s), err: () => undefined, raw: () => undefined }), 0);
    const carry = out.filter((l) => l.includes(' carry-over '));
    assert.deepEqual(carry.map((l) => l.slice(l.indexOf('tax-'))), [
      `tax-2024.txt:74:22 warning carry-over 表三「市局本级情况」：二、上年结转·自然人 为 2，但 2023 年度报告（${path.join(dir, 'tax-2023.txt')}）对应表的「四、结转下年度继续办理·自然人」为 1`,
      `tax-2024.txt:74:46 warning carry-over 表三「市局本级情况」：二、上年结转·总计 为 2，但 2023 年度报告（${path.join(dir, 'tax-2023.txt')}）对应表的「四、结转下年度继续办理·总计」为 1`,
    ]);
  });

  it('a scope\'s heading is its line\'s words, numbering left out; a line too long for a heading is none, and a table with none is named by its place', () => {
    const at = (text: string) => scopeWords(text, text.length);
    assert.equal(at('三、收到和处理政府信息公开申请情况\n（一）全市税务系统情况\n'), '全市税务系统情况');
    assert.equal(at('### （二）市局本级情况：\n'), '市局本级情况');
    assert.equal(at('2.区政府本级情况\n'), '区政府本级情况');
    assert.equal(at('本年度全市各级行政机关共收到政府信息公开申请，较上年有所增加，具体情况如下表所示：\n'), undefined);
    assert.equal(at('收到和处理政府信息公开申请情况\n'), undefined);
    // The region's table without a heading of its own, the body's own with one: the first named by its place.
    const last = report('', 2022).replace('（一）全区汇总情况\n', '');
    const index = new ReportIndex();
    index.set('file:///w/2022.txt', indexEntry('file:///w/2022.txt', last, new ReportAnalysis(last))!);
    const sound = report('', 2023).replace('（一）全区汇总情况\n', '');
    const i = sound.indexOf('二、上年结转政府信息公开申请数量');
    const line = sound.slice(i, sound.indexOf('\n', i));
    const wrong = sound.slice(0, i) + line.replace(/\| (\d+) \|/, (_m, d: string) => `| ${Number(d) + 3} |`) + sound.slice(i + line.length);
    const messages = new ReportDocument(wrong).findings(true, lookupFrom(index, 'file:///w/2023.txt')).filter((f) => f.code === 'carry-over').map((f) => render(f.message));
    assert.deepEqual(messages.map((m) => m.slice(0, m.indexOf('：'))), ['第 1 张表三']);
  });
});
