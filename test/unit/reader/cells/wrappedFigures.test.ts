/**
 * Figures a narrow cell wrapped onto the next line, in text laid out with spaces: pdftotext -layout of a PDF whose
 * table 三 has narrow columns and full-width digits (a generated report a review made; its figures known). Each rest
 * stands under the figure it ends, a column or two off; it is joined only where the row then adds up, in one way.
 */
import assert from 'node:assert/strict';
import { analyse, appFigures, firstTable, fixture } from '../../../helpers';
import { tokenize } from '../../../../server/src/analysis/reader/tokens/tokenize';
import { joinLoneRest, joinWrappedFigures } from '../../../../server/src/analysis/reader/tables/wrapped/wrappedFigures';
import { newReport } from '../../../../server/src/create/newReport';
import { toCell } from '../../../../server/src/analysis/reader/tables/fitRow';
import { addsUp } from '../../../../server/src/analysis/reader/tables/lostBlanks';

/** The published figures of the generated report (its truth). */
const TRUTH: Record<string, number[]> = {
  new: [137, 356, 417, 16, 1, 112, 1039],
  w1: [7, 70, 58, 0, 0, 3, 138],
  w7: [0, 9, 67, 5, 0, 53, 134],
  u3: [0, 55, 80, 0, 0, 0, 135],
  o1: [8, 94, 15, 5, 0, 17, 139],
  total: [137, 332, 421, 18, 1, 112, 1021],
};

const values = (text: string) => tokenize(text).filter((t) => t.kind === 'value');
const adds = (row: readonly { cell?: unknown }[]) => addsUp((row as Parameters<typeof toCell>[0][]).map(toCell));

