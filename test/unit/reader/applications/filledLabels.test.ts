/**
 * Table 三 whose merged label cells were unmerged and filled (a spreadsheet's 「取消合并并填充」, a converter
 * writing a spanning cell in each of its columns): a row's label stands two or three times on its line before
 * its figures. Read as one label — read as rows each, the rows lost their figures and were said twice (12
 * false errors, five rows exported blank: found by a review).
 */
import assert from 'node:assert/strict';
import { analyse, appFigures, firstTable } from '../../../helpers';
import { buildReport } from '../../../layouts';

/** Each table 三 row's label cell written `times` times over (its own and its merged neighbours'). */
function filled(layout: 'pipe' | 'tabs', times: number): string {
  const sep = layout === 'pipe' ? ' | ' : '\t';
  return buildReport(layout)
    .split('\n')
    .map((l) => {
      const cells = l.split(sep);
      if (cells.length < 8 || !/^(?:[一二三四]、|（[一二三四五六七]）|\d\.)/.test(cells[0])) return l;
      return [...Array(times).fill(cells[0]), ...cells.slice(1)].join(sep);
    })
    .join('\n');
}

describe('table 三 with its label cells filled', () => {
  for (const layout of ['pipe', 'tabs'] as const) {
    for (const times of [2, 3]) {
      it(`${layout}, each label ${times} times: the same figures, nothing said`, () => {
        const text = filled(layout, times);
        assert.match(text, /一、本年新收政府信息公开申请数量(?: \| |\t)一、本年新收政府信息公开申请数量/);
        const base = analyse(buildReport(layout));
        const got = analyse(text);
        assert.deepEqual(appFigures(firstTable(got.model, 'applications')), appFigures(firstTable(base.model, 'applications')));
        const said = (a: typeof got) => a.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.code);
        assert.deepEqual(said(got), said(base));
      });
    }
  }

  for (const pipes of [true, false]) {
    it(`a cell a line${pipes ? ' (「… |」)' : ''}, each row\u2019s label two or three times one under the other before its figures: the same figures, nothing said (found by a review)`, () => {
      const plain = pipes ? buildReport('cellPerLine') : buildReport('cellPerLine').replace(/ \|$/gm, '');
      const base = analyse(plain);
      const lines = plain.split('\n');
      const labels = lines.map((l, i) => (/^(?:[一二三四]、|（[一二三四五六七]）|\d\.)/.test(l) && /^\d/.test(lines[i + 1] ?? '') ? i : -1)).filter((i) => i >= 0);
      assert.ok(labels.length >= 20, String(labels.length));
      for (const times of [2, 3]) {
        const text = lines.flatMap((l, i) => (labels.includes(i) ? Array(times).fill(l) : [l])).join('\n');
        const got = analyse(text);
        assert.deepEqual(appFigures(firstTable(got.model, 'applications')), appFigures(firstTable(base.model, 'applications')), String(times));
        const said = (a: typeof got) => a.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.code);
        assert.deepEqual(said(got), said(base), String(times));
      }
    });
  }
});
