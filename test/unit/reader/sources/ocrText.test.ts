/**
 * A report run through OCR (a review office's scanned PDFs, read by Tesseract, PaddleOCR or a phone's app): its rows
 * of figures apart by spaces, with the characters an OCR misreads — a letter for a digit glued to a figure (「1O」
 * 「l20」 「I4」), a table's rule read as a letter between cells (「14 l 2 l 0 …」), a decimal point read as other
 * punctuation (「0。0235」). Found by a review: read as a figure and a word, 「1O」 was a certain 1 — a false row-total
 * and balance, and a wrong figure exported — and rules as cells gave the row's figures to the wrong columns.
 */
import assert from 'node:assert/strict';
import { exportRecord } from '../../../../server/src/analysis/views/exportRecord';
import { render } from '../../../../server/src/i18n/render';
import { tokenize } from '../../../../server/src/analysis/reader/tokens/tokenize';
import { analyse, codes, firstTable, fixture, readingOf, reviewFigures, SEEDS } from '../../../helpers';

const page = fixture('pdf/gwh_2022.page.layout.txt');
/** The page with the line that holds `line` changed by `change` (checked to change it). */
const changed = (line: RegExp, change: (l: string) => string) => {
  const out = page.replace(line, (l) => change(l));
  assert.notEqual(out, page);
  return out;
};
const NEW = /^一、本年新收政府信息公开申请数量.*$/m;
const MISREAD = '，像是扫描识别（OCR）或录入时把数字写成了形近的字母：请对照原件核对';
const errors = (text: string) => analyse(text).findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${render(f.message)}`);

describe('OCR text: characters misread in rows of figures apart by spaces', () => {
  it('the page reads as before: no finding', () => {
    assert.deepEqual(errors(page), []);
  });

  it('a letter glued to a figure (「1O」 for 16, 「I4」 for 14, 「1b」): that cell is invalid, said, and no sum is said wrong', () => {
    for (const [from, to, cell] of [[/16$/, '1O', '一、本年新收·总计'], [/ 14 /, ' I4 ', '一、本年新收·自然人'], [/16$/, '1b', '一、本年新收·总计'], [/ 14 /, ' l4 ', '一、本年新收·自然人']] as const) {
      const text = changed(NEW, (l) => l.replace(from, to));
      // (Said to look like an OCR's letters for digits: cell-invalid.misread.)
      assert.deepEqual(errors(text), [`cell-invalid ${cell} 的内容「${to.trim()}」不是数字${MISREAD}`], to);
      // Exported as no figure, with its reason.
      const row = exportRecord('x', analyse(text).model).tables.applications!.rows.find((r) => r.label.startsWith('一、本年新收'))!;
      const col = cell.endsWith('总计') ? 6 : 0;
      assert.equal(row.values[col], null, to);
      assert.equal(row.status?.[col], 'invalid', to);
    }
  });

  it('a table 二 row of one figure, and a fee whose point was read as 。，,· : the cell is invalid, not a certain 0 or 1', () => {
    const fee = /^行政事业性收费 +0$/m;
    for (const written of ['0。0235', '0，0235', '0,0235', '0·0235', '0.O235']) {
      const text = changed(fee, (l) => l.replace(/0$/, written));
      assert.deepEqual(errors(text), [`cell-invalid 行政事业性收费·本年收费金额（万元） 的内容「${written}」不是数字`], written);
    }
    const fine = changed(/^ 行政处罚 +0$/m, (l) => l.replace(/0$/, '152O'));
    assert.deepEqual(errors(fine), [`cell-invalid 行政处罚·本年处理决定数量 的内容「152O」不是数字${MISREAD}`]);
    // A count read with a point (「1.520」 for 1520): fractional, said so, and exported as none — not 1.52 (found by a review).
    const point = changed(/^ 行政处罚 +0$/m, (l) => l.replace(/0$/, '1.520'));
    assert.ok(errors(point).some((e) => e.startsWith('cell-invalid ')), errors(point).join('\n'));
    const fig = exportRecord('x', analyse(point).model).tables.active.find((f) => f.row === '行政处罚')!;
    assert.deepEqual([fig.value, fig.status], [null, 'invalid']);
    const row = exportRecord('x', analyse(changed(NEW, (l) => l.replace(/ 14 /, ' 1.4 '))).model).tables.applications!.rows.find((r) => r.label.startsWith('一、本年新收'))!;
    assert.deepEqual([row.values[0], row.status?.[0]], [null, 'invalid']);
  });

  it('the letter 「o」 alone for a 0 among a row\'s figures or in a cell (「14 2 o 0 0 0 16」「二、上年结转… O 0 …」「| Ｏ |」): read as 0 and said, as 「〇」 is (it was an error, the row\'s cells exported blank, and a leading 「O」 taken into the label: a review of tesseract\'s text)', () => {
    const expected = readingOf(page);
    const CARRIED = /^二、上年结转政府信息公开申请数量.*$/m;
    for (const [line, from, to] of [[NEW, / 0 {3}0/, ' o   0'], [CARRIED, /数量( +)0/, '数量$1O'], [CARRIED, / 0$/, ' ｏ'], [/^ +1.属于国家秘密 .*$/m, / 0 {3}0 {3}0$/, ' 0   Ｏ   0']] as const) {
      const text = changed(line, (l) => l.replace(from, to));
      const r = readingOf(text);
      assert.deepEqual({ ...r, codes: r.codes.filter((c) => c !== 'cell-invalid') }, expected, to);
      const said = analyse(text).findings.filter((f) => f.code === 'cell-invalid');
      assert.equal(said.length, 1, to);
      assert.equal(said[0].severity, 'warning');
      assert.match(render(said[0].message), /写作「[oOｏＯ]」，读作 0/);
      assert.match(text.slice(said[0].span.start, said[0].span.end), /^[oOｏＯ]$/);
    }
    // In a cell of its own between separators, as 「〇」.
    const pipe = fixture(SEEDS.pipe);
    const cell = pipe.replace(/^(二、上年结转[^|]*\|[^\d]*)0 \|/m, '$1O |');
    assert.notEqual(cell, pipe);
    assert.deepEqual(analyse(cell).findings.filter((f) => f.code === 'cell-invalid').map((f) => [f.severity, cell.slice(f.span.start, f.span.end)]), [['warning', 'O']]);
    assert.deepEqual(readingOf(cell).applications, readingOf(pipe).applications);
    // Not a letter of words, nor one alone on its line (an OCR's speck), nor one in a sentence.
    for (const prose of ['o\n', '使用 App o 版本 2 和 3。\n', '网站 o2o 平台 1 个。\n']) {
      const text = page.replace(/^( *五、)/m, prose + '$1');
      assert.notEqual(text, page);
      assert.deepEqual(readingOf(text), expected, prose);
    }
  });

  it('a rule read as a letter alone between two figures of a row that has its seven without it (「14 2 0 0 0 l 0 16」): no cell, the row as without it (it was an eighth cell, the total pushed out: a review of tesseract\'s text); a figure short, it is an invalid cell, said', () => {
    const expected = readingOf(page);
    for (const letter of ['l', 'I', '丨', '!']) {
      for (const at of [/( 0 +)(0 +16)$/, /(14 +)(2 )/]) {
        const text = changed(NEW, (l) => l.replace(at, `$1${letter} $2`));
        assert.deepEqual(readingOf(text), expected, `${letter} ${at}`);
      }
      // One of the row's figures gone, or the seven not adding up: the letter may be a 1 misread, and is not passed over.
      if (letter === 'l' || letter === 'I') {
        const short = changed(NEW, (l) => l.replace(/ 0( +0 +16)$/, ` ${letter}$1`));
        assert.ok(errors(short).some((e) => e.startsWith('cell-invalid ') && e.includes(`「${letter}」`)), `${letter}: ${errors(short).join('\n')}`);
        const unequal = changed(NEW, (l) => l.replace(/( 0 +)(0 +)16$/, `$1${letter} $217`));
        assert.ok(errors(unequal).some((e) => e.startsWith('table-shape ')), `${letter}: ${errors(unequal).join('\n')}`);
      }
    }
  });

  it('a table\'s rules read as 「l」「I」「丨」 between the cells: the row reads as without them', () => {
    const expected = readingOf(page);
    for (const rule of ['l', 'I', '丨', '|']) {
      const text = changed(NEW, (l) => l.replace(/数量( +)/, `数量$1${rule} `).replace(/(\d+)( +|$)/g, `$1 ${rule}$2`));
      assert.deepEqual(readingOf(text), expected, rule);
    }
    // One alone among figures that do not add up without it may be a misread 1: a cell, which cell-invalid names, and
    // the row said too long.
    const one = changed(NEW, (l) => l.replace(/ 2 /, ' 2 l ').replace(/16$/, '17'));
    assert.ok(errors(one).some((e) => e.startsWith('table-shape ')), errors(one).join('\n'));
    // Other letters between every cell: cells that are no figures, more than the row's seven — said, and no sum checked
    // (its last figures were dropped unsaid: found by a review).
    const letters = changed(NEW, (l) => l.replace(/(\d+) +(?=\d)/g, '$1 a '));
    assert.ok(errors(letters).includes('table-shape 「一、本年新收」行应有 7 个数，读到 13 个'), errors(letters).join('\n'));
    assert.ok(!errors(letters).some((e) => /^(row-total|column-total|balance) /.test(e)), errors(letters).join('\n'));
  });

  it('a line of a million characters of rules and figures (「l 1 l 1 …」) is read in one pass', () => {
    const line = '数量 ' + 'l 1 '.repeat(250_000);
    const tokens = tokenize(line, 0, line.length);
    assert.equal(tokens.filter((t) => t.kind === 'value').length, 250_000);
  });

  it('in prose, letters and digits glued stay as they are (「G60」「5G」「3A级」)', () => {
    const text = changed(/^同时公开行政事业性收费.*$/m, (l) => `${l}走进G60科创走廊 5G 3A级 l4`);
    assert.deepEqual(errors(text), []);
  });

  it('table 二\'s block titles with their brackets misread (「第二十条第 〈六) 项」「<六)」「〔六〕」「《入)」「【八】」): its blocks and rows as before (the blocks were said lacking, their rows exported blank: a review of tesseract\'s text)', () => {
    // (Seed 003, its tabs spaces as OCR gives them, without the words of sections 一 and 二: blocks （五）（六）（八） of one column
    // header, told apart by their titles alone.)
    const seed = fixture('003_054de3fe172792eb.txt')
      .replace(/\t/g, '    ')
      .replace(/(一、总体情况)[\s\S]*?(二、主动公开政府信息情况)[\s\S]*?(第二十条第（一）项)/, '$1\n$2\n$3');
    const before = readingOf(seed);
    // (Some titles misread, the others not, as OCR gives them: the block before a misread one took its rows.)
    // (And 一 read as a dash, its column header garbled too: 「第二十条第 (-) 项」 / 「信息内容 | 汪 全和 半外公开总痢」.)
    const dashed = seed.replace('第二十条第（一）项', '第二十条第 (-) 项').replace(/信息内容\s+本年制发件数\s+本年废止件数\s+现行有效件数/, '信息内容 | 汪 全和 半外公开总痢');
    assert.notEqual(dashed, seed);
    assert.deepEqual(readingOf(dashed).active, before.active);
    assert.deepEqual(errors(dashed), errors(seed));
    for (const [six, eight] of [['〈六)', '〈八)'], ['<六)', '《入)'], ['〔六〕', '【八】']]) {
      const text = seed.replace('第二十条第（六）项', `第二十条第 ${six} 项`).replace('第二十条第（八）项', `第二十条第 ${eight} 项`);
      assert.ok(text.includes(six) && text.includes(eight));
      assert.deepEqual(readingOf(text), before, six);
      assert.deepEqual(errors(text), errors(seed), six);
    }
  });

  it('a stray mark between two figures of a row (OCR\'s 「0 0 0 0 。 0 0 0」「]」「:」「“」): no cell, the row\'s seven figures read (it stopped at the mark, the figures after it dropped: a review of tesseract\'s text)', () => {
    const before = readingOf(page);
    for (const mark of ['。', '，', ']', ':', '“', '_']) {
      const text = changed(NEW, (l) => l.replace(/(\d+\s+\d+\s+\d+)(\s+)/, `$1 ${mark}$2`));
      assert.deepEqual(readingOf(text), before, mark);
      assert.deepEqual(errors(text), [], mark);
    }
    // (Not after the row's seven: 「“ 12345 ”热线…」, a page's 「· 12 ·」 are no cells — read so, the row had eight, found by the
    // review of the first version.)
    for (const after of [' “ 12345 ”热线转来的申请已计入上表。', '          · 12 ·']) {
      const text = changed(NEW, (l) => l + after);
      assert.deepEqual(readingOf(text).applications, before.applications, after);
      assert.deepEqual(errors(text), [], after);
    }
  });

  it('（七）总计 with a bracket lost or a character misread (「(七总计」「七)总计」「(七) 总汁」「(七) 忌计」): the total row by its place, its wording said (the row was lost with its figures: a review of tesseract\'s text)', () => {
    const before = readingOf(page);
    for (const written of ['(七总计', '七)总计', '(七) 总汁', '(七) 忌计']) {
      const text = page.replace('（七）总计', written);
      assert.notEqual(text, page);
      const { applications, codes: found } = readingOf(text);
      assert.deepEqual(applications, before.applications, written);
      assert.deepEqual(errors(text), [], written);
      assert.deepEqual(found.filter((c) => !before.codes.includes(c)), ['label-drift'], written);
    }
    // (Other words numbered （七） are no total: 「(七) 其他情况」.)
    assert.ok(errors(page.replace('（七）总计', '(七) 其他情况')).some((e) => e.startsWith('table-shape')));
  });

  it('table 二\'s column header damaged (「制作数量 |公开数量 双外公开总数量」): the form whose columns its words are left of, 2019\'s, not 2021\'s by default (a 2019 report\'s figures were exported under 2021\'s columns: a review of tesseract\'s text)', () => {
    const report = (header: string) => `某局2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n${header}\n规章 13 13 524\n规范性文件 60 60 368\n`;
    const variant = (header: string) => firstTable(analyse(report(header)).model, 'active').variant;
    assert.equal(variant('信息内容 制作数量 |公开数量 双外公开总数量'), '2019');
    assert.equal(variant('言息内容 本年新制作数 本年新公开数 寺外公开总数量'), '2019');
    assert.equal(variant('信息内容 本年新制作数量 本年新公开数量 对外公开总数量'), '2019');
    // (2021's, whole or damaged, and no header at all: 2021's as before.)
    assert.equal(variant('信息内容 本年制发件数 本年废止件数 现行有效件数'), '2021');
    assert.equal(variant('信息内容 制发件数 |废止件数 现行有效件致'), '2021');
    assert.equal(variant('信息内容'), '2021');
  });

  it('a table 二 row\'s words one character off (「规范性文仵」「行政许叫」「行政处刑」): the block\'s row, said (the rows were lost with their figures: a review of tesseract\'s text)', () => {
    const seed = fixture('003_054de3fe172792eb.txt');
    const before = readingOf(seed);
    let text = seed;
    for (const [from, to] of [['规范性文件\t', '规范性文仵\t'], ['行政许可\t', '行政许叫\t'], ['行政处罚\t', '行政处刑\t']]) {
      assert.ok(text.includes(from), from);
      text = text.replace(from, to);
    }
    const after = readingOf(text);
    assert.deepEqual(after.active, before.active);
    assert.deepEqual(errors(text), errors(seed));
    const said = analyse(text).findings.filter((f) => f.code === 'label-drift').map((f) => render(f.message));
    assert.deepEqual(said, ['行名「规范性文仵」与规定格式的「规范性文件」只差一个字，按「规范性文件」读取', '行名「行政许叫」与规定格式的「行政许可」只差一个字，按「行政许可」读取', '行名「行政处刑」与规定格式的「行政处罚」只差一个字，按「行政处罚」读取']);
    // (Nor a row of other words beside the block's own row — 「行政处分」 under 「行政处罚」, a word of its own: nothing said,
    // the row's figure its own — found by the review of the first version.)
    const pipe = fixture('000_47da689f533ce874.txt');
    const beside = pipe.replace(/(\n行政处罚 \|[^\n]*\n)/, '$1行政处分 | 3 | ||\n');
    assert.notEqual(beside, pipe);
    assert.deepEqual(readingOf(beside).active, readingOf(pipe).active);
    assert.deepEqual(codes(analyse(beside).findings), codes(analyse(pipe).findings));
    // (Not where two rows of the block are one character off: 「行政处制」 is 行政处罚 or 行政强制.)
    assert.ok(errors(seed.replace('行政处罚\t', '行政处制\t')).some((e) => e.startsWith('table-shape')));
  });

  it('a character of table 四\'s header misread (尚末审结, 结果维特, 结果纠止, 复议后超诉, 总汁), or 其它结果 as some write it: the table reads as before (its fifteen figures were lost, 「表头后没有数字」)', () => {
    for (const name of ['pdf/gwh_2022.page.layout.txt', 'archive/hzs_2025.txt', 'archive/lyy_2021.txt']) {
      const text = fixture(name);
      const reading = (t: string) => {
        const { model, findings } = analyse(t);
        return { review: reviewFigures(firstTable(model, 'review')), codes: codes(findings).sort() };
      };
      const expected = reading(text);
      const at = text.indexOf('四、政府信息公开行政复议');
      assert.ok(at > 0);
      for (const [from, to] of [['尚未', '尚末'], ['维', '维'], ['结果维持', '结果维特'], ['结果纠正', '结果纠止'], ['复议后起诉', '复议后超诉'], ['其他', '其它'], ['其他结果', '其它结果'], ['总计', '总汁']]) {
        const i = text.indexOf(from, at);
        if (i < 0 || from === to) continue;
        const misread = text.slice(0, i) + to + text.slice(i + from.length);
        assert.deepEqual(reading(misread), expected, `${name}: ${to}`);
      }
    }
  });
});

describe('a figure typed with a stray point or 、 (「| 1. |」)', () => {
  it('is one invalid cell of its row, the row\'s other figures read (the row was 「一个也没有读到」: a review of a writer\'s session)', () => {
    const text = fixture('003_054de3fe172792eb.txt');
    const m = /([（(]一[）)]\s*予以公开\t)(\d+)/.exec(text)!;
    assert.ok(m, 'the row');
    for (const mark of ['.', '、']) {
      const typed = text.slice(0, m.index + m[1].length) + m[2] + mark + text.slice(m.index + m[0].length);
      const r = analyse(typed);
      const open = firstTable(r.model, 'applications').rows.find((x) => x.id === 'open')!;
      assert.equal(open.cells[0].kind, 'invalid', mark);
      assert.deepEqual(open.cells.slice(1).map((c) => c.kind === 'number' || c.kind === 'none' || c.kind === 'blank'), [true, true, true, true, true, true], mark);
      assert.ok(r.findings.some((f) => f.code === 'cell-invalid' && render(f.message, 'zh-cn').includes(`「${m[2]}${mark}」不是数字`)), r.findings.map((f) => render(f.message, 'zh-cn')).join('\n'));
      assert.ok(!r.findings.some((f) => f.code === 'table-shape'), mark);
    }
  });
});
