/**
 * Another report after this one in the same text (other-report): a township's after the county's, another year's after
 * this one's. What follows its title is not this report's — not its tables (exported or taken for one this report
 * lacks), not its headings (said duplicated), not its figures. Found by a review of a researcher's folder: a township's
 * table 三 was exported as the county's, with no error.
 */
import assert from 'node:assert/strict';
import { ReportDocument } from '../../../../server/src/checks/document';
import { exportRecord } from '../../../../server/src/analysis/views/exportRecord';
import { fixture, SEEDS, untitled } from '../../../helpers';
import { render } from '../../../../server/src/i18n/render';

const changning = fixture(SEEDS.tabs); // 上海市长宁区人力资源和社会保障局 2023
const songjiang = fixture(SEEDS.pipe); // 松江区人力资源和社会保障局 2023 (a page saved twice)

/** The report without its table 三 (its rows taken out), as a page that published it as a picture has it. */
function withoutTable3(text: string): string {
  const start = text.indexOf('三、收到和处理政府信息公开申请情况');
  const end = text.indexOf('四、政府信息公开行政复议', start);
  return text.slice(0, start) + '三、收到和处理政府信息公开申请情况\n（统计表见下图）\n[图片]\n\n' + text.slice(end);
}

describe('other-report', () => {
  it('a report appended after another: said at its title; its tables, headings and figures are not the first report\'s', () => {
    const alone = new ReportDocument(changning);
    const joined = changning + '\n附件：\n\n' + songjiang;
    const doc = new ReportDocument(joined);
    const f = doc.findings();
    const other = f.filter((x) => x.code === 'other-report');
    assert.equal(other.length, 1);
    assert.equal(joined.slice(other[0].span.start, other[0].span.end), '松江区人力资源和社会保障局2023年政府信息公开工作年度报告');
    assert.ok(other[0].span.start > changning.length);
    // Nothing of the other report's is said: no section twice, no year or figure compared across the two.
    assert.deepEqual(f.filter((x) => x.span.start >= other[0].span.start && x !== other[0]), []);
    assert.ok(!f.some((x) => x.code === 'section-duplicate'), JSON.stringify(f.map((x) => x.code)));
    // The first report's own findings are as it had them alone.
    assert.deepEqual(f.filter((x) => x !== other[0]).map((x) => [x.code, x.span.start]), alone.findings().map((x) => [x.code, x.span.start]));
    // Its figures exported, and the model's sections its own six.
    assert.deepEqual(exportRecord('a.txt', doc.model()).tables, exportRecord('a.txt', alone.model()).tables);
    assert.equal(doc.model().sections.length, alone.model().sections.length);
    // Its section 六 ends where the other report's title starts (the outline and folding of 六 covered the other's opening).
    assert.ok(doc.model().sections[doc.model().sections.length - 1].span.end <= other[0].span.start);
  });

  it('a table the first report lacks is missing, not the other report\'s (its 新收 was exported as the county\'s)', () => {
    const first = withoutTable3(changning);
    const doc = new ReportDocument(first + '\n' + songjiang);
    const codes = doc.findings().map((x) => x.code);
    assert.ok(codes.includes('table-missing'), JSON.stringify(codes));
    assert.ok(codes.includes('other-report'));
    assert.equal(exportRecord('a.txt', doc.model()).tables.applications, null);
    // (Before: the other report's table was the first one's.)
    assert.ok(new ReportDocument(first).findings().some((x) => x.code === 'table-missing'));
  });

  it('another year\'s report of the same body is another report', () => {
    const last = changning.replace(/2023/g, '2022');
    const doc = new ReportDocument(changning + '\n' + last);
    const other = doc.findings().filter((x) => x.code === 'other-report');
    assert.equal(other.length, 1);
    assert.ok(!doc.findings().some((x) => x.code === 'year-mismatch'));
  });

  it('the same report again (a page saved twice) is no other report: its sections are said duplicated', () => {
    const codes = new ReportDocument(songjiang).findings().map((x) => x.code);
    assert.ok(!codes.includes('other-report'));
    assert.ok(codes.includes('section-duplicate'));
    // Also glued to the end of the first copy, its title run on from the last words (「…无松江区…」).
    assert.ok(!new ReportDocument(songjiang.trimEnd() + songjiang).findings().some((x) => x.code === 'other-report'));
    const twice = new ReportDocument(changning + '\n' + changning).findings().map((x) => x.code);
    assert.ok(!twice.includes('other-report'));
    assert.ok(twice.includes('section-duplicate'));
  });

  it('a line naming another report with no report under it (section 六 listing last year\'s) is no other report', () => {
    const text = changning.replace(/(六、其他需要报告的事项\s*\n)/, '$1上海市长宁区人力资源和社会保障局2022年政府信息公开工作年度报告\n（已于2023年1月公开）\n');
    assert.notEqual(text, changning);
    assert.ok(!new ReportDocument(text).findings().some((x) => x.code === 'other-report'));
    // Nor in section 一, with the sections going on after it.
    const cited = changning.replace(/(一、总体情况\s*\n)/, '$1上海市长宁区人力资源和社会保障局2022年政府信息公开工作年度报告\n');
    assert.notEqual(cited, changning);
    assert.ok(!new ReportDocument(cited).findings().some((x) => x.code === 'other-report'));
  });

  it('typing the other report\'s title in and out gives what a fresh read gives', () => {
    const joined = changning + '\n' + songjiang;
    const doc = new ReportDocument(joined);
    doc.findings();
    const at = joined.indexOf('松江区人力资源');
    // Its agency changed to the first report's: the same report again, no other-report.
    doc.update(at, at + 3, '上海市长宁区人力资源和社会保障局'.slice(0, 3));
    const now = joined.slice(0, at) + '上海市' + joined.slice(at + 3);
    assert.deepEqual(doc.findings().map((x) => [x.code, x.span.start]), new ReportDocument(now).findings().map((x) => [x.code, x.span.start]));
    doc.update(at, at + 3, '松江区');
    assert.deepEqual(doc.findings().map((x) => [x.code, x.span.start]), new ReportDocument(joined).findings().map((x) => [x.code, x.span.start]));
  });
});

