/**
 * Table 二 whose block title rows (「第二十条第（一）项」 …) are not in the text: a converter that drops
 * a table's merged rows, or a writer who left them out. Its blocks are found at their rows — a row
 * label that is its whole cell, at its line's start, with only its figures after it — right after the
 * table's column header (信息内容 …), in section 二, or in a table 二 already begun. Measured on every
 * real text we hold with table 二 (seeds, text-browser dumps, PDF texts): with its title lines cut, the
 * table reads row for row as with them.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { ActiveTable, Finding } from '../../../../server/src/analysis/types';
import { render } from '../../../../server/src/i18n/render';
import { allTables, analyse, codes, fixture, FIXTURES, SEEDS } from '../../../helpers';
import { buildReport } from '../../../layouts';

/** A line that is a block's title and nothing else (its cell's borders and separators around it). */
const TITLE_LINE = /^[\s|│┃║]*第二十[条條]第[(（][一二三四五六七八九十]+[)）][项項][\s|│┃║]*$/;
const cutTitles = (text: string): string =>
  text
    .split(/(?<=\n)/)
    .filter((l) => !TITLE_LINE.test(l))
    .join('');

const activeRows = (text: string): string[] =>
  allTables(analyse(text).model)
    .filter((t): t is ActiveTable => t.kind === 'active')
    .flatMap((t) => t.blocks.flatMap((b) => b.rows.map((r) => `${b.id}.${r.id} ${r.cells.map((c) => (c.kind === 'number' ? c.value : c.kind)).join(',')}`)));

const said = (findings: Finding[]) => findings.map((f) => `${f.code} ${render(f.message, 'zh-cn')}`);

/** Every real text we hold with table 二 in it, one line a title. */
function realTexts(): string[] {
  const names = [...Object.values(SEEDS), ...['dumps', 'pdf'].flatMap((d) => readdirSync(path.join(FIXTURES, d)).map((f) => `${d}/${f}`))];
  // (Not pdfminer's texts: they give table 二 column by column, its labels without their figures, and a block
  // opened at its rows needs them — without titles there is nothing of it to compare.)
  // (Nor the texts with a figure wrapped in its cell: a row of table 二 that cannot be read, on purpose.)
  // (Nor pdftotext's default text of printed pages, `*.pdftotext.txt`: like pdfminer's, a page's columns one after another.)
  return names.filter((n) => !/pdfminer|-wrapped\.|\.pdftotext\./.test(n) && TITLE_LINE.test(fixture(n).split('\n').find((l) => TITLE_LINE.test(l)) ?? ''));
}