describe('figures a narrow cell wrapped onto the next line (pdftotext -layout)', () => {
  it('a generated report: every wrapped figure is joined to the one it ends, and nothing is said wrong', () => {
    // Before: 「一、本年新收」 had twelve figures (table-shape), and four 总计 of 13 were said wrong (138, 134, 135, 139).
    const text = fixture('generated/tonglu.pdftotext-layout-wrapped-figures.txt');
    const { model, findings } = analyse(text);
    const figures = appFigures(firstTable(model, 'applications'));
    for (const [id, want] of Object.entries(TRUTH)) assert.deepEqual(figures[id], want, id);
    assert.deepEqual(findings.filter((f) => f.severity !== 'information').map((f) => f.code), []);
    // A joined figure's place is its first piece (「１３」 of 「１３」 over 「８」), as a grid's wrapped figure's.
    const w1 = firstTable(model, 'applications').rows.find((r) => r.id === 'w1')!.cells[6];
    assert.equal(text.slice(w1.span.start, w1.span.end), '１３');
    assert.equal(w1.split, true);
  });

  it('joins only where the row then adds up, in one way; never after a lone zero; never a row that adds up already', () => {
    const join = (text: string) => joinWrappedFigures(values(text), 7, text, adds)?.map((t) => t.raw);
    const under = (row: string, rests: [number, string][]) => {
      let line = '';
      for (const [col, d] of rests) line = line.padEnd(col) + d;
      return `${row}\n${line}\n`;
    };
    // 「3」 and 「13」 both near the 8: only 13|8 adds up (7+70+58+0+0+3 = 138).
    assert.deepEqual(join(under('1.属于国家秘密  7 70 58 0 0 3 13', [[24, '8']])), ['7', '70', '58', '0', '0', '3', '138']);
    // No way adds up: nothing joined (the row keeps a figure too many: table-shape).
    assert.equal(join(under('1.属于国家秘密  7 70 58 0 0 3 13', [[24, '9']])), undefined);
    const wide = '1.属于国家秘密  1    0    0    0    0    0    ';
    // A row that adds up as it stands (1 … 1): figures under it are another row's, though 10 … 10 would add up too.
    assert.equal(join(under(wide + '1', [[10, '0'], [40, '0']])), undefined);
    // Under a lone 0 only: no figure opens with a zero (1 + 02 = 3 would add up).
    assert.equal(join(under(wide + '3', [[15, '2']])), undefined);
    // Two ways that add up (11|1 or 1|11, the 1 near both): not joined.
    assert.equal(join(under('1.属于国家秘密  1 1 0 0 0 0 12', [[11, '1']])), undefined);
  });

  it('mutool\'s text, no columns: a lone figure after a row\'s last, on a line of its own, is one figure\'s rest where the row then adds up (848 wrapped as 「84」 / 「8」)', () => {
    // A report made by `new`, its row 一 as mutool gives a PDF's narrow cells, 四 written so that the table balances.
    let text = newReport({ agency: '测试县财政局', year: 2023 });
    const lines = text.split('\n');
    const at = (label: string) => lines.findIndex((l) => l.startsWith(`| ${label}`));
    lines[at('四、结转下年度')] = '| 四、结转下年度继续办理 | 273 | 6 | 217 | 261 | 0 | 91 | 848 |';
    lines[at('一、本年新收')] = '一、本年新收政府信息公开申请数量\n 273 \n 6 \n 217  261 \n 0 \n 91  84\n\n8 \n';
    text = lines.join('\n');
    const { model, findings } = analyse(text);
    assert.deepEqual(appFigures(firstTable(model, 'applications')).new, [273, 6, 217, 261, 0, 91, 848]);
    assert.deepEqual(findings.filter((f) => f.severity === 'error'), []);
    // Before: 84, a false row-total and balance — the 8 dropped as a page's number.
    const row = ' 273 \n 6 \n 217  261 \n 0 \n 91  84\n\n';
    const join = (rest: string) => joinLoneRest(values(row + rest), 7, row + rest, adds)?.map((t) => t.raw);
    assert.deepEqual(join('8 \n'), ['273', '6', '217', '261', '0', '91', '848']);
    // A page's number, which makes nothing add up: not joined (fitRow then drops it as before).
    assert.equal(join('5 \n'), undefined);
    // Beside words on its line: no lone rest.
    assert.equal(join('第 8 页\n'), undefined);
    // Two ways that add up (1 1 0 0 0 0 12 and a 1: 11|1 or 1|11): not joined.
    const two = ' 1 \n 1  0 \n 0  0 \n 0 \n 12\n\n1\n';
    assert.equal(joinLoneRest(values(two), 7, two, adds), undefined);
  });

  it('no join where a page\'s number or the next row\'s figures may stand there (found by a review that tried to fool it)', () => {
    // (The row's figures and those on the lines after it, as fitRow is given them: not the next row's.)
    const join = (text: string) => joinWrappedFigures(values(text).filter((t) => t.line <= 2 && !/其他法律/.test(text.split('\n')[t.line])), 7, text, adds)?.map((t) => t.raw);
    const row = '1.属于国家秘密  5 8 0 0 0 0 1';
    // 「3」 under the 1 makes 13 = 5 + 8: joined on the next line…
    assert.deepEqual(join(`${row}\n${' '.repeat(24)}3\n2.其他法律行政法规禁止公开 0 0 0 0 0 0 0\n`), ['5', '8', '0', '0', '0', '0', '13']);
    // …not after an empty line (a page's foot), nor beside a page break, nor over a label with no figures of its own
    // (its figures are those, above it).
    assert.equal(join(`${row}\n\n${' '.repeat(24)}3\n`), undefined);
    assert.equal(join(`${row}\n${' '.repeat(24)}3\n\f2.其他法律行政法规禁止公开 0 0 0 0 0 0 0\n`), undefined);
    assert.equal(join(`${row}\n${' '.repeat(24)}3\n2.其他法律行政法规禁止公开\n`), undefined);
    // mutool: a lone figure is the total's rest only — 1 2 0 0 0 0 14 and a page's 「2」: 12 would add up, never read.
    const lone = ' 1 \n 2 \n 0  0 \n 0 \n 0  14\n\n2\n';
    assert.equal(joinLoneRest(values(lone), 7, lone, adds), undefined);
    assert.equal(joinLoneRest(values(lone.replace('\n\n2\n', '\n\f2\n')), 7, lone.replace('\n\n2\n', '\n\f2\n'), adds), undefined);
  });
});