describe('other-report kept from version to version (only the segments that hold a title are read)', () => {
  const TITLE = '松江区人力资源和社会保障局2023年政府信息公开工作年度报告';
  const said = (doc: ReportDocument) => {
    const o = doc.facts().otherReport;
    return o && [o.span.start, o.span.end, o.text];
  };
  const same = (doc: ReportDocument) => {
    const fresh = new ReportDocument(doc.text);
    assert.deepEqual(said(doc), said(fresh));
    assert.deepEqual(doc.findings().map((x) => [x.code, x.span.start]), fresh.findings().map((x) => [x.code, x.span.start]));
  };

  it('another report\'s title typed in, moved by edits before and after it, taken out, with and without reading between the edits: what a fresh read gives', () => {
    // One report's sections six times, no title after the first: a title put in above the fourth copy starts another report.
    const body = untitled(changning);
    const text = changning + ('\n' + body).repeat(5);
    for (const readEach of [true, false]) {
      const doc = new ReportDocument(text);
      assert.equal(said(doc), undefined);
      const fourth = nth(doc.text, '一、总体情况', 4);
      const edit = (s: number, e: number, ins: string) => {
        doc.update(s, e, ins);
        if (readEach) same(doc);
      };
      edit(fourth, fourth, TITLE + '\n');
      assert.equal(said(doc)?.[2], TITLE);
      const at = doc.facts().otherReport!.span.start;
      // Before it (its place moves), after it (it stays), in its segment's words, then taken out.
      const second = nth(doc.text, '一、总体情况', 2);
      edit(second + 8, second + 8, '本年度');
      // (A heading put in before it and taken out: the segments after it are counted anew.)
      const third = nth(doc.text, '二、', 3);
      edit(third, third, '五、存在的主要问题及改进情况\n');
      same(doc);
      edit(third, third + '五、存在的主要问题及改进情况\n'.length, '');
      edit(nth(doc.text, '六、', 5) + 3, nth(doc.text, '六、', 5) + 3, '另');
      edit(at + TITLE.length + 40, at + TITLE.length + 40, '字');
      same(doc);
      assert.equal(said(doc)?.[0], at + 3);
      const now = doc.facts().otherReport!.span.start;
      edit(now, now + TITLE.length + 1, '');
      same(doc);
      assert.equal(said(doc), undefined);
      // A title in the sixth copy, then one in the third: the first of them is where the other report starts.
      edit(nth(doc.text, '一、总体情况', 6), nth(doc.text, '一、总体情况', 6), TITLE + '\n');
      edit(nth(doc.text, '一、总体情况', 3), nth(doc.text, '一、总体情况', 3), TITLE.replace('2023', '2022') + '\n');
      same(doc);
      assert.equal(said(doc)?.[0], nth(doc.text, TITLE.replace('2023', '2022'), 1));
    }
  });
});

/** Where the n-th `word` (from 1) stands in `text`. */
function nth(text: string, word: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) at = text.indexOf(word, at + 1);
  assert.ok(at >= 0, `${word} ${n}`);
  return at;
}

