/**
 * A zero written as a word (「〇」「○」「零」) alone in its cell is read as 0 and named by cell-invalid, whose fix
 * writes 0. Read as words, it ended table 二's and 四's rows: every figure after it was lost, with a false
 * table-shape error (found by a review).
 */
import assert from 'node:assert/strict';
import { activeFigures, analyse, appFigures, firstTable, fixture, reviewFigures, SEEDS } from '../../../helpers';
import { buildReport } from '../../../layouts';
import { fixAll } from '../../../../server/src/fixes/fixAll';
import { applyEdits } from '../../../../server/src/fixes/edits';
import { render } from '../../../../server/src/i18n/render';

const text = fixture(SEEDS.pipe);
const about = (t: string) => analyse(t).findings.filter((f) => f.code !== 'mixed-script');

describe('a zero written as a word in a cell', () => {
  for (const zero of ['〇', '○', '零']) {
    it(`「${zero}」 in tables 二, 三 and 四: read as 0, one warning a cell, the fix writes 0`, () => {
      // The first zero of 规章's row (table 二), of 二、上年结转's row (table 三) and of table 四's row.
      const lines = text.split('\n');
      const at = (re: RegExp) => lines.findIndex((l) => re.test(l));
      const rows = [at(/^规章 \|/), at(/^二、上年结转/), at(/^\d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \|/)];
      assert.ok(rows.every((r) => r >= 0), JSON.stringify(rows));
      for (const r of rows) lines[r] = lines[r].replace(/\| 0 \|/, `| ${zero} |`);
      const written = lines.join('\n');
      const base = analyse(text).model;
      const model = analyse(written).model;
      assert.deepEqual(activeFigures(firstTable(model, 'active')), activeFigures(firstTable(base, 'active')));
      assert.deepEqual(appFigures(firstTable(model, 'applications')), appFigures(firstTable(base, 'applications')));
      assert.deepEqual(reviewFigures(firstTable(model, 'review')), reviewFigures(firstTable(base, 'review')));
      const added = about(written).filter((f) => !about(text).some((g) => g.code === f.code && render(g.message) === render(f.message)));
      assert.equal(added.length, 3, added.map((f) => render(f.message)).join('\n'));
      for (const f of added) {
        assert.equal(f.code, 'cell-invalid');
        assert.equal(f.severity, 'warning');
        assert.match(render(f.message), new RegExp(`写作「${zero}」，读作 0`));
        assert.equal(written.slice(f.span.start, f.span.end), zero);
      }
      const fixed = added.reduceRight((t, f) => applyEdits(t, f.fixes![0].edits), written);
      assert.equal(fixed, text);
    });
  }

  it('in a table of full-width figures the fix writes 「０」, the table\'s own digit (found by a review: an ASCII 「0」 among 「１３８」s)', () => {
    const wide = text.replace(/(\| *)([0-9]+)(?= *\|)/g, (_, bar: string, d: string) => bar + d.replace(/[0-9]/g, (x) => String.fromCharCode(0xff10 + Number(x))));
    const row = wide.split('\n').find((l) => l.startsWith('二、上年结转'))!;
    const written = wide.replace(row, row.replace('| ０ |', '| 〇 |'));
    assert.notEqual(written, wide);
    const f = analyse(written).findings.filter((x) => x.code === 'cell-invalid');
    assert.equal(f.length, 1);
    assert.equal(applyEdits(written, f[0].fixes![0].edits), wide);
    // (And in a table of ASCII figures, 「0」, as before: the test above.)
  });

  it('「○」 as a list\'s bullet (「○\t下一步将…」, alone on its line) is no figure: no cell of the table above, and --fix leaves it (found by a review)', () => {
    for (const bullet of ['○\t下一步将加强培训。', '○\n下一步将加强培训。', '〇 | 下一步将加强培训。']) {
      const listed = text.replace(/^(五、存在的主要问题)/m, `${bullet}\n$1`);
      assert.notEqual(listed, text);
      assert.deepEqual(about(listed).map((f) => `${f.code} ${render(f.message)}`), about(text).map((f) => `${f.code} ${render(f.message)}`), bullet);
      assert.deepEqual(reviewFigures(firstTable(analyse(listed).model, 'review')), reviewFigures(firstTable(analyse(text).model, 'review')));
    }
  });

  it('「零」 in a label or in prose is words, as before', () => {
    const prose = text.replace('2023年,局政府信息公开工作', '2023年,零投诉,局政府信息公开工作');
    assert.deepEqual(about(prose).map((f) => f.code), about(text).map((f) => f.code));
  });

  it('「无」「〇」「零」 among a row\u2019s figures apart by spaces, and on lines of their own (a cell a line): read, the rows kept; many in a table are one warning whose fix writes them all (found by a review)', () => {
    const cellALine = buildReport('cellPerLine').replace(/ \|$/gm, '');
    for (const [name, plain] of [['spaces', buildReport('spaces')], ['a cell a line', cellALine]] as const) {
      const lines = plain.split('\n');
      const from = lines.findIndex((l) => /（一）予以公开/.test(l));
      const to = lines.findIndex((l) => /（七）总计/.test(l));
      assert.ok(from > 0 && to > from, name);
      const base = analyse(plain);
      for (const word of ['无', '〇', '零']) {
        const written = lines.map((l, i) => (i >= from && i < to ? l.replace(/(^|[ \t])0(?=$|[ \t])/g, `$1${word}`) : l)).join('\n');
        assert.notEqual(written, plain, `${name} ${word}`);
        const { model, findings } = analyse(written);
        const figures = appFigures(firstTable(model, 'applications'));
        assert.deepEqual(Object.keys(figures), Object.keys(appFigures(firstTable(base.model, 'applications'))), `${name} ${word}: every row read`);
        const added = findings.filter((f) => !base.findings.some((g) => g.code === f.code && render(g.message) === render(f.message)));
        if (word === '无') {
          assert.deepEqual(added.map((f) => render(f.message)), [], `${name} ${word}`);
          continue;
        }
        assert.deepEqual(appFigures(firstTable(model, 'applications')), appFigures(firstTable(base.model, 'applications')), `${name} ${word}`);
        assert.equal(added.length, 1, added.map((f) => render(f.message)).join('\n'));
        assert.match(render(added[0].message), new RegExp(`^本表 \\d+ 个数字写作「${word}」，读作 0：`));
        assert.ok(added[0].related!.length > 20);
        assert.equal(applyEdits(written, added[0].fixes![0].edits), plain, `${name} ${word}: the fix writes 0 in every one`);
        assert.equal(fixAll(written, {}).reduceRight((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), written), plain);
      }
    }
  });

  it('「无」 in a sentence apart by spaces, or glued to words, is words (「本年度 无 行政复议」)', () => {
    const prose = text.replace('2023年,局政府信息公开工作', '2023年,本年度 无 行政复议，无 诉讼 案件,局政府信息公开工作');
    assert.notEqual(prose, text);
    assert.deepEqual(about(prose).map((f) => f.code), about(text).map((f) => f.code));
  });
});

