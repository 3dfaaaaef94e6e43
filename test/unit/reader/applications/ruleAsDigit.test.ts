/**
 * A ruled table 三 as an OCR (tesseract) reads it: the rule before a row's total, touching its figure, comes out as a
 * digit glued on (「0 2 0 0 0 3 15」 for a total of 5). In a table whose text shows such an OCR — another row's total with
 * the rule still before it, 「0 78 |87」 — that total is left undetermined and table-ambiguous names both readings; in a
 * typed table it stays the report's row-total error. The report's text: test/fixtures/generated/qingtian.pdftotext-layout.txt,
 * whose figures are known (it reads without a finding), its lines rewritten as the OCR wrote them.
 */
import assert from 'node:assert/strict';
import { analyse, appFigures, firstTable, fixture, withLine } from '../../../helpers';
import { applyEdits } from '../../../../server/src/fixes/edits';
import { exportRecord } from '../../../../server/src/analysis/views/exportRecord';
import { render } from '../../../../server/src/i18n/render';

const base = fixture('generated/qingtian.pdftotext-layout.txt');
const problems = (text: string) => analyse(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
const apps = (text: string) => appFigures(firstTable(analyse(text).model, 'applications'));

/** The OCR's sign: a rule left before another row's total. */
const ruled = withLine(base, '7.属于行政执法案卷', '9    0     0     0   0     78 |87');

describe('reader: a rule an OCR read as a digit before a row’s total', () => {
  it('the text with the rule left before a total reads as the report, without a finding', () => {
    assert.deepEqual(apps(ruled)['w7'], [9, 0, 0, 0, 0, 78, 87]);
    assert.deepEqual(problems(ruled).map((f) => f.code), []);
  });

  it('a total that is 「1」 and then its row’s sum is undetermined, both readings named, and a fix reads the sum', () => {
    const text = withLine(ruled, '4.保护第三方合法权益', '0    2   0   0   0     3 15');
    const found = problems(text);
    assert.deepEqual(found.map((f) => f.code), ['table-ambiguous']);
    const f = found[0];
    assert.equal(text.slice(f.span.start, f.span.end), '15');
    assert.match(render(f.message), /「（三）4\.保护第三方合法权益」的总计「15」无法确定.*去掉开头的「1」读作 5，则与本行各数之和相符/);
    assert.match(render(f.message, 'en'), /read as 5, without its leading “1”, it adds up/);
    // Not summed, nor exported as 15: undetermined.
    assert.deepEqual(apps(text)['w4'], [0, 2, 0, 0, 0, 3, '15']);
    const row = exportRecord('x.txt', analyse(text).model).tables.applications!.rows.find((r) => r.label.includes('保护第三方合法权益'))!;
    assert.deepEqual(row.values, [0, 2, 0, 0, 0, 3, null]);
    assert.equal(row.status?.[6], 'undetermined');
    // The fix writes the row's sum there, and the table reads without a finding.
    assert.equal(f.fixes?.length, 1);
    const fixed = applyEdits(text, f.fixes![0].edits);
    assert.equal(fixed, withLine(ruled, '4.保护第三方合法权益', '0    2   0   0   0     3 5'));
    assert.deepEqual(problems(fixed), []);
  });

  it('another digit for the rule (「45」 for 5) is read so too, as is a longer total (「175」 for 75)', () => {
    let text = withLine(ruled, '4.保护第三方合法权益', '0    2   0   0   0     3 45');
    text = withLine(text, '（一）予以公开', '4 0       0   0   71    0 175');
    const found = problems(text);
    assert.deepEqual(found.map((f) => f.code), ['table-ambiguous', 'table-ambiguous']);
    assert.match(render(found[1].message), /「45」.*去掉开头的「4」读作 5/);
  });

  it('without an OCR’s rule in the table, the same total is the report’s row-total error', () => {
    const text = withLine(base, '4.保护第三方合法权益', '0    2   0   0   0     3 15');
    assert.deepEqual(problems(text).map((f) => f.code), ['row-total']);
    assert.deepEqual(apps(text)['w4'], [0, 2, 0, 0, 0, 3, 15]);
  });

  it('a total that is a digit and then not its row’s sum stays a row-total error', () => {
    const text = withLine(ruled, '4.保护第三方合法权益', '0    2   0   0   0     3 16');
    assert.ok(problems(text).some((f) => f.code === 'row-total'));
    assert.ok(!problems(text).some((f) => f.code === 'table-ambiguous'));
  });

  it('a table whose cells are all cut by bars is no OCR’s: its total off by a leading 1 stays an error', () => {
    const text =
      '三、收到和处理政府信息公开申请情况\n' +
      '| 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 13 |\n' +
      '| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 |0\n';
    assert.ok(analyse(text).findings.some((f) => f.code === 'row-total'));
    assert.ok(!analyse(text).findings.some((f) => f.code === 'table-ambiguous'));
  });
});