describe('other-report decided by the titles and the text under them (a review of the first version)', () => {
  const CN_TITLE = '上海市长宁区人力资源和社会保障局 2023 年政府信息公开工作年度报告';
  const titled = (title: string) => changning.replace(CN_TITLE, title);
  const other = (text: string) => new ReportDocument(text).facts().otherReport?.text;

  it('a body and a body under it (the county and its town, the government and its office) are two reports', () => {
    assert.ok(changning.includes(CN_TITLE));
    assert.equal(other(titled('长宁区2023年政府信息公开工作年度报告') + '\n' + titled('长宁区新泾镇2023年政府信息公开工作年度报告')), '长宁区新泾镇2023年政府信息公开工作年度报告');
    assert.equal(other(titled('长宁区人民政府2023年政府信息公开工作年度报告') + '\n' + titled('长宁区人民政府办公室2023年政府信息公开工作年度报告')), '长宁区人民政府办公室2023年政府信息公开工作年度报告');
  });

  it('the same report again under a shortened name, a title in two lines or after a list of links to other years\' reports is no other report', () => {
    for (const again of [titled('长宁区人社局2023年政府信息公开工作年度报告'), titled('上海市长宁区人力资源和社会保障局\n2023年政府信息公开工作年度报告'), '相关阅读\n上海市长宁区人力资源和社会保障局2022年政府信息公开工作年度报告\n' + changning]) {
      const text = changning + '\n' + again;
      assert.equal(other(text), undefined, again.slice(0, 60));
      assert.ok(new ReportDocument(text).findings().some((f) => f.code === 'section-duplicate'));
    }
  });

  it('another report whose title is not on a line of its own with its year is found too: the first title with no year, the year on the line under, a title run on from the text before it (found by a review)', () => {
    const town = (title: string) => titled(title).replace(/^[\s\S]*?(?=长宁区新泾镇)/, '');
    const cases: [string, string, string][] = [
      [titled('上海市长宁区人力资源和社会保障局政府信息公开工作年度报告'), town('长宁区新泾镇人民政府2022年政府信息公开工作年度报告'), '长宁区新泾镇人民政府2022年政府信息公开工作年度报告'],
      [changning, town('长宁区新泾镇人民政府政府信息公开工作年度报告\n（2023年度）'), '长宁区新泾镇人民政府政府信息公开工作年度报告'],
    ];
    for (const [first, second, want] of cases) assert.equal(other(first + '\n' + second), want, want);
    // Run on from the first report's last sentence: the town's name starts at its district's (the first title holds it).
    const runOn = changning.trimEnd() + '本年度未收取信息处理费。长宁区新泾镇人民政府2023年政府信息公开工作年度报告\n' + town('长宁区新泾镇人民政府2023年政府信息公开工作年度报告').replace(/^.*\n/, '');
    assert.equal(other(runOn), '长宁区新泾镇人民政府2023年政府信息公开工作年度报告');
    // A sentence of the appended report's section 一 that names a report is not its title (「…编制完成2023年度政府信息公开工作年度报告」).
    assert.equal(other(changning + '\n我局编制完成2022年度政府信息公开工作年度报告。\n' + town('长宁区新泾镇人民政府2023年政府信息公开工作年度报告').replace(/^.*\n/, '')), undefined);
    const body = town('长宁区新泾镇人民政府2023年政府信息公开工作年度报告').replace(/^.*\n/, '');
    // Nor one a sentence goes on from (「对照…2022年政府信息公开工作年度报告中发现的问题」), nor an attachment's label over the
    // report's own tables (「附件：长宁区人社局2023年…年度报告」): the review of the first version saw both cut the tables off.
    assert.equal(other(changning + '\n对照长宁区人社局2022年政府信息公开工作年度报告中发现的问题，已逐项整改。\n' + body), undefined);
    assert.equal(other(changning + '\n附件：长宁区人社局2023年政府信息公开工作年度报告\n' + body.replace(/^[\s\S]*?(?=二、)/, '')), undefined);
    assert.equal(other(changning + '\n根据《条例》要求，现向社会公开发布长宁区新泾镇人民政府2023年度政府信息公开年度报告。\n' + body), undefined);
  });

  it('two one-line pages joined (a scraper\'s text of each, a title between them): the second page is another report; the same page twice is not', () => {
    const page = (name: string) => fixture(`glued/${name}.txt`).split('\n')[10];
    const czj = page('czj_2023');
    const hzs = page('hzs_2023');
    const joined = czj + ' 平潭综合实验区行政审批局2023年政府信息公开工作年度报告' + hzs;
    const doc = new ReportDocument('平潭综合实验区财政金融局2023年政府信息公开工作年度报告\n' + joined);
    assert.equal(doc.facts().otherReport?.text, '平潭综合实验区行政审批局2023年政府信息公开工作年度报告');
    assert.ok(!doc.findings().some((f) => f.code === 'section-duplicate'));
    const twice = new ReportDocument('平潭综合实验区财政金融局2023年政府信息公开工作年度报告\n' + czj + ' 平潭综合实验区财政金融局2023年政府信息公开工作年度报告' + czj);
    assert.equal(twice.facts().otherReport, undefined);
    assert.ok(twice.findings().some((f) => f.code === 'section-duplicate'));
  });

  it('the report\'s own tables in an attachment titled with its name (none, or shortened) stay its own', () => {
    const first = changning.slice(0, changning.indexOf('二、主动公开政府信息情况'));
    const tables = changning.slice(changning.indexOf('二、主动公开政府信息情况'), changning.indexOf('五、存在的主要问题'));
    const noTables = first + '二、主动公开政府信息情况\n详见附件。\n三、收到和处理政府信息公开申请情况\n详见附件。\n四、政府信息公开行政复议、行政诉讼情况\n详见附件。\n' + changning.slice(changning.indexOf('五、存在的主要问题'));
    for (const head of ['附件\n2023年政府信息公开工作年度报告统计表\n', '附件\n长宁区人社局2023年政府信息公开工作年度报告附表\n']) {
      const doc = new ReportDocument(noTables + '\n' + head + tables);
      assert.equal(doc.facts().otherReport, undefined, head);
      assert.equal(doc.facts().tables.length, new ReportDocument(changning).facts().tables.length, head);
    }
  });

  it('nothing of the other report is this one\'s: not its year, not its script', () => {
    // This report without its statistics period; the other of 2022: the year is this one's.
    const noPeriod = changning.replace(/本年度报告中所列数据统计期限[^。]*。/, '');
    assert.notEqual(noPeriod, changning);
    const doc = new ReportDocument(noPeriod + '\n' + songjiang.replace(/2023/g, '2022'));
    assert.ok(doc.facts().otherReport);
    assert.equal(doc.facts().year, 2023);
    // A traditional report after a simplified one: the simplified one is no mixed script.
    const tw = new ReportDocument(changning + '\n' + fixture(SEEDS.traditional));
    assert.ok(tw.facts().otherReport);
    assert.equal(tw.facts().script, 'simplified');
    assert.ok(!tw.findings().some((f) => f.code === 'mixed-script'));
  });
});

