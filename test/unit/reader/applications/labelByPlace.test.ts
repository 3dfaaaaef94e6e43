/**
 * A table 三 item whose words name no row — a typo in its key, 「1.属于国家秘蜜」 — is read by its place:
 * numbered as the form's next row, its figures after it on its line (readApplications.ts byPlace). It
 * was dropped and reported missing, its figures lost from the export (found by a review).
 */
import assert from 'node:assert/strict';
import { render } from '../../../../server/src/i18n/render';
import { analyse, appFigures, firstTable, fixture, SEEDS } from '../../../helpers';
import { buildReport } from '../../../layouts';

const about = (text: string) =>
  analyse(text)
    .findings.filter((f) => f.code === 'label-drift' || f.code === 'table-shape' || f.code.endsWith('-total') || f.code === 'balance')
    .map((f) => [f.code, render(f.message)]);

describe('a table 三 row label with a typo, read by its place', () => {
  it('with a note in brackets after it (「1.属于国家秘蜜(含工作秘密)」): read by its place as well (lost when a bracket OCR drops was first allowed for: found by the review of that version)', () => {
    const text = fixture(SEEDS.tabs);
    const typo = text.replace('属于国家秘密', '属于国家秘蜜(含工作秘密)');
    assert.notEqual(typo, text);
    const found = about(typo);
    assert.deepEqual(found.map((f) => f[0]), ['label-drift']);
    assert.deepEqual(appFigures(firstTable(analyse(typo).model, 'applications')), appFigures(firstTable(analyse(text).model, 'applications')));
  });

  for (const [name, seed] of [['pipe', SEEDS.pipe], ['tabs', SEEDS.tabs]] as const) {
    it(`${name}: 「国家秘蜜」 is （三）1., its figures read, one warning naming the form's label`, () => {
      const text = fixture(seed);
      const typo = text.replace('属于国家秘密', '属于国家秘蜜');
      assert.notEqual(typo, text);
      const found = about(typo);
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.equal(found[0][0], 'label-drift');
      assert.match(found[0][1], /^行名「1\. ?属于国家秘蜜」不是规定格式的行名，按位置读作「1\.属于国家秘密」$/);
      assert.deepEqual(appFigures(firstTable(analyse(typo).model, 'applications')), appFigures(firstTable(analyse(text).model, 'applications')));
    });
  }

  it('a row numbered （一）, its key cut short (「（一）予以公」, a character deleted): read by its place, as items are (found by a writer\'s review: 「缺少 1 行：（一）予以公开」 at the header, the row there with its figures)', () => {
    const text = fixture(SEEDS.pipe);
    const typo = text.replace('(一)予以公开 |', '(一)予以公 |');
    assert.notEqual(typo, text);
    const found = about(typo);
    assert.deepEqual(found.map(([code, m]) => `${code} ${m}`), ['label-drift 行名「(一)予以公」不是规定格式的行名，按位置读作「（一）予以公开」']);
    assert.deepEqual(appFigures(firstTable(analyse(typo).model, 'applications')), appFigures(firstTable(analyse(text).model, 'applications')));
  });

  it('（六）3.其他 worded otherwise (「3.其他处理」「3、其他处理」「3.其他情形」), after items 1 and 2: the item, not the 2019 form\u2019s （六）其他处理 (found by a review: 「缺少 1 行：（六）3.其他」)', () => {
    for (const layout of ['pipe', 'tabs', 'markdown', 'spaces'] as const) {
      const text = buildReport(layout);
      const figures = appFigures(firstTable(analyse(text).model, 'applications'));
      for (const label of ['3.其他处理', '3、其他处理', '3.其他情形']) {
        const variant = text.replace(/^(\| )?3\.其他(?= |\t)/m, (_m, pipe: string | undefined) => (pipe ?? '') + label);
        assert.notEqual(variant, text, `${layout} ${label}`);
        assert.deepEqual(appFigures(firstTable(analyse(variant).model, 'applications')), figures, `${layout} ${label}`);
        const found = about(variant);
        // (Its words 其他处理 are a key of the form's: no warning; 其他情形 none: read by its place, and said so.)
        assert.deepEqual(found.map(([code]) => code), label === '3.其他情形' ? ['label-drift'] : [], `${layout} ${label}: ${JSON.stringify(found)}`);
      }
    }
    // Not numbered 3. after the items, 「其他处理」 is still the 2019 form's group row.
    const form2019 = buildReport('pipe').replace(/^3\.其他 \|/m, '其他处理 |');
    assert.ok(Object.keys(appFigures(firstTable(analyse(form2019).model, 'applications'))).includes('other'));
  });

  it('in a row written apart by spaces after its group\u2019s label (「（三）不予公开 1.属于国家秘蜜 0 0 …」, 「三、本年度办理结果 （一）予以公 …」): read by its place, the group kept (it was 「缺少 1 行」)', () => {
    const text = buildReport('spaces');
    const figures = appFigures(firstTable(analyse(text).model, 'applications'));
    for (const [right, typo, form] of [['1.属于国家秘密', '1.属于国家秘蜜', '1.属于国家秘密'], ['（一）予以公开', '（一）予以公', '（一）予以公开']]) {
      const variant = text.replace(right, typo);
      assert.notEqual(variant, text);
      assert.deepEqual(about(variant).map(([code, m]) => `${code} ${m}`), [`label-drift 行名「${typo}」不是规定格式的行名，按位置读作「${form}」`]);
      assert.deepEqual(appFigures(firstTable(analyse(variant).model, 'applications')), figures, typo);
    }
  });

  it('in a row written a cell a line (「1.属于国家秘蜜」 alone on its line, its seven figures one a line under it; with 「 |」, bare, or a blank line between): read by its place (it was 「缺少 1 行」)', () => {
    const piped = buildReport('cellPerLine');
    // The same table as a PDF's text without -layout gives it: each cell on a line of its own, no marks.
    const bare = piped.replace(/ \|$/gm, '').replace(/^\|\|\|$/gm, '');
    for (const [name, text] of [['a cell a line', piped], ['bare', bare]] as const) {
      const figures = appFigures(firstTable(analyse(text).model, 'applications'));
      for (const [right, typo] of [['1.属于国家秘密', '1.属于国家秘蜜'], ['3.补正后申请内容仍不明确', '3.补正后申请内容仍不名确'], ['1.本机关不掌握相关政府信息', '1.本机关不掌我相关政府信息']]) {
        const variant = text.replace(right, typo);
        assert.notEqual(variant, text);
        assert.deepEqual(about(variant).map(([code, m]) => `${code} ${m}`), [`label-drift 行名「${typo}」不是规定格式的行名，按位置读作「${right}」`], `${name} ${typo}`);
        assert.deepEqual(appFigures(firstTable(analyse(variant).model, 'applications')), figures, `${name} ${typo}`);
      }
    }
    // Six figures under it, or an eighth: no row of the form's shape — missing, as before.
    const short = piped.replace(/(1\.属于国家秘密 \|\n)0 \|\n/, '$1').replace('1.属于国家秘密', '1.属于国家秘蜜');
    assert.ok(about(short).some(([code]) => code === 'table-shape'), JSON.stringify(about(short)));
  });

  it('not under another number, nor where its row was read already: the row is missing, as before', () => {
    const text = fixture(SEEDS.pipe);
    for (const wrong of ['2.属于国家秘蜜', '1.本机关不掌握相关政府信息 | 0']) {
      const typo = text.replace('1.属于国家秘密', wrong);
      assert.ok(about(typo).some(([code]) => code === 'table-shape'), wrong);
      assert.ok(!about(typo).some(([, m]) => m.includes('按位置')), wrong);
    }
  });
});

