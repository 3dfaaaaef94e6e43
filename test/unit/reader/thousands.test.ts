/**
 * A figure grouped in thousands by a full-width comma (「1，432」「１，４３２」), as a Chinese document writes it:
 * read as one figure in every layout — in rows whose cells are apart by spaces it ended at the comma, 1 read
 * for 1,432 and the rest dropped without a word (found by a review).
 */
import assert from 'node:assert/strict';
import { activeFigures, analyse, firstTable } from '../../helpers';
import { buildReport, LAYOUTS } from '../../layouts';

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