describe('table 二 without its block titles', () => {
  it('reads every real text of ours row for row as with them, and says nothing new of it', () => {
    const names = realTexts();
    assert.ok(names.length >= 18, `${names.length} texts`);
    const lost: string[] = [];
    for (const name of names) {
      const text = fixture(name);
      const cut = cutTitles(text);
      assert.ok(cut.length < text.length, name);
      const before = activeRows(text);
      const after = activeRows(cut);
      assert.ok(before.length >= 6, name);

      // A PDF's label wrapped in its narrow cell (「行政事业性收」 / 「费」) whose block title is cut too
      // names no row alone: that block is missing, and said so — never read as another block's row.
      const missing = before.filter((r) => !after.includes(r));
      if (missing.length) {
        assert.deepEqual(missing.map((r) => r.split(' ')[0]), ['b8.fee'], name);
        assert.ok(/^pdf\/shgov_2019\.word\./.test(name), name);
        assert.ok(said(analyse(cut).findings).some((s) => s.startsWith('table-shape') && s.includes('第二十条第（八）项')), name);
        lost.push(name);
        continue;
      }
      assert.deepEqual(after, before, name);
      // The same findings, in the same words (their places moved with the lines cut).
      assert.deepEqual(said(analyse(cut).findings), said(analyse(text).findings), name);
    }
    assert.equal(lost.length, 2);
  });

  it('a report that gives only part of table 二 and of table 四 flattened (a Markdown text written from a page)', () => {
    const text = [
      '某市2025年政府信息公开工作年度报告',
      '一、总体情况',
      '2025年，我市持续推进政务公开工作。',
      '二、主动公开政府信息情况',
      '## 表二：主动公开政府信息情况',
      '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
      '|---|---|---|---|',
      '| 规章 | 3 | 0 | 15 |',
      '| 行政规范性文件 | 61 | 59 | 422 |',
      '三、收到和处理政府信息公开申请情况',
      '（略）',
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政复议行政诉讼',
      '| 119 | 25 | 91 | 24 | 259 | 7 | 0 | 15 | 6 | 28 | 21 | 1 | 7 | 9 | 38 |',
      '五、存在的主要问题及改进情况',
      '一是政务公开数智化转型有待进一步加强。',
      '六、其他需要报告的事项',
      '无。',
    ].join('\n');
    assert.deepEqual(activeRows(text), ['b1.rules 3,0,15', 'b1.normative 61,59,422']);
    const { findings } = analyse(text);
    const shape = findings.find((f) => f.code === 'table-shape')!;
    assert.equal(render(shape.message, 'zh-cn'), '表二（主动公开）缺少：第二十条第（五）项；第二十条第（六）项；第二十条第（八）项');
    // (In English as the hover and the export name them: 「Art. 20 item (五)」 was said here.)
    assert.equal(render(shape.message, 'en'), 'Table II (proactive disclosure) lacks: Article 20, item (5); Article 20, item (6); Article 20, item (8)');
    // At the column header: the block's place where its title would be.
    assert.equal(text.slice(shape.span.start).startsWith('信息内容'), true);
    assert.deepEqual(codes(findings).sort(), ['table-missing', 'table-shape']);
  });

  it('in a table with its titles, a row-like line of another block is a stray line: the table stays whole', () => {
    // (Converters drop all of a table's merged rows or none: one block whose title alone is missing is
    // said to be missing, its rows never taken for another block's.)
    const one = fixture(SEEDS.pipe).replaceAll('第二十条第(六)项 | |||\n', '');
    assert.deepEqual(activeRows(one), activeRows(fixture(SEEDS.pipe)).filter((r) => !r.startsWith('b6.')));
    assert.ok(said(analyse(one).findings).some((x) => x.startsWith('table-shape') && x.includes('第二十条第（六）项')));
    // A review's cases: a stray row after block 一's column header, between rows, after a row.
    const full = rowsOf(report);
    // And a row of the block itself again, in a sentence or not: the block's row is its first. (A unit
    // apart from a row's figure is a unit column's cell, in text laid out with spaces: the row is read.)
    for (const [after, line] of [['现行有效件数 |', '行政许可 | 12 |'], ['行政处罚 | 20 |', '行政事业性收费 25.3 万元'], ['行政规范性文件 | 2 | 1 | 35 |', '行政许可 | 12 |'], ['行政强制 | 0 |', '行政处罚 5 件'], ['行政强制 | 0 |', '行政处罚 | 5 |']]) {
      const text = report.replace(after + '\n', `${after}\n${line}\n`);
      assert.notEqual(text, report, after);
      assert.equal(rowsOf(text), full, line);
      assert.deepEqual(codes(analyse(text).findings).filter((c) => c.startsWith('table-')), [], line);
    }
    const unitColumn = '二、主动公开政府信息情况\n第二十条第（五）项\n信息内容 本年处理决定数量 单位\n行政许可 1,432 件\n';
    assert.deepEqual(activeRows(unitColumn), ['b5.permit 1432']);
  });

  // A review's cases: prose and stray lines that look like a row are no block of table 二.
  const report = buildReport('pipe');
  const cut = cutTitles(report);
  const SECTION2 = '二、主动公开政府信息情况\n';
  const after2 = (text: string, line: string) => text.replace(SECTION2, SECTION2 + line + '\n');
  const rowsOf = (text: string) => activeRows(text).join(' / ');
  it('a sentence naming 信息内容 is no column header: a row-like line after it, in another section, opens no table 二', () => {
    for (const [prose, line] of [['主动公开的信息内容包括：', '行政处罚 5 件'], ['主动公开的信息内容包括：', '行政处罚 5'], ['主动公开的信息内容包括：', '规章 3 0 15'], ['把群众关心的相关\n信息内容及时公开。', '行政许可 12']]) {
      const text = report.replace('一、总体情况\n', `一、总体情况\n${prose}\n${line}\n`);
      assert.equal(allTables(analyse(text).model).filter((t) => t.kind === 'active').length, 1, line);
      assert.equal(rowsOf(text), rowsOf(report), line);
      assert.deepEqual(codes(analyse(text).findings).filter((c) => c.startsWith('table-')), [], line);
    }
  });
  it('a row-like line before a table 二 that has its titles, or before one stripped of them under its column headers, opens no block', () => {
    for (const line of ['行政许可 12 件', '行政许可 12', '行政许可 | 12 |']) {
      const titled = after2(report, line);
      assert.equal(rowsOf(titled), rowsOf(report), line);
      assert.deepEqual(codes(analyse(titled).findings).filter((c) => c.startsWith('table-')), [], line);
      const stripped = after2(cut, line);
      assert.equal(rowsOf(stripped), rowsOf(report), line);
    }
  });
  it('in a table stripped of its titles: an amount with its unit glued on, a figure left blank', () => {
    const fee = cut.replace(/(行政事业性收费 \| )([0-9.]+)/, '$1$2万元');
    assert.notEqual(fee, cut);
    assert.equal(rowsOf(fee), rowsOf(report));
    const blank = cut.replace(/(行政许可 \| )[0-9,]+/, '$1');
    assert.notEqual(blank, cut);
    assert.ok(activeRows(blank).includes('b5.permit blank'), rowsOf(blank));
    assert.ok(analyse(blank).findings.some((f) => f.code === 'cell-blank' && render(f.message, 'zh-cn').startsWith('行政许可')));
  });

  it('finds no table 二 in a row-like line that is not in one: prose, other sections, a row with words after its figures', () => {
    // (Seed 000 is a page a scraper saved twice: two tables 二.)
    const base = fixture(SEEDS.pipe);
    const count = (text: string) => allTables(analyse(text).model).filter((t) => t.kind === 'active').length;
    assert.equal(count(base), 2);
    const lines = [
      '行政许可 | 1432 |', // in section 一, with no column header before it
      '规章 | 3 | 0 | 15 |',
    ];
    for (const line of lines) {
      const text = base.replace('一、总体情况\n', `一、总体情况\n${line}\n`);
      assert.equal(count(text), 2, line);
    }
    // In section 二, without its titles: a row with words after its figures is prose, not a row.
    const cut = cutTitles(base.slice(0, base.indexOf('三、收到和处理'))).replace('行政许可 | 1432 | ||', '行政许可 | 1432 | 件，同比增长');
    assert.ok(!activeRows(cut).some((r) => r.startsWith('b5.')));
  });
});
