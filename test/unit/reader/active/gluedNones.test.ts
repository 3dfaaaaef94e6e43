/**
 * 「无」 glued after a row's label of table 二 on a page that lost its cell boundaries (「行政事业性收费无三、…」,
 * 「规章无无无行政规范性文件…」) is the none its cell held: read as words, the row had no cell and was said missing, and
 * rows glued after it were lost in its words (found by a review of glued pages).
 */
import assert from 'node:assert/strict';
import { activeFigures, analyse, firstTable, fixture } from '../../../helpers';
import { render } from '../../../../server/src/i18n/render';
import { converter } from '../../../../server/src/convert/engine';

const page = fixture('glued/hzs_2023.txt');
const written = (t: string) =>
  t
    .replace('规章000行政规范性文件', '规章无无无行政规范性文件')
    .replace('行政许可3第二十条', '行政许可无第二十条')
    .replace('行政处罚0行政强制0', '行政处罚无行政强制无')
    .replace('行政事业性收费0三、', '行政事业性收费无三、');
const errors = (t: string) => analyse(t).findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${render(f.message)}`);
const statusOf = (t: string) => {
  const table = firstTable(analyse(t).model, 'active');
  return Object.fromEntries(table.blocks.flatMap((b) => b.rows.map((r) => [`${b.id}.${r.id}`, r.cells.map((c) => c.kind)])));
};

describe('a glued page whose table 二 writes 无 for a row', () => {
  it('each 无 after a row label is its cell, none; the rows glued after it are read; nothing is said missing', () => {
    const text = written(page);
    assert.notEqual(text, page);
    assert.deepEqual(errors(text), []);
    const kinds = statusOf(text);
    assert.deepEqual(kinds['b1.rules'], ['none', 'none', 'none']);
    assert.deepEqual(kinds['b5.permit'], ['none']);
    assert.deepEqual(kinds['b6.penalty'], ['none']);
    assert.deepEqual(kinds['b6.coercion'], ['none']);
    assert.deepEqual(kinds['b8.fee'], ['none']);
    // The other rows as on the page as published.
    const before = activeFigures(firstTable(analyse(page).model, 'active'));
    const after = activeFigures(firstTable(analyse(text).model, 'active'));
    assert.deepEqual(after['b1.normative'], before['b1.normative']);
  });

  it('in traditional script too', () => {
    const text = converter('cn', 't')(written(page));
    assert.match(text, /規章無無無/);
    assert.deepEqual(errors(text), []);
    assert.deepEqual(statusOf(text)['b8.fee'], ['none']);
  });

  it('无 and figures in one row (「规章无无0」): each its cell (the review of the first version saw the row said missing)', () => {
    const text = page.replace('规章000行政规范性文件', '规章无无0行政规范性文件');
    assert.deepEqual(errors(text), []);
    assert.deepEqual(statusOf(text)['b1.rules'], ['none', 'none', 'number']);
  });

  it('a row of 无 in tables 三 and 四 (「（一）予以公开无无无无无无无」, 「…尚未审结总计无无…无」): each its cell, none (table 三\'s row was said blank, table 四 unreadable)', () => {
    const text = page.replace('（一）予以公开0000000', '（一）予以公开无无无无无无无').replace('尚未审结总计100010000000101', '尚未审结总计' + '无'.repeat(15));
    assert.notEqual(text, page);
    const { model, findings } = analyse(text);
    assert.deepEqual(firstTable(model, 'applications').rows.find((r) => r.id === 'open')!.cells.map((c) => c.kind), Array(7).fill('none'));
    assert.deepEqual(firstTable(model, 'review').cells.map((c) => c.kind), Array(15).fill('none'));
    assert.deepEqual(findings.filter((f) => f.code === 'table-shape' || f.code === 'cell-blank').map((f) => render(f.message)), []);
  });

  it('not 无 in a sentence: 「行政许可无变化」 keeps its words', () => {
    const text = page.replace('行政许可3第二十条', '行政许可无变化第二十条');
    assert.ok(errors(text).some((e) => /行政许可/.test(e)), errors(text).join('\n'));
  });
});
