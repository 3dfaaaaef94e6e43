/**
 * A table 三 item whose words name no row — a typo in its key, 「1.属于国家秘蜜」 — is read by its place:
 * numbered as the form's next row, its figures after it on its line (readApplications.ts byPlace). It
 * was dropped and reported missing, its figures lost from the export (found by a review).
 */
import assert from 'node:assert/strict';
import { render } from '../../../server/src/i18n/render';
import { analyse, appFigures, firstTable, fixture, SEEDS } from '../../helpers';

const about = (text: string) =>
  analyse(text)
    .findings.filter((f) => f.code === 'label-drift' || f.code === 'table-shape' || f.code.endsWith('-total') || f.code === 'balance')
    .map((f) => [f.code, render(f.message)]);

describe('a table 三 row label with a typo, read by its place', () => {
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

  it('not under another number, nor where its row was read already: the row is missing, as before', () => {
    const text = fixture(SEEDS.pipe);
    for (const wrong of ['2.属于国家秘蜜', '1.本机关不掌握相关政府信息 | 0']) {
      const typo = text.replace('1.属于国家秘密', wrong);
      assert.ok(about(typo).some(([code]) => code === 'table-shape'), wrong);
      assert.ok(!about(typo).some(([, m]) => m.includes('按位置')), wrong);
    }
  });
});
