/**
 * Importing reports from saved web pages and Word files: the article only, tables as pipe rows with
 * merged cells expanded, cells intact — so the report reads without any glued figure.
 */
import { render } from '../../../server/src/i18n/render';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { docxToReport } from '../../../server/src/import/word/docx';
import { expandGrid } from '../../../server/src/import/page/grid';
import { htmlToReport } from '../../../server/src/import/page/html';
import { refusalOf } from '../../../server/src/import/limits';
import { parsePage } from '../../../server/src/import/page/parsePage';
import { decodeHtml } from '../../../server/src/import/engine';
import { main } from '../../../server/src/cli';
import { activeFigures, allTables, analyse, appFigures, codes, firstTable, fixture, FIXTURES, reviewFigures } from '../../helpers';
import { tempDir } from '../../tempDir';

const SECTIONS = [1, 2, 3, 4, 5, 6];

describe('import: saved web pages', () => {
  for (const [page, glued] of [['czj_2023', 'czj_2023'], ['gwh_2022', 'gwh_2022']]) {
    it(`${page}.html reads back to tables without table-glued, every section found, the figures of the same report`, () => {
      const { text, title, tables } = htmlToReport(readFileSync(path.join(FIXTURES, 'html', page + '.html'), 'utf8'));
      assert.equal(tables, 3);
      const imported = analyse(text);
      const published = analyse(fixture(`glued/${glued}.txt`));
      assert.equal(imported.model.title?.text, title);
      assert.deepEqual(imported.model.sections.map((s) => s.section), SECTIONS);
      assert.ok(!codes(imported.findings).includes('table-glued'));
      assert.ok(allTables(imported.model).every((t) => !t.glue));
      assert.deepEqual(imported.findings.filter((f) => f.severity === 'error'), []);
      // The same figures as the text extraction of the same page, wherever that could be read; and
      // where it could not (行政规范性文件 34089), the page's cells say which reading was right.
      const a = appFigures(firstTable(imported.model, 'applications'));
      assert.deepEqual(a, appFigures(firstTable(published.model, 'applications')));
      assert.deepEqual(reviewFigures(firstTable(imported.model, 'review')), reviewFigures(firstTable(published.model, 'review')));
      const act = activeFigures(firstTable(imported.model, 'active'));
      for (const [k, v] of Object.entries(activeFigures(firstTable(published.model, 'active')))) if (v.every((x) => typeof x === 'number')) assert.deepEqual(act[k], v, k);
      if (page === 'gwh_2022') assert.deepEqual(act['b1.normative'], [34, 0, 89]);
    });
  }

  it('a span as a browser reads it (「2px」 is 2, 「3;」 3), and a figure merged down over rows is each row\'s figure (read as 1, a row moved a column; written once, the rows below were blank and their sums false: found by a review)', () => {
    const html = '<p>三、收到和处理政府信息公开申请情况</p><table border=1><tr><td colspan="2px">（三）不予公开</td><td>自然人</td><td>总计</td></tr><tr><td rowspan="2;">（三）</td><td>1.属于国家秘密</td><td rowspan="2px">8</td><td>8</td></tr><tr><td>2.其他法律行政法规禁止公开</td><td>8</td></tr></table>';
    const rows = htmlToReport(html).text.split('\n').filter((l) => l.startsWith('| '));
    assert.deepEqual(rows, ['| （三）不予公开 |  | 自然人 | 总计 |', '| （三） | 1.属于国家秘密 | 8 | 8 |', '|  | 2.其他法律行政法规禁止公开 | 8 | 8 |']);
    // Across columns a figure stays written once: a total spanning columns is no figure of each.
    assert.deepEqual(expandGrid([[{ text: '5', rowspan: 1, colspan: 2 }, { text: 'x', rowspan: 1, colspan: 1 }]]), [['5', '', 'x']]);
  });

  it('a copy of the article the page hides (a phone\'s, in 「display:none」) is read once: the shown one (every section came twice: found by a review)', () => {
    // The article as a site writes it: a paragraph a line, each table's rows as cells.
    const lines = htmlToReport(readFileSync(path.join(FIXTURES, 'html', 'gwh_2022.html'), 'utf8')).text.trimEnd().split('\n');
    const cells = (l: string) => `<tr>${l.slice(2, -2).split(' | ').map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const html = lines.map((l, i) => (l.startsWith('| ') ? `${lines[i - 1]?.startsWith('| ') ? '' : '<table>'}${cells(l)}${lines[i + 1]?.startsWith('| ') ? '' : '</table>'}` : `<p>${l}</p>`)).join('');
    const page = (hidden: string) => `<html><body><ul><li>首页</li></ul><div class="article">${html}</div>${hidden}<div class="foot">主办单位：某局</div></body></html>`;
    const article = htmlToReport(page('')).text;
    assert.deepEqual(codes(analyse(article).findings).filter((c) => c === 'section-duplicate'), []);
    const { text } = htmlToReport(page(`<div class="m-article" style="display:none">${html}</div>`));
    assert.deepEqual(codes(analyse(text).findings).filter((c) => c === 'section-duplicate'), []);
    assert.equal(text, article);
  });

  it('Word\'s filler row of no height after a table saved as a filtered page (「<tr height=0>」, empty cells) is no row (it was an empty pipe row: found by a review)', () => {
    const html = "<p>四、政府信息公开行政复议、行政诉讼情况</p><table><tr><td>行政复议</td><td>行政诉讼</td></tr><tr><td>0</td><td>1</td></tr><![if !supportMisalignedColumns]><tr height=0><td width=60 style='border:none'></td><td width=60 style='border:none'></td></tr><![endif]></table>";
    const rows = htmlToReport(html).text.split('\n').filter((l) => l.startsWith('|'));
    assert.deepEqual(rows, ['| 行政复议 | 行政诉讼 |', '| 0 | 1 |']);
    // A row of no height that holds figures is a row.
    assert.match(htmlToReport(html.replace(/<td width=60 style='border:none'><\/td>/, '<td>7</td>')).text, /\| 7 \|/);
  });

  it('navigation, breadcrumbs, share buttons, scripts and footers are left out', () => {
    const { text } = htmlToReport(readFileSync(path.join(FIXTURES, 'html', 'gwh_2022.html'), 'utf8'));
    for (const chrome of ['分享到', '微信', '首页', '网站地图', 'function', '主办单位', '文件下载']) assert.ok(!text.includes(chrome), chrome);
    assert.ok(text.startsWith('平潭综合实验区管委会办公室2022年度政府信息公开工作年度报告\n'));
  });

  it('merged cells expanded into a real grid: text written once, empty elsewhere', () => {
    assert.deepEqual(
      expandGrid([
        [{ text: 'A', rowspan: 2, colspan: 1 }, { text: 'B', rowspan: 1, colspan: 2 }],
        [{ text: 'C', rowspan: 1, colspan: 1 }, { text: 'D', rowspan: 1, colspan: 1 }],
      ]),
      [['A', 'B', ''], ['', 'C', 'D']],
    );
    const html = '<p>三、收到和处理政府信息公开申请情况</p><TABLE border=1><TR><TD ROWSPAN=2>一、本年新收政府信息公开申请数量<TD>9<TD>0<TR><TD>1<TD>2</TABLE>';
    assert.match(htmlToReport(html).text, /\| 一、本年新收政府信息公开申请数量 \| 9 \| 0 \|\n\|  \| 1 \| 2 \|/);
  });

  it('text split across <p>, <span> and <br> in a cell is joined; &nbsp; and U+3000 trimmed; an empty cell stays empty', () => {
    const html = `<p>二、主动公开政府信息情况</p><table>
      <tr><td><p><span>第二十条</span><span>第（一）项</span></p></td><td></td><td></td><td></td></tr>
      <tr><td>信息<br>内容</td><td>本年制发<br/>件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
      <tr><td>&nbsp;规章&nbsp;</td><td>\u30000</td><td>&nbsp;</td><td><p>1</p><p>2</p></td></tr></table>`;
    const { text } = htmlToReport(html);
    // (Two figures on two lines of a cell stay two: the reader says the cell is no one figure, rather than read 12.)
    assert.match(text, /\| 第二十条第（一）项 \|  \|  \|  \|\n\| 信息内容 \| 本年制发件数 \| 本年废止件数 \| 现行有效件数 \|\n\| 规章 \| 0 \|  \| 1 2 \|/);
    const t = firstTable(analyse(text).model, 'active');
    assert.deepEqual(t.blocks[0].rows[0].cells.map((c) => [c.kind, c.value]), [['number', 0], ['blank', undefined], ['invalid', undefined]]);
  });

  it('a .docx (made here, with a merged cell) imports through the same path', async () => {
    const cell = (text: string, extra = '') => `<w:tc><w:tcPr>${extra}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const row = (cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
    const review = ['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', ''];
    const body = [
      p('某某区某某局2023年政府信息公开工作年度报告'),
      p('四、政府信息公开行政复议、行政诉讼情况'),
      `<w:tbl>${row([cell('行政复议', '<w:gridSpan w:val="5"/>'), cell('行政诉讼', '<w:gridSpan w:val="10"/>')])}${row(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉'].map((x, i) => cell(x, i === 5 || i === 6 ? '<w:gridSpan w:val="5"/>' : '')))}${row([...Array(5).fill(''), ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计']].map((x) => cell(x)))}${row(['1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '1', '0', '0', '1'].map((x) => cell(x)))}</w:tbl>`,
      p('五、存在的主要问题及改进情况'),
    ].join('');
    void review;
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
    zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
    zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    const { text } = await docxToReport(bytes);
    assert.match(text, /^某某区某某局2023年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n\| 行政复议 \|  \|  \|  \|  \| 行政诉讼 \|/);
    const review15 = firstTable(analyse(text).model, 'review');
    assert.deepEqual(reviewFigures(review15), [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1]);
    // And through the CLI, written next to it.
    const dir = tempDir('docx-');
    writeFileSync(path.join(dir, '年报.docx'), bytes);
    const err: string[] = [];
    assert.equal(await main(['import', path.join(dir, '年报.docx')], { out: () => undefined, err: (s) => err.push(s), raw: () => undefined }), 0);
    assert.equal(readFileSync(path.join(dir, '年报.report.txt'), 'utf8'), text);
    assert.match(err.join('\n'), /已导入 .*年报\.docx → .*年报\.report\.txt（1 张表格）/);
  });

  it('the CLI writes NAME.report.txt next to the page, or to -o, or to stdout with -o -', async () => {
    const dir = tempDir('html-');
    const page = path.join(dir, 'czj.html');
    writeFileSync(page, readFileSync(path.join(FIXTURES, 'html', 'czj_2023.html')));
    assert.equal(await main(['import', page], { out: () => undefined, err: () => undefined, raw: () => undefined }), 0);
    assert.ok(readFileSync(path.join(dir, 'czj.report.txt'), 'utf8').includes('六、其他需要报告的事项'));
    const out: string[] = [];
    assert.equal(await main(['import', page, '-o', '-'], { out: () => undefined, err: () => undefined, raw: (s) => out.push(s) }), 0);
    assert.equal(out.join(''), readFileSync(path.join(dir, 'czj.report.txt'), 'utf8'));
    const err: string[] = [];
    assert.equal(await main(['import', path.join(FIXTURES, '000_47da689f533ce874.txt')], { out: () => undefined, err: (s) => err.push(s), raw: () => undefined }), 2);
    assert.match(err[0], /不是网页/);
  });

  it('two figures on two lines of one cell stay two (「3<br>4」 is not 34); a label wrapped over two lines is one', () => {
    const rows = htmlToReport('<table><tr><td>（七）<br>总计</td><td>3<br>4</td></tr><tr><td><p>属于国家</p><p>秘密</p></td><td><p>12</p><p>5</p></td></tr></table>').text;
    assert.equal(rows, '| （七）总计 | 3 4 |\n| 属于国家秘密 | 12 5 |\n');
  });

  it('a page is decoded by its byte-order mark, its declared charset, or else as UTF-8 or GB18030 as check reads files', () => {
    const page = '<html><body><h1>某局2023年政府信息公开工作年度报告</h1><p>一、总体情况</p></body></html>';
    const gbk = new Map<string, number[]>();
    const dec = new TextDecoder('gb18030');
    for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) gbk.set(dec.decode(new Uint8Array([a, b])), [a, b]);
    const asGbk = Uint8Array.from([...page].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : gbk.get(ch)!)));
    assert.equal(decodeHtml(asGbk), page, 'GBK without a charset');
    assert.equal(decodeHtml(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')])), page, 'UTF-16 LE with its mark');
    assert.equal(decodeHtml(Buffer.from(page)), page, 'UTF-8');
  });

  it('refuses, in a sentence, a page nested deeper than any report or a table whose merged cells make a huge grid', async () => {
    const deep = '<html><body>' + '<div>'.repeat(1500) + '<p>一、总体情况</p>' + '</div>'.repeat(1500) + '</body></html>';
    assert.throws(() => htmlToReport(deep), (e: unknown) => refusalOf(e) === 'depth');
    // Given up while it is parsed, at the depth, not after: parse5's time grows with the depth at each tag, and a page of
    // 200,000 <div> inside one another took four minutes to parse before its depth was looked at (found by a review).
    const deeper = '<html><body>' + '<div>'.repeat(200_000) + '一、总体情况' + '</div>'.repeat(200_000) + '</body></html>';
    assert.throws(() => parsePage(deeper), (e: unknown) => refusalOf(e) === 'depth');
    assert.doesNotThrow(() => parsePage('<html><body>' + '<div>'.repeat(500) + 'x' + '</div>'.repeat(500) + '</body></html>'));
    const bomb = '<table>' + '<tr><td colspan=1000 rowspan=65534>x</td><td colspan=1000>y</td></tr>'.repeat(300) + '</table>';
    assert.throws(() => htmlToReport(bomb), (e: unknown) => refusalOf(e) === 'cells');
    // A long table whose rows are all one cell: a layout table, found without passing 150,000 arguments to a call.
    assert.doesNotThrow(() => htmlToReport('<table>' + '<tr><td>甲</td></tr>'.repeat(150_000) + '</table>'));
    const dir = tempDir('refuse-');
    writeFileSync(path.join(dir, 'deep.html'), deep);
    writeFileSync(path.join(dir, 'bad.docx'), Buffer.from('PK\u0003\u0004 not a zip at all'));
    const err: string[] = [];
    const io = { out: () => undefined, err: (s: string) => err.push(s), raw: () => undefined };
    assert.equal(await main(['import', path.join(dir, 'deep.html')], io), 2);
    assert.equal(await main(['import', path.join(dir, 'bad.docx')], io), 2);
    assert.match(err[0], /deep\.html：导入失败（网页的元素嵌套超过 1000 层，不像一篇报告）/);
    assert.match(err[1], /bad\.docx：导入失败（文件已损坏，或不是 Word（\.docx）文件）/);
  });

  it('a page whose article a script loads, saved as HTML only, with its breadcrumb, its 「发布时间…浏览次数」 and its buttons: the advice to save it as .mhtml, exit 2 (found by a review: 「已导入（0 张表格）」 and a file of the page\'s furniture)', async () => {
    const err: string[] = [];
    const io = { out: () => undefined, err: (s: string) => err.push(s), raw: () => undefined };
    const dir = tempDir('script-');
    assert.equal(await main(['import', path.join(FIXTURES, 'html', 'script-loaded-article.html'), '-o', path.join(dir, 'out.txt')], io), 2);
    assert.match(err.pop()!, /script-loaded-article\.html：导入失败（里面没有报告正文：网页的正文可能由脚本加载，请在浏览器中打开网页，另存为“网页，单个文件”（\.mhtml）后再导入）/);
  });

  it('a compound file that is no Word document, a PDF or a picture is told what to do; a page saved as .docx is imported as the page', async () => {
    const dir = tempDir('kinds-');
    writeFileSync(path.join(dir, 'old.docx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    writeFileSync(path.join(dir, 'a.pdf'), '%PDF-1.7\n');
    writeFileSync(path.join(dir, 'page.docx'), readFileSync(path.join(FIXTURES, 'html', 'czj_2023.html')));
    const err: string[] = [];
    const io = { out: () => undefined, err: (s: string) => err.push(s), raw: () => undefined };
    assert.equal(await main(['import', path.join(dir, 'old.docx')], io), 2);
    // (Named as Word's, it is a Word 97–2003 file cut short: damaged. Named otherwise, an Office file of another kind.)
    assert.match(err.pop()!, /old\.docx：导入失败（文件已损坏，或不是 Word 97-2003（\.doc）文件）/);
    writeFileSync(path.join(dir, 'sheet.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    assert.equal(await main(['import', path.join(dir, 'sheet.xls')], io), 2);
    assert.match(err.pop()!, /sheet\.xls：是旧版 Office 文件（如 \.xls、\.ppt），不是 Word 文件，无法导入/);
    const ole = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1024);
    writeFileSync(path.join(dir, 'locked.docx'), ole);
    assert.equal(await main(['import', path.join(dir, 'locked.docx')], io), 2);
    assert.match(err.pop()!, /locked\.docx：是设有密码的 Office 文件，无法导入；请在 Word 或 WPS 中取消密码，另存为 \.docx，再导入/);
    // (An .odt was 「文件已损坏，或不是 Word（.docx）文件」: it is neither.)
    writeFileSync(path.join(dir, 'report.odt'), Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.alloc(22), Buffer.from([8, 0, 0, 0]), Buffer.from('mimetypeapplication/vnd.oasis.opendocument.text')]));
    assert.equal(await main(['import', path.join(dir, 'report.odt')], io), 2);
    assert.match(err.pop()!, /report\.odt：是 OpenDocument 文件（如 \.odt），无法导入；请用 WPS、Word 或 LibreOffice 另存为 \.docx，再导入/);
    assert.equal(await main(['import', path.join(dir, 'a.pdf')], io), 2);
    assert.match(err.pop()!, /a\.pdf：导入失败（PDF 文件已损坏，无法读取）/);
    assert.equal(await main(['import', path.join(dir, 'page.docx')], io), 0);
    assert.match(readFileSync(path.join(dir, 'page.report.txt'), 'utf8'), /^三、收到和处理政府信息公开申请情况$/m);
  });

  it('an output never replaces an input, and a file already there is kept as .bak (import, export, new)', async () => {
    const dir = tempDir('out-');
    const page = path.join(dir, 'czj.html');
    writeFileSync(page, readFileSync(path.join(FIXTURES, 'html', 'czj_2023.html')));
    const err: string[] = [];
    const io = { out: () => undefined, err: (s: string) => err.push(s), raw: () => undefined };
    const report = path.join(dir, 'czj.report.txt');
    writeFileSync(report, '已经改过的报告');
    assert.equal(await main(['import', page], io), 0);
    assert.equal(readFileSync(report + '.bak', 'utf8'), '已经改过的报告');
    assert.ok(err.some((l) => l.includes('原有的 ' + report + ' 保留为 ' + report + '.bak')), err.join('\n'));
    assert.equal(await main(['import', page, '-o', page], io), 2);
    assert.match(readFileSync(page, 'utf8'), /<html/i, 'the page is still the page');
    const text = readFileSync(report, 'utf8');
    assert.equal(await main(['export', '-o', report, report], io), 2);
    assert.equal(readFileSync(report, 'utf8'), text, 'the report is still the report');
    assert.ok(err.some((l) => l.includes(report + ' 是要读取的文件之一')), err.join('\n'));
    const made = path.join(dir, 'new.txt');
    writeFileSync(made, '旧的');
    assert.equal(await main(['new', '--agency', '某局', '--year', '2025', '-o', made], io), 0);
    assert.equal(readFileSync(made + '.bak', 'utf8'), '旧的');
  });

  it('a .txt holding a page’s HTML source gets html-source (information) offering the import, and nothing else', () => {
    const html = readFileSync(path.join(FIXTURES, 'html', 'czj_2023.html'), 'utf8');
    const { findings } = analyse(html);
    assert.deepEqual(codes(findings), ['html-source']);
    assert.equal(findings[0].severity, 'information');
    assert.equal(findings[0].fixes![0].command, 'disclosureReport.server.importText');
    // Pandoc's Markdown of a page, its tables kept as HTML, is said to be markup, not 「网页的源代码」 (found by a review).
    const md = analyse(readFileSync(path.join(FIXTURES, 'converted', 'shgov_2019.pandoc-gfm.md'), 'utf8')).findings;
    assert.deepEqual(codes(md), ['html-source']);
    assert.match(render(md[0].message), /^这里是网页的 HTML 标记（网页的源代码，或保留了 HTML 表格的 Markdown）/);
  });
});
