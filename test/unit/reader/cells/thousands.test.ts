/**
 * A figure grouped in thousands by a full-width comma (「1，432」「１，４３２」), as a Chinese document writes it:
 * read as one figure in every layout — in rows whose cells are apart by spaces it ended at the comma, 1 read
 * for 1,432 and the rest dropped without a word (found by a review).
 */
import assert from 'node:assert/strict';
import { activeFigures, analyse, firstTable } from '../../../helpers';
import { buildReport, LAYOUTS } from '../../../layouts';

describe('thousands grouped by a full-width comma', () => {
  for (const layout of LAYOUTS) {
    for (const written of ['1，432', '１，４３２', '1,432']) {
      it(`${layout}: 「${written}」 is 1432`, () => {
        const base = buildReport(layout);
        assert.ok(base.includes('1,432'), layout);
        const text = base.split('1,432').join(written);
        const t = firstTable(analyse(text).model, 'active');
        assert.deepEqual(activeFigures(t)['b5.permit'], [1432]);
        const errors = (s: string) => analyse(s).findings.filter((f) => f.severity === 'error').map((f) => f.code);
        assert.deepEqual(errors(text), errors(base));
      });
    }
  }
});

describe('a figure grouped in thousands glued to the next row\'s list number (a PDF\'s text joining a row\'s end to the next label)', () => {
  const header = '三、收到和处理政府信息公开申请情况\n申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n';
  it('「…193 1,6932.其他法律…」: 1,693, and 「2.」 opens the next row (read as a certain 1, its total said wrong: found by a review of pdf.js\'s text)', () => {
    const text = `${header}（三）不予公开 1.属于国家秘密 1,500 0 0 0 0 193 1,6932.其他法律行政法规禁止公开 2,001 0 0 0 0 0 2,0013.危及“三安全一稳定” 0 0 0 0 0 0 0\n`;
    const { model, findings } = analyse(text);
    const rows = Object.fromEntries(firstTable(model, 'applications').rows.map((r) => [r.id, r.cells.map((c) => c.value)]));
    assert.deepEqual(rows.w1, [1500, 0, 0, 0, 0, 193, 1693]);
    assert.deepEqual(rows.w2, [2001, 0, 0, 0, 0, 0, 2001]);
    assert.deepEqual(rows.w3, [0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(findings.filter((f) => f.code === 'row-total'), []);
  });
});