describe('none marks Word writes', () => {
  it('a hyphen (U+2010), a non-breaking hyphen (U+2011, Word\u2019s w:noBreakHyphen) and a figure dash (U+2012) alone in a cell are none marks, in every table and in a glued row (found by a review of Word files: 「规章」 was said to lack every figure)', () => {
    const codes = (t: string) => analyse(t).findings.filter((f) => f.severity !== 'information').map((f) => f.code);
    for (const mark of ['\u2010', '\u2011', '\u2012']) {
      for (const layout of ['pipe', 'tabs', 'spaces'] as const) {
        const plain = buildReport(layout);
        const dashed = buildReport(layout).replace(/^(规章\S*[ \t|]+)0([ \t|]+)0/m, `$1${mark}$2${mark}`);
        assert.notEqual(dashed, plain, layout);
        const rules = firstTable(analyse(dashed).model, 'active').blocks[0].rows.find((r) => r.id === 'rules')!;
        assert.deepEqual(rules.cells.slice(0, 2).map((c) => c.kind), ['none', 'none'], `${layout} U+${mark.charCodeAt(0).toString(16)}`);
        assert.deepEqual(codes(dashed), codes(plain), `${layout} U+${mark.charCodeAt(0).toString(16)}`);
      }
      const page = fixture('glued/hzs_2023.txt');
      const glued = page.replace('规章000', '规章' + mark.repeat(3));
      assert.notEqual(glued, page);
      const rules = firstTable(analyse(glued).model, 'active').blocks[0].rows.find((r) => r.id === 'rules')!;
      assert.deepEqual(rules.cells.map((c) => c.kind), ['none', 'none', 'none'], `glued U+${mark.charCodeAt(0).toString(16)}`);
      assert.deepEqual(codes(glued), codes(page), `glued U+${mark.charCodeAt(0).toString(16)}`);
    }
  });
});

describe('words that say a cell has nothing to count', () => {
  it('「不适用」「不涉及」「未收费」 alone in table 二\'s cell are none, as 「无」 is — not a row with no figure (a table-shape error: found by a review of townships\' reports)', () => {
    const row = text.split('\n').find((l) => /^行政事业性收费 \|/.test(l))!;
    assert.ok(row, 'the fee row');
    for (const word of ['不适用', '不涉及', '未收费', '无']) {
      const written = text.replace(row, row.replace(/\| [^|]+ \|/, `| ${word} |`));
      assert.notEqual(written, text, word);
      const { model, findings } = analyse(written);
      const fee = firstTable(model, 'active').blocks.flatMap((b) => b.rows).find((r) => r.id === 'fee')!;
      assert.deepEqual(fee.cells.map((c) => [c.kind, c.raw]), [['none', word]], word);
      assert.ok(!findings.some((f) => f.code === 'table-shape'), `${word}: ${findings.map((f) => f.code)}`);
    }
    // (「N/A」 stays words typed where a figure goes: cell-invalid, as a review decided for table 三.)
    // In a sentence they are words: 「本机关不适用收费」 is no cell.
    assert.equal(analyse('行政事业性收费 | 本机关不适用收费 |').model.sections.length, 0);
  });
});