describe('table-missing says where the text puts the table', () => {
  it('an attachment or a picture the section names is quoted (a plain 「缺少表三」 for 「统计表见下图」: a review)', () => {
    const pictured = withoutTable3(changning);
    const f = new ReportDocument(pictured).findings().find((x) => x.code === 'table-missing');
    assert.ok(f);
    assert.match(render(f!.message, 'zh-cn'), /部分缺少表三（收到和处理申请）：文中写着「统计表见下图」——统计表作为附件或图片发布/);
    const attached = pictured.replace('（统计表见下图）\n[图片]', '详见附件2。');
    assert.match(render(new ReportDocument(attached).findings().find((x) => x.code === 'table-missing')!.message, 'zh-cn'), /文中写着「详见附件2」/);
    // Said of nothing: the plain message.
    const bare = pictured.replace('（统计表见下图）\n[图片]', '本年度共收到申请12件。');
    assert.equal(render(new ReportDocument(bare).findings().find((x) => x.code === 'table-missing')!.message, 'zh-cn'), '「三、收到和处理政府信息公开申请情况」部分缺少表三（收到和处理申请）');
  });

  it('pandoc\'s placeholder 「[TABLE]」 (its plain text of a table with merged cells) says to import the original, and offers no blank table', () => {
    // The real pages' tables 三 and 四 through `pandoc -t plain`: each a line 「[TABLE]」. Before: a plain 「缺少表三」, and a blank
    // table offered as the preferred fix beside a table that is in the page.
    const converted = fixture('converted/czj_2023.pandoc-plain.txt');
    assert.equal((converted.match(/^\[TABLE\]$/gm) ?? []).length, 2);
    const missing = new ReportDocument(converted).findings().filter((x) => x.code === 'table-missing');
    assert.deepEqual(
      missing.map((f) => render(f.message, 'zh-cn').split('：')[0]),
      ['「三、收到和处理政府信息公开申请情况」部分缺少表三（收到和处理申请）', '「四、政府信息公开行政复议、行政诉讼情况」部分缺少表四（行政复议、行政诉讼）'],
    );
    for (const f of missing) {
      assert.match(render(f.message, 'zh-cn'), /这里只有「\[TABLE\]」——转换工具（如 pandoc 的纯文本输出）没能写出这张有合并单元格的表格；请从原网页或 Word 文件导入/);
      assert.equal(f.fixes?.length ?? 0, 0);
    }
  });
});
