/**
 * Reports converted the ways people convert them (real converter output of a real page: test/fixtures/converted/).
 *
 * A Word table as text a cell a line, its blank cells empty lines — what LibreOffice's 「Text」 export,
 * a copy out of Writer and docx2txt give of a report drafted in Word (found by a review that converted
 * the real pages the ways people do). Before, every row with a blank cell was 「应有 7 个数，只读到 5 个」
 * and tables 三 and 四 lost their figures; the page's own 11 blank totals went unreported.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlToReport } from '../../../../server/src/import/page/html';
import { ReportDocument } from '../../../../server/src/checks/document';
import { importBytes, kindOf } from '../../../../server/src/import/engine';
import { render } from '../../../../server/src/i18n/render';
import { activeFigures, analyse, appFigures, firstTable, fixture, FIXTURES, readingOf, reviewFigures, SEEDS } from '../../../helpers';

const page = readingOf(htmlToReport(readFileSync(path.join(FIXTURES, 'html', 'shgov_2019.html'), 'utf8')).text);

describe('a table copied out of a spreadsheet: tab-separated rows, blank cells empty fields', () => {
  // The real page's tables opened in LibreOffice Calc and saved as Text CSV with tabs (what a copy out of
  // Excel or Calc pastes too): each label over three merged columns, its empty fields kept, zeros and
  // totals left blank as the page has them. Before: a row whose total was blank took the label's empty
  // field for 自然人, every figure one column left — false row-total, column-total and balance errors.
  it('converted/shgov_2019.calc-tsv.txt reads as the page: every figure, every blank, the same findings', () => {
    const text = fixture('converted/shgov_2019.calc-tsv.txt');
    assert.match(text, /\t\t258\t12\t \t \t1\t1\t \n/);
    assert.deepEqual(readingOf(text), page);
    assert.deepEqual(appFigures(firstTable(analyse(text).model, 'applications')).open, [258, 12, '', '', 1, 1, '']);
  });

  it('a cell with a second, empty paragraph (a Word table pasted as text) breaks its row: the next line\'s first field is the rest of that cell', () => {
    // The label's cell (「（二）部分公开…」 then an empty paragraph) and table 四's first figure (「5」 then an
    // empty paragraph) each end their line; the row goes on from the next line's first field, empty. Before:
    // that field was taken for a cell — 3 read as 商业企业, table 四's figures one column right (false
    // column-total, review-total and text-mismatch).
    const text = fixture('converted/shgov_2019.calc-tsv.txt');
    const label = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t';
    assert.ok(text.includes(label) && /^5\t/m.test(text));
    const broken = text.replace(label, label.slice(0, -1) + '\n\t').replace(/^5\t/m, '5\n\t');
    assert.deepEqual(readingOf(broken), page);
  });

  it('a label wrapped in its cell at 「2.其他」 (a Word table pasted as text) is 2.其他法律行政法规禁止公开, not （六）3.其他', () => {
    // Before: 「2.其他」 was taken for 3.其他, the table split in two, and its last rows lost.
    const text = fixture('converted/shgov_2019.calc-tsv.txt');
    const wrapped = text.replace('2.其他法律行政法规禁止公开', '2.其他\n法律行政法规禁止公开');
    assert.notEqual(wrapped, text);
    assert.deepEqual(readingOf(wrapped), page);
  });

  it('a cell Excel quotes because it holds a line break (「"251000」 / 「元"」): its figure, the quotes no part of it', () => {
    // (Before: 「"251000」 was cell-invalid.)
    const text = fixture('converted/shgov_2019.calc-tsv.txt');
    assert.ok(text.includes('\t251000元\t'));
    const quoted = text.replace('\t251000元\t', '\t"251000\n元"\t');
    assert.deepEqual(readingOf(quoted), page);
  });

  it('converted/gwh_2022.calc-tsv-quoted.txt (Calc\'s 「quote all text cells」: 「"规章"」), and its figures quoted too, read as the page', () => {
    // Before: quoted short labels were no labels (table 四 lost, table 二's rows table-shape), and each
    // quoted figure 「"14"」 was cell-invalid — 186 false errors on a CSV-style export with quoted numbers.
    const text = fixture('converted/gwh_2022.calc-tsv-quoted.txt');
    assert.match(text, /^"规章"\t/m);
    const gwh = readingOf(htmlToReport(readFileSync(path.join(FIXTURES, 'html', 'gwh_2022.html'), 'utf8')).text);
    assert.deepEqual(readingOf(text), gwh);
    const numbers = text.replace(/\t(\d+)(?=\t|$)/gm, '\t"$1"');
    assert.notEqual(numbers, text);
    assert.deepEqual(readingOf(numbers), gwh);
  });
});

describe('a Word table as text, a cell a line, blank cells as empty lines', () => {
  for (const [name, how] of [['writer', 'LibreOffice Writer, saved as Text'], ['docx2txt', 'docx2txt (a blank cell a line of one space)']]) {
    it(`converted/shgov_2019.${name}.txt (${how}) reads as the page: every figure, every blank, the same findings`, () => {
      const text = fixture(`converted/shgov_2019.${name}.txt`);
      assert.deepEqual(readingOf(text), page);
      const { model } = analyse(text);
      assert.deepEqual(appFigures(firstTable(model, 'applications')).new, [821, 35, '', '', 2, 1, 859]);
      assert.deepEqual(reviewFigures(firstTable(model, 'review')).slice(0, 5), [5, '', '', 2, 7]);
    });
  }

  it('a sparse table (its zeros left blank: no row with two figures on lines next to each other) is not read as lynx\'s paragraphs: no figure a column off (a review saw 「1 / × 5 / 1」 read 1 in 其他, and false row-totals)', () => {
    for (const name of ['converted/shgov_2019.writer-sparse.txt', 'converted/template.cell-a-line-sparse.txt']) {
      const text = fixture(name);
      const { model, findings } = analyse(text);
      for (const [id, cells] of Object.entries(appFigures(firstTable(model, 'applications')))) {
        // Each row holds figures only in 自然人 and 总计 (and 科研机构, the template's): read there, or not at all.
        assert.ok(cells[5] === '' || cells[5] === undefined || typeof cells[5] !== 'number', `${name} ${id} ${JSON.stringify(cells)}`);
      }
      assert.deepEqual(findings.filter((f) => f.code === 'row-total' && /空白/.test(render(f.message)) && /（1\+0\+0\+0\+0\+1）/.test(render(f.message))), [], name);
    }
  });

  it('a text that dropped every blank cell, its figures a paragraph each (turndown\u2019s Markdown of the page without its table plugin): said once at the table, each row in it, not 23 errors', () => {
    const text = fixture('converted/shgov_2019.turndown.md');
    assert.match(text, /^一、本年新收政府信息公开申请数量\n\n821\n\n35\n\n2\n\n1\n\n859\n/m);
    const shape = analyse(text).findings.filter((f) => f.code === 'table-shape');
    const lost = shape.filter((f) => render(f.message).includes('复制时丢了空白格'));
    assert.equal(lost.length, 1, shape.map((f) => render(f.message)).join('\n'));
    assert.equal(lost[0].related?.length, 23);
    assert.ok(!shape.some((f) => /「一、本年新收」行应有 7 个数/.test(render(f.message))));
    // (A PDF's text taken column by column is not said so: pdfText.test.ts, 「各数似已不在原来的行里」.)
  });

  it('with old Mac line ends (CR alone), as with LF and CRLF', () => {
    const text = fixture('converted/shgov_2019.writer.txt');
    assert.deepEqual(readingOf(text.replace(/\r?\n/g, '\r')), readingOf(text));
    assert.deepEqual(readingOf(text.replace(/\r?\n/g, '\r\n')), readingOf(text));
  });

  it('a row of empty lines fewer than its cells, or with words between, is not read so', () => {
    const head = '某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n';
    const row = (label: string, lines: string[]) => [label, ...lines].join('\n');
    // Five lines for seven cells: which two are blank is not known.
    const short = head + [row('一、本年新收政府信息公开申请数量', ['3', '', '1', '', '4']), row('二、上年结转政府信息公开申请数量', ['0', '0', '0', '0', '0', '0', '0']), row('（七）总计', ['3', '0', '1', '0', '0', '0', '4'])].join('\n');
    const t = firstTable(analyse(short).model, 'applications');
    assert.equal(t.rows[0].found, 3);
    assert.ok(t.rows[0].cells.some((c) => c.kind === 'missing'), 'cells it does not have stay missing (table-shape)');
  });
});

describe('Markdown that pandoc wrote from a Word report, its merged tables as HTML (converted/shgov_2019.pandoc-gfm.md)', () => {
  const file = path.join(FIXTURES, 'converted', 'shgov_2019.pandoc-gfm.md');
  it('check offers its import (html-source), and import takes it: its lines stay lines, its tables get their cells', async () => {
    const bytes = readFileSync(file);
    assert.deepEqual(analyse(bytes.toString('utf8')).findings.map((f) => f.code), ['html-source']);
    assert.equal(kindOf('shgov_2019.pandoc-gfm.md', bytes), 'markdown', 'what check offers to import, import takes (its first table is past 8 KB): Markdown, its tables HTML');
    const { text } = await importBytes('shgov_2019.pandoc-gfm.md', bytes);
    assert.match(text, /^一、总体情况$/m);
    const imported = readingOf(text);
    assert.deepEqual(imported.applications, page.applications);
    assert.deepEqual(imported.review, page.review);
    assert.deepEqual(imported.sections, page.sections);
    // Markdown's own inline markup beside the tables (a hard line break, a mark): still text with tables.
    const marked = bytes.toString('utf8').replace(/^(一、总体情况)$/m, '$1<br>').replace('本年度报告', '<span>本年度报告</span>');
    assert.deepEqual(readingOf((await importBytes('x.md', Buffer.from(marked))).text).sections, page.sections);
  });
});

describe('grid tables whose cells wrap over their lines (pandoc\'s reStructuredText and Markdown grid tables: gridBands.ts)', () => {
  // `pandoc -f docx -t rst` of the real page saved as a Word file: ten columns in 72, so every cell wraps in its column —
  // labels (「一」 / 「、本年」 / 「新收政」…), header words a character a line, and figures (821 as 「8」 over 「21」, 859 as
  // 「8」 「5」 「9」). Before: 17 errors, among them false sums (「（五）5.…·总计 应为 120」, 「（七）总计·总计 为 5」).
  const file = 'converted/shgov_2019.docx-pandoc-rst.txt';
  it('reads as the page: every figure, every blank, the same findings', () => {
    const text = fixture(file);
    assert.match(text, /^\| 一 +\| +\| +\| 8 +\|/m);
    assert.match(text, /^\| 、本年 +\| +\| +\| 21 +\|/m);
    assert.deepEqual(readingOf(text), page);
  });

  it('the same grid with merged cells as newer pandoc writes them (a label over three columns, a group\'s cell over its rows) reads as the page', () => {
    // Made from the fixture: rows 一, 二 and 四 lose the two 「|」 inside their label (a cell over three columns), and the
    // borders between the rows of 三、本年度办理结果 lose their first stretch (「|        +------+…」: a cell over rows).
    const lines = fixture(file).split('\n');
    const first = lines.findIndex((l) => l.startsWith('| 一     |'));
    const border = lines[first - 1];
    const corners = [...border].map((c, i) => (c === '+' ? i : -1)).filter((i) => i >= 0);
    // The borders inside 三、本年度办理结果's rows (not the one under its last row): their first stretch is its cell's.
    let group = false;
    for (let i = first; i < lines.length && /^[|+]/.test(lines[i]); i++) {
      if (lines[i].startsWith('| 三、')) group = true;
      if (lines[i].startsWith('| 四、')) group = false;
      if (group && lines[i].startsWith('+') && !lines[i + 1]?.startsWith('| 四、')) lines[i] = '|' + ' '.repeat(corners[1] - 1) + lines[i].slice(corners[1]);
    }
    // Rows 一, 二 and 四: each line of their band loses its 2nd and 3rd 「|」 (display columns corners[1] and corners[2]).
    const atColumn = (line: string, col: number) => {
      let w = 0;
      for (let k = 0; k < line.length; k++) {
        if (w === col) return k;
        w += line.charCodeAt(k) > 0x2e80 ? 2 : 1;
      }
      return -1;
    };
    for (let i = first - 1, own = false; i < lines.length && /^[|+]/.test(lines[i]); i++) {
      if (lines[i].startsWith('+')) {
        own = /^\| (?:一|二|四、) /.test(lines[i + 1] ?? '');
        continue;
      }
      if (!own) continue;
      for (const col of [corners[1], corners[2]]) {
        const k = atColumn(lines[i], col);
        if (k >= 0 && lines[i][k] === '|') lines[i] = lines[i].slice(0, k) + ' ' + lines[i].slice(k + 1);
      }
    }
    const merged = lines.join('\n');
    assert.match(merged, /^\| 一 {29}\| 8  \|/m);
    assert.match(merged, /^\| {8}\+------\+/m);
    assert.deepEqual(readingOf(merged), page);
  });

  it('Word reports set in italics through pandoc (「*一、本」…「量 *」), at 150 and 60 columns, some of its lines misaligned by pandoc, read as their pages', () => {
    // Two real reports saved as Word files and put through `pandoc -t rst`: every cell's words in emphasis, wrapped, the
    // closing mark after a space (a lone 「*」 was a masked figure: rows of eight), a cell's 「0」 on the band's second line
    // or third (read as another row: table 四 blank), header lines whose 「|」 pandoc put a column off. Before: 15 errors on
    // gwh's, table 四's fifteen figures blank on czj's (a review).
    for (const [name, html] of [['converted/gwh_2022.docx-pandoc-rst-italic.txt', 'gwh_2022.html'], ['converted/czj_2023.docx-pandoc-rst-60.txt', 'czj_2023.html']]) {
      const text = fixture(name);
      assert.match(text, /^\| \*(?:一|规章)/m, name);
      const truth = readingOf(htmlToReport(readFileSync(path.join(FIXTURES, 'html', html), 'utf8')).text);
      const read = readingOf(text);
      assert.deepEqual({ applications: read.applications, review: read.review, codes: read.codes }, { applications: truth.applications, review: truth.review, codes: truth.codes }, name);
    }
  });

  it('a figure over several lines is read whole and is given no fix (no one place to write it); one on a line is', () => {
    const text = fixture(file);
    // 一、本年新收's total made wrong: its three lines' digits 8 / 5 / 9 become 8 / 5 / 8.
    const wrong = text.replace(/^(\| 、本年 .*\| )5( \|)$/m, '$18$2');
    assert.notEqual(wrong, text);
    const { findings } = analyse(wrong);
    const total = findings.filter((f) => f.code === 'row-total');
    const split = total.find((f) => /一、本年新收·总计/.test(render(f.message)));
    assert.ok(split, total.map((f) => render(f.message)).join('\n'));
    assert.match(render(split!.message), /应为 859/);
    assert.ok(!split!.fixes?.some((x) => x.edits.length), 'no edit for a figure over three lines');
    // A blank total on one line gets its fix as in any table.
    const blank = total.find((f) => /（二）部分公开·总计/.test(render(f.message)));
    assert.ok(blank?.fixes?.some((x) => x.edits.length));
  });
});

describe('Markdown that pandoc wrote from a Word report, its tables with merged cells as HTML far past its opening (converted/gwh_2022.docx-pandoc-gfm.md)', () => {
  // The real page saved as a Word file by LibreOffice, then `pandoc -t gfm`: table 二 a pipe table, tables 三 and 四 HTML, the
  // first <table> 6,562 characters in. Before: read as a report — table 三 「每行只有一个数」, table 四 missing, nine errors — and import
  // refused it (「不是网页…无法导入」), where check offered nothing.
  const file = path.join(FIXTURES, 'converted', 'gwh_2022.docx-pandoc-gfm.md');
  it('check offers its import (html-source, at its first table), import takes it and reads it as the page', async () => {
    const bytes = readFileSync(file);
    const text = bytes.toString('utf8');
    assert.ok(text.indexOf('<table') > 6000, 'past the opening htmlSourceAt reads');
    const { findings } = analyse(text);
    assert.deepEqual(findings.map((f) => f.code), ['html-source']);
    assert.equal(findings[0].span.start, text.indexOf('<table'));
    assert.equal(kindOf('gwh_2022.docx-pandoc-gfm.md', bytes), 'markdown');
    const imported = readingOf((await importBytes('gwh_2022.docx-pandoc-gfm.md', bytes)).text);
    const gwh = readingOf(htmlToReport(readFileSync(path.join(FIXTURES, 'html', 'gwh_2022.html'), 'utf8')).text);
    assert.deepEqual(imported.applications, gwh.applications);
    assert.deepEqual(imported.review, gwh.review);
    assert.deepEqual(imported.codes, gwh.codes);
  });

  it('its tables\' tags counted as the document is edited: taken out and put back, what a fresh read gives', () => {
    // (The tags are summed segment by segment as the document is put together, not counted again over every segment.)
    const text = readFileSync(file, 'utf8');
    const doc = new ReportDocument(text);
    const source = () => doc.facts().htmlSource;
    assert.equal(source(), text.indexOf('<table'));
    const from = text.indexOf('<table');
    const to = text.lastIndexOf('</table>') + '</table>'.length;
    doc.update(from, to, '（表格见附件）');
    assert.equal(source(), new ReportDocument(doc.text).facts().htmlSource);
    assert.equal(source(), undefined);
    doc.update(from, from + '（表格见附件）'.length, text.slice(from, to));
    assert.equal(doc.text, text);
    assert.equal(source(), from);
  });

  it('imported, its Markdown keeps its lines: `pandoc -f html -t gfm` of the page, table 二 HTML under pandoc\'s <div>, tables 三 and 四 pipe tables', async () => {
    // (Imported as a page, everything after its last HTML table was one line: 20 errors, 16 figures wrong — a review.)
    const bytes = readFileSync(path.join(FIXTURES, 'converted', 'shgov_2019.html-pandoc-gfm.md'));
    assert.match(bytes.toString('utf8'), /^<div class="content">/);
    assert.equal(kindOf('x.md', bytes), 'markdown');
    const { text } = await importBytes('x.md', bytes);
    assert.ok(text.split('\n').length > 60, 'its lines kept (flattened, it had 20)');
    assert.deepEqual(readingOf(text), page);
    // A page's source with its frame (<html><body>) is a page, however few its other tags.
    const framed = Buffer.from('<html><body>\n' + bytes.toString('utf8') + '\n</body></html>');
    assert.equal(kindOf('x.md', framed), 'html');
  });

  it('pandoc\'s Markdown of a page whose pipe tables keep the cells\' <span> markup (tables 二 and 四), table 三 HTML: imported as Markdown, its lines kept, every figure read and nothing said (found by a review: its lines ran together, 四 was missing)', async () => {
    // A generated report (figures known), its page through `pandoc -f html -t gfm`: 18 lines of pipe rows each with a dozen
    // <span>s were counted as a page's markup — imported as a page, 1,015 lines became 30; its import, checked, was a page again.
    const bytes = readFileSync(path.join(FIXTURES, 'converted', 'generated-ningbo.html-pandoc-gfm.md'));
    assert.equal(kindOf('x.md', bytes), 'markdown');
    const { text } = await importBytes('x.md', bytes);
    assert.ok(text.split('\n').length > 100, `${text.split('\n').length} lines`);
    const read = readingOf(text);
    assert.deepEqual(read.codes, []);
    assert.deepEqual(read.sections, [1, 2, 3, 4, 5, 6]);
    const apps = Object.values(read.applications);
    assert.deepEqual(apps[0], [87, 211, 6, 175, 213, 154, 846]);
    assert.deepEqual(apps[apps.length - 2], [87, 211, 8, 175, 213, 154, 848]);
    assert.deepEqual(read.review, [0, 0, 0, 0, 0, 2, 9, 0, 7, 18, 1, 2, 8, 0, 11]);
    assert.equal(read.active['5.fee']?.[0] ?? Object.values(read.active).pop()?.[0], 2782.09);
  });

  it('a report whose pipe rows hold inline markup is no page\'s source: its cells\' tags are the cells\'', () => {
    const pipe = fixture(SEEDS.pipe).replace(/\| ([0-9]+) \|/g, '| <span style="font-family:仿宋_GB2312"><span>$1</span></span> |');
    assert.ok((pipe.slice(0, 6000).match(/<span/g) ?? []).length >= 20);
    const { findings } = analyse(pipe);
    assert.ok(!findings.some((f) => f.code === 'html-source'));
    assert.deepEqual(appFigures(firstTable(analyse(pipe).model, 'applications')), appFigures(firstTable(analyse(fixture(SEEDS.pipe)).model, 'applications')));
  });

  it('a few table tags in a report\'s prose or a small HTML table are not a page to import', () => {
    const md = fixture('../../examples/sample-markdown-wrong-total.report.md');
    const quoted = md.replace('一、总体情况', '一、总体情况\n\n（网页模板中的 <table> 与 <td> 标签已清理。）\n\n<table><tr><td>附</td><td>件</td></tr></table>\n');
    assert.notEqual(quoted, md);
    assert.ok(!analyse(quoted).findings.some((f) => f.code === 'html-source'));
  });
});

describe('Markdown that pandoc wrote from a page whose markup it kept (converted/czj_2023.pandoc-gfm.head.md: its <div>s and <span>s, a heading cut by them)', () => {
  it('is a page\'s source to import, not a report with its sections missing (found by a review: 「一、总体情况」 said missing)', () => {
    const text = fixture('converted/czj_2023.pandoc-gfm.head.md');
    assert.match(text, /<span\nstyle="font-family:黑体">/);
    assert.deepEqual(analyse(text).findings.map((f) => f.code), ['html-source']);
    // A Markdown report whose table cells break their lines with <br>, row after row, is still a report.
    const md = fixture('../../examples/sample-markdown-wrong-total.report.md');
    const broken = md.replace(/^\| ([^|\n]+?) \|/gm, '| $1<br> |');
    assert.ok((broken.slice(0, 6000).match(/<br>/g) ?? []).length >= 20);
    assert.ok(!analyse(broken).findings.some((f) => f.code === 'html-source'));
  });
});

describe('the review of this session\'s rules: where they must not act', () => {
  it('a Word table\'s text (「转换为文本」) whose item rows have a label cell fewer than its sub-items\': a row with a blank 自然人 and a wrong total is that row-total error, not a row shifted one cell and said short', () => {
    const text = fixture('converted/word-tabs-merged-labels.txt');
    assert.match(text, /\t（二）部分公开[^\t]*\t\t2\t0\t1\t0\t0\t4/);
    const { model, findings } = analyse(text);
    const partial = firstTable(model, 'applications').rows.find((r) => r.id === 'partial')!;
    assert.deepEqual(partial.cells.map((c) => c.value ?? c.kind), ['blank', 2, 0, 1, 0, 0, 4]);
    assert.ok(findings.some((f) => f.code === 'row-total' && f.span.start > text.indexOf('（二）部分公开')), findings.map((f) => f.code).join());
    assert.ok(!findings.some((f) => f.code === 'table-shape'));
  });

  it('「15,234,567.89」 in a row of two cells apart by commas: not joined at its first comma (15234 and 567.89, said nothing), but left undetermined', () => {
    const text = fixture('converted/shgov_2019.table2-commas.txt');
    assert.match(text, /^政府集中采购,15,234,567\.89$/m);
    const { findings } = analyse(text);
    assert.ok(findings.some((f) => f.code === 'table-shape' && text.slice(f.span.start, f.span.end + 20).includes('政府集中采购')), findings.map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`).join('\n'));
  });

  it('a row of a label and two figures apart by commas (「行政事业性收费,0,0」, 「行政事业性收费,12,34」): its two cells (found by a review: the second lost, 「12」 split as glued into 1 and 2)', () => {
    const text = fixture('converted/shgov_2019.table2-commas.txt');
    assert.match(text, /^行政事业性收费,0,0$/m);
    const fee = (t: string) => activeFigures(firstTable(analyse(t).model, 'active'))['b8.fee'];
    assert.deepEqual(fee(text), [0, 0]);
    assert.ok(!analyse(text).findings.some((f) => f.code === 'table-shape' && text.slice(f.span.start, f.span.end).includes('行政事业性收费')));
    assert.deepEqual(fee(text.replace('行政事业性收费,0,0', '行政事业性收费,12,34')), [12, 34]);
    // (A sentence with ASCII commas is no row: its clauses hold words.)
    assert.equal(analyse(text.replace('行政事业性收费,0,0', '行政事业性收费,0,0\n本年收费,12件,34万元')).findings.filter((f) => f.code === 'table-shape').length, analyse(text).findings.filter((f) => f.code === 'table-shape').length);
  });

  it('LibreOffice\'s text of a Word table, its blank cells empty lines, one of them holding a typed space: every other blank is still a cell', () => {
    const text = fixture('converted/shgov_2019.writer.txt');
    const spaced = text.replace(/\n\n(?=2\n1\n859\n)/, '\n \n');
    assert.notEqual(spaced, text);
    assert.deepEqual(readingOf(spaced).applications, readingOf(text).applications);
  });
});

describe('pandoc\'s plain text and Markdown: tables whose columns only a ruler of dashes marks (ruledColumns.ts)', () => {
  // `pandoc -f html -t plain` of the real page (a simple table a row a line), and `pandoc -f docx -t markdown` of the
  // page saved as a Word file (multiline tables: rows apart by empty lines, a header under a full ruler). A blank cell
  // there is spaces only. Before: 24 errors on each — every row with a blank cell 「应有 7 个数，只读到 N 个」, table 四
  // 「只读到 6 个」 — and the page's 11 blank totals unsaid.
  it('converted/shgov_2019.pandoc-plain.txt reads as the page: every figure, every blank, the same findings', () => {
    const text = fixture('converted/shgov_2019.pandoc-plain.txt');
    assert.match(text, /^ {2}-{70} -{58} /m);
    assert.deepEqual(readingOf(text), page);
    assert.deepEqual(appFigures(firstTable(analyse(text).model, 'applications')).open, [258, 12, '', '', 1, 1, '']);
  });

  it('converted/shgov_2019.docx-pandoc-markdown.md (multiline tables) reads as the page', () => {
    const text = fixture('converted/shgov_2019.docx-pandoc-markdown.md');
    assert.match(text, /^ {2}-{20,} [- ]+\n {2}第二十条第（一）项 {20,}\n\n/m, 'table 二 under its column ruler, its rows apart by empty lines');
    const read = readingOf(text);
    assert.deepEqual({ ...read, sections: page.sections }, page);
    assert.deepEqual(read.sections, page.sections);
  });

  it('converted/shgov_2019.pandoc-markdown-150.md (the page in pandoc\'s Markdown, 150 columns): a hard line break 「\\」 after the table is no figure of its last row', () => {
    // (Before: 「四、结转下年度继续办理」 took the 「\\」 of the paragraph under the table's closing ruler as a seventh cell,
    // and read 「只读到 3 个」 — at every width pandoc writes: a review.)
    const text = fixture('converted/shgov_2019.pandoc-markdown-150.md');
    assert.match(text, /^ +四、结转下年度继续办理 +72[ \u00a0]+72[ \u00a0]*\n +-{10,}[- ]+\n\n\\\n/m);
    assert.deepEqual(readingOf(text), page);
    assert.deepEqual(appFigures(firstTable(analyse(text).model, 'applications')).carryNext, [72, '', '', '', '', '', 72]);
  });

  it('converted/czj_2023.pandoc-markdown-150.md (pandoc\'s default Markdown of a page whose every run is styled): a heading in spans of its own, 「[[一、]{style=…}]{style=…}[[总体情况]…」, is the heading', () => {
    // (Before: 「缺少「一、总体情况」部分」, a false error — the words stood past the spans' attributes. Table 四, whose cells pandoc
    // filled with the attributes' text cut to the column's width, cannot be read, and is said so.)
    const text = fixture('converted/czj_2023.pandoc-markdown-150.md');
    assert.match(text, /^\[\[一、\]\{style="[^"]+"\}\]\{style="[^"]+"\}\[\[总体情况\]/m);
    const czj = readingOf(htmlToReport(readFileSync(path.join(FIXTURES, 'html', 'czj_2023.html'), 'utf8')).text);
    const read = readingOf(text);
    assert.deepEqual({ ...read, review: undefined, codes: undefined }, { ...czj, review: undefined, codes: undefined });
    assert.deepEqual(read.codes, ['table-shape']);
    const { model, findings } = analyse(text);
    assert.match(render(findings[0].message), /^表四（行政复议、行政诉讼）读不出数字/);
    // (Its name in the outline and the messages is the heading's words, not the markup.)
    assert.deepEqual(model.sections.map((s) => s.headingText).slice(0, 2), ['一、总体情况', '二、主动公开政府信息情况']);
  });

  it('converted/shgov_2019.html2text.md (Python\'s html2text of the page: each cell opened by a line that is a pipe alone, a blank cell a line of a space) reads as the page', () => {
    // (Before: the blank cells were lost and the figures slid left — 14 of table 三's 23 rows 「数字个数不对」, table 四's
    // totals false errors: a review.)
    const text = fixture('converted/shgov_2019.html2text.md');
    assert.match(text, /^一、本年新收政府信息公开申请数量\n\n\|\n\n821\n\n\|\n\n35\n\n\|\n\n\n\n\|\n/m);
    assert.deepEqual(readingOf(text), page);
    assert.deepEqual(appFigures(firstTable(analyse(text).model, 'applications')).open, [258, 12, '', '', 1, 1, '']);
    // (Unwrapped, html2text puts a space after each pipe and in each blank cell: the same.)
    assert.deepEqual(readingOf(text.replace(/^\|$/gm, '| ').replace(/(^\| \n\n)\n/gm, '$1 \n')), page);
    // A figure typed into a blank cell is read in its column, and a wrong total is said.
    const typed = text.replace(/(一、本年新收政府信息公开申请数量\n\n\|\n\n821\n\n\|\n\n35\n\n\|\n\n)\n/, '$13\n');
    assert.notEqual(typed, text);
    assert.deepEqual(appFigures(firstTable(analyse(typed).model, 'applications')).new, [821, 35, 3, '', 2, 1, 859]);
    assert.ok(analyse(typed).findings.some((f) => f.code === 'row-total' && render(f.message).includes('862')));
  });

  it('a rule among the cells of a row written a cell a line is no end of the row (a review put one after the label and one between figures: the figures were lost)', () => {
    const seed = fixture(SEEDS.traditional);
    for (const at of ['(一)予以公開 |\n', '(一)予以公開 |\n15 |\n0 |\n']) {
      for (const rule of ['----------', '==========']) {
        const ruled = seed.replace(at, at + rule + '\n');
        assert.notEqual(ruled, seed);
        assert.deepEqual(readingOf(ruled), readingOf(seed), JSON.stringify([at, rule]));
      }
    }
  });

  it('the same tables ruled with 「=」 (reStructuredText\'s simple tables) read the same, the rulers no cells', () => {
    const text = fixture('converted/shgov_2019.pandoc-plain.txt').replace(/^ *-{3,}(?: +-{3,})+ *$/gm, (m) => m.replace(/-/g, '='));
    assert.match(text, /^ {2}={70} ={58} /m);
    assert.deepEqual(readingOf(text), page);
    // pandoc's reStructuredText of a table 二 whose block title is a row of its own: a ruler under the title and over the
    // rows. (Before, that ruler was read as a row of words between the block title and its header: every figure lost.)
    const rst = [
      '某局2019年政府信息公开工作年度报告',
      '',
      '二、主动公开政府信息情况',
      '',
      '================== ============== ============== ==============',
      '第二十条第（一）项                               ',
      '================== ============== ============== ==============',
      '信息内容           本年新制作数量 本年新公开数量 对外公开总数量',
      '规章               1                             3',
      '规范性文件         0              0              2',
      '================== ============== ============== ==============',
      '',
    ].join('\n');
    assert.deepEqual(activeFigures(firstTable(analyse(rst).model, 'active')), { 'b1.rules': [1, '', 3], 'b1.normative': [0, 0, 2] });
  });

  it('reStructuredText\'s simple tables as pandoc writes them, a lone 「\\」 in each empty first cell, read as the page', () => {
    // (Before: the backslash was a cell of words — eleven rows 「只读到 N 个」 and table 四 「只读到 1 个」: a review.)
    const text = fixture('converted/shgov_2019.pandoc-rst-simple.txt');
    assert.match(text, /^ +\\ +\S/m);
    assert.deepEqual(readingOf(text), page);
  });

  it('a line with words across a gap is no row of the table, and a ruler with nothing under it cuts nothing', () => {
    const text = fixture('converted/shgov_2019.pandoc-plain.txt');
    const ruler = '  ' + '-'.repeat(10) + ' ' + '-'.repeat(10);
    const prose = '某局2023年政府信息公开工作年度报告\n一、总体情况\n' + ruler + '\n本年度，我局主动公开政府信息 12 条，其中规章 0 件。\n';
    const said = (t: string) => analyse(t).findings.map((f) => `${f.code} ${render(f.message, 'en')}`);
    assert.deepEqual(said(prose), said(prose.replace(ruler, '')));
    // A gap crossed by a row's words: the row read as before (figures after its label), not cut a column off.
    const row = text.split('\n').find((l) => l.includes('一、本年新收政府信息公开申请数量')) as string;
    const crossed = text.replace(row, row.replace('一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数量（含本年度新收的全部申请，另见附件说明）'));
    assert.notEqual(crossed, text);
    const figures = appFigures(firstTable(analyse(crossed).model, 'applications'));
    assert.deepEqual(figures.new, [821, 35, 2, 1, 859, '<missing>', '<missing>'], 'its blanks not known: said out of shape, not read a column off');
    const { new: _new, ...rest } = figures;
    const { new: _pageNew, ...pageRest } = appFigures(firstTable(analyse(text).model, 'applications'));
    assert.deepEqual(rest, pageRest, 'the table\'s other rows still cut where the ruler says');
  });
});

describe('a real report’s PDF converted to Markdown in pieces (converted/shuyang_2025.pdf-markdown.txt)', () => {
  // Each group of table 三's rows a table of its own, under a `###` caption naming the row or group and a header row in
  // the converter's words (「| 类别 | 数据1 | … | 数据6 | 总计 |」, once 「| 项目 | 本年新收件数 | … | 总计 |」); table 四 three
  // captioned tables of five. Before: the caption was the row, its 「1」 taken from 「数据1」, the row itself dropped as a
  // repeat; the header's 总计 was （七）总计 without figures, the real one dropped; 「本年新收件数」… six rows said empty;
  // table 四 「读不出数字」 — nine errors on a report whose every sum holds (found by a review of other projects' reports).
  const text = fixture('converted/shuyang_2025.pdf-markdown.txt');
  const { model, findings } = analyse(text);

  it('reads without a finding: its sums hold', () => {
    assert.deepEqual(findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.code} ${render(f.message)}`), []);
  });

  it('every row of table 三 has the figures of its own table, under its caption', () => {
    const apps = appFigures(firstTable(model, 'applications'));
    assert.equal(Object.keys(apps).length, 25);
    assert.deepEqual(apps.new, [705, 3, 0, 0, 5, 0, 713]);
    assert.deepEqual(apps.carried, [36, 0, 0, 0, 0, 0, 36]);
    assert.deepEqual(apps.open, [290, 1, 0, 0, 3, 0, 294]);
    assert.deepEqual(apps.partial, [99, 0, 0, 0, 2, 0, 101]);
    assert.deepEqual(apps.o3, [142, 1, 0, 0, 0, 0, 143]);
    assert.deepEqual(apps.total, [710, 3, 0, 0, 5, 0, 718]);
    assert.deepEqual(apps.carryNext, [31, 0, 0, 0, 0, 0, 31]);
  });

  it('table 四 is its three captioned tables of five, in the form’s order', () => {
    assert.deepEqual(reviewFigures(firstTable(model, 'review')), [27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10]);
  });

  it('a header row of row names (「| 项目 | 本年新收件数 | 上年结转件数 | 予以公开 | … |」) names no row', () => {
    const t = firstTable(model, 'applications');
    const header = text.indexOf('| 项目 | 本年新收件数');
    const line = { start: header, end: text.indexOf('\n', header) };
    assert.ok(header > 0);
    assert.deepEqual(t.rows.filter((r) => r.label.start >= line.start && r.label.start < line.end).map((r) => r.id), []);
  });
});

describe('table 二 whose first block’s rows stand after the other blocks (a PDF’s text that took them apart from its title)', () => {
  // 「第二十条第（一）项」 with no row under it, right above 「第二十条第（五）项」; its 规章 and 规范性文件 after （八）'s row under
  // their own column header (two real reports' PDFs in Markdown, from another project's collection). Before: 「表二缺少：
  // 规章；规范性文件」, with their figures in the text, and none exported.
  const late = (rows: string) =>
    '二、主动公开政府信息情况\n第二十条第（一）项\n' +
    rows +
    '第二十条第（五）项\n信息内容 | 本年处理决定数量\n行政许可 | 97\n第二十条第（六）项\n信息内容 | 本年处理决定数量\n行政处罚 | 0\n行政强制 | 0\n' +
    '第二十条第（八）项\n信息内容 | 本年收费金额（单位：万元）\n行政事业性收费 | 0\n' +
    '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n| 规章 | 0 | 0 | 0 |\n| 规范性文件 | 13 | 0 | 55 |\n';

  it('the rows are the block’s: read into it, nothing said lacking', () => {
    const { model, findings } = analyse(late(''));
    const figures = activeFigures(firstTable(model, 'active'));
    assert.deepEqual(figures['b1.rules'], [0, 0, 0]);
    assert.deepEqual(figures['b1.normative'], [13, 0, 55]);
    assert.deepEqual(figures['b8.fee'], [0]);
    assert.deepEqual(findings.filter((f) => f.code === 'table-shape'), []);
  });

  it('a block that holds words or its column header alone is an agency’s without such rows: a county’s rows after a note are not its (the review of the first version)', () => {
    for (const under of ['不涉及 | | | |\n', '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n']) {
      const text = late(under).replace('| 信息内容 | 本年制发件数', '注：本表为本局数据，全区汇总如下：\n| 信息内容 | 本年制发件数');
      const figures = activeFigures(firstTable(analyse(text).model, 'active'));
      assert.equal(figures['b1.rules'], undefined, under);
      assert.equal(figures['b1.normative'], undefined, under);
    }
    // (Nor rows without their column header over them, after a note: a county's summed figures.)
    const bare = late('').replace('| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n', '注：全区汇总如下：\n');
    assert.equal(activeFigures(firstTable(analyse(bare).model, 'active'))['b1.rules'], undefined);
  });

  it('a block that has its rows keeps them: a late row of it stays a stray line', () => {
    const { model } = analyse(late('信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n规章 | 1 | 0 | 5\n'));
    const figures = activeFigures(firstTable(model, 'active'));
    assert.deepEqual(figures['b1.rules'], [1, 0, 5]);
    assert.equal(figures['b1.normative'], undefined);
  });
});

describe('a line of word cells and a row’s name alone: what they are not (the review of the first version)', () => {
  const tabs = fixture(SEEDS.tabs);
  const pipe = fixture(SEEDS.pipe);
  const problems = (text: string) => analyse(text).findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${render(f.message)}`);

  it('a label wrapped over tab-separated cells (「行政机关不再处理⇥其政府信息⇥公开申请」) is its row’s words, its figures after it', () => {
    const row = '\t(六)其他处理\t1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0';
    assert.ok(tabs.includes(row));
    const text = tabs.replace(row, '\t(六)其他处理\t1. 申请人无正当理由逾期不补正、\n行政机关不再处理\t其政府信息\t公开申请\n0\t0\t0\t0\t0\t0\t0');
    assert.deepEqual(appFigures(firstTable(analyse(text).model, 'applications')).o1, [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(problems(text), problems(tabs));
  });

  it('a row whose cells are all words (「| 3.要求提供公开出版物 | 未统计 | … |」) is the row, said to have no figure — not a row missing', () => {
    const row = '3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||';
    const text = pipe.replace(row, '| 要求提供公开出版物 | 未统计 | 未统计 | 未统计 | 未统计 | 未统计 | 未统计 | 未统计 |');
    assert.ok(problems(text).some((p) => /「（五）3\.要求提供公开出版物」行应有 7 个数/.test(p)), problems(text).join('\n'));
    assert.ok(!problems(text).some((p) => /缺少 1 行/.test(p)));
  });

  it('a row of blank cells printed twice, the second with figures, is said twice — no caption', () => {
    const row = '2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||';
    const text = pipe.replace(row, '2.重复申请 |  |  |  |  |  |  |  | ||\n' + row);
    assert.ok(problems(text).some((p) => /「（五）2\.重复申请」行重复出现/.test(p)), problems(text).join('\n'));
  });
});
