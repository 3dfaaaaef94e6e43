/**
 * Files a researcher's folder holds beside the reports: notices and circulars about them, their interpretations and
 * graphic pages, a report's title with nothing under it. Each is said for what it is, in one line, and neither checked
 * nor exported as a report; a report that follows its notice or its interpretation is still the report.
 * (Found by a review: a 通报 on the year's reports had seven errors, 「二、存在的主要问题」 said misnumbered.)
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../server/src/cli';
import { ReportDocument } from '../../../server/src/checks/document';
import { fixture, SEEDS } from '../../helpers';
import { tempDir } from '../../tempDir';

function run(...argv: string[]): { code: number | Promise<number>; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), raw: (s) => out.push(s) });
  return { code, out, err };
}

const CIRCULAR = `某某县人民政府办公室关于2023年度政府信息公开工作年度报告检查情况的通报

各乡镇人民政府、街道办事处，县政府各部门：
根据《中华人民共和国政府信息公开条例》和上级要求，县政府办公室对全县各单位2023年度政府信息公开工作年度报告编制发布情况进行了检查，现将有关情况通报如下：

一、总体情况
全县应发布年度报告的56家单位均已按时发布，总体较好。

二、存在的主要问题
（一）部分单位未按新格式编制，仍使用2019年版表格。
（二）部分单位“收到和处理政府信息公开申请情况”表格数据逻辑错误。

三、主动公开政府信息情况的检查
各单位主动公开情况总体较好。

某某县人民政府办公室
2024年2月5日
`;

const NOTICE = `某某县人民政府办公室关于做好2023年政府信息公开工作年度报告编制发布工作的通知
各乡镇人民政府、街道办事处，县政府各部门：
请按格式编制年度报告，内容包括：
一、总体情况
二、主动公开政府信息情况
三、收到和处理政府信息公开申请情况
四、政府信息公开行政复议、行政诉讼情况
五、存在的主要问题及改进情况
六、其他需要报告的事项
请于2024年1月31日前在门户网站发布。
`;

const GRAPHIC = `【图解】某某县财政局2023年政府信息公开工作年度报告

某某县财政局2023年政府信息公开工作年度报告

一、总体情况
全年主动公开政府信息287条。
二、主动公开政府信息情况
主动公开规范性文件2件。
三、收到和处理政府信息公开申请情况
本年新收申请12件。
`;

const tabs = fixture(SEEDS.tabs);

describe('files that are not a report', () => {
  it('a circular, a notice and a graphic page about the reports are not checked, and the line says what they are', () => {
    for (const [text, words] of [[CIRCULAR, '检查情况的通报'], [NOTICE, '编制发布工作的通知'], [GRAPHIC, '【图解】']] as const) {
      const doc = new ReportDocument(text);
      const facts = doc.facts();
      assert.equal(facts.isReport, false, words);
      // In the editor, opened in the report's language (which detection gives a page by its title): nothing either.
      assert.deepEqual(doc.findings(true), [], words);
      assert.ok(facts.about?.text.includes(words), words);
      const dir = tempDir('notreport-');
      const file = path.join(dir, 'a.txt');
      writeFileSync(file, text);
      const r = run('check', file);
      assert.equal(r.code, 2, words);
      assert.deepEqual(r.out, [], words);
      assert.match(r.err.join('\n'), new RegExp(`是关于年度报告的通知、通报、解读或图解（「[^」]*${words.replace(/[【】]/g, '\\$&')}[^」]*」），不是报告本身，未检查`), words);
      const e = run('export', '--format', 'json', file);
      assert.equal(e.code, 2, words);
      assert.match(e.err.join('\n'), /不是报告本身，未导出/);
    }
  });

  it('a report published under its notice, or after its interpretation or graphic page, is the report', () => {
    for (const lead of ['某某县人民政府办公室关于公布2023年政府信息公开工作年度报告的公告\n\n', '《上海市长宁区人力资源和社会保障局2023年政府信息公开工作年度报告》解读\n近日发布了年度报告，现解读如下。\n\n', '【图解】上海市长宁区人力资源和社会保障局2023年政府信息公开工作年度报告\n\n']) {
      const facts = new ReportDocument(lead + tabs).facts();
      assert.equal(facts.isReport, true, lead);
      assert.equal(facts.tables.length, new ReportDocument(tabs).facts().tables.length, lead);
    }
  });

  it('a report title with nothing under it says so, naming the title (it was 「没有找到报告标题」)', () => {
    const dir = tempDir('notreport-');
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, '某某县财政局2023年政府信息公开工作年度报告\n\n本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n');
    const r = run('check', file);
    assert.equal(r.code, 2);
    assert.match(r.err.join('\n'), /只有报告标题（「某某县财政局2023年政府信息公开工作年度报告」），没有六个部分和统计表：正文缺失或未保存完整，未检查/);
    // In a folder: skipped, with the same words.
    writeFileSync(path.join(dir, 'b.txt'), tabs);
    const f = run('check', '--locale', 'en', dir);
    assert.match(f.err.join('\n'), /a\.txt: only the report’s title \(“某某县财政局2023年政府信息公开工作年度报告”\), none of the six sections or the tables: the body is missing or was not saved whole; skipped/);
  });

  it('a report whose title line carries a link to its graphic version, or published under a notice with its tables as pictures, is still the report (a review of the first version)', () => {
    const CN_TITLE = '上海市长宁区人力资源和社会保障局 2023 年政府信息公开工作年度报告';
    const linked = new ReportDocument(tabs.replace(CN_TITLE, CN_TITLE + ' 【图解】')).facts();
    assert.equal(linked.isReport, true);
    assert.equal(linked.title?.text, CN_TITLE);
    // Under a notice's title, its tables pictures: its sections are written out — a notice listing the headings has none.
    const pictures = tabs.replace(CN_TITLE, '上海市长宁区人力资源和社会保障局关于公布2023年政府信息公开工作年度报告的公告').replace(/\n[^\n]*\t[^\n]*/g, '\n[图片]');
    assert.equal(new ReportDocument(pictures).facts().tables.length, 0);
    assert.equal(new ReportDocument(pictures).facts().isReport, true);
    assert.equal(new ReportDocument(NOTICE).facts().isReport, false);
  });

  it('a graphic page titled without a mark\'s brackets (「一图读懂…」「图解…」「…（图解）」) is one too', () => {
    for (const t of ['一图读懂某某县财政局2023年政府信息公开工作年度报告', '图解某某县财政局2023年政府信息公开工作年度报告', '某某县财政局2023年政府信息公开工作年度报告（图解）'])
      assert.equal(new ReportDocument(GRAPHIC.replace('【图解】某某县财政局2023年政府信息公开工作年度报告', t)).facts().isReport, false, t);
  });

  it('a report written as prose under its title, without its sections\' headings, is not said to be a title alone', () => {
    const dir = tempDir('notreport-prose-');
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, '某某县财政局2016年政府信息公开工作年度报告\n\n' + '2016年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息132条，受理依申请公开3件，均按时答复。'.repeat(15) + '\n');
    const r = run('check', file);
    assert.ok(!/只有报告标题/.test(r.err.join('\n')), r.err.join('\n'));
  });

  it('a real report title is still the title, and a report still a report', () => {
    for (const k of Object.values(SEEDS)) {
      const facts = new ReportDocument(fixture(k)).facts();
      assert.equal(facts.isReport, true, k);
      assert.equal(facts.about, undefined, k);
    }
  });
});

