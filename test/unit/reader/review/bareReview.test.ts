/**
 * Table 四 without its header: section 四 holding only the row of fifteen figures, as a PDF-to-Markdown
 * converter leaves it when it drops a table's header rows (real Markdown from another parser's test
 * files: 「| 0 | 1 | 0 | 3 | 4 | 0 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 1 | 2 |」 under the heading). The form
 * fixes the columns' order: the row is read as the table, its group totals checked; nowhere else is
 * a line of fifteen figures table 四, nor a line with words on it.
 */
import assert from 'node:assert/strict';
import type { ReviewTable } from '../../../../server/src/analysis/types';
import { exportRecord } from '../../../../server/src/analysis/views/exportRecord';
import { rewriteTableEdit } from '../../../../server/src/analysis/write/rewriteTable';
import { applyEdits } from '../../../../server/src/fixes/edits';
import { convertEdits } from '../../../../server/src/convert/run';
import { DEFAULT_CONVERSION } from '../../../../server/src/settings';
import { allTables, analyse, fixture } from '../../../helpers';
import { render } from '../../../../server/src/i18n/render';
import { buildReport, sampleFigures, type Layout } from '../../../layouts';

const HEADING = '四、政府信息公开行政复议、行政诉讼情况';

/** The report in `layout` with section 四 holding `body` only. */
function withSection4(layout: Layout, body: (row: string) => string): string {
  const text = buildReport(layout);
  const start = text.indexOf(HEADING) + HEADING.length + 1;
  const end = text.indexOf('\n\n五、', start);
  // The table's row: its line with the most figures.
  const row = text.slice(start, end).split('\n').sort((a, b) => (b.match(/\d+/g)?.length ?? 0) - (a.match(/\d+/g)?.length ?? 0))[0];
  return text.slice(0, start) + body(row) + text.slice(end);
}
const reviews = (text: string) => allTables(analyse(text).model).filter((t): t is ReviewTable => t.kind === 'review');
const values = (t: ReviewTable) => t.cells.map((c) => (c.kind === 'number' ? c.value : c.kind));

describe('table 四 without its header', () => {
  const f = sampleFigures().review;
  for (const layout of ['pipe', 'markdown', 'tabs', 'spaces', 'box', 'grid'] as Layout[]) {
    it(`${layout}: the row alone under the heading is the table, its figures exported, a wrong group total found`, () => {
      const text = withSection4(layout, (row) => row);
      const { model, findings } = analyse(text);
      const [t, ...more] = reviews(text);
      assert.ok(t && !more.length, layout);
      assert.deepEqual(values(t), f, layout);
      assert.ok(!findings.some((x) => x.code === 'table-missing' || x.code === 'table-shape'), layout);
      assert.deepEqual(exportRecord('r.txt', model).tables.review!.values, f, layout);
      // 行政复议's total written 3 where its parts make 2.
      const wrong = withSection4(layout, (row) => row.replace(/^(\D*(?:\d+\D+){4})2/, '$13'));
      assert.ok(analyse(wrong).findings.some((x) => x.code === 'review-total'), layout);
    });
  }
  it('a sentence first, then the row: the row is the table', () => {
    const text = withSection4('pipe', (row) => `本年度发生行政复议2件、行政诉讼2件，具体如下：\n${row}`);
    assert.deepEqual(values(reviews(text)[0]), f);
  });
  it('no table where the section has figures in prose only, or a line of some other count of figures', () => {
    const prose = withSection4('pipe', () => '本年度发生行政复议 1 件，结果维持 1 件。');
    assert.deepEqual(reviews(prose), []);
    assert.ok(analyse(prose).findings.some((x) => x.code === 'table-missing'));
    assert.deepEqual(reviews(withSection4('pipe', () => '| 1 | 0 | 1 | 0 | 2 |')), []);
    assert.deepEqual(reviews(withSection4('pipe', (row) => `| 1 | 0 | 1 |\n${row}`)), []);
  });
  it('a figure a line under a header pdftotext scrambled (printed PDFs of three real reports): the fifteen in the form\'s order where that is certain — all alike, or each group adding up (found by a researcher\'s audit: 「读不出数字」)', () => {
    // (zrz 2023's, with a stray 「2.」 over its figures, as its page gives them — archive/zrz_2023.txt: 未经复议直接起诉 结果维持 1, 总计 1.)
    const zrz = [0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0];
    for (const [file, want] of [['pdf/nyn_2019.print.pdftotext.txt', Array(15).fill(0)], ['pdf/spp_2020.print-landscape.pdftotext.txt', Array(15).fill(0)], ['pdf/zrz_2023.print.pdftotext.txt', zrz]] as const) {
      const text = fixture(file);
      const [t] = reviews(text);
      assert.ok(t, file);
      assert.deepEqual(values(t), want, file);
      assert.ok(!analyse(text).findings.some((x) => (x.code === 'table-missing' || x.code === 'table-shape') && /表四|行政复议/.test(render(x.message))), file);
    }
    // The same lines, figures that could stand in another order (a group not adding up), or sixteen: no table.
    const zrzText = fixture('pdf/zrz_2023.print.pdftotext.txt');
    const at = zrzText.indexOf('\n1\n', zrzText.indexOf('四、政府信息公开行政复议'));
    assert.ok(at > 0);
    assert.deepEqual(reviews(zrzText.slice(0, at) + '\n2\n' + zrzText.slice(at + 3)), []);
    assert.deepEqual(reviews(zrzText.slice(0, at) + '\n1\n\n0\n' + zrzText.slice(at + 3)), []);
  });
  it('a line of fifteen figures in another section is no table 四', () => {
    const text = buildReport('pipe').replace('五、存在的主要问题及改进情况\n', `五、存在的主要问题及改进情况\n| ${f.join(' | ')} |\n`);
    assert.equal(reviews(text).length, 1);
  });
});

const toTraditional = (text: string) => applyEdits(text, convertEdits(text, 'traditional', DEFAULT_CONVERSION));

describe('formatting table 四 read without its header', () => {
  it('writes the form\'s header over the row, in the document\'s script; read again, the same figures under it', () => {
    const f = sampleFigures().review;
    for (const [text, script] of [[withSection4('pipe', (row) => row), 'simplified'], [toTraditional(withSection4('pipe', (row) => row)), 'traditional']] as const) {
      for (const style of ['pipe', 'markdown'] as const) {
        const t = reviews(text)[0];
        const edit = rewriteTableEdit(text, t, style)!;
        assert.ok(edit, style);
        assert.ok(edit.newText.includes(script === 'simplified' ? '未经复议直接起诉' : '直接起訴'), `${script} ${style}`);
        const after = applyEdits(text, [edit]);
        const [again] = reviews(after);
        assert.ok(again && !again.unheaded, `${script} ${style}`);
        assert.deepEqual(values(again), f, `${script} ${style}`);
      }
    }
  });
});
