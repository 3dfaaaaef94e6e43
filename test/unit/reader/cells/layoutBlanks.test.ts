/**
 * Table 三 laid out by spaces whose blank cells were dropped: `pdftotext -layout` of a PDF whose table leaves a cell blank.
 * Where the table's full rows put their figures says which cells a short row's figures are (columnPlaces.ts); where no
 * row has all seven, the table is said once to have lost its blanks (finishTable.ts blanksDropped).
 */
import assert from 'node:assert/strict';
import { analyse, fixture } from '../../../helpers';
import { render } from '../../../../server/src/i18n/render';
import { exportRecord } from '../../../../server/src/analysis/views/exportRecord';
import { tokenize } from '../../../../server/src/analysis/reader/tokens/tokenize';

/** A generated report (its figures known) printed to PDF by LibreOffice, its text by `pdftotext -layout`: （二）部分公开's 自然人 blank. */
const FILE = 'generated/wuzhong.pdftotext-layout-blank-cell.txt';
const PARTIAL = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';

const rowValues = (text: string, label: string) => exportRecord('x', analyse(text).model).tables.applications!.rows.find((r) => r.label.startsWith(label))!.values;
const messages = (text: string) => analyse(text).findings.map((f) => `${f.code} ${render(f.message)}`);

describe('table 三 laid out by spaces, its blank cells dropped', () => {
  it('a short row is read by the columns its figures stand under: the blank is 自然人, the report’s two errors are found', () => {
    const text = fixture(FILE);
    // 「0    0   3   0     0 5」 under 商业企业 … 总计: before, 「只读到 6 个」 and the row's figures unchecked.
    assert.deepEqual(rowValues(text, '（二）部分公开'), [null, 0, 0, 3, 0, 0, 5]);
    const said = messages(text);
    assert.ok(!said.some((m) => m.startsWith('table-shape') && m.includes('部分公开')), said.join('\n'));
    assert.ok(said.some((m) => m.startsWith('cell-blank') && m.includes('（二）部分公开·自然人')), said.join('\n'));
    // The generator's deliberate errors: the row's 总计 5 for parts of 3, and 自然人's column total.
    assert.ok(said.some((m) => m.startsWith('row-total') && m.includes('（二）部分公开·总计 应为 3')), said.join('\n'));
    assert.ok(said.some((m) => m.startsWith('column-total') && m.includes('自然人')), said.join('\n'));
    // The full rows around it are read as before.
    assert.deepEqual(rowValues(text, '一、本年新收'), [1109, 112, 0, 3, 283, 8, 1515]);
  });

  it('figures that stand under no column of the rows around them are not placed: the row stays short, nothing is summed', () => {
    const text = fixture(FILE);
    const line = text.split('\n').find((l) => l.includes(PARTIAL))!;
    // The same figures a few columns off: between the columns of the rows above and below.
    const moved = text.replace(line, line.replace(/\s+0\s+0\s+3\s+0\s+0\s+5$/, '  0  0  3  0  0  5'));
    assert.notEqual(moved, text);
    const said = messages(moved);
    assert.ok(said.some((m) => m.startsWith('table-shape') && m.includes('部分公开') && m.includes('只读到 6 个')), said.join('\n'));
    assert.ok(!said.some((m) => m.startsWith('row-total') && m.includes('部分公开')), said.join('\n'));
    assert.deepEqual(rowValues(moved, '（二）部分公开'), [null, null, null, null, null, null, null]);
  });

  it('a table where no row has all seven (a real page’s PDF through Word) is said once to have lost its blanks, not at each row', () => {
    const { findings } = analyse(fixture('pdf/shgov_2019.word.layout.txt'));
    const shape = findings.filter((f) => f.code === 'table-shape').map((f) => ({ f, m: render(f.message) }));
    // (Before: 「「一、本年新收」行应有 7 个数，只读到 5 个」 and eighteen more, one a row.)
    assert.deepEqual(shape.filter((x) => /行应有 7 个数/.test(x.m)).map((x) => x.m), []);
    const lost = shape.filter((x) => /丢了空白格，\d+ 行的数字无法确定各在哪一格/.test(x.m));
    assert.equal(lost.length, 1, shape.map((x) => x.m).join('\n'));
    assert.ok(lost[0].f.related!.length >= 10);
  });

  it('two rows’ list numbers printed over each other (「4.5.保护第三方合法权益」) are no figure 4.5', () => {
    const text = fixture(FILE);
    const line = text.split('\n').find((l) => l.includes('4.保护第三方合法权益'))!;
    const overlapped = text.replace(line, '       （三）不予 4.5.保护第三方合法权益');
    // (Before: 4.5, a decimal count in 3.危及“三安全一稳定”'s cells — a false cell-invalid.)
    assert.ok(!messages(overlapped).some((m) => m.startsWith('cell-invalid')), messages(overlapped).join('\n'));
    assert.deepEqual(tokenize('（三）不予公开 4.5.保护第三方合法权益').filter((t) => t.kind === 'value'), []);
    // A decimal with its unit, or ending a sentence, is still one figure.
    assert.deepEqual(tokenize('收费 4.5 万元').filter((t) => t.kind === 'value').map((t) => t.raw), ['4.5']);
    assert.deepEqual(tokenize('行政事业性收费 137.2。').filter((t) => t.kind === 'value').map((t) => t.raw), ['137.2']);
  });
});