describe('import of a page that is no report', () => {
  const LIST = '<html><head><title>政府信息公开年报_某某县人民政府</title></head><body><div class="list"><ul>' +
    [2023, 2022, 2021, 2020].map((y) => `<li><a href="t${y}.html">某某县财政局${y}年政府信息公开工作年度报告</a><span>${y + 1}-01-20</span></li>`).join('') +
    '</ul></div></body></html>';
  const READING = '<html><head><title>《某某县财政局2023年政府信息公开工作年度报告》解读</title></head><body><h1>《某某县财政局2023年政府信息公开工作年度报告》解读</h1><p>近日，某某县财政局发布了2023年政府信息公开工作年度报告。现就有关情况解读如下。</p><p>一、主动公开情况。全年主动公开政府信息287条。</p></body></html>';

  it('is imported all the same (nothing lost) and said: a list of reports, an interpretation (found by a review: imported without a word)', async () => {
    const dir = tempDir('import-notreport-');
    for (const [name, html, said] of [['list.html', LIST, /list\.html：导入的页面不像政府信息公开年度报告.*仍已导入/], ['reading.html', READING, /reading\.html：是关于年度报告的通知、通报、解读或图解（「《某某县财政局2023年政府信息公开工作年度报告》解读」），不是报告本身，仍已导入/]] as const) {
      const file = path.join(dir, name);
      writeFileSync(file, html);
      const out = path.join(dir, name + '.txt');
      const r = run('import', file, '-o', out);
      assert.equal(await r.code, 0, name);
      assert.match(r.err.join('\n'), said, r.err.join('\n'));
      assert.ok(readFileSync(out, 'utf8').includes('某某县财政局'), name);
    }
  });

  it('a report\'s page is imported without the note', async () => {
    const dir = tempDir('import-report-');
    const file = path.join(dir, 'czj.html');
    writeFileSync(file, fixture('html/czj_2023.html'));
    const r = run('import', file, '-o', path.join(dir, 'czj.txt'));
    assert.equal(await r.code, 0);
    assert.ok(!/不像|不是报告本身/.test(r.err.join('\n')), r.err.join('\n'));
  });
});

describe('--fix and the project\'s settings', () => {
  it('a check turned off in .disclosure-report.json is not fixed either (its findings are not shown: --fix rewrote them all the same, a review)', async () => {
    const wrong = fixture(SEEDS.pipe).replace(/^(一、本年新收政府信息公开申请数量 \| 9 \| 0 \| 0 \| 0 \| 0 \| 0 \| )9/m, '$17');
    assert.notEqual(wrong, fixture(SEEDS.pipe));
    const off = tempDir('fix-off-');
    writeFileSync(path.join(off, '.disclosure-report.json'), JSON.stringify({ checks: { 'row-total': 'off', 'column-total': 'off', balance: 'off' } }));
    writeFileSync(path.join(off, 'a.txt'), wrong);
    await run('check', '--fix', path.join(off, 'a.txt')).code;
    assert.equal(readFileSync(path.join(off, 'a.txt'), 'utf8'), wrong);
    // Without the setting, the same file is fixed (the test can fail).
    const on = tempDir('fix-on-');
    writeFileSync(path.join(on, 'a.txt'), wrong);
    await run('check', '--fix', path.join(on, 'a.txt')).code;
    assert.notEqual(readFileSync(path.join(on, 'a.txt'), 'utf8'), wrong);
  });
});