describe('table 三 rows under the words agencies give them (found by a review: 「缺少 1 行：一、本年新收」, the row\'s figures lost and its errors unsaid)', () => {
  for (const [name, seed] of [['pipe', SEEDS.pipe], ['tabs', SEEDS.tabs]] as const) {
    it(`${name}: row 一 as 本年度新收 / 新收 / 本年度收到 / 今年新收, and （七） as 小计 — read, no finding; a wrong figure there still an error`, () => {
      const text = fixture(seed);
      const figures = appFigures(firstTable(analyse(text).model, 'applications'));
      for (const label of ['一、本年度新收政府信息公开申请数量', '一、新收政府信息公开申请数量', '一、本年度收到政府信息公开申请数量', '一、今年新收政府信息公开申请数量', '一、本年度新收']) {
        const variant = text.replaceAll('一、本年新收政府信息公开申请数量', label);
        assert.notEqual(variant, text);
        assert.deepEqual(about(variant), [], label);
        assert.deepEqual(appFigures(firstTable(analyse(variant).model, 'applications')), figures, label);
      }
      const total = text.replace(/[(（]七[)）] ?总计/g, '（七）小计');
      assert.notEqual(total, text);
      assert.deepEqual(about(total), []);
      assert.deepEqual(appFigures(firstTable(analyse(total).model, 'applications')), figures);
      // Its figures are checked: row 一's total one more than its parts is row-total's.
      const wrong = text.replace(/(一、本年新收政府信息公开申请数量\s*\|?\s*(?:\S+\s*\|?\s*){6})(\d+)/, (_, a: string, n: string) => a + (Number(n) + 1)).replaceAll('一、本年新收政府信息公开申请数量', '一、本年度新收政府信息公开申请数量');
      assert.ok(about(wrong).some(([code, m]) => code === 'row-total' && /一、本年新收/.test(m)), JSON.stringify(about(wrong)));
    });
  }
  it('a bare 小计 is no total (a group\'s, as some tables add one)', () => {
    const text = fixture(SEEDS.pipe).replace(/\(七\)总计/g, '小计');
    assert.ok(about(text).some(([code, m]) => code === 'table-shape' && /（七）总计/.test(m)), JSON.stringify(about(text)));
  });
});
