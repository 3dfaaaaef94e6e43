/**
 * Honest reading of glued pages (property): random balanced reports are written the way a page's
 * text extraction leaves them — labels and figures run together, some figures separated by a space
 * and some not — and read back. Every figure the reader gives is the true one; a figure it cannot
 * determine is left undetermined, never guessed; and since the true tables add up, no arithmetic
 * error and no table-shape is reported.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse, firstTable } from '../helpers';
import { APP_LABELS } from '../layouts';

const ARITHMETIC = ['row-total', 'column-total', 'balance', 'review-total', 'table-shape'];
const REVIEW_HEADER = '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计';

/** A small count, as figures in reports are: mostly 0, often one digit, sometimes two or three. */
const count = fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 9 }) }, { weight: 2, arbitrary: fc.integer({ min: 10, max: 99 }) }, { weight: 1, arbitrary: fc.integer({ min: 100, max: 999 }) });
const six = fc.array(count, { minLength: 6, maxLength: 6 });
const ITEMS = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22]; // indices in APP_LABELS of the 21 items

interface Truth {
  app: number[][];
  review: number[];
}

const truthArb = fc.record({ items: fc.array(six, { minLength: 21, maxLength: 21 }), carryNext: six, carriedShare: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }), review: fc.array(fc.array(count, { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }) }).map(({ items, carryNext, carriedShare, review }): Truth => {
  const withTotal = (xs: number[]) => [...xs, xs.reduce((a, b) => a + b, 0)];
  const app: number[][] = APP_LABELS.map(() => [0, 0, 0, 0, 0, 0, 0]);
  ITEMS.forEach((row, k) => (app[row] = withTotal(items[k])));
  const total = [0, 1, 2, 3, 4, 5].map((c) => ITEMS.reduce((s, r) => s + app[r][c], 0));
  app[23] = withTotal(total);
  app[24] = withTotal(carryNext);
  // 一 + 二 = （七） + 四 in every column.
  const handled = total.map((t, c) => t + carryNext[c]);
  const carried = handled.map((h, c) => Math.floor(h * carriedShare[c] * 0.3));
  app[1] = withTotal(carried);
  app[0] = withTotal(handled.map((h, c) => h - carried[c]));
  return { app, review: review.flatMap(withTotal) };
});

/** The figures of a row as a page may run them together: `gaps[i]` puts a space after figure i. */
function run(values: number[], gaps: boolean[]): string {
  return values.map((v, i) => String(v) + (i < values.length - 1 && gaps[i % gaps.length] ? ' ' : '')).join('');
}

function page(t: Truth, gaps: boolean[]): string {
  const rows = APP_LABELS.map(([group, label], i) => group + label + run(t.app[i], gaps.slice(i % 3))).join('');
  return (
    '某某市某某局2023年政府信息公开工作年度报告 本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。一、总体情况本年工作概况。' +
    '二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件135第二十条第（五）项信息内容本年处理决定数量行政许可1432第二十条第（六）项信息内容本年处理决定数量行政处罚20行政强制0第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费4816.34' +
    '三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他' +
    rows +
    '四、政府信息公开行政复议、行政诉讼情况' + REVIEW_HEADER + run(t.review, gaps) +
    '五、存在的主要问题及改进情况公开的及时性有待提高。六、其他需要报告的事项本年度未收取信息处理费。'
  );
}

describe('glued pages are read honestly (property)', function () {
  this.timeout(120000);
  it('every figure read is the true one, the rest undetermined; no false arithmetic error or table-shape', () => {
    let determined = 0;
    let total = 0;
    fc.assert(
      fc.property(truthArb, fc.array(fc.boolean(), { minLength: 3, maxLength: 7 }), (truth, gaps) => {
        const text = page(truth, gaps);
        const { model, findings } = analyse(text);
        assert.deepEqual(findings.filter((f) => ARITHMETIC.includes(f.code)), [], text);
        const t3 = firstTable(model, 'applications');
        assert.equal(t3.rows.length, 25);
        t3.rows.forEach((r, i) =>
          r.cells.forEach((c, j) => {
            total++;
            if (c.kind === 'unknown') return;
            determined++;
            assert.equal(c.value, truth.app[i][j], `${r.id}[${j}] in ${text}`);
            assert.equal(text.slice(c.span.start, c.span.end), String(truth.app[i][j]));
          }),
        );
        const review = firstTable(model, 'review');
        review.cells.forEach((c, j) => {
          if (c.kind !== 'unknown') assert.equal(c.value, truth.review[j], `review[${j}] in ${text}`);
        });
      }),
      { numRuns: 300 },
    );
    // Most figures are determined: the rules settle the common cases.
    assert.ok(determined / total > 0.8, `${determined} of ${total} determined`);
  });
});
