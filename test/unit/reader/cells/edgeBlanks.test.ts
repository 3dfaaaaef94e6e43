/**
 * A row a cell a line whose blank cells, if any, are empty lines only before its first figure and after its last: those
 * lines may as well part the text's blocks. mutool's text of a PDF drops blank cells and ends each block with an empty
 * line (a header of blocks: 「结果维」 / 「持」 / 「」 / 「结果纠」 …); read as cells, the first empty line was 结果维持 blank and
 * every figure after it a column off, with false review-totals said (found by a review of generated reports).
 */
import assert from 'node:assert/strict';
import { newReport } from '../../../../server/src/create/newReport';
import { analyse, firstTable, reviewFigures } from '../../../helpers';

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

  it('LibreOffice\'s text of a Word table (its header a cell a line, its merged cells a run of empty lines): a blank 结果维持 is a cell', () => {
    // A review saw this said short (table-shape) when the run of empty lines was taken for a header of blocks.
    const header = ['行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉', '', '', '', '', ''].join('\n') + '\n' + Array(2).fill('结果维持\n结果纠正\n其他结果\n尚未审结\n总计').join('\n');
    const writer = (figures: (number | '')[]) => {
      const text = newReport({ agency: '测试县财政局', year: 2023 });
      const start = text.indexOf('四、政府信息公开行政复议');
      return text.slice(0, text.indexOf('\n', start) + 1) + header + '\n' + figures.join('\n') + '\n\n\n' + text.slice(text.indexOf('五、存在的主要问题'));
    };
    const right = writer(['', 1, 0, 0, 1, ...Array(10).fill(0)]);
    const t = firstTable(analyse(right).model, 'review');
    assert.equal(t.cells[0].kind, 'blank');
    assert.deepEqual(reviewFigures(t).slice(1), [1, 0, 0, 1, ...Array(10).fill(0)]);
    assert.deepEqual(errors(right), []);
    // Its 总计 wrong: said so, as the text shows it.
    assert.deepEqual(errors(writer(['', 1, 0, 0, 2, ...Array(10).fill(0)])), ['review-total']);
  });

  it('table 三, its last row a cell a line under rows that are not (mutool): an empty line each side, the blank where the row adds up, else said short', () => {
    const base = newReport({ agency: '测试县财政局', year: 2023 });
    const row = (figures: number[]) => {
      const lines = base.split('\n');
      const at = lines.findIndex((l) => l.startsWith('| 四、结转下年度继续办理'));
      lines[at] = `四、结转下年度继续办理\n\n${figures.join('\n')}\n`;
      return lines.join('\n');
    };
    // 1 2 0 0 0 3: only a blank 自然人 makes it add up (the blank 总计 would leave 6 against nothing).
    const adds = firstTable(analyse(row([1, 2, 0, 0, 0, 3])).model, 'applications').rows.find((r) => r.id === 'carryNext')!;
    assert.deepEqual(adds.cells.map((c) => c.value ?? c.kind), ['blank', 1, 2, 0, 0, 0, 3]);
    // 1 2 0 0 0 4: no way adds up — where the blank stood is not known: table-shape, no row-total of a guess.
    const codes = errors(row([1, 2, 0, 0, 0, 4])).filter((c) => c !== 'column-total' && c !== 'balance');
    assert.deepEqual(codes, ['table-shape']);
  });
});
