/**
 * A row a cell a line whose blank cells, if any, are empty lines only before its first figure and after its last: those
 * lines may as well part the text's blocks. mutool's text of a PDF drops blank cells and ends each block with an empty
 * line (a header of blocks: 「结果维」 / 「持」 / 「」 / 「结果纠」 …); read as cells, the first empty line was 结果维持 blank and
 * every figure after it a column off, with false review-totals said (found by a review of generated reports).
 */
import assert from 'node:assert/strict';
import { newReport } from '../../../server/src/create/newReport';
import { analyse, firstTable, reviewFigures } from '../../helpers';

/** The template's table 四 replaced by a header and figures a line each (`blocks`: the header's cells apart by empty lines, as mutool writes them). */
function review(figures: number[], blocks: boolean, lead = '\n', trail = '\n\n'): string {
  const text = newReport({ agency: '测试县财政局', year: 2023 });
  const start = text.indexOf('四、政府信息公开行政复议');
  const end = text.indexOf('五、存在的主要问题');
  const group = blocks ? '结果维\n持\n\n结果纠\n正\n\n其他结\n果\n\n尚未审\n结\n\n总\n计' : '结果维持\n结果纠正\n其他结果\n尚未审结\n总计';
  const sep = blocks ? '\n\n' : '\n';
  const header = ['行政复议', '行政诉讼', group, '未经复议直接起诉', '复议后起诉', group, group].join(sep);
  return text.slice(0, text.indexOf('\n', start) + 1) + header + lead + '\n' + figures.join('\n') + trail + text.slice(end);
}
/** The truth less the cells at `blanks`. */
const without = (truth: number[], blanks: number[]) => truth.filter((_, k) => !blanks.includes(k));
const TRUTH = [2, 1, 0, 0, 3, 0, 4, 0, 1, 5, 1, 0, 0, 0, 1];
const errors = (text: string) => analyse(text).findings.filter((f) => f.severity === 'error').map((f) => f.code);

describe('blank cells at a row\'s edges, a cell a line (mutool\'s text of a PDF)', () => {
  it('fifteen figures under a header of blocks read as they stand', () => {
    const text = review(TRUTH, true);
    assert.deepEqual(reviewFigures(firstTable(analyse(text).model, 'review')), TRUTH);
    assert.deepEqual(errors(text), []);
  });

  it('fourteen under a header of blocks: where the blank was is not known — table-shape, no figure read, no false sum', () => {
    for (const blank of [0, 3, 8, 14]) {
      const text = review(without(TRUTH, [blank]), true);
      const t = firstTable(analyse(text).model, 'review');
      assert.deepEqual(errors(text), ['table-shape'], String(blank));
      assert.equal(t.found, 14);
      assert.ok(!t.cells.some((c) => c.kind === 'blank'), `no blank cell made of an empty line (${blank})`);
    }
  });

  it('a header a line each, an empty line before the figures and after them: the blank goes where the groups add up, if one way does', () => {
    // Blank 总计 of 复议后起诉 (the last cell), its outcomes 0: only the trailing empty line as the blank makes every group add up.
    const quiet = [2, 1, 0, 0, 3, 0, 4, 0, 1, 5, 0, 0, 0, 0, 0];
    const last = review(without(quiet, [14]), false);
    const t = firstTable(analyse(last).model, 'review');
    assert.equal(t.cells[14].kind, 'blank');
    assert.deepEqual(reviewFigures(t).slice(0, 14), quiet.slice(0, 14));
    assert.deepEqual(errors(last), []);
    // 尚未审结 of 未经复议直接起诉 blank: no way at the edges adds up — not read, and no review-total said of a guess.
    const inside = review(without(TRUTH, [8]), false);
    assert.deepEqual(errors(inside), ['table-shape']);
  });
});
