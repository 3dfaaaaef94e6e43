/**
 * Lines as an OCR (tesseract) reads a table from a PDF's page images, put into a report's text whose figures are known
 * (test/fixtures/generated/qingtian.pdftotext-layout.txt, read without a finding): the figures are all there, right, and
 * must be read — a review of tesseract's text found each of these rows dropped whole.
 */
import assert from 'node:assert/strict';
import { activeFigures, analyse, appFigures, firstTable, fixture, withLine } from '../../../helpers';
import { tokenize } from '../../../../server/src/analysis/reader/tokens/tokenize';

const base = fixture('generated/qingtian.pdftotext-layout.txt');
const codes = (text: string) => analyse(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.code);
const apps = (text: string) => appFigures(firstTable(analyse(text).model, 'applications'));

describe('reader: a table’s lines as an OCR reads them', () => {
  const want = apps(base);

  it('the base text reads without a finding', () => {
    assert.deepEqual(codes(base), []);
    assert.deepEqual(want['w4'], [0, 2, 0, 0, 0, 3, 5]);
  });

  it('a rule read as a mark glued to a figure (「{5」「「599」「0)」「/18」「(75」) is no word: the row is read whole', () => {
    let text = base;
    text = withLine(text, '4.保护第三方合法权益', '0    2   0   0   0     3 {5');
    text = withLine(text, '3.要求提供公开出版物', '590 0      5     0   4     0 「599');
    text = withLine(text, '7.属于行政执法案卷', '9    0)     0)     0)   0     78 87');
    text = withLine(text, '四、结转下年度继续办理', '11    0      0    0     7       0 /18');
    text = withLine(text, '（一）予以公开', '4 0       (0   0   71    0 (75');
    assert.deepEqual(apps(text), want);
    assert.deepEqual(codes(text), []);
  });

  it('such a mark glued on both sides is a date’s or a fraction’s, and stays words', () => {
    const kinds = (s: string) => tokenize(s).map((t) => `${t.kind}:${t.raw}`);
    assert.deepEqual(kinds('2023/12/31'), ['value:2023', 'text:/', 'value:12', 'text:/', 'value:31']);
    assert.deepEqual(kinds('第3(4'), ['text:第', 'value:3', 'text:(', 'value:4']);
    // (Glued to one side, between figures: the rule.)
    assert.deepEqual(kinds('数量 2 3 {4'), ['text:数量', 'value:2', 'value:3', 'value:4']);
    assert.deepEqual(kinds('数量 2 3) 4'), ['text:数量', 'value:2', 'value:3', 'value:4']);
    // (A page's number under a row, 「3 /3」: two figures and a mark, no rule among a row's.)
    assert.deepEqual(kinds('3 /3'), ['value:3', 'text:/', 'value:3']);
    // (Closing a figure of a sentence, not among a row's figures: words.)
    assert.deepEqual(kinds('（办结5）\n1 2 3'), ['text:（办结', 'value:5', 'text:）', 'value:1', 'value:2', 'value:3']);
  });

  it('rules read as 「|」 only here and there: the figures apart by spaces between them are cells, each', () => {
    let text = withLine(base, '（七）总计', '1514 |10    5     5   326   143 |2003');
    assert.deepEqual(apps(text), want);
    // (Two figures in a cell too, on a line of a few such rules: 「58 |0    0 |0   0     9 |67」.)
    assert.deepEqual(apps(withLine(base, '1.本机关不掌握相关政府信息', '58 |0    0 |0   0     9 |67')), want);
    text = text.replace(/\n0   0   9   0   9 8    5    0    0    13 1   0    0    1    2\n/, '\n0   0   9   0   9 |8    5    0    0    13 |1   0    0    1    2\n');
    assert.match(text, /9 \|8 {4}5/);
    const review = firstTable(analyse(text).model, 'review');
    assert.deepEqual(review.kind === 'review' && review.cells.map((c) => c.value), [0, 0, 9, 0, 9, 8, 5, 0, 0, 13, 1, 0, 0, 1, 2]);
    assert.deepEqual(codes(text), []);
    // (A page's number 「3 /3」 under table 四's row is no figure of it.)
    const foot = base.replace(/(\n0   0   9   0   9 8    5    0    0    13 1   0    0    1    2\n)/, '$1   3 /3\n');
    assert.notEqual(foot, base);
    assert.deepEqual(codes(foot), []);
    // (A figure grouped in threes by a space is one figure, as before: 「1 514」, and a fee's 「1 137.2」.)
    assert.deepEqual(tokenize('行政事业性收费 | 1 137.2 |').filter((t) => t.kind === 'value').map((t) => t.cell?.value), [1137.2]);
    assert.deepEqual(apps(base.replace(/\n +（七）总计[^\n]*/, '\n（七）总计 | 1 514 | 10 | 5 | 5 | 326 | 143 | 2 003 |'))['total'], [1514, 10, 5, 5, 326, 143, 2003]);
  });

  it('block titles of table 二 garbled past reading (「第二十条第 A) 项」) are titles still: their rows read, no block said missing', () => {
    const text = base.replace('第二十条第（五）项', '第二十条第 A) 项').replace('第二十条第（六）项', '第二十条第 ON) 项').replace('第二十条第（八）项', '第二十条第 UO 项');
    const figures = activeFigures(firstTable(analyse(text).model, 'active'));
    assert.deepEqual([figures['b5.permit'], figures['b6.penalty'], figures['b6.coercion'], figures['b8.fee']], [[0], [0], [0], [1206.06047]]);
    assert.deepEqual(codes(text), []);
    // (Not a row of no block under such a title: a sentence after it stays a sentence.)
    const lost = base.replace('第二十条第（五）项', '第二十条第 A) 项').replace(/\n(\f?)行政许可 +0\n/, '\n$1');
    assert.notEqual(lost, base.replace('第二十条第（五）项', '第二十条第 A) 项'));
    assert.ok(codes(lost).includes('table-shape'));
  });

  it('a cell of letters an OCR reads for digits (「lo」「s21」) is said to be that, not the report’s words', async () => {
    const { render } = await import('../../../../server/src/i18n/render');
    const text = withLine(base, '4.保护第三方合法权益', '0    2   0   lo   0     3 5');
    const f = analyse(text).findings.find((x) => x.code === 'cell-invalid')!;
    assert.equal(render(f.message), '（三）4.保护第三方合法权益·社会公益组织 的内容「lo」不是数字，像是扫描识别（OCR）或录入时把数字写成了形近的字母：请对照原件核对');
    // (Words are words: 「不详」 is no digit misread.)
    const words = analyse(withLine(base, '4.保护第三方合法权益', '0    2   0   不详   0     3 5')).findings.find((x) => x.code === 'cell-invalid');
    assert.ok(!words || words.message.key !== 'cell-invalid.misread');
  });
});
