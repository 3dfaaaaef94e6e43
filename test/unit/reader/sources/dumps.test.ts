/**
 * Real pages as text browsers dump them — how a researcher often keeps the reports they collect:
 * w3m and elinks draw a table in box-drawing characters (「┌──┬──┐」「│规章│0│」「├──┼──┤」, a narrow label
 * column wrapped over several lines beside blank cells, a group's cell cut beside its rows'), links in
 * ASCII (「+----+」, 「|-----+-----|」 between cells), lynx puts every cell on a line of its own, and
 * elinks hard-wraps the prose (「…执法信息。七」 / 「是调整…」). The dumps of the two saved pages in
 * test/fixtures/html (w3m 0.5.3 `-dump -cols 200`, lynx 2.9 `-dump -width=200 -nolist`, elinks 0.13
 * `-dump -dump-width 200 -no-references -no-numbering`, links 2.28 `-dump -width 200`) read to the
 * tables the page's import reads from its HTML cells, figure for figure, and find what it finds.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlToReport } from '../../../../server/src/import/page/html';
import { tokenize } from '../../../../server/src/analysis/reader/tokens/tokenize';
import { rewriteTableEdit } from '../../../../server/src/analysis/write/rewriteTable';
import { applyEdits } from '../../../../server/src/fixes/edits';
import { allTables, analyse, appFigures, firstTable, fixture, FIXTURES, SEEDS, tableFigures as figures } from '../../../helpers';
import { buildReport, sampleFigures } from '../../../layouts';
import { exportRecord } from '../../../../server/src/analysis/views/exportRecord';
import { render } from '../../../../server/src/i18n/render';

describe('reports as text browsers dump saved pages', () => {
  for (const page of ['czj_2023', 'gwh_2022']) {
    const imported = analyse(htmlToReport(readFileSync(path.join(FIXTURES, 'html', `${page}.html`), 'utf8')).text);
    for (const tool of ['w3m', 'lynx', 'elinks', 'links']) {
      it(`${page}, dumped by ${tool}: the page's tables figure for figure, and its findings`, () => {
        const dump = analyse(fixture(`dumps/${page}.${tool}.txt`));
        assert.deepEqual(allTables(dump.model).map(figures), allTables(imported.model).map(figures));
        assert.equal(allTables(dump.model).length, 3);
        assert.deepEqual(dump.findings.map((f) => f.code), imported.findings.map((f) => f.code));
      });
    }
  }
});

describe('a page that leaves zeros and totals blank, as browsers and text browsers give it (shgov_2019)', () => {
  const imported = analyse(htmlToReport(readFileSync(path.join(FIXTURES, 'html', 'shgov_2019.html'), 'utf8')).text);
  // w3m at its default 80 columns too: labels wrapped beside blank cells (「│5.要求行政机关确认或重│   │…」 /
  // 「│   新出具已获取信息   │   │…」), a group's cell cut beside them (「│（五）不│ 3.要求提供公开出版物 │」 /
  // 「│ 予处理 ├────┼───┤」), a header cell followed by the border of the cells split under its neighbours
  // (「│总计├────┬────┤」). Chromium's innerText and a copied selection (Chromium 156) of cells that hold
  // paragraphs: a cell a line, a tab alone on the line between two cells, 「&nbsp;」 on a line of its own;
  // and (innertext-nop) the same page with its cells' paragraphs unwrapped, as many sites write cells: a
  // row a line, its 「&nbsp;」 cells between tabs (before: dropped as empty paragraphs, every row short).
  // lynx: a cell a line, an empty line after each cell that holds a paragraph, and an empty cell one empty line (read
  // as no cells, every row with a blank cell was said short of its figures — 24 false errors: found by a review).
  for (const tool of ['w3m', 'w3m80', 'elinks', 'links', 'innertext', 'selection', 'innertext-nop', 'lynx']) {
    it(`dumped by ${tool}: the page's tables figure for figure, blanks in their places, and its findings`, () => {
      const dump = analyse(fixture(`dumps/shgov_2019.${tool}.txt`));
      assert.deepEqual(allTables(dump.model).map(figures), allTables(imported.model).map(figures));
      assert.deepEqual(dump.findings.map((f) => f.code), imported.findings.map((f) => f.code));
    });
  }
  it('lynx with one empty line lost between two figures (「44」 / 「3」 next to each other): every other row as the page (each row after it went a column off, unsaid: a review); that row\'s figures, read a column off, said by the column totals', () => {
    const text = fixture('dumps/shgov_2019.lynx.txt');
    const lost = text.replace(/(\n *44\n)\n( *3\n)/, '$1$2');
    assert.notEqual(lost, text);
    const got = appFigures(firstTable(analyse(lost).model, 'applications'));
    const want = appFigures(firstTable(imported.model, 'applications'));
    for (const [id, cells] of Object.entries(want)) if (id !== 'u2') assert.deepEqual(got[id], cells, id);
    assert.ok(analyse(lost).findings.some((f) => f.code === 'column-total' && /44/.test(render(f.message))));
  });
  it('a header of paragraphs over rows of plain cells (lynx\'s header, each cell a line, each blank an empty line): table 三 as the page, figure for figure (read as paragraphs, every row was said short: a review)', () => {
    const text = fixture('dumps/shgov_2019.lynx-plain-rows.txt');
    assert.deepEqual(appFigures(firstTable(analyse(text).model, 'applications')), appFigures(firstTable(imported.model, 'applications')));
  });
  // A PDF's text (pdftotext of the page through Word) keeps the blank cells as spaces only (-layout) or drops them
  // (-raw: 「258 12 1 1」, which one digit a cell would make seven figures that do not add up): which column a figure
  // stands in is lost.
  for (const file of ['pdf/shgov_2019.word.layout.txt', 'pdf/shgov_2019.word.raw.txt']) {
    it(`${file}: rows that lost their blank cells are said to be unreadable, and no figure of theirs is summed or exported`, () => {
      const { model, findings } = analyse(fixture(file));
      const errors = findings.filter((f) => f.severity === 'error');
      assert.deepEqual(errors.filter((f) => f.code !== 'table-shape'), [], 'no arithmetic error made of misplaced figures');
      // (Ten rows at least: said one by one, or together where the table shows it lost its blank cells.)
      const rows = errors.reduce((n, f) => n + (/丢了空白格，\d+ 行/.test(render(f.message)) ? f.related!.length : 1), 0);
      assert.ok(rows >= 10, String(rows));
      const exported = exportRecord(file, model).tables.applications!;
      const row = (label: string) => exported.rows.find((r) => r.label.startsWith(label))!.values;
      // 「821 35 2 1 859」 for seven cells: not 科研机构 2, 社会公益组织 1, 法律服务机构 859.
      assert.deepEqual(row('一、本年新收'), [null, null, null, null, null, null, null]);
      assert.deepEqual(row('二、上年结转'), [null, null, null, null, null, null, null]);
      // The page is of the 2019 form: its （六）其他处理, whose blank cells the text lost, is that form's
      // row, not the 2021 form's group wanting three items (before: 「缺少 …（六）1.逾期不补正、（六）2.…、（六）3.其他」).
      const t = firstTable(model, 'applications');
      assert.equal(t.variant, '2019');
      assert.ok(t.rows.some((r) => r.id === 'other'));
      assert.ok(!findings.some((f) => f.code === 'table-shape' && /（六）1\./.test(render(f.message))));
      assert.equal(exported.rows.filter((r) => r.label.startsWith('（六）')).map((r) => r.label).join(), '（六）其他处理');
    });
  }
});

describe('what a drawn table is made of', () => {
  const cells = (text: string) => tokenize(text).map((t) => (t.kind === 'value' ? `${t.cell!.kind}:${t.raw}` : `${t.kind}:${t.raw}`));
  it('border lines and border stretches between cells are no cells; the verticals separate cells', () => {
    assert.deepEqual(cells('┌──┬──┐\n│规章│0│\n├──┼──┤\n╔══╦══╗\n║规章║1║\n+----+====+\n| 规章 | 2 |\n|-----+-----|\n| 规章 |-----+-----|'), [
      'text:规章', 'number:0', 'text:规章', 'number:1', 'text:规章', 'number:2', 'text:规章',
    ]);
  });
  it('a simple table\'s rules (pandoc) and a thematic break are no cells; none marks stay figures', () => {
    assert.deepEqual(cells('--------  -----------  -----\n---\n规章 - - —\n─\n│规章│─│'), ['text:规章', 'none:-', 'none:-', 'none:—', 'none:─', 'text:规章', 'none:─']);
  });
  it("a header cell followed by the border of the cells split under its neighbours is the cell's words (w3m: 「│总计├──┬──┤」)", () => {
    assert.deepEqual(cells('│结果维持│总计├────┬────┬──┤\n│ 予处理 ├──────┼───┼──┤'), ['text:结果维持', 'text:总计', 'text:予处理']);
  });
  it('innerText of cells that hold paragraphs: a tab alone on its line is no cell, a no-break space alone on its line is a blank one', () => {
    assert.deepEqual(cells('821\n\n\t\n\n35\n\n\t\n\n\u00a0\n\n\t\n\n2'), ['number:821', 'number:35', 'blank:\u00a0', 'number:2']);
    // (Other blank lines are no cells; two tabs are two separators, three cells.)
    assert.deepEqual(cells('1\n \n\n\t\t\n2'), ['number:1', 'blank:', 'blank:', 'blank:', 'number:2']);
    // Two lone tabs with only empty lines between: the cell between them is empty (a cell of nothing, not even 「&nbsp;」).
    assert.deepEqual(cells('0\n\n\t\n\n\t\n\n9\n\n\t\n\n4'), ['number:0', 'blank:\t', 'number:9', 'number:4']);
    assert.deepEqual(cells('0\n\n\t\n \n\n\t\n\n\t\n9'), ['number:0', 'blank:\t', 'blank:\t', 'number:9']);
  });
  it('innerText of a table whose cells hold paragraphs, an empty cell among them: read in its place, the row whole (found by a review: the row said short, its figures slipped)', () => {
    // Seed 000's table 三 as Chromium's innerText gives a page whose cells hold paragraphs: a cell a paragraph, a tab between.
    const seed = fixture(SEEDS.pipe);
    const from = seed.indexOf('一、本年新收政府信息公开申请数量 |');
    const table = seed.slice(from, seed.indexOf('\n', seed.indexOf('四、结转下年度继续办理', from)));
    const asParagraphs = (t: string) =>
      t
        .split('\n')
        .map((l) => l.replace(/[ |]+$/, '').split('|').map((c) => c.trim()).join('\n\n\t\n\n'))
        .join('\n');
    const withBlank = table.replace('(一)予以公开 | 1 | 0 | 0 |', '(一)予以公开 | 1 |  | 0 |');
    assert.notEqual(withBlank, table);
    const read = (t: string) => appFigures(firstTable(analyse(seed.replace(table, asParagraphs(t))).model, 'applications'));
    const whole = read(table);
    assert.deepEqual(whole, appFigures(firstTable(analyse(seed).model, 'applications')));
    const blank = read(withBlank);
    assert.deepEqual(blank.open, [1, '', 0, 0, 0, 0, 1]);
    assert.deepEqual({ ...blank, open: whole.open }, whole);
  });
  it("a block header wrapped in its cell beside blank cells (pandoc's grid table: 「| 第二十条 |  |」 / 「| 第（一）项 |  |」)", () => {
    const rule = '+------------+------------+------------+------------+';
    const row = (...cells: string[]) => `| ${cells.map((c) => c.padEnd(10, ' ')).join(' | ')} |`;
    const text = ['2023年某局政府信息公开工作年度报告', '二、主动公开政府信息情况', rule, row('第二十条', '', '', ''), row('第（一）项', '', '', ''), rule, row('信息内容', '本年制发件数', '本年废止件数', '现行有效件数'), rule, row('规章', '1', '2', '3'), rule, row('行政规范性', '4', '5', '6'), row('文件', '', '', ''), rule, row('第二十条', '', '', ''), row('第（五）项', '', '', ''), rule, row('信息内容', '本年处理决定数量', '', ''), rule, row('行政许可', '7', '', ''), rule].join('\n');
    const active = firstTable(analyse(text).model, 'active');
    assert.deepEqual(active.blocks.map((b) => b.id), ['b1', 'b5']);
    assert.deepEqual(figures(active), figures(firstTable(analyse(text.replace(/\| 第二十条 +\|.*\n\| 第（(.)）项/g, '| 第二十条第（$1）项')).model, 'active')));
    assert.deepEqual(active.blocks[0].rows.map((r) => r.cells.map((c) => c.value)), [[1, 2, 3], [4, 5, 6]]);
  });
  it('each token knows which cell of its line it is (-1 where its columns are not known: a line of one cell or none, or cut by tabs)', () => {
    assert.deepEqual(tokenize('│ 甲 │ 1 │ 乙 │\n| a | | b |\n甲 1 2\n x | y\n | z\np\tq').map((t) => `${t.raw}@${t.col}`), ['甲@1', '1@2', '乙@3', 'a@1', ' @2', 'b@3', '甲@-1', '1@-1', '2@-1', 'x@0', 'y@1', 'z@-1', 'p@-1', 'q@-1']);
  });
  it('「七是」 is a list item also when a hard-wrapped text broke the line between them', () => {
    for (const seed of [SEEDS.traditional, SEEDS.prose]) {
      const text = fixture(seed).split('二是').join('二\n   是');
      assert.notEqual(text, fixture(seed));
      assert.deepEqual(analyse(text).findings.map((f) => f.code), analyse(fixture(seed)).findings.map((f) => f.code), seed);
    }
    // (Without the break's tolerance the list would skip from 一是 to 三是.)
    assert.deepEqual(analyse('某某局2023年政府信息公开工作年度报告\n一、总体情况\n一是公开。二\n  是解读。三是回应。').findings.filter((f) => f.code === 'numbering'), []);
  });
});

describe('a drawn table written back', () => {
  it('as pipe rows, takes its border lines with it: nothing of the drawing is left around table 四', () => {
    for (const f of ['dumps/czj_2023.w3m.txt', 'dumps/gwh_2022.elinks.txt', 'dumps/gwh_2022.links.txt']) {
      const text = fixture(f);
      const review = allTables(analyse(text).model).find((t) => t.kind === 'review')!;
      const fixed = applyEdits(text, [rewriteTableEdit(text, review, 'pipe')!]);
      const section = fixed.slice(fixed.indexOf('四、政府信息公开行政复议'), fixed.indexOf('五、存在的主要问题'));
      assert.doesNotMatch(section, /[\u2500-\u257f]|^\s*\+[-=+]+\s*$/m, f);
      assert.deepEqual(allTables(analyse(fixed).model).map(figures), allTables(analyse(text).model).map(figures), f);
    }
  });
});

describe('what the drawn tables\' reading leaves as it was (found by a review against the previous build)', () => {
  const f = sampleFigures();
  const base = buildReport('spaces', f);
  const rows = (from: string, to: string, lines: string[]) => base.slice(0, base.indexOf(from)) + lines.join('\n') + '\n' + base.slice(base.indexOf(to));
  const app = (text: string) => appFigures(firstTable(analyse(text).model, 'applications'));
  it('a PDF\'s text (no cells): one line under a row\'s figures is its label\'s, not the next row\'s words, its numbering lost', () => {
    const a = rows('（一）予以公开', '（三）不予公开', ['（一）予以公  4 1 0 0 0 0 5', '开', '部分公开（区', '分处理的，只', '计这一情形，  2 0 0 1 0 0 3', '不计其他情形）']);
    assert.deepEqual([app(a).open, app(a).partial], [f.app[2], f.app[3]]);
    assert.deepEqual(analyse(a).findings, []);
    const b = rows('7.属于行政执法案卷', '（四）无法提供', ['7.属于行政执  0 0 0 0 0 0 0', '法案卷', '属于行政查询事', '项  0 0 0 0 0 0 0']);
    assert.deepEqual([app(b).w7, app(b).w8], [f.app[10], f.app[11]]);
    assert.deepEqual(analyse(b).findings, []);
  });
  it('short runs of hyphens are none marks, not a rule; 「+-」「┼」「╳」 alone in a cell are no border', () => {
    const marks = rows('1.属于国家秘密', '2.其他法律', ['1.属于国家秘密', '--- --- --- --- --- --- ---']);
    assert.deepEqual(firstTable(analyse(marks).model, 'applications').rows.find((r) => r.id === 'w1')!.cells.map((c) => c.kind), Array(7).fill('none'));
    for (const cell of ['+-', '-+-', '┼', '╳']) assert.equal(tokenize(`规章 | 0 | ${cell} | 0 |`).length, 4, cell);
  });
  it('a label wrapped in its own cell of a drawn table keeps all its words, under its figures too', () => {
    for (const page of ['czj_2023', 'gwh_2022']) {
      const t = firstTable(analyse(fixture(`dumps/${page}.w3m.txt`)).model, 'applications');
      const label = (id: string) => t.rows.find((r) => r.id === id)!.labelText.replace(/\s/g, '');
      assert.match(label('partial'), /不计其他情形）$/, page);
      assert.equal(t.rows.find((r) => r.id === 'u1')!.labelText.replace(/\s/g, ''), '1.本机关不掌握相关政府信息', page);
    }
  });
});
